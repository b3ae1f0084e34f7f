namespace CertLint.Tests.X509;

/// <summary>
/// The decoder's sample certificate, fixtures/decoder/ec-policies-san.der (made by fixtures/decoder/make.sh): EC
/// P-256, O=Ex, CN=test, critical certificatePolicies 1.2.3.4, SAN DNS:a.example and IP:10.0.0.1.
/// </summary>
internal static class Samples
{
    public static byte[] EcLeaf => Fixtures.Bytes("decoder/ec-policies-san.der");
}
