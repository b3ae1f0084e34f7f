using CertLint.Cli.Arguments;
using CertLint.Conversion;
using CertLint.IO;
using CertLint.Input;

namespace CertLint.Cli.Commands;

public sealed class ConvertCommand : ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => new VerbSpec<ConvertCommand>("convert",
        "Convert certificate bundles between PKCS#7 (.p7b), PEM and DER, putting each chain in order (leaf first by default).", "certlint convert [options] INPUT...",
        "certlint convert fixtures/verdicts/fleet.pem --to pem --output -")
        .Text("output", "Output file, '-' for stdout, or with --to der a folder (existing, or ending in '/') for one file per certificate.", (c, v) => c.Output = v, shownDefault: "-", shortName: 'o')
        .Text("to", "Output format: pem, der, p7b (PKCS#7 DER) or p7b-pem (PKCS#7 in PKCS7 armour).", (c, v) => c.To = v, shownDefault: "pem")
        .Text("order", "leaf-first, root-first or as-is (input order).", (c, v) => c.Order = v, shownDefault: "leaf-first")
        .Switch("include-crls", "Keep CRLs: X509 CRL blocks after the certificates, or inside the PKCS#7.", c => c.IncludeCrls = true)
        .Switch("dedupe", "Write each certificate once even if the inputs hold it several times.", c => c.Dedupe = true)
        .Text("only", "Keep only: leaf, chain (intermediates) or roots (self-signed).", (c, v) => c.Only = v)
        .Switch("annotate", "PEM only: a '# subject=... issuer=... sha256=...' line above each block.", c => c.Annotate = true)
        .Switch("force", "Overwrite an existing output.", c => c.Force = true)
        .Rest("INPUT", "Files to read (PEM, DER, BER, base64, PKCS#7, UTF-16 ...); '-' reads stdin.", (c, v) => c.Inputs = v, required: true);

    private const string StdinName = InputFiles.StdinName;

    public IEnumerable<string> Inputs { get; set; } = [];

    public string Output { get; set; } = "-";

    public string To { get; set; } = "pem";

    public string Order { get; set; } = "leaf-first";

    public bool IncludeCrls { get; set; }

    public bool Dedupe { get; set; }

    public string? Only { get; set; }

    public bool Annotate { get; set; }

    public bool Force { get; set; }

    public int Execute(CliContext context)
    {
        if (ParseOptions(context) is not { } options)
        {
            return ExitCodes.UsageOrInput;
        }
        var target = OutputTarget.From(Output, context.WorkingDirectory);
        if (target.Problem(options, Force) is { } problem)
        {
            context.Error(Output, problem);
            return ExitCodes.UsageOrInput;
        }
        if (Inputs.Count(i => i == "-") > 1)
        {
            context.Error("stdin ('-') can be read only once");
            return ExitCodes.UsageOrInput;
        }
        var inputs = Inputs.Select(input => Read(context, input)).ToList();
        var (plan, errors) = Converter.Plan(inputs, options);
        if (plan is null)
        {
            ReportErrors(context, errors);
            return ExitCodes.UsageOrInput;
        }
        // Decoding and chain building are done; their garbage goes before the output is rendered.
        LargeInput.CollectBetweenPhases(plan.Certificates.Count);
        var written = target.IsFolder ? WriteFolder(context, target, plan, options) : WriteFile(context, target, plan, options);
        if (written is null)
        {
            return ExitCodes.UsageOrInput;
        }
        foreach (var line in plan.Report.Lines())
        {
            context.Stderr.WriteLine(TerminalText.Escape(line));
        }
        context.Stderr.WriteLine(TerminalText.Escape(written));
        return ExitCodes.Ok;
    }

    private ConvertOptions? ParseOptions(CliContext context)
    {
        var only = Selection.All;
        var order = ChainOrder.LeafFirst;
        var ok = ConvertOptionNames.TryParse(ConvertOptionNames.Formats, "to", To, out var format, out var error)
            && ConvertOptionNames.TryParse(ConvertOptionNames.Orders, "order", Order, out order, out error)
            && (Only is null || ConvertOptionNames.TryParse(ConvertOptionNames.Selections, "only", Only, out only, out error));
        var options = new ConvertOptions { Format = format, Order = order, IncludeCrls = IncludeCrls, Dedupe = Dedupe, Only = only, Annotate = Annotate };
        if (!ok || options.Problem() is not null)
        {
            context.Error(ok ? options.Problem()! : error);
            return null;
        }
        return options;
    }

    private static InputResult Read(CliContext context, string input)
    {
        if (input != "-")
        {
            // Errors name the file as the user typed it, not as resolved.
            var result = InputDecoder.DecodeFile(Path.Combine(context.WorkingDirectory, input));
            return result with { File = input, Errors = result.Errors.Select(e => e with { File = input }).ToList() };
        }
        using var stdin = context.OpenStdin();
        return InputDecoder.DecodeStream(StdinName, stdin);
    }

    private static void ReportErrors(CliContext context, IReadOnlyList<ConversionError> errors)
    {
        foreach (var error in errors.Where(e => e.File is null))
        {
            context.Error(error.ToString());
        }
        context.Errors(errors.Where(e => e.File is not null).Select(e => (e.File!, e.ToString(), e.Weight)));
    }

    private string? WriteFile(CliContext context, OutputTarget target, ConversionPlan plan, ConvertOptions options)
    {
        var (bytes, error) = OutputRenderer.Render(plan, options);
        if (bytes is null)
        {
            context.Error(error!.ToString());
            return null;
        }
        var what = $"{To}, {bytes.Length} bytes";
        if (target.IsStdout)
        {
            if (options.Format is OutputFormat.Der or OutputFormat.P7b && context.StdoutIsTerminal)
            {
                context.Error($"refusing to write binary {To} to a terminal: use -o FILE or redirect stdout");
                return null;
            }
            var stdout = context.OpenStdoutBinary();
            stdout.Write(bytes);
            stdout.Flush();
            return $"wrote stdout ({what})";
        }
        return Guarded(context, target, () => AtomicFile.Write(target.Path, bytes, Force)) ? $"wrote {target.Display} ({what})" : null;
    }

    private string? WriteFolder(CliContext context, OutputTarget target, ConversionPlan plan, ConvertOptions options)
    {
        var (files, error) = OutputRenderer.RenderFolder(plan, options);
        if (files is null)
        {
            context.Error(error!.ToString());
            return null;
        }
        return Guarded(context, target, () => FolderWriter.Write(target.Path, files, Force))
            ? $"wrote {files.Count} DER file(s) to {target.Display}: {string.Join(", ", files.Select(f => f.Name))}"
            : null;
    }

    /// <summary>Runs a write; an existing output or an I/O failure becomes the one-line error, never an exception.</summary>
    private static bool Guarded(CliContext context, OutputTarget target, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (OutputExistsException ex)
        {
            context.Error(target.Show(ex.OutputPath), "already exists; use --force to overwrite");
            return false;
        }
        catch (OutputFailedException ex)
        {
            context.Error(target.Show(ex.OutputPath), ex.Reason);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error(target.Display, IoProblems.DescribeWrite(ex));
            return false;
        }
    }
}
