using CertLint.Asn1;

namespace CertLint.Rules.Engine.Decoder;

/// <summary>
/// Turns the decoder's diagnostics with given codes into findings: the decoder notices DER violations and broken
/// extensions while reading, so the rule only reports them (with the decoder's path, offset, expected and found).
/// </summary>
public sealed class DecoderDiagnosticRule(RuleDescriptor descriptor, Func<string, bool> matchesCode, bool namesCode = false) : IRule
{
    public DecoderDiagnosticRule(RuleDescriptor descriptor, string code) : this(descriptor, c => c == code)
    {
    }

    public RuleDescriptor Descriptor { get; } = descriptor;

    public bool Matches(string code) => matchesCode(code);

    public void Check(RuleContext context, List<Finding> findings) => Report(findings, context.Certificate.Diagnostics);

    /// <summary>The findings for a list of decoder diagnostics (a certificate's, or a CRL's: the DER rules judge CRLs too).</summary>
    public void Report(List<Finding> findings, IReadOnlyList<DecodeDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (matchesCode(diagnostic.Code))
            {
                findings.Add(Finding.At(Descriptor, (namesCode ? diagnostic.Code + ": " : "") + Describe(diagnostic), diagnostic.Path, diagnostic.Offset));
            }
        }
    }

    private static string Describe(DecodeDiagnostic d) =>
        d.Expected is null ? d.Message : $"{d.Message} (expected {d.Expected}, found {d.Found ?? "nothing"})";
}
