using System.Text;
using System.Text.RegularExpressions;

namespace CertLint.Tests.Documentation;

/// <summary>One `$ command` of a documentation example and the output lines the README shows for it.</summary>
public sealed record ExampleStep(string Command, int Line, List<string> Expected);

/// <summary>
/// A fenced ```console block of a README: its steps, whether it is run, and where its lines are in the file
/// (so the regeneration mode can rewrite the outputs in place). Format: tests/README.md, "Documentation examples".
/// </summary>
public sealed record ExampleBlock(string File, int FenceLine, string Indent, bool Run, string? NotRunReason, bool IgnoreDurations,
    List<ExampleStep> Steps, int FirstContentLine, int EndFenceLine);

public static partial class MarkdownExamples
{
    /// <summary>Every README.md of the repository (outside build output and .git), relative to the root, sorted.</summary>
    public static IReadOnlyList<string> ReadmeFiles(string root) =>
        Directory.EnumerateFiles(root, "README.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(s => s is "bin" or "obj" or ".git" or "node_modules"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The ```console blocks of a file, and format errors (a `$` line outside a console block, a not-run block without reason).</summary>
    public static (List<ExampleBlock> Blocks, List<string> Errors) Parse(string file, string[] lines)
    {
        var blocks = new List<ExampleBlock>();
        var errors = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = FenceRegex().Match(lines[i]);
            if (!open.Success)
            {
                if (IndentedCommandRegex().IsMatch(lines[i]))
                {
                    errors.Add($"{file}:{i + 1}: an example command outside a ```console block (indented code is not run): {lines[i].Trim()}");
                }
                continue;
            }
            var indent = open.Groups["indent"].Value;
            var fence = open.Groups["fence"].Value;
            var info = open.Groups["info"].Value.Trim();
            var end = i + 1;
            while (end < lines.Length && !(lines[end].StartsWith(indent + fence, StringComparison.Ordinal) && lines[end].Trim() == fence))
            {
                end++;
            }
            if (end >= lines.Length)
            {
                errors.Add($"{file}:{i + 1}: fenced block is never closed");
                break;
            }
            var content = lines[(i + 1)..end].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()).ToList();
            var language = info.Split(' ', 2)[0];
            if (language is "markdown" or "md")
            {
                // Markdown source shown as such (the format's own description): not an example.
                i = end;
                continue;
            }
            if (language != "console")
            {
                var prompt = content.FindIndex(l => l.StartsWith("$ ", StringComparison.Ordinal));
                if (prompt >= 0)
                {
                    errors.Add($"{file}:{i + 2 + prompt}: a `$ ` command in a ```{language} block: use ```console (run and checked) or ```console not-run: REASON");
                }
                i = end;
                continue;
            }
            var attributes = info.Length > language.Length ? info[language.Length..].Trim() : "";
            string? reason = null;
            var run = true;
            var ignoreDurations = false;
            if (attributes.StartsWith("not-run", StringComparison.Ordinal))
            {
                run = false;
                reason = attributes["not-run".Length..].TrimStart(':').Trim();
                if (reason.Length == 0)
                {
                    errors.Add($"{file}:{i + 1}: a not-run block needs a reason: ```console not-run: REASON");
                }
            }
            else if (attributes == "ignore-durations")
            {
                ignoreDurations = true;
            }
            else if (attributes.Length > 0)
            {
                errors.Add($"{file}:{i + 1}: unknown console block attribute '{attributes}' (known: 'not-run: REASON', 'ignore-durations')");
                run = false;
            }
            var steps = ParseSteps(content, i + 2, file, errors);
            if (steps.Count == 0)
            {
                errors.Add($"{file}:{i + 1}: a ```console block must start with a `$ ` command");
            }
            blocks.Add(new ExampleBlock(file, i + 1, indent, run, reason, ignoreDurations, steps, i + 1, end));
            i = end;
        }
        return (blocks, errors);
    }

    private static List<ExampleStep> ParseSteps(List<string> content, int firstLineNumber, string file, List<string> errors)
    {
        var steps = new List<ExampleStep>();
        for (var k = 0; k < content.Count; k++)
        {
            var line = content[k];
            if (line.StartsWith("$ ", StringComparison.Ordinal))
            {
                var start = k;
                var command = new StringBuilder(line[2..]);
                while (command.Length > 0 && command[^1] == '\\' && k + 1 < content.Count)
                {
                    command.Length--;
                    command.Append(' ').Append(content[++k].Trim());
                }
                steps.Add(new ExampleStep(command.ToString().Trim(), firstLineNumber + start, []));
            }
            else if (steps.Count == 0)
            {
                errors.Add($"{file}:{firstLineNumber + k}: output before the first `$ ` command of a ```console block");
                break;
            }
            else
            {
                steps[^1].Expected.Add(line);
            }
        }
        return steps;
    }

    /// <summary>
    /// Splits a command into words as a POSIX shell does for plain words, '...' and "..." quoting, backslash escapes and
    /// `#` comments. Shell features the test cannot run as written (pipes, redirections, variables, globs, `;`, `&amp;`)
    /// are an error: such a block must be marked not-run.
    /// </summary>
    public static List<string> SplitWords(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
                continue;
            }
            if (c == '#' && !inWord)
            {
                break;
            }
            inWord = true;
            switch (c)
            {
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException("unterminated ' quote");
                    }
                    word.Append(command, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    i++;
                    while (i < command.Length && command[i] != '"')
                    {
                        if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            i++;
                        }
                        else if (command[i] is '$' or '`')
                        {
                            throw new FormatException($"shell expansion '{command[i]}' inside \"...\"");
                        }
                        word.Append(command[i]);
                        i++;
                    }
                    if (i >= command.Length)
                    {
                        throw new FormatException("unterminated \" quote");
                    }
                    break;
                case '\\':
                    if (i + 1 < command.Length)
                    {
                        word.Append(command[++i]);
                    }
                    break;
                case '|' or '<' or '>' or ';' or '&' or '$' or '`' or '*' or '?' or '[' or '~' or '(' or ')':
                    throw new FormatException($"shell syntax '{c}' (pipes, redirections, variables, globs): mark the block not-run");
                default:
                    word.Append(c);
                    break;
            }
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>```+)(?<info>[^`]*)$")]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^ {4,}\$ certlint ")]
    private static partial Regex IndentedCommandRegex();
}
