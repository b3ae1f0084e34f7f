using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class BasicConstraintsCriticalInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.basic-constraints.critical-in-ca",
        Title = "basicConstraints must be critical in CA certificates",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.9",
        Description = "Checks that a CA certificate (cA TRUE) marks basicConstraints critical.",
        Rationale = "Conforming CAs MUST mark basicConstraints critical in CA certificates whose keys verify certificate signatures. A non-critical cA flag can be ignored by a legacy verifier, which would then treat the CA as an end entity or accept it as an issuer without the constraint; CA/Browser Forum and IoT profiles reject it outright.",
        Fix = "Re-issue the CA certificate with 'basicConstraints = critical, CA:TRUE' (OpenSSL syntax).",
        Example = "X509v3 Basic Constraints: CA:TRUE   (no 'critical')",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        ExtensionChecks.Criticality(findings, Descriptor, context.Certificate, Oids.BasicConstraints, wantCritical: true, "MUST be critical in a CA certificate");
}
