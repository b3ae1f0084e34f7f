using System.Globalization;

namespace CertLint.Cli.Arguments;

/// <summary>What an option takes: nothing (a switch), one value, or a list.</summary>
public enum OptionShape
{
    Switch,
    Single,
    /// <summary>
    /// Every value that follows, up to the next option (`--suite a b`); repeated occurrences add up. Options listed in
    /// <see cref="Lint.RepeatableOptions"/> are moved behind the paths first, so there each occurrence takes one value.
    /// </summary>
    List,
}

/// <summary>One option of a verb: its names, help line and how a value lands on the command object.</summary>
public sealed class OptionSpec
{
    public required string Name { get; init; }
    public char? ShortName { get; init; }
    public required OptionShape Shape { get; init; }
    public required string Help { get; init; }
    /// <summary>The default the help shows as "(Default: X)"; the property's initializer is the real default.</summary>
    public string? ShownDefault { get; init; }
    public bool Required { get; init; }
    /// <summary>Values split at this character as they are read (probe's lists); other lists split later (<see cref="OptionLists"/>).</summary>
    public char? Separator { get; init; }
    /// <summary>Stores a value; false when it does not convert (a number option given "abc").</summary>
    public required Func<ICommand, string, bool> Set { get; init; }
    /// <summary>Lists: stores all values at once.</summary>
    public Action<ICommand, List<string>>? SetList { get; init; }

    public string Display => ShortName is { } s ? $"-{s}, --{Name}" : "--" + Name;
}

/// <summary>A positional argument: one value, or all the rest.</summary>
public sealed class ValueSpec
{
    public required string MetaName { get; init; }
    public required string Help { get; init; }
    public bool Required { get; init; }
    public bool Many { get; init; }
    public required Action<ICommand, List<string>> Set { get; init; }
}

/// <summary>
/// A verb as a table: name, one-line description, usage line and example for its help, options and positional
/// arguments in help order, and how to make its command object. No reflection: Native AOT and the trimmer see it all.
/// </summary>
public abstract class VerbSpec
{
    protected VerbSpec(string name, string help, string? usage, string? example)
    {
        Name = name;
        Help = help;
        Usage = usage ?? $"certlint {name} [options]";
        Example = example ?? $"certlint {name} --help";
    }

    public string Name { get; }
    public string Help { get; }
    public string Usage { get; }
    public string Example { get; }
    public List<OptionSpec> Options { get; } = [];
    public List<ValueSpec> Values { get; } = [];

    public abstract ICommand Create();

    public OptionSpec? Find(string name) => Options.Find(o => o.Name == name);

    public OptionSpec? FindShort(char name) => Options.Find(o => o.ShortName == name);
}

/// <summary>The typed builder each command uses to declare its options next to its properties.</summary>
public sealed class VerbSpec<T>(string name, string help, string? usage = null, string? example = null)
    : VerbSpec(name, help, usage, example) where T : ICommand, new()
{
    public override ICommand Create() => new T();

    public VerbSpec<T> Text(string name, string help, Action<T, string> set, string? shownDefault = null, bool required = false, char? shortName = null) =>
        Add(new OptionSpec
        {
            Name = name, ShortName = shortName, Shape = OptionShape.Single, Help = help, ShownDefault = shownDefault, Required = required,
            Set = (c, v) => { set((T)c, v); return true; },
        });

    public VerbSpec<T> Switch(string name, string help, Action<T> set) =>
        Add(new OptionSpec { Name = name, Shape = OptionShape.Switch, Help = help, Set = (c, _) => { set((T)c); return true; } });

    public VerbSpec<T> Int(string name, string help, Action<T, int> set, string? shownDefault = null) =>
        Add(new OptionSpec
        {
            Name = name, Shape = OptionShape.Single, Help = help, ShownDefault = shownDefault,
            Set = (c, v) =>
            {
                if (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                {
                    return false;
                }
                set((T)c, n);
                return true;
            },
        });

    public VerbSpec<T> Number(string name, string help, Action<T, double> set, string? shownDefault = null) =>
        Add(new OptionSpec
        {
            Name = name, Shape = OptionShape.Single, Help = help, ShownDefault = shownDefault,
            Set = (c, v) =>
            {
                if (!double.TryParse(v, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n))
                {
                    return false;
                }
                set((T)c, n);
                return true;
            },
        });

    public VerbSpec<T> List(string name, string help, Action<T, List<string>> set, bool required = false, char? separator = null) =>
        Add(new OptionSpec
        {
            Name = name, Shape = OptionShape.List, Help = help, Required = required, Separator = separator,
            Set = (_, _) => true, SetList = (c, v) => set((T)c, v),
        });

    public VerbSpec<T> Value(string metaName, string help, Action<T, string> set, bool required = false)
    {
        Values.Add(new ValueSpec { MetaName = metaName, Help = help, Required = required, Set = (c, v) => set((T)c, v[0]) });
        return this;
    }

    public VerbSpec<T> Rest(string metaName, string help, Action<T, List<string>> set, bool required = false)
    {
        Values.Add(new ValueSpec { MetaName = metaName, Help = help, Required = required, Many = true, Set = (c, v) => set((T)c, v) });
        return this;
    }

    private VerbSpec<T> Add(OptionSpec option)
    {
        Options.Add(option);
        return this;
    }
}
