using System.Text;

namespace CertLint.Cli.Arguments;

/// <summary>
/// The help screens, in the layout certlint has always printed: a heading, then one entry per option (or verb) with
/// its name padded to the longest one and its text wrapped at 80 columns under a hanging indent.
/// </summary>
public static class HelpScreen
{
    private const int Width = 80;

    /// <summary>`certlint VERB --help`: usage line, example, description, then options, --help and positional arguments.</summary>
    public static string ForVerb(VerbSpec verb)
    {
        var entries = verb.Options.Select(o => (o.Display, Text(o.Required, o.ShownDefault, o.Help))).ToList();
        entries.Add(("--help", "Display this help screen."));
        entries.AddRange(verb.Values.Select((v, i) => ($"{v.MetaName} (pos. {i})", Text(v.Required, null, v.Help))));
        return $"usage: {verb.Usage}\nexample: {verb.Example}\n{verb.Help}\n\n{Entries(entries)}";
    }

    /// <summary>`certlint --help`: the overview of every verb.</summary>
    public static string Overview(IEnumerable<VerbSpec> verbs, string version)
    {
        var entries = verbs.Select(v => (v.Name, v.Help)).ToList();
        entries.Add(("help", "Display more information on a specific command."));
        entries.Add(("version", "Display version information."));
        return $"certlint {version}\n"
            + "Lint, decode, convert and TLS-check X.509 certificates against RFC 5280 and real TLS stacks.\n"
            + "usage: certlint COMMAND [options]; 'certlint help COMMAND' or 'certlint COMMAND --help' for a command's options.\n\n"
            + Entries(entries);
    }

    private static string Text(bool required, string? shownDefault, string help) =>
        (required ? "Required. " : "") + (shownDefault is null ? "" : $"(Default: {shownDefault}) ") + help;

    private static string Entries(List<(string Name, string Text)> entries)
    {
        var nameWidth = entries.Max(e => e.Name.Length);
        var indent = new string(' ', nameWidth + 6);
        var text = new StringBuilder();
        foreach (var (name, help) in entries)
        {
            text.Append("  ").Append(name.PadRight(nameWidth)).Append("    ")
                .AppendJoin("\n" + indent, Wrap(help, Width - nameWidth - 6)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Greedy word wrap: as many words as fit in <paramref name="width"/> columns; a longer word is cut.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<StringBuilder>();
        foreach (var word in text.Split(' '))
        {
            if (lines.Count > 0 && (word.Length == 0 || lines[^1].Length + word.Length <= width))
            {
                lines[^1].Append(word).Append(' ');
                continue;
            }
            var rest = word;
            do
            {
                var cut = Math.Min(width, rest.Length);
                lines.Add(new StringBuilder(rest[..cut]).Append(' '));
                rest = rest[cut..];
            }
            while (rest.Length > 0);
        }
        return [.. lines.Select(l => l.ToString().TrimEnd())];
    }
}
