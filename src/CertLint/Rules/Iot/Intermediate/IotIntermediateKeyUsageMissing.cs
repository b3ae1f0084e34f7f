using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotIntermediateKeyUsageMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.intermediate.key-usage-missing",
        Title = "Subordinate CA without keyUsage",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Subordinate CA Certificate / Key Usage"),
        Description = "Checks that a subordinate CA certificate carries keyUsage.",
        Rationale = "The Key Usage extension MUST be set in subordinate CA certificates, marked critical, with keyCertSign. Without it nothing limits the CA key's use, and verifiers following the profile reject the CA.",
        Fix = "Issue the subordinate CA with 'keyUsage = critical, digitalSignature, keyCertSign, cRLSign'.",
        Example = "(subordinate CA certificate without X509v3 Key Usage)",
        AppliesTo = CertificateRoles.Intermediate,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Missing(findings, Descriptor, context.Certificate, Oids.KeyUsage, "subordinate CA certificate");
}
