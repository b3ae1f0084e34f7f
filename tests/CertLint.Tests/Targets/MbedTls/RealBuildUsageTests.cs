using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// mbedtls_ssl_check_cert_usage of real builds for the fixture certificates, ten TLS 1.2 suites and both roles
/// (fixtures/mbedtls/differential/real-builds-usage.tsv): the emulation must agree on every row.
/// </summary>
public class RealBuildUsageTests
{
    [Fact]
    public void UsageFlagsAreWhatRealBuildsSet()
    {
        var lines = File.ReadAllLines(MbedTlsFixtures.Path("differential", "real-builds-usage.tsv"));
        var emulators = MbedTlsTarget.Names.Select(MbedTlsEmulator.Default).ToArray();
        var wrong = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var c = line.Split('\t');
            for (var t = 0; t < emulators.Length; t++)
            {
                var e = emulators[t];
                var parsed = e.ParseFile(MbedTlsFixtures.Bytes("certs", c[0]));
                string got;
                if (parsed.Code != 0)
                {
                    got = "noparse";
                }
                else
                {
                    try
                    {
                        var u = new MbedTlsTlsUsage(e.Config).Check(parsed.Entries[0].Parse!.Certificate!, "0x" + c[1], c[2]);
                        got = $"{(u.UsageFlags == 0 ? 0 : -1)} {u.UsageFlagsHex}";
                    }
                    catch (MbedTlsConfigException)
                    {
                        got = "nosuite";
                    }
                }
                if (got != c[3 + t])
                {
                    wrong.Add($"{c[0]} 0x{c[1]} {c[2]} {e.Target.Name}: real {c[3 + t]}, emulated {got}");
                }
            }
        }
        Assert.Equal(181, lines.Length);
        Assert.True(wrong.Count == 0, $"{wrong.Count} differ:\n" + string.Join("\n", wrong.Take(30)));
    }
}
