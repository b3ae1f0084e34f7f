using System.Net;
using System.Text.Json;
using CertLint.Cli.Arguments;
using CertLint.Cli.Commands.Probe;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Material;
using CertLint.Tls.Probe;
using CertLint.Tls.Stacks;
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

    /// <summary>What the probe offers without --as: current suites, groups and extensions for the versions asked.</summary>
    private static readonly int[] DefaultTls12Suites = [0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC023, 0xC027, 0xC009, 0xC013, 0x009C, 0x002F];
    private static readonly int[] DefaultTls13Suites = [0x1301, 0x1302, 0x1303];
    private static readonly string[] DefaultGroups = ["x25519", "secp256r1", "secp384r1"];
    private static readonly int[] DefaultSigAlgs = [0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601];

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
            offer = As is null ? DefaultOffer(sni) : MbedTlsClientHellos.Offer(builds[0], sni);
            offer = Adjust(offer);
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
        var bisect = new ProbeBisect(target, MaxAttempts);
        var cause = bisect.Run(offer, Bisect);
        var attempts = bisect.Attempts;
        var handshake = attempts.Count == 1 ? attempts[0].Handshake : null;
        var report = new ProbeReport
        {
            Target = target.ToString(),
            As = As,
            Attempts = attempts.Select(ToJson).ToList(),
            Cause = cause is null ? null : new ProbeCauseJson { Kind = cause.Kind, Name = cause.Name, Text = cause.Text },
            Handshake = handshake is null ? null : HandshakeJson(handshake, anchors, builds, As is not null, context),
        };
        if (Format == "json")
        {
            context.Stdout.WriteLine(JsonSerializer.Serialize(report, ProbeJsonContext.Default.ProbeReport));
        }
        else
        {
            ProbeText.Write(context.Stdout, report, Verbose, Bisect);
        }

        return attempts[0].Outcome == ProbeOutcome.Ok ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private MbedTlsConfig Build(CliContext context)
    {
        var headers = MbedTlsConfigFile is null ? [] : new List<(string, string)> { (MbedTlsConfigFile, CertLint.IO.BoundedReader.ReadText(Path.Combine(context.WorkingDirectory, MbedTlsConfigFile))) };
        return MbedTlsBuilds.Create([As!], headers, [], [], MbedTlsExtCallback.None)[0];
    }

    private ClientHelloOffer DefaultOffer(string? sni)
    {
        var versions = Tls is null ? new List<string> { "1.3", "1.2" } : [Tls];
        var tls12 = versions.Contains("1.2");
        var tls13 = versions.Contains("1.3");
        var extensions = new List<ProbeExtension>();
        if (sni is not null)
        {
            extensions.Add(ProbeExtension.Named("server_name"));
        }

        if (tls13)
        {
            extensions.AddRange([ProbeExtension.Named("supported_versions"), ProbeExtension.Named("key_share")]);
        }

        extensions.AddRange([ProbeExtension.Named("supported_groups"), ProbeExtension.Named("signature_algorithms")]);
        if (tls12)
        {
            extensions.AddRange([ProbeExtension.Named("ec_point_formats"), ProbeExtension.Named("encrypt_then_mac"), ProbeExtension.Named("extended_master_secret")]);
        }

        return new ClientHelloOffer
        {
            Versions = versions,
            Suites = [.. tls13 ? DefaultTls13Suites : [], .. tls12 ? DefaultTls12Suites : [], .. tls12 ? [ProbeSuites.EmptyRenegotiationInfoScsv] : Array.Empty<int>()],
            Groups = DefaultGroups.Select(g => NamedGroups.Find(g).Code).ToList(),
            SigAlgs = DefaultSigAlgs,
            Extensions = extensions,
            Sni = sni,
        };
    }

    /// <summary>The command-line changes on top of the default or the release's offer.</summary>
    private ClientHelloOffer Adjust(ClientHelloOffer offer)
    {
        if (Tls is not null && Tls is not ("1.2" or "1.3"))
        {
            throw new FormatException($"--tls must be 1.2 or 1.3, not '{Tls}'");
        }

        if (Tls is not null && As is not null)
        {
            if (!offer.Versions.Contains(Tls))
            {
                throw new FormatException($"{As} does not offer TLS {Tls} in this configuration");
            }

            offer = offer with
            {
                Versions = [Tls],
                Suites = offer.Suites.Where(s => ProbeSuites.IsSignalling(s) ? Tls == "1.2" : ProbeSuites.IsTls13(s) == (Tls == "1.3")).ToList(),
                Extensions = offer.Extensions.Where(e => Tls == "1.3" || e.Code is not (ProbeExtension.SupportedVersions or ProbeExtension.KeyShare or ProbeExtension.PskKeyExchangeModes)).ToList(),
            };
        }
        var suites = Suites.Where(s => s.Trim().Length > 0).Select(ProbeSuites.Resolve).ToList();
        if (suites.Count > 0)
        {
            var scsv = offer.Suites.Where(ProbeSuites.IsSignalling);
            offer = offer with { Suites = [.. suites, .. scsv] };
        }
        if (offer.OffersTls13 && !offer.Suites.Any(ProbeSuites.IsTls13) && !offer.OffersTls12)
        {
            throw new FormatException("TLS 1.3 needs a TLS 1.3 suite (TLS_AES_128_GCM_SHA256, ...)");
        }

        if (Groups.Any())
        {
            offer = offer with { Groups = Groups.Select(g => NamedGroups.Find(g).Code).ToList() };
        }

        if (SigAlgs.Any())
        {
            offer = offer with { SigAlgs = SigAlgs.Select(s => SignatureSchemes.Find(s).Code).ToList() };
        }

        foreach (var name in Without.Where(w => w.Trim().Length > 0))
        {
            var extension = ProbeExtension.Named(name);
            offer = offer.Without(extension.Code, null!) with { Change = null };
        }
        if (MaxFragmentLength is { } mfl)
        {
            offer = offer.WithExtension(ProbeExtension.Named("max_fragment_length", ProbeExtension.MaxFragmentCode(mfl)), null!) with { Change = null };
        }

        if (RecordSizeLimit is { } limit)
        {
            if (limit is < 64 or > 16385)
            {
                throw new FormatException("--record-size-limit must be between 64 and 16385");
            }

            offer = offer.WithExtension(ProbeExtension.Named("record_size_limit", limit), null!) with { Change = null };
        }
        return offer;
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

    private static ProbeAttemptJson ToJson(ProbeAttempt a) => new()
    {
        Offer = new ProbeOfferJson
        {
            Change = a.Offer.Change,
            Versions = [.. a.Offer.Versions],
            Suites = a.Offer.Suites.Select(ProbeSuites.Name).ToList(),
            Groups = a.Offer.Groups.Select(g => NamedGroups.ByCode(g)?.Name ?? $"0x{g:X4}").ToList(),
            SignatureAlgorithms = a.Offer.SigAlgs.Select(s => SignatureSchemes.All.FirstOrDefault(x => x.Code == s)?.Name ?? $"0x{s:X4}").ToList(),
            Extensions = WireExtensions(a),
            Sni = a.Offer.Sni,
            HelloBytes = a.HelloBytes,
        },
        Outcome = a.Outcome.Name(),
        BytesReceived = a.BytesReceived,
        Alert = a.Alert is null ? null : new ProbeAlertJson { Name = a.Alert.Name, Code = a.Alert.Code, SentBy = a.Alert.SentBy, After = a.Alert.After },
        After = a.After,
        Detail = a.Detail,
        Milliseconds = Math.Round(a.Milliseconds, 1),
        Messages = [.. a.Events],
    };

    /// <summary>The extensions in the order the wire shows them, with the values the offer chose.</summary>
    private static List<string> WireExtensions(ProbeAttempt a)
    {
        if (a.Sent is null)
        {
            return a.Offer.Extensions.Select(e => e.ToString()).ToList();
        }

        return a.Sent.Extensions.Select(e => a.Offer.Extension(e.Type)?.ToString() ?? ProbeExtension.NameOf(e.Type)).ToList();
    }

    private static ProbeHandshakeJson HandshakeJson(ProbeHandshake h, List<Certificate> anchors, IReadOnlyList<MbedTlsConfig> builds, bool usage, CliContext context)
    {
        var chain = new List<ProbeChainCertificateJson>();
        var decoded = h.Chain.Select(der => X509.CertificateDecoder.Decode(der).Certificate).ToList();
        // The negotiated suite's usage is checked for the release the probe spoke as (other releases may not have it).
        var suite = usage && h.Suite >= 0 ? $"0x{h.Suite:X4}" : null;
        var lint = ProbeChainLint.Lint(h.Chain, builds, anchors, suite, context.Clock, context.WorkingDirectory);
        for (var i = 0; i < h.Chain.Count; i++)
        {
            var mbedtls = builds.ToDictionary(b => b.Target.Name, b =>
            {
                var r = new MbedTlsEmulator(b).ParseDer(h.Chain[i]);
                return r.Accepted ? "0" : $"{r.CodeHex} {r.Text}";
            });
            var report = i < lint.Certificates.Count ? lint.Certificates[i] : null;
            var cert = decoded[i];
            bool? verified = null;
            if (cert is not null)
            {
                var issuers = new List<Certificate>();
                if (i + 1 < decoded.Count && decoded[i + 1] is { } next)
                {
                    issuers.Add(next);
                }

                issuers.AddRange(anchors.Where(a => a.Subject.TextEquals(cert.Issuer)));
                if (issuers.Count > 0)
                {
                    verified = issuers.Any(issuer => X509.SignatureCheck.Verify(cert, issuer).Verdict == X509.SignatureVerdict.Verified);
                }
            }
            chain.Add(new ProbeChainCertificateJson
            {
                Subject = cert?.Subject.ToString() ?? "(does not decode)",
                Issuer = cert?.Issuer.ToString() ?? "",
                Mbedtls = mbedtls,
                SignatureVerified = verified,
                Sha256 = report?.Sha256,
                Role = report?.Role,
                Findings = report is null ? [] : report.Findings.Select(f => new ProbeFindingJson
                {
                    Rule = f.Rule, Severity = CertLint.Rules.Severities.Name(f.Severity), Message = f.Message, Path = f.Path, Offset = f.Offset,
                    Target = f.Target, Code = f.Code, VerifyFlags = f.VerifyFlags,
                }).ToList(),
                Stacks = report?.Attachments.TryGetValue("stacks", out var stacks) == true ? JsonDocument.Parse(stacks).RootElement.Clone() : null,
                Verify = report?.Attachments.GetValueOrDefault("verify"),
            });
        }
        return new ProbeHandshakeJson
        {
            Version = h.Version,
            Suite = ProbeSuites.Name(h.Suite),
            Group = h.Group is { } g ? NamedGroups.ByCode(g)?.Name ?? $"0x{g:X4}" : null,
            Chain = chain,
        };
    }
}
