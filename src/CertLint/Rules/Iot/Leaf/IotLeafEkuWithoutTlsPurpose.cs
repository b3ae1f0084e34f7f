using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Iot;

public sealed class IotLeafEkuWithoutTlsPurpose : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.leaf.eku-without-tls-purpose",
        Title = "End-entity extendedKeyUsage without serverAuth or clientAuth",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("End Entity Certificate / Key Usage"),
        Description = "Checks that an end-entity extKeyUsage, when present, contains id-kp-serverAuth or id-kp-clientAuth.",
        Rationale = "For LDevID certificates to be usable with TLS, extendedKeyUsage MUST contain at least one of id-kp-serverAuth or id-kp-clientAuth matching the device's TLS role. Mbed TLS refuses a certificate whose EKU lacks the needed purpose (and anyExtendedKeyUsage) for that role. IDevIDs SHOULD omit EKU entirely.",
        Fix = "Add 'extendedKeyUsage = clientAuth' (or serverAuth), or omit extendedKeyUsage for an IDevID.",
        Example = "X509v3 Extended Key Usage: Code Signing",
        AppliesTo = CertificateRoles.Leaf,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.ExtKeyUsage);
        if (extension?.Decoded is ExtendedKeyUsage eku && !eku.Contains(Oids.ServerAuth) && !eku.Contains(Oids.ClientAuth))
        {
            var purposes = eku.Purposes.Count == 0 ? "empty" : string.Join(", ", eku.Purposes.Select(Oids.Name));
            findings.Add(Finding.At(Descriptor, $"extKeyUsage ({purposes}) has neither serverAuth nor clientAuth", extension.Location));
        }
    }
}
