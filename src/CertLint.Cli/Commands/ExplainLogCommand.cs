using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CertLint.Cli.Arguments;
using CertLint.Conversion;
using CertLint.Input;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Logs;

namespace CertLint.Cli.Commands;

public sealed class ExplainLogCommand : ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => new VerbSpec<ExplainLogCommand>("explain-log",
        "Read an Mbed TLS debug log (ssl_client2/ssl_server2, debug_level 1-5) and say what happened, why, and what to run next.")
        .Text("target", "The release that wrote the log (mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0), for error texts and next steps. Default: guessed from the log's source file names.", (c, v) => c.Target = v)
        .Text("format", "Output format: text or json.", (c, v) => c.Format = v, shownDefault: "text")
        .Value("FILE", "The log as pasted; '-' reads stdin.", (c, v) => c.File = v, required: true);

    public string File { get; set; } = "";

    public string? Target { get; set; }

    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        if (Format is not ("text" or "json"))
        {
            context.Error($"explain-log: --format must be text or json, not '{Format}'");
            return ExitCodes.UsageOrInput;
        }
        if (Target is not null && !MbedTlsTarget.Names.Contains(Target))
        {
            context.Error($"explain-log: unknown target '{Target}'; known: {string.Join(", ", MbedTlsTarget.Names)}");
            return ExitCodes.UsageOrInput;
        }
        var (bytes, error) = File == "-"
            ? InputDecoder.ReadStream("-", context.OpenStdin())
            : InputDecoder.ReadFile(Path.Combine(context.WorkingDirectory, File));
        if (error is not null)
        {
            context.Error(File, error.Describe());
            return ExitCodes.UsageOrInput;
        }
        var log = MbedTlsDebugLog.Parse(Encoding.UTF8.GetString(bytes!));
        if (log.DebugLevel == 0 && log.FinalCode is null)
        {
            context.Error(File, "no Mbed TLS debug lines (FILE.c:LINE: |LEVEL| ...) and no error code: is this an Mbed TLS debug log?");
            return ExitCodes.UsageOrInput;
        }
        var e = LogExplanation.Explain(log, Target);
        if (Format == "json")
        {
            context.Stdout.WriteLine(JsonSerializer.Serialize(e, ExplainLogJsonContext.Default.LogExplanation));
        }
        else
        {
            WriteText(context.Stdout, File, e);
        }

        return e.Code is null ? ExitCodes.Ok : ExitCodes.Findings;
    }

    private static void WriteText(TextWriter w, string file, LogExplanation e)
    {
        static string Or(string? s, string none) => s is null ? none : Annotation.Escape(s);
        w.WriteLine($"explain-log {Annotation.Escape(file)}");
        w.WriteLine($"  written by:     {Or(e.Side, "unknown side")}, {e.Release}{(e.ReleaseGuessed ? " (guessed from the source file names; --target to change)" : "")}, debug_level {e.DebugLevel}");
        w.WriteLine($"  last sent:      {Or(e.LastSent, e.DebugLevel < 2 ? "not logged below debug_level 2" : "nothing")}");
        w.WriteLine($"  last received:  {Or(e.LastReceived, e.DebugLevel < 2 ? "not logged below debug_level 2" : "nothing")}");
        if (e.StoppedIn is not null)
        {
            w.WriteLine($"  stopped in:     {e.StoppedIn}");
        }

        if (e.AlertSent is not null)
        {
            w.WriteLine($"  alert sent:     {e.AlertSent}");
        }

        if (e.AlertReceived is not null)
        {
            w.WriteLine($"  alert received: {e.AlertReceived}");
        }

        w.WriteLine($"  error:          {(e.Code is { } c ? $"{MbedTlsErrorCodes.ToHex(c)} {e.CodeText}" : "none")}");
        if (e.OfferedSuites.Count > 0)
        {
            w.WriteLine($"  ClientHello suites:     {string.Join(", ", e.OfferedSuites)}");
        }

        if (e.OfferedExtensions.Count > 0)
        {
            w.WriteLine($"  ClientHello extensions: {string.Join(", ", e.OfferedExtensions.Select(Annotation.Escape))}");
        }

        if (e.OfferedSuites.Count == 0 && e.OfferedExtensions.Count == 0)
        {
            w.WriteLine("  ClientHello:    not in the log (debug_level 3 shows suites and extensions)");
        }

        if (e.ChosenSuite is not null)
        {
            w.WriteLine($"  chosen suite:   {e.ChosenSuite}");
        }

        w.WriteLine($"  verify:         {(e.Verify is null ? "not in the log" : e.Verify + (e.VerifyFlags.Count > 0 ? ": " + string.Join("; ", e.VerifyFlags.Select(Annotation.Escape)) : ""))}");
        w.WriteLine($"cause: {Annotation.Escape(e.Cause)}");
        w.WriteLine($"next:  {Annotation.Escape(e.Next)}");
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(LogExplanation))]
public sealed partial class ExplainLogJsonContext : JsonSerializerContext;
