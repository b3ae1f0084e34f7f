using System.Globalization;
using System.Text.Json;
using CertLint.Input;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Predict;
using CommandLine;

namespace CertLint.Cli.Commands;

[Verb("predict", HelpText = "Predict what Mbed TLS (2.16, 2.28, 3.6, 4.0, with your configuration) does with certificates: parse code and text, verify flags, TLS usage, and the fix.")]
public sealed class PredictCommand : MbedTlsCommandOptions, ICommand
{
    [Value(0, MetaName = "FILE", Required = true, HelpText = "Certificate files (PEM, DER, PKCS#7, ...); '-' reads stdin. The first certificate of a file is its leaf.")]
    public IEnumerable<string> Files { get; set; } = [];

    [Option("format", Default = "text", HelpText = "Output format: text or json.")]
    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        if (Format is not ("text" or "json"))
        {
            return Usage(context, $"--format must be text or json, not '{Format}'");
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

        var inputErrors = new List<InputError>();
        var inputs = new List<PredictInput>();
        foreach (var file in Files)
        {
            var input = ReadInput(file, context, inputErrors);
            if (input is not null)
            {
                inputs.Add(input);
            }
        }
        var cas = CaFiles.Select(f => ReadRaw(f, context, inputErrors)).Where(x => x.Bytes is not null).Select(x => (x.Name, x.Bytes!)).ToList();
        var chain = ChainFiles.Select(f => ReadRaw(f, context, inputErrors)).Where(x => x.Bytes is not null).Select(x => (x.Name, x.Bytes!)).ToList();

        PredictDocument doc;
        try
        {
            doc = Predictor.Run(inputs, new PredictOptions
            {
                Builds = builds, Profile = settings.Profile, Now = settings.Now, Cas = cas, Chain = chain,
                Suite = settings.Suite, Role = settings.Role, Groups = settings.Groups,
            }, CliApp.Version);
        }
        catch (MbedTlsConfigException e)
        {
            context.Error(e.Message);
            return ExitCodes.UsageOrInput;
        }
        if (Format == "json")
        {
            context.Stdout.WriteLine(JsonSerializer.Serialize(doc, PredictJsonContext.Default.PredictDocument));
        }
        else
        {
            PredictTextWriter.Write(doc, context.Stdout);
        }

        context.Errors(inputErrors);
        if (inputErrors.Count > 0)
        {
            return ExitCodes.UsageOrInput;
        }

        var s = doc.Summary;
        return s.Rejected + s.VerifyFailed + s.UsageFailed > 0 ? ExitCodes.Findings : ExitCodes.Ok;
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

    private static PredictInput? ReadInput(string path, CliContext context, List<InputError> errors)
    {
        // An empty file is still an input error, and still gets Mbed TLS's answer (parse_der and parse_file: -0x2180).
        var (name, bytes) = ReadRaw(path, context, errors, allowEmpty: true);
        if (bytes is null)
        {
            return null;
        }

        var decoded = InputDecoder.Decode(name, bytes);
        // Mbed TLS gets the raw bytes of every object found, whatever CertLint's decoder makes of them (a certificate
        // it cannot decode, an unrecognised DER object), and the whole file when nothing is found.
        var certs = decoded.Objects.Where(o => o.Kind is ObjectKind.Certificate or ObjectKind.Unknown)
            .Select(o => new PredictInputCertificate(o.Encoded.ToArray(), o.Origin.FileOffset, o.Origin.PemBlockIndex, o.Certificate?.Subject.ToString())).ToList();
        if (bytes.Length > 0 && !decoded.Objects.Any(o => o.Kind == ObjectKind.Certificate))
        {
            errors.Add(new InputError(name, decoded.Errors.FirstOrDefault()?.Message ?? "no certificate found", decoded.Errors.FirstOrDefault()?.Offset));
        }
        if (certs.Count == 0)
        {
            certs.Add(new PredictInputCertificate(bytes, 0, null, null));
        }
        return new PredictInput(name, bytes, certs);
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error(message);
        return ExitCodes.UsageOrInput;
    }
}
