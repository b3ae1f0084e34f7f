namespace CertLint.Rules.Rfc5280;

public sealed class SignatureEcdsaParamsPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.ecdsa-params-present",
        Title = "ECDSA signature algorithms carry no parameters",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5758",
        Citation = "3.2",
        Description = "For ecdsa-with-SHA1/SHA224/SHA256/SHA384/SHA512 in signatureAlgorithm, checks that the parameters field is absent (not NULL, not anything else).",
        Rationale = "\"the encoding MUST omit the parameters field\". Verifiers that match algorithm identifiers as bytes (allow-lists, embedded stacks) do not recognise ecdsa-with-SHA256 with NULL parameters and refuse to verify the signature.",
        Fix = "Re-issue with a signer that writes 30 0A 06 08 2A 86 48 CE 3D 04 03 02 (ecdsa-with-SHA256, no parameters); OpenSSL does this by default.",
        Example = "Signature Algorithm: ecdsa-with-SHA256, parameters NULL",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (SignatureAlgorithms.FamilyOf(algorithm.Oid) == SignatureAlgorithms.Family.Ecdsa && algorithm.Parameters is { } p)
        {
            findings.Add(Finding.At(Descriptor, $"{algorithm.Name} has parameters {Convert.ToHexString(p.Span)}; they must be absent", algorithm.Location));
        }
    }
}
