using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotRootEkuPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.root.eku-present",
        Title = "Root CA with extendedKeyUsage",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("Root CA Certificate / Extended Key Usage"),
        Description = "Checks that a root CA certificate has no extKeyUsage.",
        Rationale = "The extendedKeyUsage extension MUST NOT be set in CA certificates: RFC 5280 defines EKU for end entities, and verifiers that propagate EKU down the chain (OpenSSL, Windows, some embedded stacks) then refuse leaf certificates whose purpose the root does not list.",
        Fix = "Re-issue the root without extendedKeyUsage.",
        Example = "X509v3 Extended Key Usage: TLS Web Client Authentication   (in a root)",
        AppliesTo = CertificateRoles.Root,
    };

    public void Check(RuleContext context, List<Finding> findings) =>
        IotChecks.Present(findings, Descriptor, context.Certificate, Oids.ExtKeyUsage, "root CA certificate", "MUST NOT be set in CA certificates");
}
