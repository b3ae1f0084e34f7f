using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyRsaParamsNotNull : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.rsa-params-not-null",
        Title = "rsaEncryption key algorithm carries NULL parameters",
        DefaultSeverity = Severity.Error,
        Source = "RFC 3279",
        Citation = "2.3.1",
        Description = "Checks that a subjectPublicKeyInfo with algorithm rsaEncryption has parameters present and equal to the ASN.1 NULL.",
        Rationale = "\"The parameters field MUST have ASN.1 type NULL for this algorithm identifier.\" Code that recognises keys by comparing the AlgorithmIdentifier bytes (key pinning by SPKI hash, HSMs, allow-lists) does not recognise the key, and the SPKI hash differs from the same key encoded correctly, breaking HPKP-style pins and key identifiers.",
        Fix = "Re-issue from a request whose public key is encoded with NULL parameters (openssl always writes 30 0D 06 09 2A 86 48 86 F7 0D 01 01 01 05 00).",
        Example = "Public Key Algorithm: rsaEncryption (parameters absent)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.PublicKey.Algorithm;
        if (algorithm.Oid == Oids.RsaEncryption && !algorithm.ParametersAreNull)
        {
            var found = algorithm.Parameters is { } p ? "parameters " + Convert.ToHexString(p.Span) : "parameters absent";
            findings.Add(Finding.At(Descriptor, $"rsaEncryption key: {found}, expected NULL (0500)", algorithm.Location));
        }
    }
}
