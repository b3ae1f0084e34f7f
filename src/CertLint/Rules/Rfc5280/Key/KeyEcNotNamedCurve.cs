using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyEcNotNamedCurve : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.ec-not-named-curve",
        Title = "EC key must name its curve",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5480",
        Citation = "2.1.1",
        Description = "Checks that an id-ecPublicKey subjectPublicKeyInfo uses the namedCurve form of ECParameters (an OID), not specifiedCurve (explicit parameters) or implicitCurve (NULL/absent).",
        Rationale = "\"implicitCurve and specifiedCurve MUST NOT be used in PKIX.\" Explicit parameters let a certificate smuggle in a weak or malicious curve (CVE-2020-0601 'CurveBall' forged certificates this way against Windows CryptoAPI); Mbed TLS accepts them at most when they equal a built-in curve.",
        Fix = "Generate the key with a named curve (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -pkeyopt ec_param_enc:named_curve) or convert the request (openssl ec -param_enc named_curve), and re-issue.",
        Example = "Public Key Algorithm: id-ecPublicKey, Field Type: prime-field, Prime: 00:ff:ff:... (explicit)",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.PublicKey.Algorithm;
        if (algorithm.Oid != Oids.EcPublicKey || algorithm.ParameterOid() is not null)
        {
            return;
        }
        var form = algorithm.Parameters is not { } p ? "parameters absent (implicitCurve)"
            : algorithm.ParametersAreNull ? "NULL parameters (implicitCurve)"
            : p.Span[0] == 0x30 ? "explicit curve parameters (specifiedCurve)" : "unrecognised parameters " + Convert.ToHexString(p.Span);
        findings.Add(Finding.At(Descriptor, $"EC key has {form}; a named curve OID is required", algorithm.Location));
    }
}
