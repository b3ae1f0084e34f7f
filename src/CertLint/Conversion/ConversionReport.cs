namespace CertLint.Conversion;

/// <summary>What a conversion read, found and wrote, with warnings: the short report printed on stderr.</summary>
public sealed class ConversionReport
{
    private const int ListedNames = 10;

    public required IReadOnlyList<InputSummary> Inputs { get; init; }
    public required int CertificatesRead { get; init; }
    public required int UniqueCertificates { get; init; }
    public required int Chains { get; init; }
    /// <summary>Labels in input order.</summary>
    public required IReadOnlyList<string> FoundOrder { get; init; }
    /// <summary>Labels in output order, one list per chain (one list for <c>as-is</c>).</summary>
    public required IReadOnlyList<IReadOnlyList<string>> WrittenOrder { get; init; }
    public required string OrderName { get; init; }
    public required int CrlsWritten { get; init; }
    public List<string> Warnings { get; } = [];
    public List<string> Notes { get; } = [];

    public IEnumerable<string> Lines()
    {
        foreach (var input in Inputs)
        {
            var line = $"read {input.File}: {input.Encoding}, {Count(input.Certificates, "certificate")}";
            if (input.Crls > 0)
            {
                line += ", " + Count(input.Crls, "CRL");
            }
            if (input.Ignored.Count > 0)
            {
                line += "; also " + string.Join(", ", input.Ignored);
            }
            yield return line;
        }
        var unique = UniqueCertificates == CertificatesRead ? "" : $" ({UniqueCertificates} unique)";
        yield return $"found {Count(CertificatesRead, "certificate")}{unique} in {Count(Chains, "chain")}, as read: {Names(FoundOrder)}";
        var written = WrittenOrder.Sum(c => c.Count);
        var crls = CrlsWritten > 0 ? $" and {Count(CrlsWritten, "CRL")}" : "";
        yield return $"writing {Count(written, "certificate")}{crls} {OrderName}: {Chained(WrittenOrder)}";
        // A fleet bundle has a warning per device; the first ones say what is wrong, a count says how often.
        foreach (var warning in Warnings.Take(Input.InputError.PrintedPerFile))
        {
            yield return "warning: " + warning;
        }
        if (Warnings.Count > Input.InputError.PrintedPerFile)
        {
            yield return $"warning: ... and {Count(Warnings.Count - Input.InputError.PrintedPerFile, "more warning")} (not printed)";
        }
        foreach (var note in Notes)
        {
            yield return "note: " + note;
        }
    }

    internal static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Chained(IReadOnlyList<IReadOnlyList<string>> chains) => Listed(chains, Names, " | ", "more chains");

    private static string Names(IReadOnlyList<string> names) => Listed(names, name => name, ", ", "more");

    /// <summary>All items, or the first <see cref="ListedNames"/> and a count: only the listed ones are turned into text.</summary>
    private static string Listed<T>(IReadOnlyList<T> items, Func<T, string> text, string separator, string more) => items.Count <= ListedNames + 2
        ? string.Join(separator, items.Select(text))
        : string.Join(separator, items.Take(ListedNames).Select(text)) + $"{separator}... ({items.Count - ListedNames} {more})";
}
