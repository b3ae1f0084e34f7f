using CertLint.Cli.Arguments;
using CertLint.Targets.MbedTls;

namespace CertLint.Cli.Commands;

public sealed class StrerrorCommand : ICommand
{
    /// <summary>The verb's options and arguments, in help order.</summary>
    public static VerbSpec Spec => new VerbSpec<StrerrorCommand>("strerror",
        "Print what Mbed TLS's programs/util/strerror prints for an error code, per release.", "certlint strerror [options] CODE",
        "certlint strerror -0x2562 --target mbedtls-2.16")
        .List("target", "mbedtls-2.16, mbedtls-2.28, mbedtls-3.6, mbedtls-4.0 (repeatable or comma-separated; default: all four).", (c, v) => c.Targets = v)
        .Value("CODE", "Error code, either sign: hex with 0x (-0x2562, 0x2562) or decimal (-9570, 9570). A bare number is decimal, as in Mbed TLS's strerror program: 2562 is -0x0A02, not -0x2562.", (c, v) => c.Code = v, required: true);

    public string Code { get; set; } = "";

    public IEnumerable<string> Targets { get; set; } = [];

    public int Execute(CliContext context)
    {
        // programs/util/strerror reads decimal first, then hex (with or without 0x).
        var code = MbedTlsErrorCodes.Parse(Code);
        if (code is null)
        {
            context.Error($"'{Code}' is not an error code (decimal or hex, e.g. -0x2562)");
            return ExitCodes.UsageOrInput;
        }
        try
        {
            var given = OptionLists.Flat(Targets);
            var names = given.Count == 0 ? MbedTlsTarget.Names : given;
            var targets = names.Select(MbedTlsTarget.Load).ToList();
            var width = targets.Max(t => t.Name.Length);
            foreach (var t in targets)
            {
                context.Stdout.WriteLine(code == 0 ? $"{t.Name.PadRight(width)}  0 is success (strerror prints nothing)" : $"{t.Name.PadRight(width)}  {t.Strerror.ProgramOutput(code.Value)}");
            }

            return ExitCodes.Ok;
        }
        catch (MbedTlsConfigException e)
        {
            context.Error(e.Message);
            return ExitCodes.UsageOrInput;
        }
    }
}
