namespace CertLint.Rules.Iot;

/// <summary>Where the IoT rules come from, so every descriptor cites it the same way.</summary>
internal static class IotProfile
{
    /// <summary>RFC 7925 section 4.4.2, as updated by the TLS 1.3 IoT profile (its "Certificate Profile" section).</summary>
    public const string Source = "draft-ietf-uta-tls13-iot-profile";

    public const string SourceShort = "the IoT profile";

    /// <summary>A citation of one subsection of the draft's Certificate Profile, e.g. "All Certificates / Serial Number".</summary>
    public static string Section(string subsection) => $"Certificate Profile: {subsection} (revision -18; updates RFC 7925 4.4.2)";
}
