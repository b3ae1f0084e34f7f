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
        context.Error("show: not implemented yet");
        return ExitCodes.UsageOrInput;
    }
}
