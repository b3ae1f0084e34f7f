namespace CertLint.Rules.Rfc5280;

public sealed class SignatureEmpty : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.empty",
        Title = "Signature value is empty",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.1.1.3",
        Description = "Flags a signatureValue BIT STRING with no signature octets.",
        Rationale = "\"The signatureValue field contains a digital signature computed upon the ASN.1 DER encoded tbsCertificate\"; an empty one cannot verify, so every relying party rejects the certificate (or, for a self-signed root, trusts it without any integrity check). It typically comes from a template or a to-be-signed certificate that was never signed.",
        Fix = "Sign the certificate (openssl x509 -req / openssl ca), or replace the placeholder with the real signed certificate.",
        Example = "signatureValue: BIT STRING 03 01 00",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var signature = context.Certificate.Signature;
        if (signature.Bytes.Length == 0)
        {
            findings.Add(Finding.At(Descriptor, "signatureValue contains no signature octets", signature.Location));
        }
    }
}
