using System.Globalization;
using System.Text.RegularExpressions;

namespace CertLint.Tls.Logs;

/// <summary>
/// What an Mbed TLS debug log (ssl_client2 / ssl_server2 or an application's debug callback, debug_level 1-5,
/// pasted with or without prefixes) shows: which side wrote it, the handshake messages completed in each
/// direction, the ClientHello's suites and extensions, alerts, the verify result, and the error codes returned.
/// </summary>
public sealed partial class MbedTlsDebugLog
{
    /// <summary>"client" or "server"; null when the log does not say.</summary>
    public string? Side { get; private set; }
    /// <summary>The release line the source file names point to (mbedtls-2.16 ...), a guess the user can override.</summary>
    public string? ReleaseGuess { get; private set; }
    /// <summary>True when the log names its release ("build version: Mbed TLS 4.0.0", as ssl_client2 and ssl_server2
    /// print it) rather than only pointing to it through source file names.</summary>
    public bool ReleaseStated { get; private set; }
    /// <summary>The highest debug level seen in the "|N|" markers.</summary>
    public int DebugLevel { get; private set; }
    /// <summary>"sent ClientHello", "received ServerHello" ... in the order they completed.</summary>
    public List<string> Messages { get; } = [];
    /// <summary>Ciphersuite codes the ClientHello offered ("client hello, add ciphersuite: c0ae").</summary>
    public List<int> OfferedSuites { get; } = [];
    /// <summary>Extensions the ClientHello carried: as the client added them, or as the server found them.</summary>
    public List<string> OfferedExtensions { get; } = [];
    public int? ChosenSuite { get; private set; }
    public (int Level, int Description)? AlertSent { get; private set; }
    public int? AlertReceived { get; private set; }
    /// <summary>Verify flag texts ("The certificate is not correctly signed by the trusted CA").</summary>
    public List<string> VerifyFailures { get; } = [];
    /// <summary>Error returns in order: (function, code).</summary>
    public List<(string Function, int Code)> Errors { get; } = [];
    /// <summary>The code the program reported last ("mbedtls_ssl_handshake returned -0x7280" / "Last error was").</summary>
    public int? FinalCode { get; private set; }
    /// <summary>"HOST:PORT" from ssl_client2's "Connecting to tcp/HOST/PORT", when present.</summary>
    public string? Peer { get; private set; }
    public string? ServerName { get; private set; }
    /// <summary>True when the peer closed the connection: f_recv returned 0 or the EOF code came back.</summary>
    public bool SawEof { get; private set; }
    public int Lines { get; private set; }
    /// <summary>A message whose writing or parsing started but never completed ("parse Certificate").</summary>
    public string? Unfinished { get; private set; }

    private string? _dumping;
    private int _dumpLeft;
    private readonly List<byte> _dump = [];

