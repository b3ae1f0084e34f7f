using System.Globalization;
using System.Text.Json;
using CertLint.Input;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Predict;
using CommandLine;

namespace CertLint.Cli.Commands;

[Verb("predict", HelpText = "Predict what Mbed TLS (2.16, 2.28, 3.6, 4.0, with your configuration) does with certificates: parse code and text, verify flags, TLS usage, and the fix.")]
public sealed class PredictCommand : ICommand
{

    [Value(0, MetaName = "FILE", HelpText = "Certificate files (PEM, DER, PKCS#7, ...); '-' reads stdin. The first certificate of a file is its leaf. Required unless --files-from.")]
    public IEnumerable<string> Files { get; set; } = [];

    [Option("files-from", HelpText = "Also predict the files listed in FILE, one per line ('-': read the list from stdin); read as the run goes.")]
    public string? FilesFrom { get; set; }

    [Option("target", HelpText = "mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0; comma-separated for several (default: all four).")]
    public string? TargetsText { get; set; }

    private IReadOnlyList<string> Targets => Split(TargetsText);

    [Option("mbedtls-config", HelpText = "config.h / mbedtls_config.h (4.0: also crypto_config.h, comma-separated) applied to every target; options not mentioned keep the release default.")]
    public string? ConfigFile { get; set; }

    [Option("mbedtls-define", HelpText = "Options to define, e.g. MBEDTLS_X509_ALLOW_UNSUPPORTED_CRITICAL_EXTENSION (comma-separated).")]
    public string? DefinesText { get; set; }

    private IReadOnlyList<string> Defines => Split(DefinesText);

    [Option("mbedtls-undef", HelpText = "Options to undefine (comma-separated).")]
    public string? UndefsText { get; set; }

    private IReadOnlyList<string> Undefs => Split(UndefsText);

    [Option("mbedtls-ext-cb", Default = "none", HelpText = "Extension callback of mbedtls_x509_crt_parse_der_with_ext_cb: none or accept-all (2.28 and later).")]
    public string ExtCallback { get; set; } = "none";

    [Option("mbedtls-profile", Default = "default", HelpText = "Verify profile: default, next or suiteb.")]
    public string Profile { get; set; } = "default";

    [Option("now", HelpText = "Time of verification, ISO 8601 (default: the current time).")]
    public string? Now { get; set; }

    [Option("ca", HelpText = "Trusted CA files; when given, the leaf is verified (mbedtls_x509_crt_verify_with_profile).")]
    public string? CasText { get; set; }

    private IReadOnlyList<string> Cas => Split(CasText);

    [Option("chain", HelpText = "Extra chain certificates, after the file's own.")]
    public string? ChainText { get; set; }

    private IReadOnlyList<string> Chain => Split(ChainText);

    [Option("suite", HelpText = "Ciphersuite (Mbed TLS or IANA name, or 0xNNNN) to check the leaf's usage for.")]
    public string? Suite { get; set; }

    [Option("role", Default = "server", HelpText = "Role of the leaf for --suite: server or client.")]
    public string Role { get; set; } = "server";

    [Option("groups", HelpText = "Groups the client offers (default: the target's default list), e.g. secp256r1,x25519.")]
    public string? GroupsText { get; set; }

    private IReadOnlyList<string> Groups => Split(GroupsText);

    [Option("format", Default = "text", HelpText = "Output format: text, json, or jsonl (one JSON object per certificate per line, streamed).")]
    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        if (Format is not ("text" or "json" or "jsonl")) return Usage(context, $"--format must be text, json or jsonl, not '{Format}'");
        if (FilesFrom is null && !Files.Any()) return Usage(context, "predict: no input (give one or more FILEs, or --files-from FILE)");
        if (FilesFrom == "-" && Files.Contains("-")) return Usage(context, "predict: standard input cannot be both a FILE and the --files-from list");
        if (Role is not ("server" or "client")) return Usage(context, $"--role must be server or client, not '{Role}'");
        var now = context.Clock.GetUtcNow();
        if (Now is not null && !DateTimeOffset.TryParse(Now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out now))
            return Usage(context, $"--now '{Now}' is not a date (use ISO 8601, e.g. 2026-01-15T12:00:00Z)");

        List<MbedTlsConfig> builds;
        try
        {
            builds = Builds(context);
        }
        catch (MbedTlsConfigException e)
        {
            context.Error(e.Message);
            return ExitCodes.UsageOrInput;
        }
        catch (IOException e)
        {
            context.Error(ConfigFile ?? "", e.Message);
            return ExitCodes.UsageOrInput;
        }
        if (builds.Count == 0) return ExitCodes.UsageOrInput;

        using var filesFrom = FilesFrom is null ? null : Lint.FilesFrom.Open(FilesFrom, context);
        if (FilesFrom is not null && filesFrom is null) return ExitCodes.UsageOrInput;
        var paths = filesFrom is null ? Files : Files.Concat(filesFrom.Paths());

