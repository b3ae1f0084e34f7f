using System.Net;
using CertLint.Cli.Arguments;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Material;
using CertLint.Tls.Probe;
using CertLint.Tls.Reports;
using CertLint.Tls.Suites;
using Certificate = CertLint.X509.Certificate;

namespace CertLint.Cli.Commands;

public sealed class ProbeCommand : ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => new VerbSpec<ProbeCommand>("probe",
        "Connect to a TLS server with a ClientHello you control (or the one an Mbed TLS release sends) and say how it ends; --bisect finds what the server refuses.")
        .List("suite", "Ciphersuites to offer, in order: IANA, Mbed TLS or OpenSSL names, or codes like 0xC0AE. With --as: replaces the release's list.", (c, v) => c.Suites = v, separator: ',')
        .Text("tls", "TLS version to offer: 1.2 or 1.3 (default: both; with --as: what the release offers).", (c, v) => c.Tls = v)
        .List("groups", "Groups to offer, in order (secp256r1, x25519, 0x0017...).", (c, v) => c.Groups = v, separator: ',')
        .List("sig-algs", "Signature algorithms to offer, in order (ecdsa_secp256r1_sha256, 0x0403...).", (c, v) => c.SigAlgs = v, separator: ',')
        .List("without", "Extensions to leave out (encrypt_then_mac, extended_master_secret, session_ticket, server_name...).", (c, v) => c.Without = v, separator: ',')
        .Int("max-fragment-length", "Offer max_fragment_length: 512, 1024, 2048 or 4096.", (c, v) => c.MaxFragmentLength = v)
        .Int("record-size-limit", "Offer record_size_limit with this value (64..16385).", (c, v) => c.RecordSizeLimit = v)
        .Text("sni", "Host name for server_name (default: the host when it is a name, none for an address).", (c, v) => c.Sni = v)
        .Switch("no-sni", "Send no server_name extension.", c => c.NoSni = true)
        .Text("as", "Send the ClientHello this release sends by default: mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0.", (c, v) => c.As = v)
        .Text("mbedtls-config", "With --as: the device's config.h / mbedtls_config.h; options it leaves undefined drop their extension or version.", (c, v) => c.MbedTlsConfigFile = v)
        .Text("cert", "Client certificate to present when the server asks (needs --key).", (c, v) => c.Cert = v)
        .Text("key", "The client certificate's private key.", (c, v) => c.Key = v)
        .Text("ca", "Trust anchors: the report says whether the server's chain is signed up to one of them.", (c, v) => c.Ca = v)
        .Switch("bisect", "When the server does not answer, try bounded, listed changes to find the smallest one that makes it answer.", c => c.Bisect = true)
        .Int("max-attempts", "Upper bound on connections --bisect makes.", (c, v) => c.MaxAttempts = v, shownDefault: "64")
        .Number("timeout", "Seconds each connection may take (connect and handshake).", (c, v) => c.Timeout = v, shownDefault: "5")
        .Switch("verbose", "Print each attempt's ClientHello (versions, suites, groups, extensions with values) and what came back.", c => c.Verbose = true)
        .Text("format", "Output format: text or json.", (c, v) => c.Format = v, shownDefault: "text")
        .Value("HOST:PORT", "The server, e.g. 127.0.0.1:4433 or [::1]:443.", (c, v) => c.Target = v, required: true);

    public string Target { get; set; } = "";

    public IEnumerable<string> Suites { get; set; } = [];

    public string? Tls { get; set; }

    public IEnumerable<string> Groups { get; set; } = [];

    public IEnumerable<string> SigAlgs { get; set; } = [];

    public IEnumerable<string> Without { get; set; } = [];

    public int? MaxFragmentLength { get; set; }

    public int? RecordSizeLimit { get; set; }

    public string? Sni { get; set; }

    public bool NoSni { get; set; }

    public string? As { get; set; }

    public string? MbedTlsConfigFile { get; set; }

    public string? Cert { get; set; }

    public string? Key { get; set; }

    public string? Ca { get; set; }

    public bool Bisect { get; set; }

    public int MaxAttempts { get; set; } = 64;

    public double Timeout { get; set; } = 5.0;

    public bool Verbose { get; set; }

    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        ProbeTarget target;
        ClientHelloOffer offer;
        List<Certificate> anchors;
        IReadOnlyList<MbedTlsConfig> builds;
        try
        {
            if (Format is not ("text" or "json"))
            {
                throw new FormatException($"--format must be text or json, not '{Format}'");
            }

            if (Timeout is <= 0 or > 600)
            {
                throw new FormatException("--timeout must be between 0 and 600 seconds");
            }

            if (MaxAttempts is < 1 or > 1000)
            {
                throw new FormatException("--max-attempts must be between 1 and 1000");
            }

            if (NoSni && Sni is not null)
            {
                throw new FormatException("give --sni NAME or --no-sni, not both");
            }

            if (MbedTlsConfigFile is not null && As is null)
            {
                throw new FormatException("--mbedtls-config needs --as mbedtls-X");
            }

            if ((Cert is null) != (Key is null))
            {
                throw new FormatException("--cert and --key go together");
            }

            var (host, port) = ParseTarget(Target);
            var material = Cert is null ? null : TlsMaterial.Load(Cert, Key, null, null, null);
            anchors = Ca is null ? [] : TlsMaterial.ReadCertificates(Ca).Select(c => c.Model).ToList();
            target = new ProbeTarget(host, port, TimeSpan.FromSeconds(Timeout), material);
            var sni = NoSni ? null : Sni ?? (IPAddress.TryParse(host, out _) ? null : host);
            builds = As is null ? MbedTlsBuilds.Create([.. MbedTlsTarget.Names], [], [], [], MbedTlsExtCallback.None) : [Build(context)];
            offer = As is null ? ProbeOffers.Default(Tls, sni) : MbedTlsClientHellos.Offer(builds[0], sni);
            offer = ProbeOffers.Adjust(offer, new ProbeOfferChanges
            {
                Tls = Tls, As = As, Suites = Suites, Groups = Groups, SigAlgs = SigAlgs, Without = Without,
                MaxFragmentLength = MaxFragmentLength, RecordSizeLimit = RecordSizeLimit,
            });
        }
        catch (TlsInputException ex)
        {
            context.Error(ex.File, ex.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (Exception ex) when (ex is FormatException or UnknownCipherSuiteException or MbedTlsConfigException or IOException or UnauthorizedAccessException)
        {
            context.Error($"probe: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }
        var report = ProbeJudge.Run(new ProbeRequest
        {
            Target = target, As = As, Offer = offer, Bisect = Bisect, MaxAttempts = MaxAttempts, Anchors = anchors, Builds = builds,
            Clock = context.Clock, WorkingDirectory = context.WorkingDirectory,
        });
        if (Format == "json")
        {
            context.Stdout.WriteLine(report.ToJson());
        }
        else
        {
            ProbeTextReport.Write(context.Stdout, report, Verbose, Bisect);
        }

        return report.Answered() ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private MbedTlsConfig Build(CliContext context)
    {
        var headers = MbedTlsConfigFile is null ? [] : new List<(string, string)> { (MbedTlsConfigFile, CertLint.IO.BoundedReader.ReadText(Path.Combine(context.WorkingDirectory, MbedTlsConfigFile))) };
        return MbedTlsBuilds.Create([As!], headers, [], [], MbedTlsExtCallback.None)[0];
    }

    internal static (string Host, int Port) ParseTarget(string text)
    {
        var t = text.Trim();
        string host;
        string port;
        if (t.StartsWith('['))
        {
            var close = t.IndexOf(']');
            if (close < 0 || close + 1 >= t.Length || t[close + 1] != ':')
            {
                throw new FormatException($"'{text}' is not HOST:PORT");
            }

            host = t[1..close];
            port = t[(close + 2)..];
        }
        else
        {
            var colon = t.LastIndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"'{text}' is not HOST:PORT");
            }

            host = t[..colon];
            port = t[(colon + 1)..];
        }
        if (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
        {
            throw new FormatException($"'{port}' is not a port number (1-65535)");
        }

        return (host, p);
    }
}
