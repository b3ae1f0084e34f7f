using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>Mbed TLS's own x509parse test vectors: the emulation must return exactly the expected code.</summary>
public class VectorTests
{
    public static TheoryData<string, string> Releases() => new()
    {
        { "mbedtls-2.16", "2.16.12" }, { "mbedtls-2.28", "2.28.10" }, { "mbedtls-3.6", "3.6.6" }, { "mbedtls-4.0", "4.0.0" },
    };

    [Theory]
    [InlineData("2.16.12", 92, 92)]
    [InlineData("2.28.10", 288, 284)]
    [InlineData("3.6.6", 284, 284)]
    [InlineData("4.0.0", 284, 282)]
    public void TheCopiedVectorFilesAreComplete(string release, int rows, int defaultRows)
    {
        var vectors = MbedTlsFixtures.Vectors(release);
        Assert.Equal(rows, vectors.Count);
        Assert.Equal(defaultRows, vectors.Count(v => v.DefaultConfig));
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public void EveryDefaultConfigVectorGivesTheExpectedCode(string target, string release)
    {
        var emulator = MbedTlsEmulator.Default(target);
        var vectors = MbedTlsFixtures.Vectors(release).Where(v => v.DefaultConfig).ToList();
        Assert.NotEmpty(vectors);
        var wrong = vectors
            .Select(v => (v, got: emulator.ParseDer(v.Der)))
            .Where(x => x.got.Code != x.v.ExpectedCode)
            .Select(x => $"{x.v.Name}: expected {MbedTlsErrorCodes.ToHex(x.v.ExpectedCode)}, got {x.got.CodeHex} ({x.got.Cause})")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {vectors.Count} vectors differ:\n" + string.Join("\n", wrong));
    }
}

/// <summary>Vectors outside the default configuration, modelled by defining the options they depend on.</summary>
public class VectorWithConfigTests
{
    [Theory]
    [InlineData("mbedtls-2.28", "2.28.10", 4)]
    [InlineData("mbedtls-4.0", "4.0.0", 2)]
    public void NonDefaultVectorsMatchWithTheirOptionsDefined(string target, string release, int expectedRows)
    {
        var t = MbedTlsTarget.Load(target);
        var rows = MbedTlsFixtures.Vectors(release).Where(v => !v.DefaultConfig).ToList();
        Assert.Equal(expectedRows, rows.Count);
        foreach (var v in rows)
        {
            var config = t.DefaultConfig();
            // Derived macros (PSA_HAVE_*, MBEDTLS_MD_CAN_*) follow from real options; only real options are set.
            foreach (var option in v.DependsOn.Where(o => t.Facts.ConfigOptions.Any(x => x.Name == o)))
            {
                config.Define(option);
            }

            var got = new MbedTlsEmulator(config).ParseDer(v.Der);
            Assert.True(v.ExpectedCode == got.Code, $"{v.Name}: expected {MbedTlsErrorCodes.ToHex(v.ExpectedCode)}, got {got.CodeHex} ({got.Cause})");
        }
    }
}
