using CertLint.Cli.Arguments;
using CertLint.Input;
using CertLint.Inspect;

namespace CertLint.Cli.Commands;

public sealed class ShowCommand : ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => new VerbSpec<ShowCommand>("show",
        "Decode files and print every object they hold (certificates, chains, PKCS#7, CRLs, CSRs, keys by kind).", "certlint show [options] FILE...",
        "certlint show fixtures/verdicts/fleet.pem")
        .Text("format", "Output format: text or json.", (c, v) => c.Format = v, shownDefault: "text")
        .Rest("FILE", "Files to decode; '-' reads stdin.", (c, v) => c.Files = v, required: true);

    public IEnumerable<string> Files { get; set; } = [];

    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        if (Format is not ("text" or "json"))
        {
            context.Error($"--format must be text or json, not '{Format}'");
            return ExitCodes.UsageOrInput;
        }
        // One file at a time, each object written as soon as it is mapped: memory holds one decoded input, never the
        // whole document (see ShowJsonWriter).
        var json = Format == "json" ? new ShowJsonWriter(context.Stdout, CliApp.Version) : null;
        var errors = new List<InputError>();
        var first = true;
        foreach (var file in Files)
        {
            var result = InputFiles.Read(file, context, InputOptions.OnDemand);
            if (json is not null)
            {
                json.Write(result);
            }
            else
            {
                if (!first)
                {
                    context.Stdout.WriteLine();
                }
                ShowTextWriter.Write(result, context.Stdout);
            }
            first = false;
            errors.AddRange(result.Errors);
        }
        json?.End();
        context.Errors(errors);
        return errors.Count > 0 ? ExitCodes.UsageOrInput : ExitCodes.Ok;
    }
}
