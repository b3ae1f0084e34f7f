namespace CertLint.Conversion;

// Folder Convert/, namespace Conversion: a namespace CertLint.Convert would shadow System.Convert in every file
// under CertLint.* (Convert.ToHexString... would stop compiling).

public enum OutputFormat
{
    Pem,
    Der,
    P7b,
    P7bPem,
}

public enum ChainOrder
{
    LeafFirst,
    RootFirst,
    AsIs,
}

/// <summary>Which certificates <c>--only</c> keeps.</summary>
public enum Selection
{
    All,
    /// <summary>The bottom certificate of each chain (what a server presents as its own).</summary>
    Leaf,
    /// <summary>The certificates between leaf and root (certbot's chain.pem): neither leaf nor self-signed root.</summary>
    Chain,
    /// <summary>Self-signed certificates at the top of a chain (trust anchors).</summary>
    Roots,
}

public sealed record ConvertOptions
{
    public OutputFormat Format { get; init; } = OutputFormat.Pem;
    public ChainOrder Order { get; init; } = ChainOrder.LeafFirst;
    public bool IncludeCrls { get; init; }
    public bool Dedupe { get; init; }
    public Selection Only { get; init; } = Selection.All;
    public bool Annotate { get; init; }

    /// <summary>Why these options cannot go together, or null.</summary>
    public string? Problem() =>
        Annotate && Format != OutputFormat.Pem ? "--annotate only applies to --to pem (comment lines would break DER and PKCS#7)"
        : IncludeCrls && Format == OutputFormat.Der ? "--to der writes certificates only: use --to pem, p7b or p7b-pem to keep CRLs"
        : null;
}

/// <summary>The spellings users type on the command line, in one place so help, parsing and errors agree.</summary>
public static class ConvertOptionNames
{
    public static readonly IReadOnlyDictionary<string, OutputFormat> Formats = new Dictionary<string, OutputFormat>
    {
        ["pem"] = OutputFormat.Pem,
        ["der"] = OutputFormat.Der,
        ["p7b"] = OutputFormat.P7b,
        ["p7b-pem"] = OutputFormat.P7bPem,
    };

    public static readonly IReadOnlyDictionary<string, ChainOrder> Orders = new Dictionary<string, ChainOrder>
    {
        ["leaf-first"] = ChainOrder.LeafFirst,
        ["root-first"] = ChainOrder.RootFirst,
        ["as-is"] = ChainOrder.AsIs,
    };

    public static readonly IReadOnlyDictionary<string, Selection> Selections = new Dictionary<string, Selection>
    {
        ["leaf"] = Selection.Leaf,
        ["chain"] = Selection.Chain,
        ["roots"] = Selection.Roots,
    };

    public static string Name<T>(IReadOnlyDictionary<string, T> names, T value) where T : struct, Enum =>
        names.First(pair => EqualityComparer<T>.Default.Equals(pair.Value, value)).Key;

    /// <summary>Looks up a value case-insensitively; on failure the message lists what is accepted.</summary>
    public static bool TryParse<T>(IReadOnlyDictionary<string, T> names, string option, string text, out T value, out string error)
    {
        foreach (var pair in names)
        {
            if (string.Equals(pair.Key, text, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                error = "";
                return true;
            }
        }
        value = default!;
        error = $"--{option} '{text}' is not one of: {string.Join(", ", names.Keys)}";
        return false;
    }
}
