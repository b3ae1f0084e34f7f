using CertLint.Conversion;
using CertLint.Input;

namespace CertLint.Tests.Conversion;

/// <summary>
/// The stderr report of a fleet bundle (issue 10): 118,000 unrelated device leaves used to list every chain on one
/// line and print a warning line per device. Names, chains and warnings are capped, and a count says what was left out.
/// </summary>
public class ConversionReportTests
{
    private static ConversionReport Fleet(int devices)
    {
        var report = new ConversionReport
        {
            Inputs = [], CertificatesRead = devices, UniqueCertificates = devices, Chains = devices,
            FoundOrder = [.. Enumerable.Range(1, devices).Select(i => $"device-{i}")],
            WrittenOrder = [.. Enumerable.Range(1, devices).Select(i => (IReadOnlyList<string>)[$"device-{i}"])],
            OrderName = "leaf-first", CrlsWritten = 0,
        };
        for (var i = 1; i <= devices; i++)
        {
            report.Warnings.Add($"'device-{i}' has no issuer here");
        }
        return report;
    }

    [Fact]
    public void AFleetBundleListsTheFirstChainsAndWarningsAndCountsTheRest()
    {
        var lines = Fleet(1000).Lines().ToList();

        var writing = Assert.Single(lines, l => l.StartsWith("writing ", StringComparison.Ordinal));
        Assert.EndsWith("device-10 | ... (990 more chains)", writing);
        Assert.DoesNotContain("device-11", writing);
        var warnings = lines.Where(l => l.StartsWith("warning: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(InputError.PrintedPerFile + 1, warnings.Count);
        Assert.Equal("warning: ... and 980 more warnings (not printed)", warnings[^1]);
    }

    [Fact]
    public void ASmallBundleIsListedWhole()
    {
        var lines = Fleet(12).Lines().ToList();

        Assert.Contains(lines, l => l.EndsWith("device-11 | device-12", StringComparison.Ordinal));
        Assert.Equal(12, lines.Count(l => l.StartsWith("warning: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReportLinesGrowWithTheCapNotWithTheBundle()
    {
        var small = Fleet(1000).Lines().Sum(l => l.Length);
        var large = Fleet(4000).Lines().Sum(l => l.Length);

        Assert.InRange(large - small, 0, 64);
    }
}
