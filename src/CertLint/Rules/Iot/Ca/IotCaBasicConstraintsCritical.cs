using CertLint.Asn1;
using CertLint.Rules.Rfc5280;

namespace CertLint.Rules.Iot;

public sealed class IotCaBasicConstraintsCritical : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.ca.basic-constraints-critical",
        Title = "CA basicConstraints must be critical",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Basic Constraints; Subordinate CA Certificate / Basic Constraints"),
        Description = "Checks that basicConstraints in a root or subordinate CA certificate (cA TRUE) is marked critical.",
        Rationale = "The Basic Constraints extension MUST be set, MUST be marked critical, and cA MUST be TRUE in root and subordinate CA certificates, so that no verifier can treat the CA key as an end-entity key or ignore the CA flag.",
        Fix = "Re-issue the CA certificate with 'basicConstraints = critical, CA:TRUE'.",
        Example = "X509v3 Basic Constraints: CA:TRUE   (no 'critical')",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.BasicConstraints, wantCritical: true, "MUST be critical", IotProfile.SourceShort);
}
