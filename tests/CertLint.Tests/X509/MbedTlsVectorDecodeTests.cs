using System.Security.Cryptography;
using CertLint.Input;

namespace CertLint.Tests.X509;

/// <summary>
/// Every Mbed TLS parse vector (2.16, 2.28, 3.6, 4.0) goes through the decoder without an exception, and every
/// vector Mbed TLS accepts decodes to a certificate whose sha256 is that of the vector's bytes.
/// </summary>
public class MbedTlsVectorDecodeTests
{
    public static TheoryData<string> VectorFiles() =>
        new(Directory.GetFiles(Fixtures.Path("mbedtls/vectors"), "x509parse_crt-*.tsv").Select(Path.GetFileName).Order()!);

    private static IEnumerable<(string Name, byte[] Der, string Expected)> Rows(string file)
    {
        foreach (var line in File.ReadLines(Fixtures.Path("mbedtls/vectors/" + file)).Skip(1))
        {
            var columns = line.Split('\t');
            yield return (columns[0], Convert.FromHexString(columns[1]), columns[2]);
        }
    }

    [Theory]
    [MemberData(nameof(VectorFiles))]
    public void EveryVectorDecodesWithoutException(string file)
    {
        var count = 0;
        foreach (var (name, der, _) in Rows(file))
        {
            var result = InputDecoder.Decode(name, der);
            foreach (var o in result.Objects)
            {
                _ = o.Certificate?.PublicKey.Details;
                _ = CertLint.Inspect.ShowDocumentBuilder.File(result);
            }
            count++;
        }
        Assert.True(count > 50, $"{file}: only {count} vectors read");
    }

    [Theory]
    [MemberData(nameof(VectorFiles))]
    public void EveryAcceptedVectorDecodesToItsCertificate(string file)
    {
        var accepted = Rows(file).Where(r => r.Expected is "0" or "0x0" or "0x00").ToList();
        Assert.NotEmpty(accepted);
        var failures = new List<string>();
        foreach (var (name, der, _) in accepted)
        {
            var result = InputDecoder.Decode(name, der);
            var certificate = result.Certificates.FirstOrDefault()?.Certificate;
            if (certificate is null)
            {
                failures.Add($"{name}: Mbed TLS accepts it but CertLint did not decode it: {string.Join("; ", result.Errors)}");
                continue;
            }
            var outer = certificate.Encoded.Length;
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(der.AsSpan(0, outer))), certificate.Sha256);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
