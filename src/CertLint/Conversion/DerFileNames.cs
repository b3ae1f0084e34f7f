using System.Text;

namespace CertLint.Conversion;

/// <summary>
/// File names for <c>--to der</c> into a folder: from the subject's common name (else the whole subject), reduced
/// to letters, digits, '.', '-' and '_' so no name can climb out of the folder or hide; clashes get -2, -3, ...
/// </summary>
public static class DerFileNames
{
    private const int MaxStem = 80;

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static IReadOnlyList<string> For(IReadOnlyList<BundleCertificate> certificates)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(certificates.Count);
        foreach (var certificate in certificates)
        {
            var stem = Stem(certificate);
            var name = stem + ".der";
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{stem}-{n}.der";
            }
            names.Add(name);
        }
        return names;
    }

    private static string Stem(BundleCertificate certificate)
    {
        var subject = certificate.Certificate.Subject;
        var source = subject.CommonName is { Length: > 0 } cn ? cn : subject.ToString();
        var sb = new StringBuilder();
        foreach (var ch in source)
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_');
        }
        var stem = sb.ToString().Trim('.', '_');
        if (stem.Length > MaxStem)
        {
            stem = stem[..MaxStem];
        }
        // Nothing usable left (empty subject, all symbols): fall back to the fingerprint.
        if (stem.Trim('_').Length == 0)
        {
            return "sha256-" + certificate.Sha256[..16];
        }
        // "CON.der" or "nul.der" cannot be created on Windows.
        return WindowsDeviceNames.Contains(stem.Split('.')[0]) ? "_" + stem : stem;
    }
}
