using System.Collections.Concurrent;
using CertLint.Rules;
using CertLint.Targets.MbedTls;

namespace CertLint.Tls.Checks;

/// <summary>
/// With an Mbed TLS target, every certificate sent must parse in that version (CertLint.Targets.MbedTls, the
/// emulation of mbedtls_x509_crt_parse_der): the verifier sends unsupported_certificate for an unknown version and
/// bad_certificate for every other parse error (ssl_tls.c, parsing the Certificate message).
/// </summary>
public sealed class MbedTlsParseRule : ITlsRule
{
    private const int UnknownVersion = -0x2580;
    private static readonly ConcurrentDictionary<string, MbedTlsEmulator> Emulators = new();

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.mbedtls.parse",
        Title = "Mbed TLS cannot parse a certificate that is sent",
        DefaultSeverity = Severity.Error,
        Source = "Mbed TLS",
        Citation = "library/x509_crt.c mbedtls_x509_crt_parse_der; ssl_tls.c (Certificate message)",
        Description = "With an Mbed TLS target, runs the emulation of mbedtls_x509_crt_parse_der on every certificate sent.",
        Rationale = "The verifying side parses the Certificate message with mbedtls_x509_crt_parse_der: a certificate it cannot parse ends the handshake with unsupported_certificate (unknown version) or bad_certificate, before any signature is checked.",
        Fix = "Run certlint predict on the certificate for the exact parse error and its fixes (re-issue, upgrade or configuration option).",
        Example = "a critical certificatePolicies extension sent to Mbed TLS 2.16 (-0x2562)",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        if (!context.IsMbedTls)
        {
            yield break;
        }

        var emulator = Emulators.GetOrAdd(context.Stack.Name, MbedTlsEmulator.Default);
        foreach (var certificate in context.Material.SentChain)
        {
            var parse = emulator.ParseDer(certificate.Model.Encoded.ToArray());
            if (parse.Accepted)
            {
                continue;
            }

            var alert = parse.Code == UnknownVersion ? "unsupported_certificate" : "bad_certificate";
            yield return new TlsReason(Id, $"{context.Stack.Title} cannot parse '{certificate.Subject}': {parse.CodeHex} {parse.Text}",
                context.Verifier, alert, HandshakeStage.CertificateCheck)
            {
                StackError = $"mbedtls_x509_crt_parse_der() returns {parse.CodeHex} ({parse.Text}); alert {alert}",
                Order = 0,
            };
        }
    }
}
