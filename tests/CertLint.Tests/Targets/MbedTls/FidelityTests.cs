using System.Text.Json;
using CertLint.Input;
using CertLint.Targets.MbedTls;
using CertLint.Tests.Cli;
using CertLint.Tests.Targets.MbedTls.Differential;
using CertLint.X509;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// The cases of issue 11, each with what real default builds of 2.16.12, 2.28.10, 3.6.6 and 4.0.0 returned for
/// these exact files (fixtures/mbedtls/differential/mutants/bases, measured 2026-12-06 with the harness described in
/// fixtures/README.md).
/// </summary>
public class FidelityTests
{
    private static readonly DateTimeOffset Clock = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

    private static byte[] Base(string name) => File.ReadAllBytes(MutantCorpus.Dir("bases", name + ".der"));

    private static List<MbedTlsCertificate> Cas(MbedTlsEmulator e) =>
        DifferentialCorpus.Loaded(e.ParseFile(File.ReadAllBytes(MutantCorpus.Dir("ca.pem"))));

    [Theory]
    [InlineData("mbedtls-2.16")]
    [InlineData("mbedtls-2.28")]
    [InlineData("mbedtls-3.6")]
    [InlineData("mbedtls-4.0")]
    public void ADerFileOneByteShortOfItsOuterLengthIsInvalidFormat(string target)
    {
        // pk_load_file counts its NUL only when the buffer holds "-----BEGIN ": a DER file is parsed with its exact
        // length, so the missing byte is not made up by the NUL (which used to give "0 (1 loaded)").
        var e = MbedTlsEmulator.Default(target);
        var der = Base("server-ec");
        Assert.Equal(0, e.ParseFile(der).Code);
        Assert.Equal(-0x2180, e.ParseFile(der[..^1]).Code);
        Assert.Equal(-0x2180, e.ParseDer(der[..^1]).Code);
        Assert.Equal(-0x2180, e.ParseFile([]).Code);
        Assert.Equal(-0x2180, e.ParseDer([]).Code);
    }

    [Theory]
    [InlineData("mbedtls-2.16", -0x4E80, -0x4E80, 0)]
    [InlineData("mbedtls-2.28", -0x3D00, -0x3D00, -0x3D00)]
    [InlineData("mbedtls-3.6", -0x3D00, -0x3D00, -0x3D00)]
    [InlineData("mbedtls-4.0", -0x3D00, -0x3D00, -0x3D00)]
    public void ExplicitEcParametersFollowEachRelease(string target, int p256, int p384, int secp256k1)
    {
        // openssl's explicit parameters carry an uncompressed generator: 2.16 reads it and compares the group with
        // its curves (the NIST curves never match, as Mbed TLS keeps their A unset; secp256k1 does); 2.28 and later
        // cannot read an uncompressed generator on a bare group and say PK_KEY_INVALID_FORMAT.
        var e = MbedTlsEmulator.Default(target);
        Assert.Equal(p256, e.ParseDer(Base("ec-explicit-p256")).Code);
        Assert.Equal(p384, e.ParseDer(Base("ec-explicit-p384")).Code);
        Assert.Equal(secp256k1, e.ParseDer(Base("ec-explicit-secp256k1")).Code);
    }

    [Theory]
    [InlineData("mbedtls-2.16", -0x3D00)]
    [InlineData("mbedtls-3.6", -0x4E80)]
    public void WithoutPkParseEcExtendedExplicitParametersFailEarlier(string target, int code)
    {
        // From the sources (pk_use_ecparams without MBEDTLS_PK_PARSE_EC_EXTENDED; 3.x's dummy
        // pk_ecc_group_id_from_specified), not measured: the real builds measured have the option on.
        var config = MbedTlsTarget.Load(target).DefaultConfig().Undef("MBEDTLS_PK_PARSE_EC_EXTENDED");
        Assert.Equal(code, new MbedTlsEmulator(config).ParseDer(Base("ec-explicit-secp256k1")).Code);
    }

