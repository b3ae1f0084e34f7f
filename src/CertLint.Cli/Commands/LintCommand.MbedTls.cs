using CertLint.Targets.MbedTls.Lint;

namespace CertLint.Cli.Commands;

/// <summary>`lint --target mbedtls-*`: the Mbed TLS model as a finding source (rule IDs mbedtls.*); options shared with predict.</summary>
public sealed partial class LintCommand
{
    partial void AddFindingSources(LintSetup setup)
    {
        var settings = Resolve(setup.Context, [], out var problem);
        if (problem is not null)
        {
            setup.Fail(problem);
            return;
        }
        if (settings is null)
        {
            return;
        }
        setup.Sources.Add(new MbedTlsFindingSource(settings.Builds,
            new MbedTlsLintOptions(settings.Profile, settings.NowGiven, settings.Suite, settings.Role, settings.Groups)));
    }
}
