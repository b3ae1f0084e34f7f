namespace CertLint.Tls.Probe;

/// <summary>
/// Everything a probe puts into its ClientHello: versions, suites, groups, signature algorithms and the optional
/// extensions in order. Immutable: a bisect step derives a changed copy and says what it changed.
/// </summary>
public sealed record ClientHelloOffer
{
    /// <summary>"1.2" and/or "1.3", highest first.</summary>
    public required IReadOnlyList<string> Versions { get; init; }
    /// <summary>Ciphersuite codes in order, signalling values (0x00FF) included where the offer sends them.</summary>
    public required IReadOnlyList<int> Suites { get; init; }
    public required IReadOnlyList<int> Groups { get; init; }
    public required IReadOnlyList<int> SigAlgs { get; init; }
    /// <summary>The extensions in the order they are written. supported_groups / signature_algorithms /
    /// supported_versions / key_share are entries too, so that an offer can leave them out.</summary>
    public required IReadOnlyList<ProbeExtension> Extensions { get; init; }
    /// <summary>The host name server_name carries (when that extension is offered).</summary>
    public string? Sni { get; init; }
    /// <summary>What this offer changed against the first attempt's ("without encrypt_then_mac"); null for the first.</summary>
    public string? Change { get; init; }

    public bool Offers(int extensionCode) => Extensions.Any(e => e.Code == extensionCode);

    public ProbeExtension? Extension(int code) => Extensions.FirstOrDefault(e => e.Code == code);

    public bool OffersTls13 => Versions.Contains("1.3");

    public bool OffersTls12 => Versions.Contains("1.2");

    public ClientHelloOffer Without(int extensionCode, string change) =>
        this with { Extensions = Extensions.Where(e => e.Code != extensionCode).ToList(), Change = change };

    public ClientHelloOffer WithExtension(ProbeExtension extension, string change) =>
        this with { Extensions = [.. Extensions.Where(e => e.Code != extension.Code), extension], Change = change };
}
