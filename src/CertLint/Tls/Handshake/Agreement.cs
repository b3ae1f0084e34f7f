using CertLint.Tls.Checks;

namespace CertLint.Tls.Handshake;

/// <summary>Whether a handshake ended as the static verdict said it would.</summary>
public static class Agreement
{
    public static bool? Of(SuiteVerdict verdict, HandshakeResult handshake)
    {
        if (handshake.NotRun is not null)
        {
            return null;
        }

        var first = verdict.First;
        if (first is null)
        {
            return handshake.Ok;
        }
        // OpenSSL follows its own rules for which alert to send: only the outcome can be compared.
        if (handshake.Peer != "bouncycastle")
        {
            return !handshake.Ok;
        }

        return !handshake.Ok && handshake.Alert == first.Alert && handshake.RaisedBy == first.RaisedBy;
    }
}
