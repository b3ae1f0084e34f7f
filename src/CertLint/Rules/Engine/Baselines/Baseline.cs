using System.Globalization;
using System.Text.Json;

namespace CertLint.Rules.Engine.Baselines;

/// <summary>
/// What a baseline entry is keyed by: rule, certificate, the TLS stack target (null for target-independent rules) and
/// the finding's field path, so a baselined mbedtls.parse finding on 3.6 does not hide a new one on 2.16.
/// </summary>
public sealed record BaselineKey(string Rule, string Sha256, string? Target, string? Path);

/// <summary>What the baseline decided about one finding.</summary>
public sealed record BaselineMatch(string Justification, DateTimeOffset? Expires);

/// <summary>
/// Accepted findings, looked up by rule ID, certificate sha256, target and field path (<see cref="BaselineKey"/>). An
/// entry must name the finding's target to suppress it (an entry without one matches only target-independent
/// findings); an entry without a path (baselines written before paths were keyed) matches any path. An entry whose
/// expiry has passed (by the injected clock) no longer suppresses, so the finding fails the build again.
/// </summary>
public sealed class Baseline
{
    public const string Placeholder = "TODO: justify";

    private readonly Dictionary<(string Rule, string Sha256, string Target, string? Path), BaselineMatch> _entries = new();

    private Baseline()
    {
    }

    public int Count => _entries.Count;

    /// <summary>The entry that suppresses this finding now, or null (none, or expired).</summary>
    public BaselineMatch? Suppressing(BaselineKey key, DateTimeOffset now)
    {
        var target = key.Target ?? "";
        if (!_entries.TryGetValue((key.Rule, key.Sha256, target, key.Path), out var match) && !_entries.TryGetValue((key.Rule, key.Sha256, target, null), out match))
        {
            return null;
        }
        return match.Expires is not { } expires || now < expires ? match : null;
    }

    /// <summary>Target-independent lookup without a path (rule and certificate only).</summary>
    public BaselineMatch? Suppressing(string ruleId, string sha256, DateTimeOffset now) => Suppressing(new BaselineKey(ruleId, sha256, null, null), now);

    /// <summary>Reads a baseline; a problem is a <see cref="FormatException"/> naming the entry.</summary>
    public static Baseline Parse(string json)
    {
        BaselineDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, BaselineJsonContext.Default.BaselineDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
            throw new FormatException($"not a baseline (JSON){where}: {ex.Message.Split(" Path:")[0]}");
        }
        if (document is null || document.Version != 1)
        {
            throw new FormatException($"unsupported baseline version {document?.Version} (expected 1)");
        }
        var baseline = new Baseline();
        for (var i = 0; i < document.Entries.Count; i++)
        {
            var entry = document.Entries[i];
            if (string.IsNullOrWhiteSpace(entry.Rule) || entry.Sha256.Length != 64)
            {
                throw new FormatException($"entries[{i}]: needs 'rule' and a 64-hex-digit 'sha256'");
            }
            baseline._entries[(entry.Rule, entry.Sha256.ToLowerInvariant(), entry.Target ?? "", entry.Path)] = new BaselineMatch(entry.Justification, ParseExpiry(entry.Expires, i));
        }
        return baseline;
    }

    private static DateTimeOffset? ParseExpiry(string? text, int index)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }
        throw new FormatException($"entries[{index}].expires: '{text}' is not a date (yyyy-MM-dd) or date-time");
    }

    public static string Write(IEnumerable<BaselineEntry> entries) =>
        JsonSerializer.Serialize(new BaselineDocument { Entries = [.. entries] }, BaselineJsonContext.Default.BaselineDocument) + "\n";
}
