using CertLint.Input;
using CertLint.Rules;
using CertLint.Rules.Iot;
using CertLint.Rules.Rfc5280;

namespace CertLint.Tests.Rules.Extensions;

/// <summary>
/// The extension and IoT rules run on every certificate of Mbed TLS's own parse test vectors (hundreds of odd,
/// broken and real-world certificates) without throwing, and every finding points inside its certificate.
/// </summary>
public class RuleRobustnessTests
{
    private static readonly IRule[] Rules =
    [
        .. Rfc5280Pack.Rules.Where(r => r.Descriptor.Id.StartsWith("rfc5280.ext.", StringComparison.Ordinal)),
        .. IotPack.Rules,
    ];

    public static TheoryData<string> VectorFiles() =>
        new(Directory.GetFiles(Fixtures.Path("mbedtls/vectors"), "x509parse_crt-*.tsv").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(VectorFiles))]
    public void RulesNeverThrowAndFindingsPointInsideTheCertificate(string file)
    {
        var certificates = 0;
        var findings = 0;
        foreach (var line in File.ReadLines(Fixtures.Path("mbedtls/vectors/" + file)).Skip(1))
        {
            var columns = line.Split('\t');
            foreach (var decoded in InputDecoder.Decode(columns[0], Convert.FromHexString(columns[1])).Certificates)
            {
                if (decoded.Certificate is not { } certificate)
                {
                    continue;
                }
                certificates++;
                var role = RuleContext.RoleOf(certificate);
                foreach (var rule in Rules)
                {
                    if ((rule.Descriptor.AppliesTo & role) == 0)
                    {
                        continue;
                    }
                    foreach (var finding in RuleTestKit.Run(rule, certificate))
                    {
                        findings++;
                        Assert.False(string.IsNullOrEmpty(finding.Message));
                        Assert.True(finding.Offset is >= 0 && finding.Offset < certificate.Encoded.Length,
                            $"{columns[0]}: {finding.RuleId} offset {finding.Offset} outside {certificate.Encoded.Length} bytes");
                    }
                }
            }
        }
        Assert.True(certificates > 10, $"{file}: only {certificates} certificates decoded");
        Assert.True(findings > 0, $"{file}: no rule fired on any vector");
    }
}
