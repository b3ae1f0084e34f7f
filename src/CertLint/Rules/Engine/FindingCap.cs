namespace CertLint.Rules.Engine;

/// <summary>
/// At most <see cref="KeptPerRule"/> findings of one rule on one object; the rest become one finding that counts
/// them. A CRL with a million bad entries otherwise made a million findings (and report lines) per rule.
/// </summary>
internal static class FindingCap
{
    public const int KeptPerRule = 1_000;

    /// <summary>Adds a rule's findings to <paramref name="findings"/>, reading past the cap only to count.</summary>
    public static void AddCapped(List<Finding> findings, IEnumerable<Finding> produced)
    {
        var kept = 0;
        Finding? firstNotKept = null;
        var notKept = 0;
        foreach (var finding in produced)
        {
            if (kept < KeptPerRule)
            {
                findings.Add(finding);
                kept++;
            }
            else
            {
                firstNotKept ??= finding;
                notKept++;
            }
        }
        if (firstNotKept is not null)
        {
            findings.Add(Counting(firstNotKept, notKept));
        }
    }

    /// <summary>Cuts what one rule added to <paramref name="findings"/> since <paramref name="start"/> down to the cap.</summary>
    public static void Trim(List<Finding> findings, int start)
    {
        var added = findings.Count - start;
        if (added <= KeptPerRule)
        {
            return;
        }
        var firstNotKept = findings[start + KeptPerRule];
        findings.RemoveRange(start + KeptPerRule, added - KeptPerRule);
        findings.Add(Counting(firstNotKept, added - KeptPerRule));
    }

    private static Finding Counting(Finding first, int count) => first with
    {
        Message = $"{first.Message} (this and {count - 1} more findings of {first.RuleId} on this object are not listed one by one; the first {KeptPerRule} are)",
        Headline = null,
        Details = [],
    };
}
