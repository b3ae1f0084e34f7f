using CertLint.Asn1;
using CertLint.Rules.Rfc5280;

namespace CertLint.Rules.Iot;

public sealed class IotAiaCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.aia.critical",
        Title = "authorityInfoAccess must not be critical",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Certificate Revocation Checks"),
        Description = "Checks that authorityInfoAccess, when present, is not marked critical.",
        Rationale = "If present, AIA MUST NOT be marked critical. Mbed TLS does not parse it, so a critical AIA makes devices reject the certificate while parsing (-0x2562).",
        Fix = "Remove 'critical' from authorityInfoAccess.",
        Example = "Authority Information Access: critical CA Issuers - URI:http://ca.iot.example.test/device-ca.der",
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.AuthorityInfoAccess, wantCritical: false, "MUST be non-critical", IotProfile.SourceShort);
}