    public static MbedTlsDebugLog Parse(string text)
    {
        var log = new MbedTlsDebugLog();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            log.Lines++;
            var line = raw.TrimEnd('\r');
            var m = DebugLine().Match(line);
            if (m.Success)
            {
                sources.Add(m.Groups["file"].Value);
                var level = int.Parse(m.Groups["level"].Value, CultureInfo.InvariantCulture);
                log.DebugLevel = Math.Max(log.DebugLevel, level);
                log.Debug(m.Groups["file"].Value, m.Groups["text"].Value.Trim());
                // ssl_client2 prints its own progress on the same line as a debug message; read the prefix too.
                log.Program(line[..m.Index]);
            }
            else
            {
                log.Program(line);
            }
        }
        log.ReleaseGuess ??= Guess(sources);
        return log;
    }

    private void Debug(string file, string text)
    {
        if (Side is null)
        {
            if (file.Contains("cli", StringComparison.Ordinal) || file.Contains("client", StringComparison.Ordinal))
            {
                Side = "client";
            }
            else if (file.Contains("srv", StringComparison.Ordinal) || file.Contains("server", StringComparison.Ordinal))
            {
                Side = "server";
            }
        }
        Match m;
        if (_dumping is not null && (m = DumpLine().Match(text)).Success)
        {
            foreach (var hex in m.Groups["hex"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (_dumpLeft-- > 0)
                {
                    _dump.Add(byte.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
            if (_dumpLeft <= 0)
            {
                EndDump();
            }

            return;
        }
        if (_dumping is not null)
        {
            EndDump();
        }

        if ((m = DumpStart().Match(text)).Success)
        {
            _dumping = m.Groups["what"].Value;
            _dumpLeft = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            _dump.Clear();
        }
        else if ((m = Started().Match(text)).Success)
        {
            if (MessageName(m.Groups["what"].Value) is { } started)
            {
                Unfinished = $"{m.Groups["verb"].Value} {started}";
            }
        }
        else if ((m = Completed().Match(text)).Success)
        {
            var verb = m.Groups["verb"].Value;
            var name = MessageName(m.Groups["what"].Value);
            if (name is not null)
            {
                Messages.Add($"{(verb == "write" ? "sent" : "received")} {name}");
            }

            if (name is not null && Unfinished == $"{verb} {name}")
            {
                Unfinished = null;
            }
        }
        else if (text == "adding EMPTY_RENEGOTIATION_INFO_SCSV")
        {
            OfferedSuites.Add(0x00FF);
        }
        else if ((m = AddSuite().Match(text)).Success)
        {
            OfferedSuites.Add(int.Parse(m.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        else if ((m = AddExtension().Match(text)).Success && (text.StartsWith("client hello, ", StringComparison.Ordinal) || Side != "server"))
        {
            OfferedExtensions.Add(ExtensionName(m.Groups["what"].Value));
            if (m.Groups["value"].Success && m.Groups["what"].Value == "server name")
            {
                ServerName = m.Groups["value"].Value.Trim();
            }
        }
        else if ((m = FoundExtension().Match(text)).Success)
        {
            OfferedExtensions.Add(ExtensionName(m.Groups["what"].Value));
        }
        else if (text.StartsWith("received TLS_EMPTY_RENEGOTIATION_INFO", StringComparison.Ordinal) && !OfferedSuites.Contains(0x00FF))
        {
            OfferedSuites.Add(0x00FF);
        }
        else if ((m = ChosenSuiteLine().Match(text)).Success)
        {
            ChosenSuite = int.Parse(m.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if ((m = SendAlert().Match(text)).Success)
        {
            AlertSent = (int.Parse(m.Groups["level"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["msg"].Value, CultureInfo.InvariantCulture));
        }
        else if ((m = FatalAlert().Match(text)).Success)
        {
            AlertReceived = int.Parse(m.Groups["msg"].Value, CultureInfo.InvariantCulture);
        }
        else if ((m = Returned().Match(text)).Success)
        {
            var code = ParseCode(m.Groups["code"].Value);
            if (code is { } c && c < 0)
            {
                Errors.Add((m.Groups["func"].Value, c));
                if (c == -0x7280)
                {
                    SawEof = true;
                }
            }
            if (m.Groups["func"].Value.Contains("f_recv", StringComparison.Ordinal) && code == 0)
            {
                SawEof = true;
            }
        }
    }

    /// <summary>A server's dump of the client's ciphersuite list: two bytes per suite.</summary>
    private void EndDump()
    {
        if (_dumping == "client hello, ciphersuitelist" && OfferedSuites.Count == 0)
        {
            for (var i = 0; i + 1 < _dump.Count; i += 2)
            {
                OfferedSuites.Add((_dump[i] << 8) | _dump[i + 1]);
            }
        }
        _dumping = null;
    }

    /// <summary>The program's own lines: connection target, final error, verify flags.</summary>
    private void Program(string line)
    {
        Match m;
        if ((m = Connecting().Match(line)).Success)
        {
            Peer = $"{m.Groups["host"].Value}:{m.Groups["port"].Value}";
        }

        if (!ReleaseStated && (m = BuildVersion().Match(line)).Success && ReleaseLine(m.Groups["major"].Value, m.Groups["minor"].Value) is { } stated)
        {
            ReleaseGuess = stated;
            ReleaseStated = true;
        }

        if ((m = FinalError().Match(line)).Success)
        {
            FinalCode = ParseCode(m.Groups["code"].Value) is { } c ? -Math.Abs(c) : FinalCode;
        }

        if ((m = VerifyFlag().Match(line)).Success && !line.Contains("returned", StringComparison.Ordinal))
        {
            var flag = m.Groups["text"].Value.Trim();
            if (!VerifyFailures.Contains(flag))
            {
                VerifyFailures.Add(flag);
            }
        }
    }

    private static int? ParseCode(string text)
    {
        var t = text.Trim();
        var negative = t.StartsWith('-');
        if (negative)
        {
            t = t[1..];
        }

        int value;
        var ok = t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(t[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value)
            : int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        return ok ? (negative ? -value : value) : null;
    }

    /// <summary>The release line CertLint models for a version the log states (other versions: null, the file names decide).</summary>
    private static string? ReleaseLine(string major, string minor) => $"{major}.{minor}" switch
    {
        "2.16" => "mbedtls-2.16",
        "2.28" => "mbedtls-2.28",
        "3.6" => "mbedtls-3.6",
        "4.0" => "mbedtls-4.0",
        _ => null,
    };

    /// <summary>File names tell the release line apart: ssl_msg.c arrived in 2.23, ssl_tls12_client.c in 3.0.</summary>
    private static string? Guess(HashSet<string> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        if (sources.Any(s => s.StartsWith("ssl_tls12_", StringComparison.Ordinal) || s.StartsWith("ssl_tls13_", StringComparison.Ordinal) || s == "ssl_client.c"))
        {
            return "mbedtls-3.6";
        }

        if (sources.Contains("ssl_msg.c"))
        {
            return "mbedtls-2.28";
        }

        if (sources.Contains("ssl_cli.c") || sources.Contains("ssl_srv.c"))
        {
            return "mbedtls-2.16";
        }

        return null;
    }

    private static string? MessageName(string what) => what.Trim() switch
    {
        "client hello" => "ClientHello",
        "server hello" => "ServerHello",
        "certificate" => "Certificate",
        "server key exchange" => "ServerKeyExchange",
        "certificate request" => "CertificateRequest",
        "server hello done" => "ServerHelloDone",
        "client key exchange" => "ClientKeyExchange",
        "certificate verify" => "CertificateVerify",
        "change cipher spec" => "ChangeCipherSpec",
        "finished" => "Finished",
        "new session ticket" => "NewSessionTicket",
        "encrypted extensions" => "EncryptedExtensions",
        _ => null,
    };

    private static string ExtensionName(string what) => what.Trim() switch
    {
        "server name" or "ServerName" => "server_name",
        "supported_elliptic_curves" or "supported elliptic curves" => "supported_groups",
        "supported_point_formats" or "supported point formats" => "ec_point_formats",
        "encrypt_then_mac" or "encrypt then mac" => "encrypt_then_mac",
        "extended_master_secret" or "extended master secret" => "extended_master_secret",
        "session ticket" => "session_ticket",
        "max_fragment_length" or "max fragment length" => "max_fragment_length",
        "truncated_hmac" or "truncated hmac" => "truncated_hmac",
        var other => other.Replace(' ', '_'),
    };

    [GeneratedRegex(@"(?<file>[A-Za-z0-9_]+\.c):\s*\d+:\s*\|(?<level>[1-5])\|\s?(?<text>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex DebugLine();

    [GeneratedRegex(@"^=> (?<verb>write|parse) (?<what>[a-z ]+)$", RegexOptions.NonBacktracking)]
    private static partial Regex Started();

    [GeneratedRegex(@"^dumping '(?<what>[^']+)' \((?<n>\d+) bytes\)", RegexOptions.NonBacktracking)]
    private static partial Regex DumpStart();

    [GeneratedRegex(@"^[0-9a-f]{4}:\s+(?<hex>(?:[0-9a-f]{2} )*[0-9a-f]{2})", RegexOptions.NonBacktracking)]
    private static partial Regex DumpLine();

    [GeneratedRegex(@"^<= (?<verb>write|parse) (?<what>[a-z ]+)$", RegexOptions.NonBacktracking)]
    private static partial Regex Completed();

    [GeneratedRegex(@"client hello, add ciphersuite: (?<code>[0-9a-fA-F]{1,4})\b", RegexOptions.NonBacktracking)]
    private static partial Regex AddSuite();

    // 3.x writes the signature_algorithms line without the "client hello, " prefix (ssl_tls.c).
    [GeneratedRegex(@"^(?:client hello, )?adding (?<what>[A-Za-z_ ]+?) extension(?::\s*(?<value>.*))?$", RegexOptions.NonBacktracking)]
    private static partial Regex AddExtension();

    [GeneratedRegex(@"^found (?<what>[A-Za-z_ ]+?) extension", RegexOptions.NonBacktracking)]
    private static partial Regex FoundExtension();

    [GeneratedRegex(@"server hello, chosen ciphersuite: (?:\S+ \()?(?<code>[0-9a-fA-F]{1,4})\b", RegexOptions.NonBacktracking)]
    private static partial Regex ChosenSuiteLine();

    [GeneratedRegex(@"send alert level=(?<level>\d+) message=(?<msg>\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex SendAlert();

    [GeneratedRegex(@"is a fatal alert message \(msg (?<msg>\d+)\)", RegexOptions.NonBacktracking)]
    private static partial Regex FatalAlert();

    [GeneratedRegex(@"(?<func>[A-Za-z0-9_>()\-.]+(?:\(_timeout\))?\(\)) returned (?<code>-?\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex Returned();

    [GeneratedRegex(@"build version: Mbed TLS (?<major>\d+)\.(?<minor>\d+)\.\d+", RegexOptions.NonBacktracking)]
    private static partial Regex BuildVersion();

    [GeneratedRegex(@"Connecting to tcp/(?<host>[^/\s]+)/(?<port>\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex Connecting();

    [GeneratedRegex(@"(?:Last error was: |! mbedtls_ssl_handshake returned )(?<code>-?(?:0x[0-9a-fA-F]+|\d+))", RegexOptions.NonBacktracking)]
    private static partial Regex FinalError();

    [GeneratedRegex(@"^\s*! (?<text>[A-Z].*)$", RegexOptions.NonBacktracking)]
    private static partial Regex VerifyFlag();
}
