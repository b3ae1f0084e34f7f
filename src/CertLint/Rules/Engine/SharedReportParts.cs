namespace CertLint.Rules.Engine;

/// <summary>
/// Lets the reports of one input share equal parts (rule lists, names, attached results): a bundle that repeats a
/// certificate, or thousands of devices under one CA, then costs memory for what differs only. Each part is
/// immutable once reported. One instance per input, used by one thread.
/// </summary>
internal sealed class SharedReportParts
{
    private static readonly IReadOnlyDictionary<string, string> NoAttachments = new Dictionary<string, string>();

    private readonly Dictionary<string, IReadOnlyList<string>> _rulesRun = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public IReadOnlyList<string> RulesRun(RulesRunSet set, IReadOnlyList<RuleDescriptor> rules)
    {
        var key = set.Key();
        if (!_rulesRun.TryGetValue(key, out var ids))
        {
            ids = set.Ids(rules);
            _rulesRun.Add(key, ids);
        }
        return ids;
    }

    public string? Text(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (_texts.TryGetValue(text, out var shared))
        {
            return shared;
        }
        _texts.Add(text, text);
        return text;
    }

    public IReadOnlyDictionary<string, string> Attachments(Dictionary<string, string>? attachments)
    {
        if (attachments is null)
        {
            return NoAttachments;
        }
        foreach (var name in attachments.Keys.ToList())
        {
            attachments[name] = Text(attachments[name])!;
        }
        return attachments;
    }
}
