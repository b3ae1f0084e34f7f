namespace CertLint.Cli;

/// <summary>
/// The one way every list option of every command is read: repeated flags (`--target a --target b`, see
/// <see cref="Lint.RepeatableOptions"/>) and comma-separated values (`--target a,b`), in any mix; empty items dropped.
/// </summary>
public static class OptionLists
{
    public static List<string> Flat(IEnumerable<string>? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
