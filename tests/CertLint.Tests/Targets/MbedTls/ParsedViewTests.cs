using System.Text.RegularExpressions;
using CertLint.Targets.MbedTls;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>What Mbed TLS keeps of an accepted certificate, against mbedtls_x509_crt_info of the real build (vectors).</summary>
public class ParsedViewTests
{
    [Theory]
    [InlineData("mbedtls-2.16", "2.16.12")]
    [InlineData("mbedtls-2.28", "2.28.10")]
    [InlineData("mbedtls-3.6", "3.6.6")]
    [InlineData("mbedtls-4.0", "4.0.0")]
    public void VersionValidityKeySizeAndDnsNamesMatchCrtInfo(string target, string release)
    {
        var emulator = MbedTlsEmulator.Default(target);
        var lines = File.ReadAllLines(MbedTlsFixtures.Path("vectors", $"x509parse_crt-{release}.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c[2] == "0x0" && c[4] == "1" && c[6].Length > 0).ToList();
        Assert.NotEmpty(lines);
        foreach (var c in lines)
        {
            var info = c[6].Replace("\\n", "\n");
            var crt = emulator.ParseDer(Convert.FromHexString(c[1])).Certificate!;
            string Field(string name) => Regex.Match(info, "^" + Regex.Escape(name) + @"\s*: (.*)$", RegexOptions.Multiline).Groups[1].Value;
            Assert.Equal(Field("cert. version"), crt.Version.ToString());
            Assert.Equal(Field("issued  on"), crt.ValidFrom.ToString());
            Assert.Equal(Field("expires on"), crt.ValidTo.ToString());
            var keySize = Field(crt.Key.Type == "RSA" ? "RSA key size" : "EC key size");
            Assert.Equal(keySize, $"{crt.Key.Bits} bits");
            var dns = Regex.Matches(info, @"^\s+dNSName : (.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(dns, crt.SubjectAltNames.Where(s => s.Kind == "dNSName").Select(s => System.Text.Encoding.ASCII.GetString(s.Value)).ToList());
        }
    }
}
