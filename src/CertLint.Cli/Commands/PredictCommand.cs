using System.Globalization;
using System.Text.Json;
using CertLint.Cli.Arguments;
using CertLint.Input;
using CertLint.IO;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Predict;

namespace CertLint.Cli.Commands;

public sealed class PredictCommand : MbedTlsCommandOptions, ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => MbedTlsCommandOptions.AddOptions(new VerbSpec<PredictCommand>("predict",
        "Predict what Mbed TLS (2.16, 2.28, 3.6, 4.0, with your configuration) does with certificates: parse code and text, verify flags, TLS usage, and the fix.", "certlint predict [options] FILE...",
        "certlint predict fixtures/verdicts/devices.pem --target mbedtls-3.6 --chain fixtures/verdicts/ica.pem --ca fixtures/verdicts/root.pem")
        .Text("files-from", "Also predict the files listed in FILE, one per line ('-': read the list from stdin); read as the run goes.", (c, v) => c.FilesFrom = v)
        .Text("format", "Output format: text, json, or jsonl (one JSON object per certificate per line, streamed).", (c, v) => c.Format = v, shownDefault: "text"))
        .Rest("FILE", "Certificate files (PEM, DER, PKCS#7, ...); '-' reads stdin. The first certificate of a file is its leaf. Required unless --files-from.", (c, v) => c.Files = v);

    public IEnumerable<string> Files { get; set; } = [];

    public string? FilesFrom { get; set; }

    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        if (Format is not ("text" or "json" or "jsonl"))
        {
            return Usage(context, $"--format must be text, json or jsonl, not '{Format}'");
        }
        if (FilesFrom is null && !Files.Any())
        {
            return Usage(context, UsageErrors.NoInput("predict", "FILE"));
        }
        if (FilesFrom == "-" && Files.Contains("-"))
        {
            return Usage(context, "predict: standard input cannot be both a FILE and the --files-from list");
        }
        var settings = Resolve(context, MbedTlsTarget.Names, out var problem);
        if (settings is null)
        {
            return Usage(context, problem ?? "no --target");
        }
        var builds = settings.Builds;
        if (builds.Count == 0)
        {
            return ExitCodes.UsageOrInput;
        }

        using var filesFrom = FilesFrom is null ? null : Linting.FilesFrom.Open(FilesFrom, context.WorkingDirectory, context.OpenStdin, context.Error);
        if (FilesFrom is not null && filesFrom is null)
        {
            return ExitCodes.UsageOrInput;
        }
        var paths = filesFrom is null ? Files : Files.Concat(filesFrom.Paths());

        var setupErrors = new List<InputError>();
        var cas = CaFiles.Select(f => ReadRaw(f, context, setupErrors)).Where(x => Judged(x, setupErrors)).Select(x => (x.Name, x.Bytes!)).ToList();
        var chain = ChainFiles.Select(f => ReadRaw(f, context, setupErrors)).Where(x => Judged(x, setupErrors)).Select(x => (x.Name, x.Bytes!)).ToList();
        var options = new PredictOptions
        {
            Builds = builds, Profile = settings.Profile, Now = settings.Now, Cas = cas, Chain = chain,
            Suite = settings.Suite, Role = settings.Role, Groups = settings.Groups,
        };
        if (Format == "jsonl")
        {
            return StreamJsonl(paths, options, setupErrors, context);
        }

        // Each input is read, predicted and written before the next is read, certificate by certificate: memory does
        // not grow with the number of files, nor with the certificates of one bundle.
        var inputErrors = new List<InputError>();
        var tally = new PredictTally();
        try
        {
            // Targets also checks the configuration, so its errors come before any output.
            var targets = Predictor.Targets(options);
            if (Format == "json")
            {
                using (var stream = new TextWriterStream(context.Stdout))
                using (var json = new PredictJsonWriter(stream, CliApp.Version, targets))
                {
                    foreach (var input in Inputs(paths, context, inputErrors))
                    {
                        json.Write(Predictor.Open(input, options));
                    }
                    json.Finish();
                    tally = json.Tally;
                }
                context.Stdout.WriteLine();
            }
            else
            {
                PredictTextWriter.WriteTargets(targets, context.Stdout);
                foreach (var input in Inputs(paths, context, inputErrors))
                {
                    PredictTextWriter.WriteFile(Predictor.Open(input, options), tally, context.Stdout);
                }
                PredictTextWriter.WriteSummary(tally.Summary, targets.Count, context.Stdout);
            }
        }
        catch (MbedTlsConfigException e)
        {
            context.Error(e.Message);
            return ExitCodes.UsageOrInput;
        }

        inputErrors.AddRange(setupErrors);
        context.Errors(inputErrors);
        if (inputErrors.Count > 0 || filesFrom?.Failed == true)
        {
            return ExitCodes.UsageOrInput;
        }
        return tally.AnyFailed ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static IEnumerable<PredictInput> Inputs(IEnumerable<string> paths, CliContext context, List<InputError> errors)
    {
        foreach (var file in paths)
        {
            if (ReadInput(file, context, errors) is { } input)
            {
                yield return input;
            }
        }
    }

    /// <summary>
    /// `--format jsonl`: each file is read, predicted and written before the next is read, so memory does not grow with
    /// the number of files. Input problems are lines of type "error" and, as in the other formats, lines on stderr.
    /// </summary>
    private static int StreamJsonl(IEnumerable<string> paths, PredictOptions options, List<InputError> setupErrors, CliContext context)
    {
        var errors = setupErrors.Count;
        var tally = new PredictTally();
        foreach (var e in setupErrors)
        {
            WriteError(e, context);
        }
        foreach (var path in paths)
        {
            var fileErrors = new List<InputError>();
            var input = ReadInput(path, context, fileErrors);
            errors += fileErrors.Count;
            foreach (var e in fileErrors)
            {
                WriteError(e, context);
            }
            if (input is null)
            {
                continue;
            }
            try
            {
                var file = Predictor.Open(input, options);
                foreach (var c in file.Certificates)
                {
                    context.Stdout.Write(JsonSerializer.Serialize(new PredictJsonlCertificate("certificate", file.File, c.Index, c.Subject, c.Sha256, c.Offset, c.PemBlock, c.Stacks),
                        PredictJsonlContext.Default.PredictJsonlCertificate));
                    context.Stdout.Write('\n');
                    tally.Add(c);
                }
            }
            catch (MbedTlsConfigException e)
            {
                context.Error(e.Message);
                return ExitCodes.UsageOrInput;
            }
            context.Stdout.Flush();
        }
        if (errors > 0)
        {
            return ExitCodes.UsageOrInput;
        }
        return tally.AnyFailed ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void WriteError(InputError e, CliContext context)
    {
        context.Stdout.Write(JsonSerializer.Serialize(new PredictJsonlError("error", e.File, e.Message, e.Offset), PredictJsonlContext.Default.PredictJsonlError));
        context.Stdout.Write('\n');
        context.Error(e.File, e.Describe());
    }

    private static (string Name, byte[]? Bytes) ReadRaw(string path, CliContext context, List<InputError> errors, bool allowEmpty = false)
    {
        var (name, bytes, error) = InputFiles.ReadBytes(path == "-" ? path : Path.Combine(context.WorkingDirectory, path), context);
        name = path == "-" ? name : path;
        if (error is not null)
        {
            errors.Add(error with { File = name });
            return (name, null);
        }
        if (bytes!.Length == 0)
        {
            errors.Add(new InputError(name, "empty file", 0));
            return (name, allowEmpty ? bytes : null);
        }
        return (name, bytes);
    }

    /// <summary>A --ca or --chain file that was read and is not refused for its size (<see cref="PredictInput.OverElementLimit(string, byte[])"/>).</summary>
    private static bool Judged((string Name, byte[]? Bytes) file, List<InputError> errors)
    {
        if (file.Bytes is null)
        {
            return false;
        }
        if (PredictInput.OverElementLimit(file.Name, file.Bytes) is { } refused)
        {
            errors.Add(refused);
            return false;
        }
        return true;
    }

    private static PredictInput? ReadInput(string path, CliContext context, List<InputError> errors)
    {
        // An empty file is still an input error, and still gets Mbed TLS's answer (parse_der and parse_file: -0x2180).
        var (name, bytes) = ReadRaw(path, context, errors, allowEmpty: true);
        if (bytes is null)
        {
            return null;
        }

        return PredictInput.Read(name, bytes, errors);
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error(message);
        return ExitCodes.UsageOrInput;
    }
}
