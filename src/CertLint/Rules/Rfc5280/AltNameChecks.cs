using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

/// <summary>Per-entry syntax checks shared by the subjectAltName and issuerAltName rules.</summary>
internal static class AltNameChecks
{
    /// <summary>The problem with one entry of the given kind, or null (empty entries are left to the empty-name rule).</summary>
    public static string? Problem(GeneralName name) => name.Kind switch
    {
        _ when name.Raw.Length == 0 => null,
        GeneralNameKind.DnsName => GeneralNameSyntax.DnsNameProblem(name.Text) is { } p ? $"dNSName '{name.Text}' {p}" : null,
        GeneralNameKind.Rfc822Name => GeneralNameSyntax.EmailProblem(name.Text) is { } p ? $"rfc822Name '{name.Text}' {p}" : null,
        GeneralNameKind.Uri => GeneralNameSyntax.UriProblem(name.Text) is { } p ? $"uniformResourceIdentifier '{name.Text}' {p}" : null,
        GeneralNameKind.IpAddress => name.Raw.Length is 4 or 16 ? null : $"iPAddress is {name.Raw.Length} octets (must be 4 for IPv4 or 16 for IPv6): {Convert.ToHexString(name.Raw.Span)}",
        _ => null,
    };

    /// <summary>
    /// A dNSName, rfc822Name, uniformResourceIdentifier or iPAddress of zero length, or a directoryName that is the
    /// empty Name (shared by the subjectAltName and issuerAltName empty-entry rules).
    /// </summary>
    public static bool IsEmptyEntry(GeneralName name) => name.Kind switch
    {
        GeneralNameKind.DnsName or GeneralNameKind.Rfc822Name or GeneralNameKind.Uri or GeneralNameKind.IpAddress => name.Raw.Length == 0,
        GeneralNameKind.DirectoryName => name.DirectoryName?.IsEmpty == true,
        _ => false,
    };

    /// <summary>One finding per subjectAltName entry of <paramref name="kind"/> that has a syntax problem.</summary>
    public static void SanEntries(List<Finding> findings, RuleDescriptor rule, Certificate certificate, GeneralNameKind kind)
    {
        if (certificate.ReadableValue<AltName>(Asn1.Oids.SubjectAltName) is not { } san)
        {
            return;
        }
        foreach (var name in san.Names)
        {
            if (name.Kind == kind && Problem(name) is { } problem)
            {
                findings.Add(Finding.At(rule, "subjectAltName " + problem, name.Location));
            }
        }
    }
}
