namespace CertLint.Rules.Rfc5280;

public sealed class CrlExtMalformed : ICrlRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.crl.ext.malformed",
        Title = "CRL or CRL entry extension value does not decode",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "5.2, 5.3",
        Description = "Reports a CRL extension or CRL entry extension whose extnValue is not the structure its OID defines (cRLNumber, reasonCode, issuingDistributionPoint, ...), with the decoder's path and offset.",
        Rationale = "A verifier that understands the extension cannot read it: OpenSSL fails to load the CRL ('CRL extension value is invalid') and Go's ParseRevocationList returns an error, so revocation checking with the CRL fails.",
        Fix = "Correct the extension in the CA's CRL configuration and re-issue the CRL.",
        Example = "X509v3 CRL Reason Code: <unparsable> (INTEGER instead of ENUMERATED)",
        ForCrls = true,
    };

    public IEnumerable<Finding> Check(CrlRuleContext context)
    {
        foreach (var (extension, entry) in CrlChecks.AllExtensions(context.Crl))
        {
            foreach (var error in extension.DecodeErrors)
            {
                var where = entry is null ? "CRL extension" : $"entry {entry.Index} extension";
                yield return Finding.At(Descriptor, $"{where} {extension.Name} does not decode: {error.Message}", error.Path, error.Offset);
            }
        }
    }
}
