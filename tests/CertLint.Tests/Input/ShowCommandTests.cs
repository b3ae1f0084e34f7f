using System.Text;
using System.Text.Json;
using CertLint.Tests.Cli;

namespace CertLint.Tests.Input;

/// <summary>`certlint show` on the container fixtures: text and JSON, stdin, exit codes, one-line errors, no key material.</summary>
public class ShowCommandTests
{
    public static TheoryData<string> GoodFiles => ContainerFixtures.Files(r => !r.IsBad);
    public static TheoryData<string> BadFiles => ContainerFixtures.Files(r => r.IsBad);

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void JsonListsTheObjectsCertificatesAndArmourOfEachFixture(string file)
    {
        var row = ContainerFixtures.Row(file);
        var run = CliRunner.Run("show", "--format", "json", ContainerFixtures.PathOf(file));

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var objects = SingleFile(run.Stdout).GetProperty("objects").EnumerateArray().ToList();
        var topLevel = objects.Where(o => o.GetProperty("parent").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal(row.Holds.Select(h => h == "trusted-certificate" ? "certificate" : h), topLevel.Select(o => o.GetProperty("kind").GetString()));
        if (row.CertificatesAreDer)
        {
            var shas = objects.Where(o => o.GetProperty("kind").GetString() == "certificate")
                .Select(o => o.GetProperty("certificate").GetProperty("sha256").GetString());
            Assert.Equal(ContainerFixtures.Sha256s(file), shas);
        }
        foreach (var (block, item) in ContainerFixtures.PemBlocks(file).Zip(topLevel))
        {
            var origin = item.GetProperty("origin");
            Assert.Equal((block.Block, block.Label), (origin.GetProperty("pemBlock").GetInt32(), origin.GetProperty("pemLabel").GetString()));
            Assert.Equal((block.FirstLine, block.LastLine), (origin.GetProperty("lineStart").GetInt32(), origin.GetProperty("lineEnd").GetInt32()));
            Assert.Equal((block.ByteStart, block.ByteEnd - block.ByteStart), (origin.GetProperty("fileOffset").GetInt32(), origin.GetProperty("fileLength").GetInt32()));
        }
    }

    [Fact]
    public void JsonExtensionsCarryOidNameCriticalOffsetAndValue()
    {
        var run = CliRunner.Run("show", "--format", "json", ContainerFixtures.PathOf("der-ec.der"));

        var certificate = SingleFile(run.Stdout).GetProperty("objects")[0].GetProperty("certificate");
        var extensions = certificate.GetProperty("extensions").EnumerateArray().ToList();
        Assert.Equal(["basicConstraints", "keyUsage", "extKeyUsage", "subjectKeyIdentifier", "authorityKeyIdentifier", "subjectAltName"],
            extensions.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal([true, true, false, false, false, false], extensions.Select(e => e.GetProperty("critical").GetBoolean()));
        var der = ContainerFixtures.Bytes("der-ec.der");
        Assert.All(extensions, e =>
        {
            Assert.StartsWith("2.5.29.", e.GetProperty("oid").GetString());
            Assert.Equal(0x30, der[e.GetProperty("offset").GetInt32()]);   // each Extension is a SEQUENCE at that offset
            Assert.NotEqual(JsonValueKind.Null, e.GetProperty("value").ValueKind);
        });
    }

    [Fact]
    public void TextNamesEveryObjectItsOriginAndFingerprint()
    {
        var file = ContainerFixtures.PathOf("pem-print-certs.pem");
        var run = CliRunner.Run("show", file);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.StartsWith(file + ": PEM (text), 3 object(s)", run.Stdout);
        foreach (var block in ContainerFixtures.PemBlocks("pem-print-certs.pem"))
        {
            Assert.Contains($"PEM block {block.Block} '{block.Label}', lines {block.FirstLine}-{block.LastLine}", run.Stdout);
        }
        Assert.All(ContainerFixtures.Sha256s("pem-print-certs.pem"), sha => Assert.Contains(sha, run.Stdout));
    }

    [Fact]
    public void TextShowsBerDiagnostics()
    {
        var run = CliRunner.Run("show", ContainerFixtures.PathOf("ber-cert-indefinite.der"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("der.indefinite-length", run.Stdout);
    }

    [Fact]
    public void StdinDashReadsStandardInputLikeAFile()
    {
        var path = ContainerFixtures.PathOf("pem-utf16le.pem");
        var stdin = ContainerFixtures.Bytes("pem-utf16le.pem");
        var textFromFile = CliRunner.Run("show", path);
        var textFromStdin = CliRunner.RunWithStdin(stdin, "show", "-");
        var jsonFromFile = SingleFile(CliRunner.Run("show", "--format", "json", path).Stdout);
        var jsonFromStdin = SingleFile(CliRunner.RunWithStdin(stdin, "show", "--format", "json", "-").Stdout);

        Assert.Equal((0, ""), (textFromStdin.ExitCode, textFromStdin.Stderr));
        Assert.Equal(textFromFile.Stdout.Replace(path, "-"), textFromStdin.Stdout);
        Assert.Equal("-", jsonFromStdin.GetProperty("file").GetString());
        Assert.Equal(jsonFromFile.GetProperty("objects").GetRawText(), jsonFromStdin.GetProperty("objects").GetRawText());
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadInputIsOneStderrLineWithFileAndOffsetAndExitCode2(string file)
    {
        var path = ContainerFixtures.PathOf(file);
        var run = CliRunner.Run("show", path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"certlint: {path}: ", line);
        Assert.Matches(@"\(at byte \d+\)$", line);
    }

    [Fact]
    public void MissingFileFailsButTheOtherFilesAreStillShown()
    {
        var missing = ContainerFixtures.PathOf("does-not-exist.pem");
        var run = CliRunner.Run("show", missing, ContainerFixtures.PathOf("pem-single.pem"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"certlint: {missing}: no such file", run.Stderr.TrimEnd('\n'));
        Assert.Contains(ContainerFixtures.Sha256s("pem-single.pem")[0], run.Stdout);
    }

    [Fact]
    public void UnknownFormatIsAUsageError()
    {
        var run = CliRunner.Run("show", "--format", "yaml", ContainerFixtures.PathOf("pem-single.pem"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("key-pkcs8.pem")]
    [InlineData("key-rsa.pem")]
    [InlineData("key-ec-with-parameters.pem")]
    [InlineData("pem-cert-and-key.pem")]
    public void PrivateKeyMaterialIsNeverPrinted(string file)
    {
        var secrets = PrivateKeySecrets(Encoding.ASCII.GetString(ContainerFixtures.Bytes(file)));

        foreach (var format in new[] { "text", "json" })
        {
            var run = CliRunner.Run("show", "--format", format, ContainerFixtures.PathOf(file));
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("private", run.Stdout, StringComparison.OrdinalIgnoreCase);
            Assert.All(secrets, s => Assert.DoesNotContain(s, run.Stdout, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The key block's base64 lines and the private scalar or exponent in hex, as BouncyCastle reads them.</summary>
    private static IReadOnlyList<string> PrivateKeySecrets(string pem)
    {
        var block = pem[pem.LastIndexOf("-----BEGIN", pem.IndexOf("PRIVATE KEY-----", StringComparison.Ordinal), StringComparison.Ordinal)..];
        var lines = block.Split('\n').Skip(1).TakeWhile(l => !l.StartsWith("-----", StringComparison.Ordinal)).Where(l => l.Length >= 32).ToList();
        var parsed = new Org.BouncyCastle.OpenSsl.PemReader(new StringReader(block)).ReadObject();
        var key = parsed is Org.BouncyCastle.Crypto.AsymmetricCipherKeyPair pair ? pair.Private : (Org.BouncyCastle.Crypto.AsymmetricKeyParameter)parsed;
        var secret = key switch
        {
            Org.BouncyCastle.Crypto.Parameters.ECPrivateKeyParameters ec => ec.D,
            Org.BouncyCastle.Crypto.Parameters.RsaPrivateCrtKeyParameters rsa => rsa.P,
            _ => throw new InvalidOperationException("fixture key type not covered: " + key.GetType().Name),
        };
        return [.. lines, Convert.ToHexString(secret.ToByteArrayUnsigned())];
    }

    private static JsonElement SingleFile(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Assert.Single(document.RootElement.GetProperty("files").EnumerateArray()).Clone();
    }
}
