using System.Text;
using CertLint.Input;
using CertLint.X509;

namespace CertLint.Tests.Input;

/// <summary>
/// Big inputs are decoded on every core (PEM bodies, then certificates a window at a time) and PEM is read from the
/// file's bytes instead of a string of the whole file. Neither may change what is decoded or reported.
/// </summary>
public sealed class ParallelDecodeTests
{
    /// <summary>Every PEM certificate of the fixtures, in a fixed order.</summary>
    private static List<byte[]> FixtureCertificates()
    {
        var found = new List<byte[]>();
        foreach (var path in Directory.EnumerateFiles(Fixtures.Path(""), "*.pem", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var o in InputDecoder.DecodeFile(path).Objects)
            {
                if (o.Kind == ObjectKind.Certificate && o.Origin.Encoding == "PEM")
                {
                    found.Add(o.Encoded.ToArray());
                }
            }
        }
        return found;
    }

    private static string Pem(byte[] der) =>
        "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n";

    [Fact]
    public void EveryCertificateOfABigBundleGetsTheModelItsBytesGetAlone()
    {
        var certificates = FixtureCertificates();
        Assert.True(certificates.Count > 3 * 64, $"only {certificates.Count} fixture certificates");
        // Copies spread over the windows, a broken signature value, a truncated certificate and junk between blocks.
        var broken = (byte[])certificates[0].Clone();
        broken[^3] ^= 0xFF;
        var truncated = certificates[1][..^10];
        var order = certificates.Concat(certificates.Take(100)).Append(broken).Append(truncated).Append(certificates[5]).ToList();
        var text = new StringBuilder();
        foreach (var (der, i) in order.Select((d, i) => (d, i)))
        {
            text.Append($"subject=block {i}\r\n").Append(Pem(der));
        }

        var result = InputDecoder.Decode("bundle.pem", Encoding.ASCII.GetBytes(text.ToString()));

        var decoded = result.Objects.Where(o => o.Kind == ObjectKind.Certificate).ToList();
        Assert.Equal(order.Count, decoded.Count);
        for (var i = 0; i < order.Count; i++)
        {
            Assert.Equal(order[i], decoded[i].Encoded.ToArray());
            var alone = CertificateDecoder.Decode(order[i]);
            Assert.Equal(Describe(alone), Describe(decoded[i].CertificateResult!));
        }
        var aloneErrors = order.Select((der, i) => (CertificateDecoder.Decode(der).Certificate is null, i)).Where(x => x.Item1).Select(x => x.i);
        Assert.Equal(aloneErrors, result.Errors.Select(e => e.ObjectIndex ?? -1));
    }

    /// <summary>What a decode result says: diagnostics, then the model's fields with their locations.</summary>
    private static string Describe(CertificateDecodeResult result)
    {
        var text = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            text.AppendLine(d.ToString());
        }
        if (result.Certificate is not { } c)
        {
            return text.Append("no model; partial fields ").Append(result.PartialFields.Count).ToString();
        }
        text.AppendLine($"{c.Sha256} {c.SerialNumber} {c.Subject} / {c.Issuer} {c.NotBefore.Value:O} {c.NotAfter.Value:O}");
        text.AppendLine($"{c.Subject.Location} {c.Issuer.Location} {Convert.ToHexString(c.PublicKey.Encoded.Span)}");
        foreach (var e in c.Extensions)
        {
            text.AppendLine($"{e.Oid} {e.Critical} {e.Location} {e.ValueLocation} {e.Decoded?.GetType().Name} {e.DecodeError}");
        }
        return text.ToString();
    }

    public static TheoryData<string> PemTexts() =>
    [
        "-----BEGIN CERTIFICATE-----\r\nMIIB\r\n-----END CERTIFICATE-----\r\n",
        "junk\n-----BEGIN X-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES\n\nTWFu\n-----END X-----\n-----BEGIN Y-----\nTW*u\n-----END Y-----",
        "-----BEGIN A-----\rTWFu\r-----END B-----\r-----BEGIN A-----\nTWE=\n",
        "-----BEGIN \u00e9t\u00e9-----\nTWFu\u00a0\n-----END \u00e9t\u00e9-----\n-----BEGIN ",
        "-----BEGIN Q-----\n\n-----END Q-----\n-----BEGIN Q-----\nTWFuTQ\n-----END Q-----\n",
    ];

    [Theory]
    [MemberData(nameof(PemTexts))]
    public void PemReadFromBytesEqualsPemReadFromTheLatin1String(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        AssertSameBlocks(PemReader.Read(text), PemReader.Read(bytes));
    }

    [Fact]
    public void EveryFixtureReadsTheSameFromBytesAndFromText()
    {
        foreach (var path in Directory.EnumerateFiles(Fixtures.Path(""), "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > 0 && TextDecoding.Layout(bytes).BytesPerChar == 1)
            {
                AssertSameBlocks(PemReader.Read(Encoding.Latin1.GetString(bytes)), PemReader.Read(bytes));
            }
        }
    }

    private static void AssertSameBlocks(List<PemBlock> expected, List<PemBlock> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Data = null }, actual[i] with { Data = null });
            Assert.Equal(expected[i].Data, actual[i].Data);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("TWFu")]
    [InlineData("TW Fu\r\n TQ==\n")]
    [InlineData("TWE=")]
    [InlineData("TWE")]
    [InlineData("TW==")]
    [InlineData("T===")]
    [InlineData("TWE=TWE=")]
    [InlineData("TW\tFu\v")]
    [InlineData("TWFu\u00a0")]
    [InlineData("====")]
    public void Base64DecodesExactlyAsConvertDoes(string text)
    {
        byte[]? expected;
        try
        {
            expected = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            expected = null;
        }
        Assert.Equal(expected, TextDecoding.TryBase64(text));
    }
}
