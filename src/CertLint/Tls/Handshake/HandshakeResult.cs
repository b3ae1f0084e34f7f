namespace CertLint.Tls.Handshake;

/// <summary>What a real handshake showed: success, or the fatal alert and the side that sent it.</summary>
public sealed record HandshakeResult
{
    public required bool Ok { get; init; }
    /// <summary>The alert name (RFC 8446 6.2, e.g. "handshake_failure"), or null on success / when not run.</summary>
    public string? Alert { get; init; }
    /// <summary>The side that raised the alert.</summary>
    public TlsRole? RaisedBy { get; init; }
    /// <summary>Why the side raised it, as that side's hook or TLS engine said.</summary>
    public string? Detail { get; init; }
    /// <summary>The negotiated version ("1.2", "1.3") on success.</summary>
    public string? Version { get; init; }
    public double Milliseconds { get; init; }
    /// <summary>Set when no handshake could be attempted (no key, unreadable key, no certificate used...).</summary>
    public string? NotRun { get; init; }
    /// <summary>Which peer played the other side: "bouncycastle" or "openssl".</summary>
    public string Peer { get; init; } = "bouncycastle";

    public static HandshakeResult Skipped(string why, string peer = "bouncycastle") => new() { Ok = false, NotRun = why, Peer = peer };
}
