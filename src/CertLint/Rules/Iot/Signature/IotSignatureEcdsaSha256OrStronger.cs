using CertLint.Asn1;

namespace CertLint.Rules.Iot;

public sealed class IotSignatureEcdsaSha256OrStronger : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.signature.ecdsa-sha256-or-stronger",
        Title = "Signature must be ECDSA with SHA-256 or stronger",
        DefaultSeverity = Severity.Error,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Signature") + "; RFC 5758",
        Description = "Checks that signatureAlgorithm is ecdsa-with-SHA256, ecdsa-with-SHA384 or ecdsa-with-SHA512.",
        Rationale = "The signature MUST be ecdsa-with-SHA256 or stronger; the profile does not use RSA for constrained devices. A device built with only ECDSA (a common Mbed TLS configuration for small flash) cannot verify an RSA or SHA-1 signature, so the chain fails to validate on the device.",
        Fix = "Have the issuing CA sign with an ECDSA key and SHA-256 or better (OpenSSL: -md sha256 with an EC CA key).",
        Example = "Signature Algorithm: sha256WithRSAEncryption / ecdsa-with-SHA1",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (algorithm.Oid is not (Oids.EcdsaWithSha256 or Oids.EcdsaWithSha384 or Oids.EcdsaWithSha512))
        {
            findings.Add(Finding.At(Descriptor, $"signature algorithm is {algorithm.Name} (ecdsa-with-SHA256, -SHA384 or -SHA512 required)", algorithm.Location));
        }
    }
}
