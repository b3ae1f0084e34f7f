using CertLint.Asn1;
using CertLint.Rules.Rfc5280;

namespace CertLint.Rules.Iot;

public sealed class IotLeafSanCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.san-critical",
        Title = "End-entity subjectAltName critical although the subject is not empty",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Subject"),
        Description = "Checks that subjectAltName in an end-entity certificate is not critical unless the subject is an empty sequence.",
        Rationale = "If set, subjectAltName MUST NOT be marked critical, except when the subject DN contains an empty sequence (RFC 5280 only says SHOULD NOT). Constrained verifiers that cannot process some GeneralName forms (e.g. the MACAddress otherName) would otherwise reject the device certificate.",
        Fix = "Issue the SAN without 'critical' when the certificate has a subject DN.",
        Example = "Subject: CN=device-0001; X509v3 Subject Alternative Name: critical URI:urn:dev:ops:...",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (!context.Certificate.Subject.IsEmpty)
        {
            ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.SubjectAltName, wantCritical: false, "MUST be non-critical when the subject is not empty", IotProfile.SourceShort);
        }
    }
}
