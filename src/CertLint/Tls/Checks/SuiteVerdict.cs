using CertLint.Tls.Suites;

namespace CertLint.Tls.Checks;

/// <summary>The static answer for one suite: compatible or not, every reason, and what a handshake should show.</summary>
public sealed class SuiteVerdict
{
    public required CipherSuite Suite { get; init; }
    public required TlsRole Role { get; init; }
    public required IReadOnlyList<TlsReason> Reasons { get; init; }
    /// <summary>Facts worth knowing that are not refusals (no certificate used, chain not judged...).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public bool Compatible => Reasons.Count == 0;

    /// <summary>The refusal a handshake meets first: earliest stage, then the stack's own order.</summary>
    public TlsReason? First => Reasons.OrderBy(r => r.Stage).ThenBy(r => r.Order).FirstOrDefault();
}
