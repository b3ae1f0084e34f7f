namespace CertLint.Rules.Rfc5280;

public sealed class SignatureUnusedBits : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.unused-bits",
        Title = "Signature BIT STRING has unused bits",
        DefaultSeverity = Severity.Notice,
        Source = "RFC 5280",
        Citation = "4.1.1.3; RFC 3279 2.2",
        Description = "Flags a signatureValue BIT STRING whose unused-bits octet is not zero.",
        Rationale = "Every PKIX signature (RSA, ECDSA's DER SEQUENCE, EdDSA) is a whole number of octets, so the unused-bits count is always 0. Verifiers read the signature as octets, so a non-zero count is either rejected or silently ignored; it usually means the signature was damaged or assembled by hand.",
        Fix = "Re-issue the certificate; the signer must write the signature as 03 LL 00 <signature octets>.",
        Example = "signatureValue: BIT STRING, 4 unused bits",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var signature = context.Certificate.Signature;
        if (signature.UnusedBits != 0)
        {
            findings.Add(Finding.At(Descriptor, $"signatureValue has {signature.UnusedBits} unused bit(s), expected 0", signature.Location));
        }
    }
}
