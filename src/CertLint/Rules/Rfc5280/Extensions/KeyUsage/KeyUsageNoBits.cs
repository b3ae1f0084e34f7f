using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageNoBits : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.no-bits",
        Title = "keyUsage with no bit set",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.3",
        Description = "Checks that a keyUsage extension asserts at least one bit.",
        Rationale = "When keyUsage appears, at least one bit MUST be set. An empty keyUsage permits nothing: Mbed TLS 2.x rejects the certificate while parsing (-0x2564) and 3.6 accepts it but then fails every usage check, so the certificate is unusable for TLS either way.",
        Fix = "Re-issue with the usages the key needs, e.g. 'keyUsage = critical, digitalSignature' for an ECDSA TLS certificate.",
        Example = "X509v3 Key Usage: critical (empty BIT STRING 03 01 00)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extension = context.Certificate.Extension(Oids.KeyUsage);
        if (extension?.Decoded is KeyUsage keyUsage && keyUsage.Flags == KeyUsageFlags.None && !keyUsage.HasUndefinedBits)
        {
            findings.Add(Finding.At(Descriptor, $"keyUsage has no bit set (BIT STRING of {keyUsage.Bits.BitLength} bits, all zero)", keyUsage.Bits.Location));
        }
    }
}
