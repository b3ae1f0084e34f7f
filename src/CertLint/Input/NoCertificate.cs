namespace CertLint.Input;

/// <summary>
/// What a file that holds no certificate holds instead, in words (never enum names): "a private key (PKCS#8)",
/// "a PKCS#12 keystore (password-protected or not, its certificates are not readable without the password)".
/// </summary>
public static class NoCertificate
{
    public static string Describe(IEnumerable<ObjectKind> kinds)
    {
        var parts = kinds.Distinct().Select(kind => kind switch
        {
            ObjectKind.Pkcs12 => "a PKCS#12 keystore (its certificates are encrypted; export them with: openssl pkcs12 -in FILE -nokeys)",
            _ => "a " + ObjectKinds.Describe(kind),
        }).ToList();
        return parts.Count == 0 ? "nothing recognisable" : string.Join(" and ", parts);
    }
}
