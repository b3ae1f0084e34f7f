namespace CertLint.Rules.Rfc5280;

public sealed class CrlTimeNextUpdateBeforeThisUpdate : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.time.next-update-before-this-update",
        Title = "CRL nextUpdate is not after thisUpdate",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.1.2.5",
        Description = "Checks that nextUpdate is later than thisUpdate.",
        Rationale = "nextUpdate is \"the date by which the next CRL will be issued\" and \"could be issued before the indicated date, but it will not be issued any later\"; a nextUpdate at or before thisUpdate makes the CRL stale the moment it is issued, and OpenSSL (X509_V_ERR_CRL_HAS_EXPIRED) and Windows refuse to use it.",
        Fix = "Set the CRL validity period (openssl ca -crldays / -crlhours) to a positive length.",
        Example = "Last Update: Jan 15 00:00:00 2026 GMT, Next Update: Jan 14 00:00:00 2026 GMT",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        var crl = context.Crl;
        if (crl.NextUpdate is { Value: { } next } nextUpdate && crl.ThisUpdate.Value is { } thisUpdate && next <= thisUpdate)
        {
            yield return Finding.At(Descriptor, $"nextUpdate {nextUpdate.Encoded} is not after thisUpdate {crl.ThisUpdate.Encoded}", nextUpdate.Location);
        }
    }
}
