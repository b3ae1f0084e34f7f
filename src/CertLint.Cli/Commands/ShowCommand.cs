using System.Text.Json;
using CertLint.Inspect;
using CertLint.Input;
using CommandLine;

namespace CertLint.Cli.Commands;

[Verb("show", HelpText = "Decode files and print every object they hold (certificates, chains, PKCS#7, CRLs, CSRs, keys by kind).")]
public sealed class ShowCommand : ICommand
{
    [Value(0, MetaName = "FILE", Required = true, HelpText = "Files to decode; '-' reads stdin.")]
    public IEnumerable<string> Files { get; set; } = [];

    [Option("format", Default = "text", HelpText = "Output format: text or json.")]
    public string Format { get; set; } = "text";

    public int Execute(CliContext context)
    {
        if (Format is not ("text" or "json"))
        {
            context.Error($"--format must be text or json, not '{Format}'");
            return ExitCodes.UsageOrInput;
        }
        var results = Files.Select(f => InputFiles.Read(f, context)).ToList();
        var document = ShowDocumentBuilder.Build(results, CliApp.Version);
        if (Format == "json")
        {
            context.Stdout.WriteLine(JsonSerializer.Serialize(document, ShowJsonContext.Readable.ShowDocument));
        }
        else
        {
            for (var i = 0; i < document.Files.Count; i++)
            {
                if (i > 0)
                {
                    context.Stdout.WriteLine();
                }
                ShowTextWriter.Write(document.Files[i], context.Stdout);
            }
        }
        foreach (var error in results.SelectMany(r => r.Errors))
        {
            context.Error(error.File, error.Describe());
        }
        return results.Any(r => r.Errors.Count > 0) ? ExitCodes.UsageOrInput : ExitCodes.Ok;
    }
}
