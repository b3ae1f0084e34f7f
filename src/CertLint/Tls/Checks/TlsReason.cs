namespace CertLint.Tls.Checks;

/// <summary>When in a handshake a refusal happens; earlier stages hide later ones.</summary>
public enum HandshakeStage
{
    /// <summary>Negotiation and the server choosing its certificate (ClientHello / ServerHello).</summary>
    Selection = 1,
    /// <summary>The peer processing the Certificate message (chain, usage, curve).</summary>
    CertificateCheck = 2,
    /// <summary>Proof of possession: signatures, key agreement, Finished.</summary>
    Crypto = 3,
}

/// <summary>
/// Why a certificate cannot serve a suite: the rule, a message, and what a handshake shows for it: which side
/// aborts with which alert (RFC 8446 6.2 names), and what the target stack reports.
/// </summary>
public sealed record TlsReason(string RuleId, string Message, TlsRole RaisedBy, string Alert, HandshakeStage Stage)
{
    public string? StackError { get; init; }

    /// <summary>Rank among reasons of the same stage, as the stack checks them (lower first).</summary>
    public int Order { get; init; }
}
