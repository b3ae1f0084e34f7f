using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageInconsistentWithEku : IRule
{
    private const KeyUsageFlags SigningOrNonRepudiation = KeyUsageFlags.DigitalSignature | KeyUsageFlags.NonRepudiation;

    /// <summary>RFC 5280 4.2.1.12: the keyUsage bits each key purpose may be consistent with.</summary>
    private static readonly (string Oid, KeyUsageFlags Allowed)[] Purposes =
    [
        (Oids.ServerAuth, KeyUsageFlags.DigitalSignature | KeyUsageFlags.KeyEncipherment | KeyUsageFlags.KeyAgreement),
        (Oids.ClientAuth, KeyUsageFlags.DigitalSignature | KeyUsageFlags.KeyAgreement),
        (Oids.CodeSigning, KeyUsageFlags.DigitalSignature),
        (Oids.EmailProtection, SigningOrNonRepudiation | KeyUsageFlags.KeyEncipherment | KeyUsageFlags.KeyAgreement),
        (Oids.TimeStamping, SigningOrNonRepudiation),
        (Oids.OcspSigning, SigningOrNonRepudiation),
    ];

    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.inconsistent-with-eku",
        Title = "extKeyUsage purpose that keyUsage does not allow",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.12",
        Description = "For each purpose of extKeyUsage that RFC 5280 defines (serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning), checks that keyUsage has at least one bit the purpose may be consistent with (e.g. serverAuth: digitalSignature, keyEncipherment or keyAgreement).",
        Rationale = "When both extensions are present the certificate MUST only be used for a purpose consistent with both. A serverAuth certificate whose keyUsage is only keyCertSign, or a clientAuth one with only keyEncipherment, is refused by verifiers that check the pair (Mbed TLS mbedtls_ssl_check_cert_usage, browsers), so the purpose listed in extKeyUsage cannot be used.",
        Fix = "Add the keyUsage bit the purpose needs (digitalSignature for TLS 1.3 and ECDHE suites), or remove the purpose from extKeyUsage.",
        Example = "X509v3 Key Usage: Key Encipherment; X509v3 Extended Key Usage: TLS Web Client Authentication",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var certificate = context.Certificate;
        var eku = certificate.Extension(Oids.ExtKeyUsage);
        if (certificate.KeyUsage is not { } keyUsage || eku?.Readable is not ExtendedKeyUsage purposes)
        {
            return;
        }
        foreach (var (oid, allowed) in Purposes)
        {
            if (purposes.Contains(oid) && (keyUsage.Flags & allowed) == 0)
            {
                findings.Add(Finding.At(Descriptor,
                    $"extKeyUsage {Oids.Name(oid)} needs one of keyUsage {KeyUsage.Describe(allowed)}, but keyUsage is {KeyUsage.Describe(keyUsage.Flags)}",
                    eku.ValueLocation));
            }
        }
    }
}
