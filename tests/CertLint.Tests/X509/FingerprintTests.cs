using CertLint.X509;

namespace CertLint.Tests.X509;

public class FingerprintTests
{
    [Fact]
    public void ManagedAndNativeHashesAgreeOnEveryLength()
    {
        var random = new Random(7);
        foreach (var length in (int[])[0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 700, 4_096, 100_000])
        {
            var data = new byte[length];
            random.NextBytes(data);
            var managed = Fingerprint.Sha256Hex(data, native: false);
            Assert.Equal(managed, Fingerprint.Sha256Hex(data, native: true));
            Assert.Equal(managed, Fingerprint.Sha256Hex(data));
            Assert.Matches("^[0-9a-f]{64}$", managed);
        }
    }

    [Fact]
    public void KnownAnswer()
    {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        const string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Assert.Equal(abc, Fingerprint.Sha256Hex("abc"u8, native: false));
        Assert.Equal(abc, Fingerprint.Sha256Hex("abc"u8, native: true));
    }
}
