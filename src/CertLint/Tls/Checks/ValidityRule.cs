using CertLint.Rules;
namespace CertLint.Tls.Checks;

/// <summary>
/// Every certificate on the path must be valid now (RFC 5280 4.1.2.5; Mbed TLS BADCERT_EXPIRED / BADCERT_FUTURE).
/// BouncyCastle's TLS does not look at dates, so the verifying side's hook does.
/// </summary>
public sealed class ValidityRule : ITlsRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "tls.chain.expired",
        Title = "A certificate on the path is expired or not yet valid",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.2.5; Mbed TLS BADCERT_EXPIRED, BADCERT_FUTURE",
        Description = "Checks that every certificate on the path is valid at the time of the check.",
        Rationale = "A verifying peer refuses an expired or not-yet-valid certificate (Mbed TLS sets BADCERT_EXPIRED or BADCERT_FUTURE); devices with a wrong clock meet the second case.",
        Fix = "Renew the certificate, or check the verifying device's clock.",
        Example = "Not After : Jan  1 00:00:00 2025 GMT",
    };

    private string Id => Descriptor.Id;

    public IEnumerable<TlsReason> Check(TlsCheckContext context)
    {
        var path = context.Material.Trusted.Count == 0 ? context.Material.SentChain : context.Path.Certificates;
        foreach (var certificate in path)
        {
            var model = certificate.Model;
            if (model.NotAfter.Value is { } notAfter && notAfter < context.Now)
            {
                yield return context.Reason(Id, $"'{certificate.Subject}' expired on {notAfter:yyyy-MM-dd HH:mm:ss}Z (now {context.Now:yyyy-MM-dd HH:mm}Z)",
                    context.Verifier, "certificate_expired", HandshakeStage.CertificateCheck, 4);
            }
            else if (model.NotBefore.Value is { } notBefore && notBefore > context.Now)
            {
                yield return context.Reason(Id, $"'{certificate.Subject}' is not valid before {notBefore:yyyy-MM-dd HH:mm:ss}Z (now {context.Now:yyyy-MM-dd HH:mm}Z)",
                    context.Verifier, context.IsMbedTls ? "certificate_unknown" : "certificate_expired", HandshakeStage.CertificateCheck, 6, "tls.chain.expired.future");
            }
        }
    }
}
