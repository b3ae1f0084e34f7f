namespace CertLint.Rules.Rfc5280;

public sealed class ExtensionDuplicate : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.ext.duplicate",
        Title = "Extension appears more than once",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "4.2",
        Description = "Checks that no extension OID occurs twice in the extensions list.",
        Rationale = "RFC 5280 4.2: a certificate MUST NOT include more than one instance of a particular extension. Mbed TLS rejects a duplicate of an extension it parses (-0x2500, MBEDTLS_ERR_X509_INVALID_EXTENSIONS), OpenSSL flags it as invalid, and other stacks silently pick the first or last copy, so two verifiers can disagree about what the certificate says.",
        Fix = "Re-issue the certificate with each extension once (merge the values, e.g. all SAN entries into one subjectAltName).",
        Example = "X509v3 Subject Key Identifier (twice)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var extensions = context.Certificate.Extensions;
        foreach (var (i, j) in Duplicates.Of(extensions, e => e.Oid, StringComparer.Ordinal))
        {
            findings.Add(Finding.At(Descriptor, $"{extensions[i].Name} extension appears again at index {i} (first at index {j})", extensions[i].Location));
        }
    }
}
