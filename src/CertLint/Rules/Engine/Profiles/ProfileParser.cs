using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CertLint.Rules.Engine.Profiles;

/// <summary>
/// Reads a profile with YamlDotNet's representation model, so every problem (syntax, unknown key, wrong type,
/// bad severity) is reported at its line and column. The format is documented in README.md ("Profile format").
/// </summary>
public static class ProfileParser
{
    private static readonly string[] TopKeys = ["name", "description", "extends", "include", "exclude", "severity", "parameters"];
    private static readonly string[] IncludeKeys = ["sources", "rules"];

    /// <summary>
    /// Deepest nesting of mappings and sequences a profile may have (a real one has 3). YamlDotNet builds its node
    /// tree recursively, so a hostile file of nested brackets would otherwise overflow the stack and kill the process.
    /// </summary>
    public const int MaxDepth = 32;

    public static ProfileDefinition Parse(string file, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text))));
        }
        catch (YamlException ex)
        {
            throw new ProfileException(new ProfileMark(file, (int)ex.Start.Line, (int)ex.Start.Column), "YAML syntax: " + FirstLine(ex.Message));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count > 0 ? Mark(file, stream.Documents[0].RootNode) : new ProfileMark(file, 1, 1);
            throw new ProfileException(at, "a profile must be a mapping with at least 'name'");
        }
        string? name = null;
        var description = "";
        List<ProfileEntry> extends = [], sources = [], rules = [], exclude = [];
        List<(ProfileEntry, Severity)> severity = [];
        List<(ProfileEntry, IReadOnlyDictionary<string, string>)> parameters = [];
        foreach (var (keyNode, value) in root.Children)
        {
            switch (Key(file, keyNode, TopKeys))
            {
                case "name": name = Scalar(file, value, "name"); break;
                case "description": description = Scalar(file, value, "description"); break;
                case "extends": extends = List(file, value, "extends"); break;
                case "exclude": exclude = List(file, value, "exclude"); break;
                case "include":
                    foreach (var (k, v) in Mapping(file, value, "include").Children)
                    {
                        if (Key(file, k, IncludeKeys) == "sources") { sources = List(file, v, "include.sources"); }
                        else { rules = List(file, v, "include.rules"); }
                    }
                    break;
                case "severity":
                    foreach (var (k, v) in Mapping(file, value, "severity").Children)
                    {
                        var text2 = Scalar(file, v, "a severity");
                        if (!Severities.TryParse(text2, out var level))
                        {
                            throw new ProfileException(Mark(file, v), $"severity '{text2}' is not one of error, warning, notice, info");
                        }
                        severity.Add((Entry(file, k, "a rule ID"), level));
                    }
                    break;
                case "parameters":
                    foreach (var (k, v) in Mapping(file, value, "parameters").Children)
                    {
                        var values = Mapping(file, v, "the parameters of a rule").Children
                            .ToDictionary(p => Scalar(file, p.Key, "a parameter name"), p => Scalar(file, p.Value, "a parameter value"), StringComparer.Ordinal);
                        parameters.Add((Entry(file, k, "a rule ID"), values));
                    }
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ProfileException(Mark(file, root), "missing 'name'");
        }
        return new ProfileDefinition
        {
            Name = name, File = file, Description = description, Extends = extends, IncludeSources = sources,
            IncludeRules = rules, Exclude = exclude, Severity = severity, Parameters = parameters,
        };
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static ProfileMark Mark(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    private static string Key(string file, YamlNode node, string[] allowed)
    {
        var key = Scalar(file, node, "a key");
        if (!allowed.Contains(key, StringComparer.Ordinal))
        {
            throw new ProfileException(Mark(file, node), $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
        }
        return key;
    }

    private static string Scalar(string file, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new ProfileException(Mark(file, node), $"expected {what} (a plain value)");

    private static ProfileEntry Entry(string file, YamlNode node, string what) => new(Scalar(file, node, what), Mark(file, node));

    private static YamlMappingNode Mapping(string file, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw new ProfileException(Mark(file, node), $"'{what}' must be a mapping");

    private static List<ProfileEntry> List(string file, YamlNode node, string what) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(c => Entry(file, c, $"an item of '{what}'"))],
        YamlScalarNode => [Entry(file, node, what)],
        _ => throw new ProfileException(Mark(file, node), $"'{what}' must be a list"),
    };

    /// <summary>Passes YAML events through, refusing (as a syntax error at its place) a collection nested deeper than <see cref="MaxDepth"/>.</summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }
            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"nested deeper than {MaxDepth} levels");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }
}