    [Theory]
    [InlineData("mbedtls-2.16", 0, "-0x2700:0x00000008")]
    [InlineData("mbedtls-2.28", 0, "-0x2700:0x00000008")]
    [InlineData("mbedtls-3.6", 0, "-0x2700:0x00000008")]
    [InlineData("mbedtls-4.0", -0x2300, null)]
    public void PssWithMgf1Sha1UnderSha256(string target, int parse, string? verify)
    {
        // rsa.c hashes M' with the MGF1 hash, so such a signature never verifies in 2.x/3.6; 4.0 refuses the
        // parameters at parse. A matching MGF1 hash verifies everywhere.
        var e = MbedTlsEmulator.Default(target);
        var leaf = e.ParseDer(Base("pss-sha256-mgf1-sha1-salt20"));
        Assert.Equal(parse, leaf.Code);
        if (verify is not null)
        {
            var v = new MbedTlsVerifier(e.Config).Verify([leaf.Certificate!], Cas(e), "default", Clock);
            Assert.Equal(verify, $"{DifferentialCorpus.Hex(v.Code)}:{v.FlagsHex}");
        }
        var good = e.ParseDer(Base("pss-sha256-mgf1-sha256-salt32"));
        Assert.Equal(0, new MbedTlsVerifier(e.Config).Verify([good.Certificate!], Cas(e), "default", Clock).Code);
    }

    [Fact]
    public void TheGenericSignatureCheckFollowsPssParameters()
    {
        // openssl verify accepts these (SHA-256 with MGF1-SHA1, salt 20; SHA-384 with salt 48).
        var cas = InputDecoder.Decode("ca.pem", File.ReadAllBytes(MutantCorpus.Dir("ca.pem"))).Certificates.Select(o => o.Certificate!).ToList();
        var rsaRoot = cas.Single(c => c.Subject.ToString().Contains("diff-root-rsa", StringComparison.Ordinal));
        foreach (var name in new[] { "pss-sha256-mgf1-sha1-salt20", "pss-sha384-mgf1-sha384-salt48", "pss-sha256-mgf1-sha256-salt32" })
        {
            var leaf = InputDecoder.Decode(name, Base(name)).Certificates.Single().Certificate!;
            Assert.Equal(SignatureVerdict.Verified, SignatureCheck.Verify(leaf, rsaRoot).Verdict);
            var ecRoot = cas.Single(c => c.Subject.ToString().Contains("diff-root-ec", StringComparison.Ordinal));
            Assert.Equal(SignatureVerdict.KeyTypeMismatch, SignatureCheck.Verify(leaf, ecRoot).Verdict);
        }
    }

    [Fact]
    public void PredictAnswersForAnEmptyFileAndATruncatedDerFile()
    {
        var dir = Directory.CreateTempSubdirectory("certlint-fidelity-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty.der");
            File.WriteAllBytes(empty, []);
            var r = CliRunner.Run("predict", empty, "--target", "mbedtls-3.6");
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("mbedtls-3.6  REJECTED  -0x2180", r.Stdout);
            Assert.Contains("empty file", r.Stderr);

            var cut = Path.Combine(dir.FullName, "cut.der");
            File.WriteAllBytes(cut, Base("server-ec")[..^1]);
            var t = CliRunner.Run("predict", cut, "--format", "json");
            using var doc = JsonDocument.Parse(t.Stdout);
            var file = doc.RootElement.GetProperty("files")[0];
            foreach (var stack in file.GetProperty("certificates")[0].GetProperty("stacks").EnumerateArray())
            {
                Assert.Equal("-0x2180", stack.GetProperty("code").GetString());
            }
            foreach (var p in file.GetProperty("parse_file").EnumerateArray())
            {
                Assert.Equal("-0x2180", p.GetProperty("code").GetString());
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void APartialLoadReportsTheVerifyOfWhatLoaded()
    {
        var dir = Directory.CreateTempSubdirectory("certlint-fidelity-");
        try
        {
            // The first certificate fails on 2.16 (critical nameConstraints), the second loads: parse_file returns 1.
            var bundle = Path.Combine(dir.FullName, "bundle.pem");
            File.WriteAllBytes(bundle, [.. MbedTlsFixtures.Bytes("certs", "intermediate-nc-critical.pem"), .. MbedTlsFixtures.Bytes("certs", "server-ec.pem")]);
            var r = CliRunner.Run("predict", bundle, "--target", "mbedtls-2.16", "--ca", MbedTlsFixtures.Path("certs", "root.pem"), "--format", "json");
            using var doc = JsonDocument.Parse(r.Stdout);
            var p = doc.RootElement.GetProperty("files")[0].GetProperty("parse_file")[0];
            Assert.Equal("0x0001", p.GetProperty("code").GetString());
            var lv = p.GetProperty("loaded_verify");
            Assert.Equal(1, lv.GetProperty("certificates").GetInt32());
            Assert.Equal("0", lv.GetProperty("code").GetString());
            Assert.Equal("0x00000000", lv.GetProperty("flags").GetString());
            var text = CliRunner.Run("predict", bundle, "--target", "mbedtls-2.16", "--ca", MbedTlsFixtures.Path("certs", "root.pem"));
            Assert.Contains("verify of the 1 loaded (partial load): ok  flags 0x00000000", text.Stdout);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
