using CertLint.IO;
using CertLint.Tls;
using CertLint.Tls.Material;
using CertLint.Tls.Reports;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;
using CommandLine;

namespace CertLint.Cli.Commands;

[Verb("tls-check", HelpText = "Can this certificate and key serve these ciphersuites in this role? Statically, and proven by a real handshake (--handshake).")]
public sealed class TlsCheckCommand : ICommand
{
    [Option("cert", Required = true, HelpText = "The certificate (PEM, DER, PKCS#7; '-' reads stdin); more certificates in the file are sent as its chain.")]
    public string Cert { get; set; } = "";

    [Option("key", HelpText = "Its private key (PKCS#8, PKCS#1, SEC1; PEM or DER; encrypted needs --key-password).")]
    public string? Key { get; set; }

    [Option("chain", HelpText = "Intermediate certificates sent after the leaf, in the order given.")]
    public string? Chain { get; set; }

    [Option("ca", HelpText = "The trust anchors the peer validates the chain against.")]
    public string? Ca { get; set; }

    [Option("suite", Required = true, HelpText = "Ciphersuites: IANA, Mbed TLS or OpenSSL names, or codes like 0xC0AE (repeatable or comma-separated).")]
    public IEnumerable<string> Suites { get; set; } = [];

    [Option("role", Default = "server", HelpText = "The certificate's role: server or client (mutual TLS).")]
    public string Role { get; set; } = "server";

    [Option("target", HelpText = "Follow a stack's rules: mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0 (repeatable or comma-separated). Default: RFC rules.")]
    public IEnumerable<string> Targets { get; set; } = [];

    [Option("groups", HelpText = "Groups the peer offers (names like secp256r1, P-256, x25519 or codes 0x0017; repeatable or comma-separated). Default: the target's.")]
    public IEnumerable<string> Groups { get; set; } = [];

    [Option("sig-algs", HelpText = "Signature algorithms the peer accepts (ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, 0x0403...; repeatable or comma-separated). Default: the target's.")]
    public IEnumerable<string> SigAlgs { get; set; } = [];

    [Option("format", Default = "text", HelpText = "Output format: text or json.")]
    public string Format { get; set; } = "text";

    [Option("handshake", HelpText = "Also run a real TLS handshake in-process (BouncyCastle) and report its outcome.")]
    public bool Handshake { get; set; }

    [Option("peer", HelpText = "With --handshake: play the peer with 'openssl' (s_server / s_client on 127.0.0.1) instead of BouncyCastle.")]
    public string? Peer { get; set; }

    [Option("key-password", HelpText = "Password of an encrypted private key.")]
    public string? KeyPassword { get; set; }

    public int Execute(CliContext context)
    {
        if (!TryParseOptions(context, out var role, out var suites, out var stacks, out var groups, out var sigAlgs))
        {
            return ExitCodes.UsageOrInput;
        }

        TlsMaterial material;
        try
        {
            material = TlsMaterial.Load(Cert, Key, Chain, Ca, KeyPassword, context.OpenStdin);
        }
        catch (TlsInputException ex)
        {
            context.Error(ex.File, ex.Message);
            return ExitCodes.UsageOrInput;
        }
        var (report, notices) = TlsCheckJudge.Run(new TlsCheckRequest
        {
            Certificate = Cert, Material = material, Role = role, Suites = suites, Stacks = stacks, Now = context.Clock.GetUtcNow(),
            Groups = groups, SigAlgs = sigAlgs,
            Handshake = !Handshake ? HandshakePeer.None : Peer == "openssl" ? HandshakePeer.OpenSsl : HandshakePeer.BouncyCastle,
        });
        foreach (var notice in notices)
        {
            context.Stderr.WriteLine($"certlint: notice: {TerminalText.Escape(notice)}");
        }

        if (Format == "json")
        {
            context.Stdout.WriteLine(report.ToJson());
        }
        else
        {
            TlsCheckTextReport.Write(context.Stdout, report);
        }

        return report.Compatible ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private bool TryParseOptions(CliContext context, out TlsRole role, out List<CipherSuite> suites, out List<TlsStack> stacks,
        out List<NamedGroup>? groups, out List<SignatureScheme>? sigAlgs)
    {
        role = TlsRole.Server;
        suites = [];
        stacks = [];
        groups = null;
        sigAlgs = null;
        try
        {
            role = Role.ToLowerInvariant() switch
            {
                "server" => TlsRole.Server,
                "client" => TlsRole.Client,
                _ => throw new FormatException($"--role must be server or client, not '{Role}'"),
            };
            if (Format is not ("text" or "json"))
            {
                throw new FormatException($"--format must be text or json, not '{Format}'");
            }

            if (Peer is not null && Peer != "openssl")
            {
                throw new FormatException($"--peer must be openssl, not '{Peer}'");
            }

            if (Peer is not null && !Handshake)
            {
                throw new FormatException("--peer openssl needs --handshake");
            }

            suites = OptionLists.Flat(Suites).Select(CipherSuiteRegistry.Default.Find).ToList();
            if (suites.Count == 0)
            {
                throw new FormatException("--suite needs at least one ciphersuite");
            }

            var targets = OptionLists.Flat(Targets);
            stacks = targets.Count > 0 ? targets.Select(TlsStack.Find).Where(s => s.Name != "rfc").ToList() : [TlsStack.Rfc];
            if (stacks.Count == 0)
            {
                throw new FormatException("--target needs one of mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0");
            }

            var groupNames = OptionLists.Flat(Groups);
            groups = groupNames.Count > 0 ? groupNames.Select(NamedGroups.Find).ToList() : null;
            var sigAlgNames = OptionLists.Flat(SigAlgs);
            sigAlgs = sigAlgNames.Count > 0 ? sigAlgNames.Select(SignatureSchemes.Find).ToList() : null;
            return true;
        }
        catch (Exception ex) when (ex is FormatException or UnknownCipherSuiteException)
        {
            context.Error($"tls-check: {ex.Message}");
            return false;
        }
    }
}
