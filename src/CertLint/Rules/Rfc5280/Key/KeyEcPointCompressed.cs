using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyEcPointCompressed : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.ec-point-compressed",
        Title = "EC public key uses point compression",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5480",
        Citation = "2.2",
        Description = "Flags an EC subjectPublicKey in compressed form (first octet 0x02 or 0x03).",
        Rationale = "RFC 5480: \"The uncompressed form MUST be supported\"; the compressed form MAY be, so not every relying party reads it. Mbed TLS 2.16 and 2.28 reject such a certificate at parse time (-0x4E80, MBEDTLS_ERR_ECP_FEATURE_UNAVAILABLE); 3.6 accepts it. Many HSMs and embedded stacks take only uncompressed points.",
        Fix = "Re-issue from the uncompressed public key (openssl ec -in key.pem -pubout -conv_form uncompressed, or a request made without -conv_form compressed).",
        Example = "pub: 03:bc:7f:96:... (compressed)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Details is { Type: KeyType.Ec, PointFormat: EcPointFormat.Compressed } details)
        {
            findings.Add(Finding.At(Descriptor, $"EC point on {details.CurveName ?? "an unnamed curve"} is compressed (first octet 0x{key.KeyBits.Bytes.Span[0]:X2})", key.KeyBits.Location));
        }
    }
}
