using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Engine;

/// <summary>Issue 10: a bundle's certificates repeat the same findings; each is held once, not once per certificate.</summary>
public sealed class SharedFindingTests
{
    /// <summary>Built at run time, as rules build them, so two calls give two string objects.</summary>
    private static string Message(string what) => string.Concat("end-entity certificate has no ", what, " extension ", Guid.Empty.ToString("N"));

    [Fact]
    public void EqualMessagesOfTwoFindingsAreOneString()
    {
        var first = new Finding("rfc5280.ext.ski.missing-in-leaf", Severity.Warning, Message("subjectKeyIdentifier"), "tbs", 0);
        var second = new Finding("rfc5280.ext.ski.missing-in-leaf", Severity.Warning, Message("subjectKeyIdentifier"), "tbs", 10);
        Assert.NotSame(Message("subjectKeyIdentifier"), Message("subjectKeyIdentifier"));
        Assert.Same(first.Message, second.Message);
        Assert.Equal(Message("subjectKeyIdentifier"), second.Message);
    }

    [Fact]
    public void ReportsShareEqualFindingsAndKeepTheOthers()
    {
        var parts = new SharedReportParts();
        var first = parts.Findings([new ReportedFinding("rule.a", Severity.Warning, Message("keyUsage"), "tbs", 4)]);
        var second = parts.Findings([
            new ReportedFinding("rule.a", Severity.Warning, Message("keyUsage"), "tbs", 4),
            new ReportedFinding("rule.a", Severity.Warning, Message("keyUsage"), "tbs", 9),
            new ReportedFinding("rule.a", Severity.Error, Message("keyUsage"), "tbs", 4),
            new ReportedFinding("rule.a", Severity.Warning, Message("keyUsage"), "tbs", 4) { Suppression = "accepted" },
        ]);
        Assert.Same(first[0], second[0]);
        Assert.Equal([9, 4, 4], second.Skip(1).Select(f => f.Offset!.Value));
        Assert.All(second.Skip(1), f => Assert.NotSame(first[0], f));
        Assert.Equal("accepted", second[3].Suppression);
    }
}
