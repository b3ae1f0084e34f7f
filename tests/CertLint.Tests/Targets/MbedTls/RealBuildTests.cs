using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// Mutated certificates (bit flips, truncations) with the code real default builds of each release returned
/// (fixtures/mbedtls/differential/, see fixtures/README.md): the emulation must return the same code for every row.
/// </summary>
public class RealBuildTests
{
    [Fact]
    public void MutatedCertificatesGiveTheCodesRealBuildsGave()
    {
        var lines = File.ReadAllLines(MbedTlsFixtures.Path("differential", "real-builds.tsv"));
        var targets = new[] { "mbedtls-2.16", "mbedtls-2.28", "mbedtls-3.6", "mbedtls-4.0" }.Select(MbedTlsEmulator.Default).ToArray();
        var wrong = new List<string>();
        foreach (var line in lines.Skip(1))
        {
            var cols = line.Split('\t');
            var der = Convert.FromHexString(cols[0]);
            for (var t = 0; t < targets.Length; t++)
            {
                var expected = MbedTlsErrorCodes.Parse(cols[t + 1])!.Value;
                var got = targets[t].ParseDer(der);
                if (got.Code != expected)
                {
                    wrong.Add($"{targets[t].Target.Name} {cols[0][..Math.Min(40, cols[0].Length)]}…: real {cols[t + 1]}, emulated {got.CodeHex} ({got.Cause})");
                }
            }
        }
        Assert.True(lines.Length > 600, "the recorded file is incomplete");
        Assert.True(wrong.Count == 0, $"{wrong.Count} differ:\n" + string.Join("\n", wrong.Take(30)));
    }
}
