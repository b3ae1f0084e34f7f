using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotIntermediateEkuPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.intermediate.eku-present",
        Title = "Subordinate CA with extendedKeyUsage",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Subordinate CA Certificate / Key Usage"),
        Description = "Checks that a subordinate CA certificate has no extKeyUsage.",
        Rationale = "Subordinate certification authorities SHOULD NOT have any extendedKeyUsage; RFC 5280 reserves EKUs for end-entity certificates, and chain-wide EKU enforcement in some verifiers makes a CA EKU silently restrict every device below it.",
        Fix = "Re-issue the subordinate CA without extendedKeyUsage.",
        Example = "X509v3 Extended Key Usage: TLS Web Client Authentication   (in a device CA)",
        AppliesTo = CertificateRoles.Intermediate,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Present(findings, Descriptor, context.Certificate, Oids.ExtKeyUsage, "subordinate CA certificate", "SHOULD NOT be set");
}
