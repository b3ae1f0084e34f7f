using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyUsageUndefinedBits : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.key-usage.undefined-bits",
        Title = "keyUsage asserts a bit RFC 5280 does not define",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2.1.3 (KeyUsage bits 0..8)",
        Description = "Checks that no keyUsage bit beyond decipherOnly (bit 8) is set.",
        Rationale = "KeyUsage names bits 0 (digitalSignature) to 8 (decipherOnly); a higher bit has no meaning. It usually comes from a bit-order mistake in a hand-built encoding, in which case the intended usages are not the ones encoded either, and verifiers will refuse the key for what it was meant to do.",
        Fix = "Re-issue with only the named usages; when building the BIT STRING by hand, remember bit 0 is the most significant bit of the first octet.",
        Example = "X509v3 Key Usage: critical Digital Signature, (bit 9)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        if (context.Certificate.KeyUsage is { HasUndefinedBits: true } keyUsage)
        {
            // Named up to 16; a BIT STRING of millions of set bits made one message of hundreds of MB.
            var bits = new List<int>();
            var more = 0;
            for (var i = 9; i < keyUsage.Bits.BitLength; i++)
            {
                if (!keyUsage.Bits.IsSet(i))
                {
                    continue;
                }
                if (bits.Count < 16)
                {
                    bits.Add(i);
                }
                else
                {
                    more++;
                }
            }
            var rest = more > 0 ? $" and {more} more" : "";
            findings.Add(Finding.At(Descriptor, $"keyUsage sets undefined bit(s) {string.Join(", ", bits)}{rest} (defined bits are 0..8)", keyUsage.Bits.Location));
        }
    }
}
