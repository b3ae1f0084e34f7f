using CertLint.Asn1;
using CertLint.Rules.Rfc5280;

namespace CertLint.Rules.Iot;

public sealed class IotCrldpCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.crldp.critical",
        Title = "CRL distribution points must not be critical",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Certificate Revocation Checks"),
        Description = "Checks that cRLDistributionPoints, when present, is not marked critical.",
        Rationale = "If present, it MUST NOT be marked critical (RFC 5280 only says SHOULD). Devices skip revocation checks, and Mbed TLS, the usual IoT stack, does not parse this extension at all, so a critical one makes every device reject the certificate (-0x2562).",
        Fix = "Remove 'critical' from crlDistributionPoints, or drop the extension.",
        Example = "X509v3 CRL Distribution Points: critical ...",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.CrlDistributionPoints, wantCritical: false, "MUST be non-critical", IotProfile.SourceShort);
}
