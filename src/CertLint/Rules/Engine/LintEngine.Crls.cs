using CertLint.Input;
using CertLint.Reports;
using CertLint.Rules.Engine.Decoder;
using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules.Engine;

/// <summary>
/// CRL linting (RFC 5280 section 5): every CRL of the input (PEM X509 CRL, DER, a PKCS#7's crls) goes through the
/// enabled CRL rules and the decoder's DER rules, with its issuing CA looked up among the input's certificates, then
/// --chain and --ca (<see cref="CrlIssuer"/>); profile severities and the baseline apply as to certificates.
/// </summary>
public sealed partial class LintEngine
{
    private IReadOnlyList<CrlReport> LintCrls(InputResult input, BundleChains chains)
    {
        List<CrlReport>? reports = null;
        for (var objectIndex = 0; objectIndex < input.Objects.Count; objectIndex++)
        {
            var obj = input.Objects[objectIndex];
            if (obj.Kind != ObjectKind.Crl)
            {
                continue;
            }
            reports ??= [];
            reports.Add(LintCrl(obj, objectIndex, reports.Count, chains));
        }
        return reports ?? (IReadOnlyList<CrlReport>)[];
    }

    private CrlReport LintCrl(InputObject obj, int objectIndex, int index, BundleChains chains)
    {
        var findings = new List<Finding>();
        var rulesRun = new List<string>();
        var crl = obj.Crl;
        IssuerMatch? match = null;
        if (crl is null)
        {
            if (configuration.Profile.IsEnabled(EngineRules.CrlMalformed.Id))
            {
                var error = obj.CrlResult?.Error;
                findings.Add(Finding.At(EngineRules.CrlMalformed, $"CRL does not decode: {error?.ToString() ?? "unknown structure"}", error?.Path ?? "certificateList", error?.Offset ?? 0));
                rulesRun.Add(EngineRules.CrlMalformed.Id);
            }
        }
        else
        {
            match = CrlIssuer.Match(crl, chains.Matcher);
            var context = new CrlRuleContext { Crl = crl, IssuerMatch = match, Clock = configuration.Clock };
            foreach (var rule in configuration.Catalog.CrlRules)
            {
                var d = rule.Descriptor;
                if (!configuration.Profile.IsEnabled(d.Id) || (d.NeedsIssuer && match.Issuer is null)
                    || (d.EffectiveDate is { } effective && crl.ThisUpdate.Value is { } issued && issued < effective))
                {
                    continue;
                }
                rulesRun.Add(d.Id);
                var parameters = configuration.Profile.ParametersOf(d.Id);
                var ruleContext = parameters.Count == 0 ? context : new CrlRuleContext { Crl = crl, IssuerMatch = match, Clock = configuration.Clock, Parameters = parameters };
                try
                {
                    FindingCap.AddCapped(findings, rule.Check(ruleContext));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    findings.Add(Finding.At(EngineRules.RuleFailed, $"rule {d.Id} failed: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", "certificateList", 0));
                }
            }
            // The decoder's DER rules (rfc5280.der.*, certlint.decode.*) judge the CRL's encoding as they judge certificates'.
            foreach (var rule in configuration.Catalog.Rules)
            {
                if (rule is DecoderDiagnosticRule decoder && configuration.Profile.IsEnabled(rule.Descriptor.Id))
                {
                    rulesRun.Add(rule.Descriptor.Id);
                    var before = findings.Count;
                    decoder.Report(findings, crl.Diagnostics);
                    FindingCap.Trim(findings, before);
                }
            }
        }
        var sha256 = crl?.Sha256 ?? CertLint.X509.Fingerprint.Sha256Hex(obj.Encoded.Span);
        var (counted, suppressed) = Apply(findings, sha256);
        return new CrlReport
        {
            Index = index,
            ObjectIndex = objectIndex,
            Sha256 = sha256,
            Issuer = crl?.Issuer.ToString(),
            ThisUpdate = crl?.ThisUpdate.Encoded,
            NextUpdate = crl?.NextUpdate?.Encoded,
            CrlNumber = crl?.CrlNumber?.Value.ToString(),
            DeltaBase = crl?.DeltaCrlIndicator?.Value.ToString(),
            Revoked = crl?.Revoked.Count ?? 0,
            Line = obj.Origin.Line,
            FileOffset = obj.Origin.FileOffset,
            IssuerSha256 = match?.Status is IssuerStatus.Verified or IssuerStatus.NameOnly ? match.Issuer?.Sha256 : null,
            Findings = Sorted(counted),
            Suppressed = Sorted(suppressed),
            RulesRun = rulesRun,
        };
    }
}
