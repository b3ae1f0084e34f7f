namespace CertLint.Conversion;

/// <summary>Turns a <see cref="ConversionPlan"/> into the bytes of one output file, or of one file per certificate.</summary>
public static class OutputRenderer
{
    public const string Pkcs7PemLabel = "PKCS7";

    /// <summary>The single-file output; null with an error when the format cannot hold the plan.</summary>
    public static (byte[]? Bytes, ConversionError? Error) Render(ConversionPlan plan, ConvertOptions options)
    {
        if (options.Problem() is { } problem)
        {
            return (null, new ConversionError(null, problem));
        }
        switch (options.Format)
        {
            case OutputFormat.Pem:
                return (PemWriter.Certificates(plan.Certificates, plan.Crls, options.Annotate), null);
            case OutputFormat.P7b:
                return (Pkcs7Writer.Write(plan.Certificates, plan.Crls), null);
            case OutputFormat.P7bPem:
                return (PemWriter.Block(Pkcs7PemLabel, Pkcs7Writer.Write(plan.Certificates, plan.Crls)), null);
            default:
                if (plan.Certificates.Count != 1)
                {
                    return (null, new ConversionError(null, $"--to der writes one certificate, but {plan.Certificates.Count} are selected: use --only leaf, or -o DIR/ for one file per certificate"));
                }
                return (plan.Certificates[0].Encoded.ToArray(), null);
        }
    }

    /// <summary>For <c>--to der</c> into a folder: (file name, bytes) per certificate, in output order.</summary>
    public static (IReadOnlyList<(string Name, byte[] Bytes)>? Files, ConversionError? Error) RenderFolder(ConversionPlan plan, ConvertOptions options)
    {
        if (DerProblem(options) is { } problem)
        {
            return (null, problem);
        }
        var names = DerFileNames.For(plan.Certificates);
        return (plan.Certificates.Select((c, i) => (names[i], c.Encoded.ToArray())).ToList(), null);
    }

    private static ConversionError? DerProblem(ConvertOptions options) =>
        options.Problem() is { } problem ? new ConversionError(null, problem)
        : options.Format != OutputFormat.Der ? new ConversionError(null, "only --to der writes one file per certificate into a folder")
        : null;
}
