using CertLint.Reports;
using CertLint.Rules;

namespace CertLint.Linting;

/// <summary>How a lint run ends; the values are the documented exit codes of `certlint lint`.</summary>
public enum LintExit
{
    /// <summary>No finding at or above the threshold (or a baseline was written).</summary>
    Ok = 0,
    /// <summary>A finding that counts is at or above the threshold.</summary>
    Findings = 1,
    /// <summary>An input could not be read or held no certificate.</summary>
    InputErrors = 2,
}

/// <summary>The exit policy of a lint run, decided from its summary.</summary>
public static class LintOutcome
{
    /// <summary>
    /// Input errors win; otherwise findings at or above <paramref name="failOn"/> (null: never) fail the run, except
    /// when it writes a baseline: that accepts every current finding, so it succeeds whatever was found.
    /// </summary>
    public static LintExit Decide(LintSummary summary, Severity? failOn, bool writesBaseline) =>
        summary.HasInputErrors ? LintExit.InputErrors
        : !writesBaseline && summary.FailsAt(failOn) ? LintExit.Findings
        : LintExit.Ok;
}
