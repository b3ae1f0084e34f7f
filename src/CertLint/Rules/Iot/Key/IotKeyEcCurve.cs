using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Iot;

public sealed class IotKeyEcCurve : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "iot.key.ec-curve",
        Title = "Public key not ECDSA on P-256, P-384 or P-521",
        DefaultSeverity = Severity.Warning,
        Source = IotProfile.Source,
        Citation = IotProfile.Section("All Certificates / Subject Public Key Info") + "; RFC 5480",
        Description = "Checks that the subject public key is id-ecPublicKey with the named curve secp256r1, secp384r1 or secp521r1.",
        Rationale = "The profile uses id-ecPublicKey and assumes devices support one of secp256r1, secp384r1 and secp521r1 (secp256r1 is mandatory to implement). Other keys (RSA, brainpool, secp256k1) are outside what IoT devices are expected to support: Mbed TLS 3.6 clients do not offer secp256k1, and RSA code is often compiled out. The draft words this as an assumption, not a MUST, hence a warning.",
        Fix = "Generate the key on P-256 (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256).",
        Example = "Public Key Algorithm: rsaEncryption (2048 bit) / ASN1 OID: secp256k1",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var key = context.Certificate.PublicKey;
        if (key.Algorithm.Oid != Oids.EcPublicKey)
        {
            findings.Add(Finding.At(Descriptor, $"public key is {key.Algorithm.Name}, not id-ecPublicKey", key.Location));
            return;
        }
        var curve = key.Algorithm.ParameterOid();
        if (curve is not (Oids.Secp256r1 or Oids.Secp384r1 or Oids.Secp521r1))
        {
            var name = curve is null ? "not a named curve" : PublicKeyDetails.NameOfCurve(curve);
            findings.Add(Finding.At(Descriptor, $"EC key curve is {name} (secp256r1, secp384r1 or secp521r1 expected)", key.Algorithm.Location));
        }
    }
}
