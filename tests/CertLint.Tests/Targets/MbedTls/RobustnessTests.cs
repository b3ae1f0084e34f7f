using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>Hostile input never crashes the emulation: every truncation and bit flip of real certificates gives a code.</summary>
public class RobustnessTests
{
    public static TheoryData<string> Targets() => new() { "mbedtls-2.16", "mbedtls-2.28", "mbedtls-3.6", "mbedtls-4.0" };

    [Theory]
    [MemberData(nameof(Targets))]
    public void TruncationsAndBitFlipsAlwaysGiveAnErrorCodeOrAcceptance(string target)
    {
        var emulator = MbedTlsEmulator.Default(target);
        var config = emulator.Config;
        foreach (var file in new[] { "server-ec.der", "intermediate-nc-critical.der", "policy-private-critical.der" })
        {
            var der = MbedTlsFixtures.Bytes("certs", file);
            for (var n = 0; n < der.Length; n++)
            {
                var r = emulator.ParseDer(der[..n]);
                Assert.True(r.Code < 0, $"{file} cut at {n} was accepted");
                Assert.NotNull(r.Cause);
            }
            for (var i = 0; i < der.Length; i++)
            {
                foreach (var bit in new[] { 0x01, 0x80 })
                {
                    var copy = (byte[])der.Clone();
                    copy[i] ^= (byte)bit;
                    var r = emulator.ParseDer(copy);
                    Assert.True(r.Code <= 0);
                    Assert.Equal(r.Code == 0, r.Certificate is not null);
                    Assert.Equal(r.Code == 0 ? "" : config.Target.Strerror.Text(r.Code), r.Text);
                    var whole = emulator.ParseBuffer(copy);
                    Assert.Equal(r.Code, whole.Code);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void GarbageAndEmptyBuffers(string target)
    {
        var emulator = MbedTlsEmulator.Default(target);
        Assert.Equal(-0x2180, emulator.ParseDer([]).Code);
        Assert.Equal(-0x2180, emulator.ParseFile([]).Code);
        var random = new Random(1234);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, 200)];
            random.NextBytes(bytes);
            bytes[0] = 0x30;
            Assert.True(emulator.ParseDer(bytes).Code < 0);
        }
    }
}
