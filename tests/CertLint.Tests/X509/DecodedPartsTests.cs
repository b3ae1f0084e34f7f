using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using CertLint.Input;
using CertLint.X509;

namespace CertLint.Tests.X509;

/// <summary>
/// Issue 10: the certificates of one input share decoded parts whose bytes and offset are equal (DecodedParts), and a
/// shared part is exactly what decoding that certificate alone gives: same values, same locations, same diagnostics.
/// </summary>
public sealed class DecodedPartsTests
{
    private static readonly DateTimeOffset NotBefore = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Leaves of one CA, each with its own key and subject, and serials of <paramref name="serialLengths"/> bytes.</summary>
    private static List<byte[]> Leaves(params int[] serialLengths)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Parts CA, O=Example", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(NotBefore, NotBefore.AddYears(5));
        var leaves = new List<byte[]>();
        for (var i = 0; i < serialLengths.Length; i++)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest($"CN=device {i}", key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
            request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
            var serial = Enumerable.Repeat((byte)(0x10 + i % 0x60), serialLengths[i]).ToArray();
            using var leaf = request.Create(ca, NotBefore, NotBefore.AddYears(1), serial);
            leaves.Add(leaf.RawData);
        }
        return leaves;
    }

    private static IReadOnlyList<Certificate> DecodeTogether(IEnumerable<byte[]> certificates)
    {
        var pem = string.Concat(certificates.Select(der => PemEncoding.WriteString("CERTIFICATE", der) + "\n"));
        var result = InputDecoder.Decode("leaves.pem", Encoding.ASCII.GetBytes(pem));
        Assert.Empty(result.Errors);
        return result.Certificates.Select(o => o.Certificate!).ToList();
    }

    [Fact]
    public void LeavesOfOneCaShareTheirIssuerAlgorithmsAndEqualExtensions()
    {
        var together = DecodeTogether(Leaves(8, 8, 8));
        var (first, second) = (together[0], together[1]);
        Assert.Same(first.Issuer, second.Issuer);
        Assert.Same(first.TbsSignatureAlgorithm, second.TbsSignatureAlgorithm);
        Assert.Same(first.SignatureAlgorithm, second.SignatureAlgorithm);
        Assert.Same(first.NotBefore, second.NotBefore);
        Assert.Same(first.BasicConstraints, second.BasicConstraints);
        Assert.Same(first.AuthorityKeyIdentifier, second.AuthorityKeyIdentifier);
        // What differs is each certificate's own.
        Assert.NotSame(first.Subject, second.Subject);
        Assert.NotSame(first.PublicKey, second.PublicKey);
        Assert.NotSame(first.SubjectKeyIdentifier, second.SubjectKeyIdentifier);
    }

    [Fact]
    public void SharedPartsAreWhatDecodingEachCertificateAloneGives()
    {
        var leaves = Leaves(8, 8, 3, 8, 20);
        var together = DecodeTogether(leaves);
        for (var i = 0; i < leaves.Count; i++)
        {
            var alone = CertificateDecoder.Decode(leaves[i]).Certificate!;
            Assert.Equal(Describe(alone), Describe(together[i]));
        }
    }

    [Fact]
    public void SameBytesAtAnotherOffsetAreNotShared()
    {
        // A 3-byte serial moves every later field of the third leaf by five bytes.
        var together = DecodeTogether(Leaves(8, 8, 3));
        Assert.NotSame(together[0].Issuer, together[2].Issuer);
        Assert.Equal(together[0].Issuer.Location.Offset - 5, together[2].Issuer.Location.Offset);
        Assert.Equal(together[0].Issuer.Encoded.ToArray(), together[2].Issuer.Encoded.ToArray());
    }

    [Fact]
    public void APartWithADiagnosticIsDecodedAgainForEveryCertificate()
    {
        // critical FALSE written out (a DER violation) in basicConstraints of both leaves: each must report it.
        var leaves = Leaves(8, 8).Select(WithCriticalFalse).ToList();
        var together = DecodeTogether(leaves);
        foreach (var certificate in together)
        {
            Assert.Contains(certificate.Diagnostics, d => d.Code == "der.default-encoded");
        }
        Assert.NotSame(together[0].BasicConstraints, together[1].BasicConstraints);
    }

    [Fact]
    public void AFieldThatDiffersInEveryCertificateKeepsABoundedTableAndSharingGoesOn()
    {
        var parts = new DecodedParts();
        var leaves = Leaves(Enumerable.Repeat(8, DecodedParts.PerField + 2).ToArray());
        var decoded = leaves.Select(der => CertificateDecoder.Decode(der, parts).Certificate!).ToList();
        Assert.InRange(parts.LargestField, 1, DecodedParts.PerField);
        Assert.Same(decoded[0].Issuer, decoded[^1].Issuer);
    }

    private static string Describe(Certificate c) => string.Join("\n",
        c.Issuer.Location, c.Issuer, c.Subject.Location, c.Subject, c.TbsSignatureAlgorithm.Location, c.SignatureAlgorithm.Location,
        c.NotBefore.Location, c.NotBefore.Encoded, c.NotAfter.Location, c.PublicKey.Location, Convert.ToHexString(c.PublicKey.Encoded.Span),
        string.Join(";", c.Extensions.Select(e => $"{e.Index} {e.Oid} {e.Critical} {e.Location} {e.ValueLocation} {Convert.ToHexString(e.Value.Span)}")),
        string.Join(";", c.Diagnostics.Select(d => d.ToString())));

    /// <summary>Re-encodes basicConstraints with critical FALSE written out (the signature no longer verifies; decoding does not care).</summary>
    private static byte[] WithCriticalFalse(byte[] der)
    {
        // basicConstraints as the .NET builder writes it: 30 0C 06 03 55 1D 13 01 01 FF 04 02 30 00.
        byte[] critical = [0x30, 0x0C, 0x06, 0x03, 0x55, 0x1D, 0x13, 0x01, 0x01, 0xFF, 0x04, 0x02, 0x30, 0x00];
        var at = der.AsSpan().IndexOf(critical);
        Assert.True(at > 0);
        var copy = (byte[])der.Clone();
        copy[at + 9] = 0x00;
        return copy;
    }
}
