using CertLint.Tls.Stacks;

namespace CertLint.Tls.Probe;

/// <summary>The changes probe's options make to the ClientHello (--tls, --suite, --groups, --sig-algs, --without, ...).</summary>
public sealed class ProbeOfferChanges
{
    /// <summary>"1.2" or "1.3", or null: both (with a release: what it offers).</summary>
    public string? Tls { get; init; }
    /// <summary>The Mbed TLS release whose offer is changed (--as), or null for the probe's own default offer.</summary>
    public string? As { get; init; }
    public IEnumerable<string> Suites { get; init; } = [];
    public IEnumerable<string> Groups { get; init; } = [];
    public IEnumerable<string> SigAlgs { get; init; } = [];
    public IEnumerable<string> Without { get; init; } = [];
    public int? MaxFragmentLength { get; init; }
    public int? RecordSizeLimit { get; init; }
}

/// <summary>The ClientHello offers probe sends: its own default, and the user's changes on top of it or a release's.</summary>
public static class ProbeOffers
{
    /// <summary>What the probe offers without --as: current suites, groups and extensions for the versions asked.</summary>
    private static readonly int[] DefaultTls12Suites = [0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC023, 0xC027, 0xC009, 0xC013, 0x009C, 0x002F];
    private static readonly int[] DefaultTls13Suites = [0x1301, 0x1302, 0x1303];
    private static readonly string[] DefaultGroups = ["x25519", "secp256r1", "secp384r1"];
    private static readonly int[] DefaultSigAlgs = [0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601];

    /// <summary>The probe's own offer for TLS <paramref name="tls"/> ("1.2", "1.3", or null: both), with server_name when <paramref name="sni"/> is given.</summary>
    public static ClientHelloOffer Default(string? tls, string? sni)
    {
        var versions = tls is null ? new List<string> { "1.3", "1.2" } : [tls];
        var tls12 = versions.Contains("1.2");
        var tls13 = versions.Contains("1.3");
        var extensions = new List<ProbeExtension>();
        if (sni is not null)
        {
            extensions.Add(ProbeExtension.Named("server_name"));
        }

        if (tls13)
        {
            extensions.AddRange([ProbeExtension.Named("supported_versions"), ProbeExtension.Named("key_share")]);
        }

        extensions.AddRange([ProbeExtension.Named("supported_groups"), ProbeExtension.Named("signature_algorithms")]);
        if (tls12)
        {
            extensions.AddRange([ProbeExtension.Named("ec_point_formats"), ProbeExtension.Named("encrypt_then_mac"), ProbeExtension.Named("extended_master_secret")]);
        }

        return new ClientHelloOffer
        {
            Versions = versions,
            Suites = [.. tls13 ? DefaultTls13Suites : [], .. tls12 ? DefaultTls12Suites : [], .. tls12 ? [ProbeSuites.EmptyRenegotiationInfoScsv] : Array.Empty<int>()],
            Groups = DefaultGroups.Select(g => NamedGroups.Find(g).Code).ToList(),
            SigAlgs = DefaultSigAlgs,
            Extensions = extensions,
            Sni = sni,
        };
    }

    /// <summary>The changes on top of the default or the release's offer; FormatException names a change that cannot apply.</summary>
    public static ClientHelloOffer Adjust(ClientHelloOffer offer, ProbeOfferChanges changes)
    {
        var tls = changes.Tls;
        if (tls is not null && tls is not ("1.2" or "1.3"))
        {
            throw new FormatException($"--tls must be 1.2 or 1.3, not '{tls}'");
        }

        if (tls is not null && changes.As is not null)
        {
            if (!offer.Versions.Contains(tls))
            {
                throw new FormatException($"{changes.As} does not offer TLS {tls} in this configuration");
            }

            offer = offer with
            {
                Versions = [tls],
                Suites = offer.Suites.Where(s => ProbeSuites.IsSignalling(s) ? tls == "1.2" : ProbeSuites.IsTls13(s) == (tls == "1.3")).ToList(),
                Extensions = offer.Extensions.Where(e => tls == "1.3" || e.Code is not (ProbeExtension.SupportedVersions or ProbeExtension.KeyShare or ProbeExtension.PskKeyExchangeModes)).ToList(),
            };
        }
        var suites = changes.Suites.Where(s => s.Trim().Length > 0).Select(ProbeSuites.Resolve).ToList();
        if (suites.Count > 0)
        {
            var scsv = offer.Suites.Where(ProbeSuites.IsSignalling);
            offer = offer with { Suites = [.. suites, .. scsv] };
        }
        if (offer.OffersTls13 && !offer.Suites.Any(ProbeSuites.IsTls13) && !offer.OffersTls12)
        {
            throw new FormatException("TLS 1.3 needs a TLS 1.3 suite (TLS_AES_128_GCM_SHA256, ...)");
        }

        if (changes.Groups.Any())
        {
            offer = offer with { Groups = changes.Groups.Select(g => NamedGroups.Find(g).Code).ToList() };
        }

        if (changes.SigAlgs.Any())
        {
            offer = offer with { SigAlgs = changes.SigAlgs.Select(s => SignatureSchemes.Find(s).Code).ToList() };
        }

        foreach (var name in changes.Without.Where(w => w.Trim().Length > 0))
        {
            var extension = ProbeExtension.Named(name);
            offer = offer.Without(extension.Code, null!) with { Change = null };
        }
        if (changes.MaxFragmentLength is { } mfl)
        {
            offer = offer.WithExtension(ProbeExtension.Named("max_fragment_length", ProbeExtension.MaxFragmentCode(mfl)), null!) with { Change = null };
        }

        if (changes.RecordSizeLimit is { } limit)
        {
            if (limit is < 64 or > 16385)
            {
                throw new FormatException("--record-size-limit must be between 64 and 16385");
            }

            offer = offer.WithExtension(ProbeExtension.Named("record_size_limit", limit), null!) with { Change = null };
        }
        return offer;
    }
}
