namespace CertLint.Tests.Architecture;

/// <summary>One row of the layer map: a folder, the namespaces in it, and the folders it may use.</summary>
public sealed record Layer(string Name, IReadOnlyList<string> Namespaces, IReadOnlySet<string> MayUse);

/// <summary>A known, listed use that the layer map forbids: From is a type name, To a type name or `Namespace.*`.</summary>
public sealed record LayerException(string From, string To, string Reason)
{
    public bool Matches(string from, string to) => from == From && (To.EndsWith(".*", StringComparison.Ordinal)
        ? to.StartsWith(To[..^1], StringComparison.Ordinal)
        : to == To);
}

/// <summary>
/// The layer map of src/CertLint/README.md ("## Layer map": a table Folder | Namespaces | May use, then a table
/// From | To | Reason of known exceptions), and the check of type dependencies against it.
/// </summary>
public sealed class LayerMap(IReadOnlyList<Layer> layers, IReadOnlyList<LayerException> exceptions)
{
    public IReadOnlyList<Layer> Layers { get; } = layers;
    public IReadOnlyList<LayerException> Exceptions { get; } = exceptions;

    public static LayerMap Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "## Layer map");
        if (start < 0)
        {
            throw new FormatException("no '## Layer map' section");
        }
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var section = lines[(start + 1)..(end < 0 ? lines.Length : end)];
        var tables = Tables(section);
        var layerTable = tables.FirstOrDefault(t => t.Header.SequenceEqual(["Folder", "Namespaces", "May use"]))
            ?? throw new FormatException("no table 'Folder | Namespaces | May use' in the layer map");
        var layers = layerTable.Rows.Select(r => new Layer(
            Unquote(r[0]).TrimEnd('/'),
            r[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unquote).ToList(),
            r[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unquote).ToHashSet())).ToList();
        var exceptionTable = tables.FirstOrDefault(t => t.Header.SequenceEqual(["From", "To", "Reason"]));
        var exceptions = exceptionTable?.Rows.Select(r => new LayerException(Unquote(r[0]), Unquote(r[1]), r[2])).ToList() ?? [];
        foreach (var layer in layers)
        {
            var unknown = layer.MayUse.Where(u => layers.All(l => l.Name != u)).ToList();
            if (unknown.Count > 0)
            {
                throw new FormatException($"layer map: {layer.Name} may use unknown folder(s) {string.Join(", ", unknown)}");
            }
        }
        return new LayerMap(layers, exceptions);
    }

    /// <summary>The layer of a type: the one with the longest namespace that is the type's namespace or encloses it.</summary>
    public Layer? LayerOf(string type)
    {
        var ns = type.Contains('.') ? type[..type.LastIndexOf('.')] : "";
        return Layers
            .SelectMany(l => l.Namespaces.Select(n => (Layer: l, Namespace: n)))
            .Where(x => ns == x.Namespace || ns.StartsWith(x.Namespace + ".", StringComparison.Ordinal))
            .OrderByDescending(x => x.Namespace.Length)
            .Select(x => x.Layer)
            .FirstOrDefault();
    }

    /// <summary>Uses the map forbids and no exception lists, and listed exceptions that no longer occur.</summary>
    public (List<string> Violations, List<LayerException> Unused) Check(IEnumerable<(string From, string To)> edges)
    {
        var violations = new List<string>();
        var used = new HashSet<LayerException>();
        foreach (var (from, to) in edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            var source = LayerOf(from);
            var target = LayerOf(to);
            if (source is null || target is null || source == target || source.MayUse.Contains(target.Name))
            {
                continue;
            }
            var exception = Exceptions.FirstOrDefault(x => x.Matches(from, to));
            if (exception is not null)
            {
                used.Add(exception);
                continue;
            }
            violations.Add($"{from} ({source.Name}/) uses {to} ({target.Name}/), which the layer map does not allow");
        }
        return (violations, Exceptions.Where(x => !used.Contains(x)).ToList());
    }

    private static string Unquote(string cell) => cell.Trim().Trim('`').Trim();

    private sealed record Table(string[] Header, List<string[]> Rows);

    private static List<Table> Tables(string[] lines)
    {
        var tables = new List<Table>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || !lines[i + 1].StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }
            var table = new Table(Cells(lines[i]), []);
            i += 2;
            while (i < lines.Length && lines[i].StartsWith('|'))
            {
                table.Rows.Add(Cells(lines[i]));
                i++;
            }
            tables.Add(table);
        }
        return tables;
    }

    private static string[] Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
