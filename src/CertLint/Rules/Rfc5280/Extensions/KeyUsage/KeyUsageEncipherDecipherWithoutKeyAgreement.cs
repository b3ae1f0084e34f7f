using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageEncipherDecipherWithoutKeyAgreement : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.encipher-decipher-without-key-agreement",
        Title = "encipherOnly or decipherOnly without keyAgreement",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 5280",
        Citation = "4.2.1.3",
        Description = "Checks that encipherOnly and decipherOnly are asserted only together with keyAgreement.",
        Rationale = "The meaning of encipherOnly and decipherOnly is undefined in the absence of keyAgreement. Mbed TLS fails every usage check that does not ask for them once either bit is set, so a TLS certificate with a stray encipherOnly is refused for digitalSignature as well.",
        Fix = "Remove encipherOnly/decipherOnly (they are almost never needed), or add keyAgreement when the key really is a restricted key-agreement key.",
        Example = "X509v3 Key Usage: critical Digital Signature, Encipher Only",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.KeyUsage is { } keyUsage && !keyUsage.Has(KeyUsageFlags.KeyAgreement))
        {
            var stray = keyUsage.Flags & (KeyUsageFlags.EncipherOnly | KeyUsageFlags.DecipherOnly);
            if (stray != KeyUsageFlags.None)
            {
                findings.Add(Finding.At(Descriptor, $"keyUsage asserts {KeyUsage.Describe(stray)} without keyAgreement (keyUsage is {KeyUsage.Describe(keyUsage.Flags)})", keyUsage.Bits.Location));
            }
        }
    }
}
