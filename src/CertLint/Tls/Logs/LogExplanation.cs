using CertLint.Targets.MbedTls;
using CertLint.Tls.Probe;

namespace CertLint.Tls.Logs;

/// <summary>What a debug log says happened, the likely cause and the next step.</summary>
public sealed record LogExplanation
{
    public required string? Side { get; init; }
    /// <summary>The release whose error texts are used: --target, or the guess from the log's source file names.</summary>
    public required string Release { get; init; }
    public required bool ReleaseGuessed { get; init; }
    public required int DebugLevel { get; init; }
    public string? LastSent { get; init; }
    public string? LastReceived { get; init; }
    public required IReadOnlyList<string> Messages { get; init; }
    /// <summary>The message being written or parsed when the log ends ("parse Certificate"), if one did not complete.</summary>
    public string? StoppedIn { get; init; }
    public int? Code { get; init; }
    public string? CodeText { get; init; }
    public required IReadOnlyList<string> OfferedSuites { get; init; }
    public required IReadOnlyList<string> OfferedExtensions { get; init; }
    public string? ChosenSuite { get; init; }
    public string? AlertSent { get; init; }
    public string? AlertReceived { get; init; }
    /// <summary>"failed" with flags, "passed", or null when the log shows no verification.</summary>
    public string? Verify { get; init; }
    public required IReadOnlyList<string> VerifyFlags { get; init; }
    public required string Cause { get; init; }
    public required string Next { get; init; }

    public static LogExplanation Explain(MbedTlsDebugLog log, string? target)
    {
        var release = target ?? log.ReleaseGuess ?? "mbedtls-3.6";
        var strerror = MbedTlsTarget.Load(release).Strerror;
        var code = log.FinalCode ?? (log.Errors.Count > 0 ? log.Errors[^1].Code : null);
        string? Last(string verb) => log.Messages.LastOrDefault(m => m.StartsWith(verb, StringComparison.Ordinal)) is { } s ? s[(verb.Length + 1)..] : null;
        var lastSent = Last("sent");
        var lastReceived = Last("received");
        var verifyRan = log.Errors.Any(e => e.Function.StartsWith("x509_verify", StringComparison.Ordinal)) || log.VerifyFailures.Count > 0;
        var explanation = new LogExplanation
        {
            Side = log.Side,
            Release = release,
            ReleaseGuessed = target is null && !log.ReleaseStated,
            DebugLevel = log.DebugLevel,
            LastSent = lastSent,
            LastReceived = lastReceived,
            Messages = log.Messages,
            StoppedIn = log.Unfinished,
            Code = code,
            CodeText = code is { } c ? strerror.Text(c) : null,
            OfferedSuites = log.OfferedSuites.Select(ProbeSuites.Name).ToList(),
            OfferedExtensions = log.OfferedExtensions.Distinct().ToList(),
            ChosenSuite = log.ChosenSuite is { } chosen ? ProbeSuites.Name(chosen) : null,
            AlertSent = log.AlertSent is { } sent ? AlertName(sent.Description) : null,
            AlertReceived = log.AlertReceived is { } received ? AlertName(received) : null,
            Verify = verifyRan ? (log.VerifyFailures.Count > 0 || code == MbedTlsErrorCodes.X509CertVerifyFailed ? "failed" : "passed") : null,
            VerifyFlags = log.VerifyFailures,
            Cause = "",
            Next = "",
        };
        var (cause, next) = Diagnose(log, explanation);
        return explanation with { Cause = cause, Next = next };
    }

    private static string AlertName(int description) => $"{Org.BouncyCastle.Tls.AlertDescription.GetName((short)description)} ({description})";

    private static (string Cause, string Next) Diagnose(MbedTlsDebugLog log, LogExplanation e)
    {
        var peer = log.Peer ?? "HOST:PORT";
        var probe = $"certlint probe {peer} --as {e.Release}";
        if (log.OfferedSuites.Count(s => s != 0x00FF) == 1)
        {
            probe += $" --suite {ProbeSuites.Name(log.OfferedSuites.First(s => s != 0x00FF))}";
        }

        var afterHello = e.LastSent == "ClientHello" && e.LastReceived is null;
        var parseError = log.Errors.FirstOrDefault(x => x.Function.Contains("x509_crt_parse", StringComparison.Ordinal));
        switch (e.Code)
        {
            case -0x7280 when afterHello:
                return ("the server closed the connection right after the ClientHello, without an alert: it did not accept something in the ClientHello (an extension, its size, a ciphersuite or a group) and gave no reason",
                    $"{probe} --bisect");
            case -0x7280:
                return ($"the peer closed the connection without an alert after {Describe(e)}", $"{probe} --verbose");
            case -0x7780 when afterHello:
                return ($"the server refused the ClientHello with a fatal {e.AlertReceived ?? "alert"}: usually no ciphersuite, group or signature algorithm in common",
                    $"{probe} --bisect");
            case -0x7780:
                return ($"the peer sent a fatal {e.AlertReceived ?? "alert"} after {Describe(e)}",
                    e.DebugLevel < 2 ? $"{probe} --bisect (or log again with debug_level=3 to see where it came)" : $"{probe} --verbose");
            case -0x7380:
                var real = e.OfferedSuites.Where(s => !s.EndsWith("_SCSV", StringComparison.Ordinal)).ToList();
                var offered = real.Count > 0 ? $" (the client offered {string.Join(", ", real)})" : "";
                var suite = real.Count is > 0 and <= 4 ? string.Join(",", real) : "SUITE";
                return ($"no ciphersuite in common: none of the client's suites is enabled on this server for its certificate{offered}",
                    $"certlint tls-check --cert SERVER.pem --key SERVER.key --suite {suite} --target {e.Release} (can the server's certificate serve the client's suite?)");
            case -0x2700:
                var flags = e.VerifyFlags.Count > 0 ? $": {string.Join("; ", e.VerifyFlags)}" : "";
                return ($"the peer's certificate chain did not verify{flags}",
                    $"certlint predict --target {e.Release} PEER-CHAIN.pem (and check the CA file the application loads)");
            case { } c when parseError.Function is not null || (Math.Abs(c) is >= 0x2080 and <= 0x2800):
                return ($"the peer's certificate does not parse in {e.Release} ({MbedTlsErrorCodes.ToHex(parseError.Function is null ? c : parseError.Code)}), so the handshake stopped at its Certificate message",
                    $"certlint predict --target {e.Release} PEER-CERT.pem (shows the field and a fix)");
            case -0x0050:
                return ("the peer reset the connection (TCP RST)", $"{probe} --bisect");
            case null:
                return (e.Messages.Contains("received Finished") || e.Messages.Contains("sent Finished") ? "the handshake completed; the log shows no error" : "the log shows no error code",
                    "log with debug_level=3 or more to see the handshake messages");
            default:
                return ($"the handshake failed with {MbedTlsErrorCodes.ToHex(e.Code.Value)} after {Describe(e)}", $"certlint strerror {MbedTlsErrorCodes.ToHex(e.Code.Value)}; {probe} --verbose");
        }
    }

    private static string Describe(LogExplanation e) =>
        e.LastReceived is null && e.LastSent is null ? "an unknown point (the log has no handshake messages: debug_level 2 or more shows them)"
        : $"{(e.LastSent is null ? "" : $"sending {e.LastSent}")}{(e.LastSent is not null && e.LastReceived is not null ? " and " : "")}{(e.LastReceived is null ? "" : $"receiving {e.LastReceived}")}";
}
