using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotRootKeyUsageMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.root.key-usage-missing",
        Title = "Root CA without keyUsage",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Key Usage"),
        Description = "Checks that a root CA certificate carries keyUsage.",
        Rationale = "The Key Usage extension SHOULD be set in root CA certificates; it may be omitted only in closed deployments where every relying party accepts the root as a trust anchor without processing keyUsage.",
        Fix = "Issue the root with 'keyUsage = critical, keyCertSign, cRLSign'.",
        Example = "(root certificate without X509v3 Key Usage)",
        AppliesTo = CertificateRoles.Root,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Missing(findings, Descriptor, context.Certificate, Oids.KeyUsage, "root CA certificate");
}
