using CertLint.Input;

namespace CertLint.Conversion;

/// <summary>Says in words what an input holds, for the "no certificate" error.</summary>
public static class InputContents
{
    public static string Describe(InputResult input)
    {
        var parts = new List<string>();
        foreach (var group in input.Objects.Where(o => o.ParentIndex is null).GroupBy(o => o.Kind))
        {
            parts.Add(group.Key switch
            {
                ObjectKind.Pkcs7 => DescribePkcs7(input, group.Count()),
                ObjectKind.Pkcs12 => "a PKCS#12 keystore (password-protected; certlint does not open it: extract the certificates with `openssl pkcs12 -in FILE -nokeys` first)",
                _ => Counted(group.Count(), ObjectKinds.Describe(group.Key)),
            });
        }
        return parts.Count == 0 ? "nothing" : string.Join(" and ", parts);
    }

    private static string DescribePkcs7(InputResult input, int count)
    {
        var crls = input.Objects.Count(o => o.ParentIndex is not null && o.Kind == ObjectKind.Crl);
        var what = Counted(count, ObjectKinds.Describe(ObjectKind.Pkcs7)) + " with no certificates";
        return crls > 0 ? $"{what} ({Counted(crls, "CRL")} only)" : what;
    }

    private static string Counted(int count, string what) => count == 1 ? Article(what) + what : $"{count} x {what}";

    // "EC parameters" is plural: no article.
    private static string Article(string what) => what.EndsWith('s') ? ""
        : "aeiouAEIOU".Contains(what[0]) || what.StartsWith("RSA", StringComparison.Ordinal) ? "an " : "a ";

}
