using System.Text;
using CertLint.Input;
using CertLint.Reports;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Engine;

/// <summary>
/// The text report renders many certificates on every core and writes them in input order: its output for a bundle is
/// the header and then exactly what each certificate alone renders, in order (each certificate alone takes the one-core
/// path).
/// </summary>
public class TextReportOrderTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ABundleIsItsCertificatesRenderedOneByOneInOrder(bool quiet)
    {
        var pem = new StringBuilder();
        var files = Directory.EnumerateFiles(Fixtures.Path("chain-rules"), "*.pem").Order(StringComparer.Ordinal).ToList();
        // Copies of the fixtures, enough for the many-certificates path.
        for (var round = 0; round < 10; round++)
        {
            foreach (var path in files)
            {
                pem.Append(File.ReadAllText(path)).Append('\n');
            }
        }
        var input = InputDecoder.Decode("bundle.pem", Encoding.ASCII.GetBytes(pem.ToString()));
        var report = EngineTestKit.Lint(input, CertLint.Rules.RuleRegistry.All, "name: all\ninclude:\n  sources: [CertLint, RFC 5280, IoT]\n");
        Assert.True(report.Certificates.Count >= 2 * CertLint.IO.Work.ParallelThreshold, $"only {report.Certificates.Count} certificates");

        var expected = new StringBuilder();
        foreach (var certificate in report.Certificates.Where(c => !quiet || c.Findings.Count > 0))
        {
            var alone = Render(new FileReport { File = report.File, Encoding = report.Encoding, Certificates = [certificate] }, quiet);
            expected.Append(alone[(alone.IndexOf('\n') + 1)..]);
        }
        var whole = Render(report, quiet);
        Assert.Equal(expected.ToString(), whole[(whole.IndexOf('\n') + 1)..]);
    }

    private static string Render(FileReport report, bool quiet)
    {
        var text = new StringWriter { NewLine = "\n" };
        new TextReportWriter(text, color: false, quiet: quiet).WriteFile(report);
        return text.ToString();
    }
}
