using System.Text.RegularExpressions;

namespace CertLint.Tests.Conversion;

/// <summary>PEM as TLS stacks want it: 64-column base64, LF only, nothing but the blocks unless --annotate.</summary>
public sealed partial class PemOutputTests
{
    [GeneratedRegex(@"\A(-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/]{64}\n)*[A-Za-z0-9+/]{1,63}={0,2}\n-----END CERTIFICATE-----\n)+\z")]
    private static partial Regex StrictPemChain();

    [Fact]
    public void OutputIsNothingButStrictPemBlocks()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/pem-crlf.pem"));
        Assert.Matches(StrictPemChain(), ConvertKit.Ascii(result.StdoutBytes));
        Assert.Equal(3, ConvertKit.PemCertificates(ConvertKit.Ascii(result.StdoutBytes)).Count);
    }

    [Fact]
    public void AnnotateAddsOneCommentLinePerBlockWithSubjectIssuerAndHash()
    {
        var result = ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b"), "--annotate");
        var comments = ConvertKit.Ascii(result.StdoutBytes).Split('\n').Where(l => l.StartsWith('#')).ToList();
        var hashes = ConvertKit.Recorded("chains/ec-chain.sha256.txt");
        Assert.Equal(3, comments.Count);
        Assert.Equal($"# subject=C=DE, O=CertLint Fixtures, CN=server.example.test issuer=C=DE, O=CertLint Fixtures, CN=CertLint Test EC Intermediate sha256={hashes[0]}", comments[0]);
        Assert.EndsWith("sha256=" + hashes[2], comments[2]);
        // Outside the comments it is the plain output, and CertLint reads its own annotated file back.
        Assert.Equal(ConvertKit.Ascii(ConvertKit.Convert(Fixtures.Path("containers/p7b-shuffled.p7b")).StdoutBytes), string.Join("\n", ConvertKit.Ascii(result.StdoutBytes).Split('\n').Where(l => !l.StartsWith('#'))));
        Assert.Equal(hashes, ConvertKit.CertificateHashes(result.StdoutBytes));
    }

    [Fact]
    public void AnnotationsEscapeLineBreaksInNamesSoNoBlockCanBeForged()
    {
        var result = ConvertKit.Convert(Fixtures.Path("convert/evil-subject.pem"), "--annotate");
        var lines = ConvertKit.Ascii(result.StdoutBytes).Split('\n');
        Assert.Single(lines, l => l.StartsWith('#'));
        Assert.Contains(@"CN=evil\u000a-----END CERTIFICATE-----\u000a# forged", lines[0]);
        Assert.Single(lines, l => l == "-----END CERTIFICATE-----");
        Assert.DoesNotContain("evil\n", result.Stderr);
    }

    [Fact]
    public void CrlsAreDroppedUnlessIncludedThenWrittenAfterTheCertificates()
    {
        var fixture = Fixtures.Path("containers/p7b-with-crls.p7b");
        var decoded = CertLint.Input.InputDecoder.DecodeFile(fixture);
        var crls = decoded.Objects.Where(o => o.Kind == CertLint.Input.ObjectKind.Crl).Select(o => o.Encoded.ToArray()).ToList();
        Assert.NotEmpty(crls);

        var without = ConvertKit.Convert(fixture);
        var with = ConvertKit.Convert(fixture, "--include-crls");

        Assert.DoesNotContain("X509 CRL", ConvertKit.Ascii(without.StdoutBytes));
        Assert.Contains($"note: {crls.Count} CRL", without.Stderr);
        Assert.Equal(crls, ConvertKit.PemCertificates(ConvertKit.Ascii(with.StdoutBytes), "X509 CRL"));
        Assert.True(ConvertKit.Ascii(with.StdoutBytes).LastIndexOf("-----END CERTIFICATE-----", StringComparison.Ordinal) < ConvertKit.Ascii(with.StdoutBytes).IndexOf("-----BEGIN X509 CRL-----", StringComparison.Ordinal));
    }

    [Fact]
    public void PrivateKeysAreNeverCopied()
    {
        var fixture = Fixtures.Path("containers/pem-cert-and-key.pem");
        var key = CertLint.Input.InputDecoder.DecodeFile(fixture).Objects.Single(o => CertLint.Input.ObjectKinds.IsPrivateKey(o.Kind)).Encoded.ToArray();
        foreach (var format in new[] { "pem", "p7b", "p7b-pem", "der" })
        {
            var result = ConvertKit.Convert(fixture, "--to", format);
            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain("PRIVATE KEY", ConvertKit.Ascii(result.StdoutBytes));
            Assert.False(result.StdoutBytes.AsSpan().IndexOf(key) >= 0, $"{format}: key bytes in the output");
            Assert.Contains("private key (PKCS#8) (line", result.Stderr);
            Assert.Contains("not copied", result.Stderr);
        }
    }
}
