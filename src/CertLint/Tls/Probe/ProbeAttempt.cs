namespace CertLint.Tls.Probe;

/// <summary>How one connection ended: exactly one of these.</summary>
public enum ProbeOutcome
{
    Ok,
    Alert,
    Eof,
    Reset,
    Timeout,
    ConnectFailed,
}

public static class ProbeOutcomes
{
    public static string Name(this ProbeOutcome outcome) => outcome switch
    {
        ProbeOutcome.Ok => "ok",
        ProbeOutcome.Alert => "alert",
        ProbeOutcome.Eof => "eof",
        ProbeOutcome.Reset => "reset",
        ProbeOutcome.Timeout => "timeout",
        _ => "connect-failed",
    };
}

/// <summary>A fatal alert: its name and number, who sent it, and the last handshake message before it.</summary>
public sealed record ProbeAlert(string Name, int Code, string SentBy, string? After);

/// <summary>What a successful handshake settled on, and the chain the server sent (DER, leaf first).</summary>
public sealed record ProbeHandshake(string Version, int Suite, int? Group, IReadOnlyList<byte[]> Chain);

/// <summary>One connection: the offer, the ClientHello as sent, and how it ended.</summary>
public sealed record ProbeAttempt
{
    public required ClientHelloOffer Offer { get; init; }
    /// <summary>The ClientHello as it went over the wire (null when no connection was made).</summary>
    public ClientHelloMessage? Sent { get; init; }
    /// <summary>Size of the ClientHello handshake message (4-byte header included, record header not).</summary>
    public int HelloBytes { get; init; }
    public required ProbeOutcome Outcome { get; init; }
    public long BytesReceived { get; init; }
    public ProbeAlert? Alert { get; init; }
    /// <summary>The last handshake message exchanged before the end ("ClientHello" when the server said nothing).</summary>
    public string? After { get; init; }
    public string? Detail { get; init; }
    public double Milliseconds { get; init; }
    /// <summary>"sent ClientHello", "received ServerHello", ... as far as they could be read.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];
    public ServerHelloFacts? ServerHello { get; init; }
    public ProbeHandshake? Handshake { get; init; }

    /// <summary>The server went past the ClientHello: it answered with a ServerHello.</summary>
    public bool ServerAnswered => Outcome == ProbeOutcome.Ok || ServerHello is not null;
}
