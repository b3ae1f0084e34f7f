using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageMissingInCa : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.missing-in-ca",
        Title = "CA certificate without keyUsage",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.3",
        Description = "Checks that a CA certificate (cA TRUE) carries the keyUsage extension.",
        Rationale = "Conforming CAs MUST include keyUsage in certificates whose public keys verify signatures on other certificates or CRLs. Without it nothing limits what the CA key may be used for, and profile checks (CA/Browser Forum audits, the IoT profile) reject the CA.",
        Fix = "Re-issue the CA certificate with 'keyUsage = critical, keyCertSign, cRLSign' (add digitalSignature if the key also signs OCSP responses).",
        Example = "X509v3 Basic Constraints: critical CA:TRUE   (and no X509v3 Key Usage)",
        AppliesTo = CertificateRoles.Ca,
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        if (certificate.Extension(Oids.KeyUsage) is null)
        {
            var where = certificate.Extension(Oids.BasicConstraints)?.Location ?? certificate.ExtensionsLocation;
            findings.Add(Finding.At(Descriptor, "CA certificate (cA TRUE) has no keyUsage extension", where));
        }
    }
}
