namespace CertLint.Rules.Rfc5280;

public sealed class ExtensionMalformed : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.malformed",
        Title = "Extension value does not decode",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2",
        Description = "Reports each extension whose extnValue does not decode as the ASN.1 type its OID defines (e.g. basicConstraints that is not a SEQUENCE), once per malformed element of a list; the well-formed elements of such a list are still decoded and checked by the other rules.",
        Rationale = "extnValue MUST contain the DER encoding of the extension's ASN.1 type. A verifier that cannot decode a known extension rejects the certificate (Mbed TLS: MBEDTLS_ERR_X509_INVALID_EXTENSIONS), and the other rules cannot judge its content.",
        Fix = "Re-issue the certificate with the extension encoded as RFC 5280 defines it; check the issuing tool's configuration for hand-written DER (e.g. OpenSSL 'DER:' or 'ASN1:' values).",
        Example = "basicConstraints extnValue = INTEGER 5 (expected SEQUENCE)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        foreach (var extension in context.Certificate.Extensions)
        {
            foreach (var error in extension.DecodeErrors)
            {
                var detail = error.Expected is null ? "" : $" (expected {error.Expected}, found {error.Found ?? "nothing"})";
                findings.Add(Finding.At(Descriptor, $"{extension.Name} value is malformed at byte {error.Offset}: {error.Message}{detail}", error.Path, error.Offset));
            }
        }
    }
}
