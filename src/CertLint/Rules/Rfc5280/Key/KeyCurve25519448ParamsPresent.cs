using CertLint.Asn1;

namespace CertLint.Rules.Rfc5280;

public sealed class KeyCurve25519448ParamsPresent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.key.curve25519-448-params-present",
        Title = "Ed25519/Ed448/X25519/X448 keys carry no parameters",
        DefaultSeverity = Severity.Error,
        Source = "RFC 8410",
        Citation = "3",
        Description = "Checks that the AlgorithmIdentifier of an Ed25519, Ed448, X25519 or X448 public key has no parameters field.",
        Rationale = "\"For all of the OIDs, the parameters MUST be absent.\" Parsers that follow RFC 8410 reject the key when parameters (even NULL) are present, so the certificate cannot be used; the SPKI hash also differs from the correct encoding of the same key (pins and key identifiers stop matching).",
        Fix = "Re-issue from a correctly encoded public key (openssl genpkey -algorithm ED25519; openssl pkey -pubout).",
        Example = "Public Key Algorithm: ED25519, parameters NULL",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.PublicKey.Algorithm;
        if (algorithm.Oid is Oids.Ed25519 or Oids.Ed448 or Oids.X25519 or Oids.X448 && algorithm.Parameters is { } p)
        {
            findings.Add(Finding.At(Descriptor, $"{algorithm.Name} key has parameters {Convert.ToHexString(p.Span)}; they must be absent", algorithm.Location));
        }
    }
}
