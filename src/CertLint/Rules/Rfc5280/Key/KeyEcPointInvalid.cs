using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyEcPointInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.ec-point-invalid",
        Title = "EC public key is not a valid point on its curve",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5480",
        Citation = "2.2; SEC 1 2.3.4, 3.2.2",
        Description = "For an EC key on a named curve, checks that the subjectPublicKey decodes to a point on that curve (in uncompressed or compressed form) that is not the point at infinity.",
        Rationale = "A point off the curve is not a public key: signatures cannot verify, and feeding it to ECDH is the classic invalid-curve attack. Mbed TLS rejects the certificate at parse time (-0x4C80, MBEDTLS_ERR_ECP_INVALID_KEY); BouncyCastle and OpenSSL refuse to load it. Usually the key bytes were corrupted or hand-edited.",
        Fix = "Re-issue from the genuine public key (openssl pkey -in key.pem -pubout), or generate a new key pair.",
        Example = "pub: 04:bc:7f:...:c1:43 (not on P-256)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is not { Type: KeyType.Ec, CurveOid: not null } details)
        {
            return;
        }
        if (details.PointFormat is EcPointFormat.Invalid or EcPointFormat.Hybrid)
        {
            var first = key.KeyBits.Bytes.Length == 0 ? "empty" : $"first octet 0x{key.KeyBits.Bytes.Span[0]:X2}";
            findings.Add(Finding.At(Descriptor, $"EC point on {details.CurveName} has an invalid encoding ({first}; expected 0x04, 0x02 or 0x03)", key.KeyBits.Location));
        }
        else if (details.Error is { } error)
        {
            findings.Add(Finding.At(Descriptor, $"EC public key on {details.CurveName} is rejected: {error}", key.KeyBits.Location));
        }
    }
}
