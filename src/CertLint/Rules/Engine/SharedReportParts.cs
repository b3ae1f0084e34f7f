namespace CertLint.Rules.Engine;

/// <summary>
/// Lets the reports of one input share equal parts (rule lists, names, attached results): a bundle that repeats a
/// certificate, or thousands of devices under one CA, then costs memory for what differs only. Each part is
/// immutable once reported. One instance per input, shared by the threads that make its reports.
/// </summary>
internal sealed class SharedReportParts
{
    private static readonly IReadOnlyDictionary<string, string> NoAttachments = new Dictionary<string, string>();

    private readonly Dictionary<string, IReadOnlyList<string>> _rulesRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<ReportedFinding, ReportedFinding> _findings = [];
    private readonly Dictionary<Finding, Finding> _sourceFindings = new(SameFinding.Instance);
    private readonly Dictionary<Dictionary<string, string>, Dictionary<string, string>> _attachments = new(SameAttachments.Instance);
    private readonly Lock _lock = new();

    /// <summary>Distinct findings kept for sharing; findings that name serials or dates stop adding past it.</summary>
    private const int FindingCapacity = 65_536;

    /// <summary>
    /// The findings with each one equal to an earlier certificate's replaced by that one: most certificates of a
    /// bundle draw the same findings at the same offsets (230,000 same-named certificates held 920,000 equal ones).
    /// </summary>
    public ReportedFinding[] Findings(ReportedFinding[] findings)
    {
        lock (_lock)
        {
            for (var i = 0; i < findings.Length; i++)
            {
                if (_findings.TryGetValue(findings[i], out var earlier))
                {
                    findings[i] = earlier;
                }
                else if (_findings.Count < FindingCapacity)
                {
                    _findings.Add(findings[i], findings[i]);
                }
            }
        }
        return findings;
    }

    /// <summary>
    /// A finding source's finding, or an equal one it gave another certificate of this input. A fleet that a build
    /// rejects for one reason draws the same verdict, with its cause, fixes and details, on every certificate; reports
    /// made from one shared finding are then equal and shared by <see cref="Findings"/> (a report compares its details
    /// by reference, so equal findings made apart would each be kept).
    /// </summary>
    public Finding Shared(Finding finding)
    {
        lock (_lock)
        {
            if (_sourceFindings.TryGetValue(finding, out var earlier))
            {
                return earlier;
            }
            if (_sourceFindings.Count < FindingCapacity)
            {
                _sourceFindings.Add(finding, finding);
            }
            return finding;
        }
    }

    /// <summary>Findings equal in every field, their details compared line by line (a record compares the list by reference).</summary>
    private sealed class SameFinding : IEqualityComparer<Finding>
    {
        public static SameFinding Instance { get; } = new();

        public bool Equals(Finding? x, Finding? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Details.SequenceEqual(y.Details) && x with { Details = y.Details } == y);

        public int GetHashCode(Finding finding) => HashCode.Combine(finding.RuleId, finding.Message, finding.Path, finding.Offset);
    }

    public IReadOnlyList<string> RulesRun(RulesRunSet set, IReadOnlyList<RuleDescriptor> rules)
    {
        var key = set.Key();
        lock (_lock)
        {
            if (!_rulesRun.TryGetValue(key, out var ids))
            {
                ids = set.Ids(rules);
                _rulesRun.Add(key, ids);
            }
            return ids;
        }
    }

    public string? Text(string? text)
    {
        if (text is null)
        {
            return null;
        }
        lock (_lock)
        {
            if (_texts.TryGetValue(text, out var shared))
            {
                return shared;
            }
            _texts.Add(text, text);
            return text;
        }
    }

    /// <summary>
    /// The attachments, or an equal set another report of this input already holds: a fleet's certificates mostly get
    /// the same stacks and verify lines (327,000 dictionaries of them held 57 MB). Bounded like the findings.
    /// </summary>
    public IReadOnlyDictionary<string, string> Attachments(Dictionary<string, string>? attachments)
    {
        if (attachments is null)
        {
            return NoAttachments;
        }
        lock (_lock)
        {
            if (_attachments.TryGetValue(attachments, out var earlier))
            {
                return earlier;
            }
        }
        foreach (var name in attachments.Keys.ToList())
        {
            attachments[name] = Text(attachments[name])!;
        }
        lock (_lock)
        {
            if (_attachments.Count < FindingCapacity)
            {
                _attachments.TryAdd(attachments, attachments);
            }
        }
        return attachments;
    }

    /// <summary>Attachment sets with the same names and values, in any order.</summary>
    private sealed class SameAttachments : IEqualityComparer<Dictionary<string, string>>
    {
        public static SameAttachments Instance { get; } = new();

        public bool Equals(Dictionary<string, string>? x, Dictionary<string, string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Count == y.Count
                && x.All(pair => y.TryGetValue(pair.Key, out var value) && string.Equals(pair.Value, value, StringComparison.Ordinal)));

        public int GetHashCode(Dictionary<string, string> attachments)
        {
            var hash = attachments.Count;
            foreach (var (name, value) in attachments)
            {
                // Added, so the order of the pairs does not matter.
                hash += HashCode.Combine(name, value);
            }
            return hash;
        }
    }
}
