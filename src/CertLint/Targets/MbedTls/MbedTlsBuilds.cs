namespace CertLint.Targets.MbedTls;

/// <summary>The builds a command models: each named release with the user's config header, defines, undefs and callback.</summary>
public static class MbedTlsBuilds
{
    /// <summary>No names means all four releases. Throws <see cref="MbedTlsConfigException"/> for anything a release does not have.</summary>
    /// <param name="headers">Config headers (name, text), applied in order: 4.0 splits its configuration between
    /// mbedtls_config.h and TF-PSA-Crypto's crypto_config.h.</param>
    public static List<MbedTlsConfig> Create(IReadOnlyList<string> targets, IReadOnlyList<(string Name, string Text)> headers,
        IEnumerable<string> defines, IEnumerable<string> undefs, MbedTlsExtCallback extCallback)
    {
        var builds = new List<MbedTlsConfig>();
        foreach (var name in targets.Count > 0 ? targets : MbedTlsTarget.Names)
        {
            var target = MbedTlsTarget.Load(name);
            var config = target.DefaultConfig();
            foreach (var (name0, text) in headers)
            {
                config = MbedTlsConfig.ParseConfigHeader(target, text, name0, config);
            }

            foreach (var d in defines)
            {
                config.Define(d);
            }

            foreach (var u in undefs)
            {
                config.Undef(u);
            }

            config.ExtCallback = extCallback;
            builds.Add(config);
        }
        return builds;
    }

    public static MbedTlsExtCallback ParseExtCallback(string text) => text switch
    {
        "none" => MbedTlsExtCallback.None,
        "accept-all" => MbedTlsExtCallback.AcceptAll,
        _ => throw new MbedTlsConfigException($"--mbedtls-ext-cb must be none or accept-all, not '{text}'"),
    };
}
