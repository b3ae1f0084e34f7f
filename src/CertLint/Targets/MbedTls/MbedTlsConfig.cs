using System.Text.RegularExpressions;

namespace CertLint.Targets.MbedTls;

/// <summary>How the application passes certificates to mbedtls_x509_crt_parse_der[_with_ext_cb].</summary>
public enum MbedTlsExtCallback
{
    /// <summary>mbedtls_x509_crt_parse_der: no callback.</summary>
    None,
    /// <summary>A callback that returns 0 for every extension Mbed TLS does not handle itself.</summary>
    AcceptAll,
}

/// <summary>
/// The compile-time configuration of one build (which MBEDTLS_* / PSA_WANT_* options are defined), plus the
/// extension callback the application may pass. Starts as the release's default configuration.
/// </summary>
public sealed partial class MbedTlsConfig
{
    private readonly HashSet<string> _defined;
    private readonly Dictionary<string, bool> _known;
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private MbedTlsExtCallback _extCallback;

    public MbedTlsTarget Target { get; }

    /// <summary>Things worth telling the user about how the configuration was read (ignored names, ...).</summary>
    public IReadOnlyList<string> Notes => _notes;

    internal MbedTlsConfig(MbedTlsTarget target)
    {
        Target = target;
        _known = target.Facts.ConfigOptions.ToDictionary(o => o.Name, o => o.Default, StringComparer.Ordinal);
        _defined = [.. target.Facts.ConfigOptions.Where(o => o.Default).Select(o => o.Name)];
    }

    public MbedTlsExtCallback ExtCallback
    {
        get => _extCallback;
        set
        {
            if (value != MbedTlsExtCallback.None && !Target.Behaviour.ExtCallbackAvailable)
            {
                throw new MbedTlsConfigException(
                    $"{Target.Name} has no mbedtls_x509_crt_parse_der_with_ext_cb (it arrived in 2.28); " +
                    "define MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION instead");
            }

            _extCallback = value;
        }
    }

    public bool IsDefined(string option) => _defined.Contains(option);

    public bool AllDefined(IEnumerable<string> options) => options.All(_defined.Contains);

    public IReadOnlyCollection<string> DefinedOptions => _defined;

    /// <summary>The value a config header gave a defined option ("#define MBEDTLS_SSL_CIPHERSUITES A, B", continuation
    /// lines joined), or null when it is undefined or defined without one.</summary>
    public string? ValueOf(string option) => _defined.Contains(option) && _values.TryGetValue(option, out var value) ? value : null;

    /// <summary>Options whose state differs from the release default, for reports.</summary>
    public IEnumerable<string> ChangesFromDefault() =>
        _known.Where(k => k.Value != _defined.Contains(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => (_defined.Contains(k.Key) ? "+" : "-") + k.Key);

    public MbedTlsConfig Define(string name) { _defined.Add(Check(name)); return this; }

    public MbedTlsConfig Undef(string name) { _defined.Remove(Check(name)); return this; }

    private string Check(string name)
    {
        var option = name.Trim();
        if (_known.ContainsKey(option))
        {
            return option;
        }

        var removed = Target.Facts.RemovedOptions.FirstOrDefault(r => r.Name == option);
        if (removed is not null)
        {
            throw new MbedTlsConfigException($"{option} does not exist in Mbed TLS {Target.Release}; instead: {removed.Replacement}");
        }

        throw new MbedTlsConfigException($"{option} is not a configuration option of Mbed TLS {Target.Release}");
    }

    /// <summary>
    /// Applies a config.h / mbedtls_config.h / crypto_config.h: "#define X" defines X, "//#define X",
    /// "/* #define X */" and "#undef X" leave it undefined. Options the file does not mention keep the release
    /// default, so a partial (user) config file works too. A defined option that the release does not have is an
    /// error naming its replacement; other unknown names are noted and ignored (headers define helper macros).
    /// </summary>
    public static MbedTlsConfig ParseConfigHeader(MbedTlsTarget target, string text, string fileName, MbedTlsConfig? start = null)
    {
        var config = start ?? new MbedTlsConfig(target);
        var inBlockComment = false;
        var lines = text.Split('\n');
        for (var lineNo = 1; lineNo <= lines.Length; lineNo++)
        {
            var line = lines[lineNo - 1].Trim();
            var wasInComment = inBlockComment;
            inBlockComment = UpdateBlockComment(line, inBlockComment);
            var m = DirectiveRegex().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            var commented = wasInComment || m.Groups["comment"].Success;
            var undef = m.Groups["kw"].Value == "undef";
            if (!config._known.ContainsKey(name))
            {
                var removed = target.Facts.RemovedOptions.FirstOrDefault(r => r.Name == name);
                if (removed is not null && !commented && !undef)
                {
                    throw new MbedTlsConfigException(
                        $"{fileName}:{lineNo}: {name} does not exist in Mbed TLS {target.Release}; instead: {removed.Replacement}");
                }

                if (!commented && !undef)
                {
                    config._notes.Add($"{fileName}:{lineNo}: {name} is not an option of Mbed TLS {target.Release}; ignored");
                }

                continue;
            }
            if (commented || undef)
            {
                config._defined.Remove(name);
            }
            else
            {
                config._defined.Add(name);
                var value = ValueText(lines, lineNo - 1, m.Index + m.Length);
                if (value.Length > 0)
                {
                    config._values[name] = value;
                }
                else
                {
                    config._values.Remove(name);
                }
            }
        }
        return config;
    }

    /// <summary>What follows the name of a #define on line <paramref name="index"/> (from <paramref name="from"/> of
    /// the trimmed line), with backslash-continued lines joined and comments removed.</summary>
    private static string ValueText(string[] lines, int index, int from)
    {
        var text = new System.Text.StringBuilder();
        var line = lines[index].Trim()[from..];
        while (true)
        {
            var comment = line.IndexOf("//", StringComparison.Ordinal);
            var block = line.IndexOf("/*", StringComparison.Ordinal);
            var cut = comment < 0 ? block : block < 0 ? comment : Math.Min(comment, block);
            var part = (cut < 0 ? line : line[..cut]).TrimEnd();
            var continued = cut < 0 && part.EndsWith('\\');
            text.Append(' ').Append(continued ? part[..^1] : part);
            if (!continued || ++index >= lines.Length)
            {
                return text.ToString().Trim();
            }
            line = lines[index].Trim();
        }
    }

    private static bool UpdateBlockComment(string line, bool inside)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (!inside && line.AsSpan(i).StartsWith("//"))
            {
                return false;
            }

            var token = inside ? "*/" : "/*";
            var at = line.IndexOf(token, i, StringComparison.Ordinal);
            if (at < 0)
            {
                return inside;
            }

            inside = !inside;
            i = at + 2;
        }
        return inside;
    }

    [GeneratedRegex(@"^(?<comment>(//|/\*)\s*)?#\s*(?<kw>define|undef)\s+(?<name>(MBEDTLS|PSA)_[A-Za-z0-9_]+)\b")]
    private static partial Regex DirectiveRegex();
}
