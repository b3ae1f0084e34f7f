using CertLint.Asn1;
using CertLint.Input;
using CertLint.X509;

namespace CertLint.Tests.X509;

public class DecoderSmokeTests
{
    [Fact]
    public void DecodesSelfMadeCertificateWithExtensionsAndOffsets()
    {
        var der = Samples.EcLeaf;
        var result = InputDecoder.Decode("sample.der", der);
        Assert.Empty(result.Errors);
        var cert = Assert.Single(result.Certificates).Certificate!;
        Assert.Equal(2, cert.Version);
        Assert.Equal("O=Ex, CN=test", cert.Subject.ToString());
        Assert.Equal(KeyType.Ec, cert.PublicKey.Details.Type);
        Assert.Equal("secp256r1", cert.PublicKey.Details.CurveName);
        var policies = cert.Extension(Oids.CertificatePolicies)!;
        Assert.True(policies.Critical);
        Assert.Equal("1.2.3.4", policies.As<CertificatePolicies>()!.Policies[0].PolicyOid);
        Assert.Equal(0x04, der[policies.ValueLocation.Offset]);
        var san = cert.SubjectAltName!;
        Assert.Equal(["DNS:a.example", "IP:10.0.0.1"], san.Names.Select(n => n.ToString()));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(der)), cert.Sha256);
    }
}
