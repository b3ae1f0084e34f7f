namespace CertLint.Rules.Rfc5280;

public sealed class SignatureRsaPssParamsInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.rsa-pss-params-invalid",
        Title = "RSASSA-PSS signature parameters missing or malformed",
        DefaultSeverity = Severity.Error,
        Source = "RFC 4055",
        Citation = "3.1",
        Description = "For an id-RSASSA-PSS signatureAlgorithm, checks that the parameters are a well-formed RSASSA-PSS-params SEQUENCE, that the mask generation function is MGF1 and that trailerField is 1.",
        Rationale = "For signatures the parameters MUST be present (only a public key may omit them), and trailerField MUST be 1 (0xBC). Without them a verifier does not know the hash, mask function or salt length and cannot verify: OpenSSL, Go and Mbed TLS fail the certificate.",
        Fix = "Re-issue with explicit parameters, e.g. openssl ca -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest -md sha256 (hash SHA-256, MGF1-SHA-256, salt 32).",
        Example = "Signature Algorithm: rsassaPss (no parameters)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (algorithm.Oid != Asn1.Oids.RsaPss)
        {
            return;
        }
        string? problem;
        if (algorithm.Parameters is not { } p)
        {
            problem = "parameters absent (required for signatures)";
        }
        else if (RsaPssParameters.TryParse(p, out var error) is not { } pss)
        {
            problem = $"parameters are not RSASSA-PSS-params ({error})";
        }
        else if (pss.MaskGenOid != RsaPssParameters.Mgf1)
        {
            problem = $"mask generation function {pss.MaskGenOid} is not MGF1";
        }
        else if (pss.TrailerField != 1)
        {
            problem = $"trailerField is {pss.TrailerField}, must be 1";
        }
        else
        {
            problem = null;
        }
        if (problem is not null)
        {
            findings.Add(Finding.At(Descriptor, "RSASSA-PSS: " + problem, algorithm.Location));
        }
    }
}
