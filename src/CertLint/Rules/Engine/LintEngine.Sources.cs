using CertLint.IO;

namespace CertLint.Rules.Engine;

public sealed partial class LintEngine
{
    /// <summary>
    /// The run's finding sources begun on one input, judging its certificates one at a time. A source that fails to
    /// begin is reported once, on the first certificate; one that fails on a certificate is reported on it, and judges
    /// the next. Both are findings like a failing rule's, and the rest of the run goes on.
    /// </summary>
    private sealed class SourceJudges
    {
        private readonly LintConfiguration _configuration;
        private readonly SharedReportParts _shared;
        private readonly List<(IFindingSource Source, ICertificateJudge? Judge, Finding? Failure)> _sources = [];
        private readonly List<Finding> _found = [];
        private PendingCertificate? _judged;

        public SourceJudges(LintEngine engine, LintConfiguration configuration, Judging judging, SharedReportParts shared)
        {
            _configuration = configuration;
            _shared = shared;
            var positions = Enumerable.Range(0, judging.Chains.Stored.Count).ToArray();
            var context = new FindingSourceContext
            {
                File = judging.File, Certificates = new Projected<int, RuleContext>(positions, p => engine.ContextOf(judging, p)),
                Clock = configuration.Clock, Parameters = configuration.Profile.ParametersOf,
                ChainCertificates = configuration.ChainCertificates, TrustAnchors = configuration.TrustAnchors, Attach = Attach,
            };
            foreach (var source in configuration.Catalog.Sources)
            {
                try
                {
                    _sources.Add((source, source.Begin(context), null));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    _sources.Add((source, null, Failed(source, "failed", ex)));
                }
            }
        }

        /// <summary>Adds every source's findings on one decoded certificate to it, shared with equal earlier ones.</summary>
        public void Judge(PendingCertificate item)
        {
            _judged = item;
            foreach (var (source, judge, failure) in _sources)
            {
                _found.Clear();
                if (judge is null)
                {
                    if (item.ChainIndex == 0)
                    {
                        _found.Add(failure!);
                    }
                }
                else
                {
                    try
                    {
                        _found.AddRange(judge.Judge(item.ChainIndex));
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        _found.Clear();
                        _found.Add(Failed(source, "failed on this certificate", ex));
                    }
                }
                foreach (var finding in _found)
                {
                    if (!_configuration.Profile.Excluded.Contains(finding.RuleId))
                    {
                        item.Findings.Add(_shared.Shared(finding));
                        item.RulesRun!.AddSourceRule(finding.RuleId);
                    }
                }
            }
            _judged = null;
        }

        private void Attach(int index, string name, string value)
        {
            if (_judged is null || _judged.ChainIndex != index)
            {
                throw new InvalidOperationException($"a finding source attached '{name}' to certificate {index} while judging {(_judged is null ? "none" : _judged.ChainIndex)}");
            }
            (_judged.Attachments ??= new(StringComparer.Ordinal))[name] = value;
        }

        private static Finding Failed(IFindingSource source, string what, Exception ex)
        {
            var name = source.Descriptors.FirstOrDefault()?.Id ?? source.GetType().Name;
            return Finding.At(EngineRules.RuleFailed, $"finding source for {name} {what}: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", "certificate", 0);
        }
    }
}