        var setupErrors = new List<InputError>();
        var cas = Cas.Select(f => ReadRaw(f, context, setupErrors)).Where(x => x.Bytes is not null).Select(x => (x.Name, x.Bytes!)).ToList();
        var chain = Chain.Select(f => ReadRaw(f, context, setupErrors)).Where(x => x.Bytes is not null).Select(x => (x.Name, x.Bytes!)).ToList();
        var options = new PredictOptions
        {
            Builds = builds, Profile = Profile, Now = now, Cas = cas, Chain = chain,
            Suite = Suite, Role = Role, Groups = Groups.Count > 0 ? Groups : null,
        };
        if (Format == "jsonl") return StreamJsonl(paths, options, setupErrors, context);

        var inputErrors = new List<InputError>();
        var inputs = new List<PredictInput>();
        foreach (var file in paths)
        {
            var input = ReadInput(file, context, inputErrors);
            if (input is not null) inputs.Add(input);
        }
        inputErrors.AddRange(setupErrors);

        PredictDocument doc;
        try
        {
            doc = Predictor.Run(inputs, options, CliApp.Version);
        }
        catch (MbedTlsConfigException e)
        {
            context.Error(e.Message);
            return ExitCodes.UsageOrInput;
        }
        if (Format == "json") context.Stdout.WriteLine(JsonSerializer.Serialize(doc, PredictJsonContext.Default.PredictDocument));
        else PredictTextWriter.Write(doc, context.Stdout);
        foreach (var e in inputErrors) context.Error(e.File, e.Describe());
        if (inputErrors.Count > 0) return ExitCodes.UsageOrInput;
        var s = doc.Summary;
        return s.Rejected + s.VerifyFailed + s.UsageFailed > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>
    /// `--format jsonl`: each file is read, predicted and written before the next is read, so memory does not grow with
    /// the number of files. Input problems are lines of type "error" and, as in the other formats, lines on stderr.
    /// </summary>
    private static int StreamJsonl(IEnumerable<string> paths, PredictOptions options, List<InputError> setupErrors, CliContext context)
    {
        var errors = setupErrors.Count;
        var failed = 0;
        foreach (var e in setupErrors) WriteError(e, context);
        foreach (var path in paths)
        {
            var fileErrors = new List<InputError>();
            var input = ReadInput(path, context, fileErrors);
            errors += fileErrors.Count;
            foreach (var e in fileErrors) WriteError(e, context);
            if (input is null) continue;
            PredictFile file;
            try
            {
                file = Predictor.RunOne(input, options);
            }
            catch (MbedTlsConfigException e)
            {
                context.Error(e.Message);
                return ExitCodes.UsageOrInput;
            }
            foreach (var c in file.Certificates)
            {
                context.Stdout.Write(JsonSerializer.Serialize(new PredictJsonlCertificate("certificate", file.File, c.Index, c.Subject, c.Sha256, c.Offset, c.PemBlock, c.Stacks),
                    PredictJsonlContext.Default.PredictJsonlCertificate));
                context.Stdout.Write('\n');
                failed += c.Stacks.Count(s => !s.Accepted || (s.VerifyFlags is not null && s.VerifyCode != "0") || s.Usage is { Ok: false });
            }
            context.Stdout.Flush();
        }
        if (errors > 0) return ExitCodes.UsageOrInput;
        return failed > 0 ? ExitCodes.Findings : ExitCodes.Ok;
    }

    private static void WriteError(InputError e, CliContext context)
    {
        context.Stdout.Write(JsonSerializer.Serialize(new PredictJsonlError("error", e.File, e.Message, e.Offset), PredictJsonlContext.Default.PredictJsonlError));
        context.Stdout.Write('\n');
        context.Error(e.File, e.Describe());
    }

    private List<MbedTlsConfig> Builds(CliContext context)
    {
        var headers = Split(ConfigFile).Select(f => (f, File.ReadAllText(Path.Combine(context.WorkingDirectory, f)))).ToList();
        return MbedTlsBuilds.Create(Targets, headers, Defines, Undefs, MbedTlsBuilds.ParseExtCallback(ExtCallback));
    }

    private static (string Name, byte[]? Bytes) ReadRaw(string path, CliContext context, List<InputError> errors)
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
            return (name, null);
        }
        return (name, bytes);
    }

    private static PredictInput? ReadInput(string path, CliContext context, List<InputError> errors)
    {
        var (name, bytes) = ReadRaw(path, context, errors);
        if (bytes is null) return null;
        var decoded = InputDecoder.Decode(name, bytes);
        var certs = decoded.Objects.Where(o => o.Kind == ObjectKind.Certificate)
            .Select(o => new PredictInputCertificate(o.Encoded.ToArray(), o.Origin.FileOffset, o.Origin.PemBlockIndex, o.Certificate?.Subject.ToString())).ToList();
        // Mbed TLS still gets the raw bytes (its own verdict on a file CertLint cannot decode is worth showing).
        if (certs.Count == 0) errors.Add(new InputError(name, decoded.Errors.FirstOrDefault()?.Message ?? "no certificate found", decoded.Errors.FirstOrDefault()?.Offset));
        return new PredictInput(name, bytes, certs);
    }

    /// <summary>List options take comma-separated values (a list option would swallow the FILE arguments after it).</summary>
    private static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Usage(CliContext context, string message)
    {
        context.Error(message);
        return ExitCodes.UsageOrInput;
    }
}
