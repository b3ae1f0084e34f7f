using CertLint.Input;

namespace CertLint.Conversion;

/// <summary>
/// Turns decoded inputs into a <see cref="Bundle"/>: keeps certificates and CRLs, sets everything else aside (private
/// keys above all are never carried over), and refuses inputs that are broken or hold no certificate.
/// </summary>
public static class BundleReader
{
    public static (Bundle? Bundle, IReadOnlyList<ConversionError> Errors) Read(IReadOnlyList<InputResult> inputs, ConvertOptions options)
    {
        var errors = new List<ConversionError>();
        var certificates = new List<BundleCertificate>();
        var crls = new List<BundleCrl>();
        var summaries = new List<InputSummary>();
        var index = 0;
        foreach (var input in inputs)
        {
            errors.AddRange(input.Errors.Select(e => new ConversionError(e.File, e.Message, e.Offset, e.Weight)));
            if (input.Errors.Count > 0)
            {
                continue;
            }
            var certCount = 0;
            var crlCount = 0;
            var ignored = new List<string>();
            foreach (var item in input.Objects)
            {
                switch (item.Kind)
                {
                    case ObjectKind.Certificate when item.HasCertificate:
                        certificates.Add(new BundleCertificate(index++, item));
                        certCount++;
                        break;
                    case ObjectKind.Crl:
                        crls.Add(new BundleCrl(index++, item.Encoded, item.Origin));
                        crlCount++;
                        break;
                    case ObjectKind.Pkcs7:
                        break;
                    default:
                        ignored.Add(IgnoredNote(item));
                        break;
                }
            }
            if (certCount == 0 && !(options.IncludeCrls && crlCount > 0))
            {
                errors.Add(new ConversionError(input.File, "no certificate in this input: it holds " + InputContents.Describe(input)));
                continue;
            }
            summaries.Add(new InputSummary(input.File, input.Encoding, certCount, crlCount, ignored));
        }
        if (errors.Count == 0 && certificates.Count == 0)
        {
            errors.Add(new ConversionError(null, "no certificate in any input (CRLs alone make no bundle)"));
        }
        return errors.Count > 0 ? (null, errors) : (new Bundle(certificates, crls, summaries), errors);
    }

    private static string IgnoredNote(InputObject item)
    {
        var where = item.Origin.PemBlockIndex is not null ? $" (line {item.Origin.Line})" : "";
        var what = ObjectKinds.Describe(item.Kind);
        return ObjectKinds.IsPrivateKey(item.Kind) ? $"{what}{where}: not copied" : $"{what}{where}: ignored";
    }
}
