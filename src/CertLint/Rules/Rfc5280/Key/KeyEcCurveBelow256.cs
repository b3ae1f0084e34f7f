using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyEcCurveBelow256 : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.ec-curve-below-256",
        Title = "EC key on a curve smaller than 256 bits",
        DefaultSeverity = Severity.Warning,
        Source = "NIST SP 800-131A",
        Citation = "SP 800-131A Rev. 2 table 2; RFC 5480 2.1.1.1",
        Description = "Flags EC public keys on named curves whose field is smaller than 256 bits (secp192r1/P-192, secp224r1/P-224, secp192k1, secp224k1, brainpoolP224r1, ...).",
        Rationale = "Curves below 224 bits are no longer acceptable (about 96-bit security) and P-224 is at the end of its life. Mbed TLS 3.6's default verify profile allows only P-256/384/521 and brainpool 256/384/512 (BAD_KEY otherwise) and its TLS stack no longer offers P-192/P-224.",
        Fix = "Generate a P-256 (or P-384) key: openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256, and re-issue.",
        Example = "ASN1 OID: secp224r1, NIST CURVE: P-224",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is { Type: KeyType.Ec, Error: null, SizeBits: > 0 and < 256 } details)
        {
            findings.Add(Finding.At(Descriptor, $"EC key on {details.CurveName ?? "an explicit curve"} ({details.SizeBits} bits); 256 bits or more expected", key.Algorithm.Location));
        }
    }
}
