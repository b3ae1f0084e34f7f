using CertLint.Input;
using CertLint.IO;
using CertLint.Rules.Engine.Baselines;
using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Rules.Engine;

/// <summary>
/// Lints one decoded input: builds its chains once (<see cref="BundleChains"/>: issuers from the same file, then --chain and --ca), runs every enabled and applicable rule
/// on every certificate, adds the finding sources and decoder failures, applies the profile's severities and the
/// baseline. Thread-safe: one engine serves all files of a run in parallel.
/// </summary>
public sealed partial class LintEngine(LintConfiguration configuration)
{
    private readonly EnabledRules _enabled = Enabled(configuration);
    private readonly IssuerMatcher _runIssuers = new([.. configuration.ChainCertificates, .. configuration.TrustAnchors]);

    /// <summary>
    /// The rules the profile enables, in catalogue order (see <see cref="RuleOrder"/>): each one's descriptor, its check
    /// bound as a delegate, and its profile parameters (null when none), all resolved once per engine.
    /// <para>
    /// A delegate, not an interface call: one call site to some 190 rule types missed Native AOT's per-site dispatch
    /// cache on nearly every call (a tenth of judging's processor time, even behind several generic call sites, whose
    /// identical bodies the compiler may fold into one). Parameters, not looked up by rule ID for every rule on every
    /// certificate (two million lookups on a 10,000-certificate bundle).
    /// </para>
    /// </summary>
    private sealed record EnabledRules(List<RuleDescriptor> Descriptors, List<Action<RuleContext, List<Finding>>> Checks,
        List<IReadOnlyDictionary<string, string>?> Parameters);

    private static EnabledRules Enabled(LintConfiguration configuration)
    {
        var catalog = configuration.Catalog;
        var enabled = new EnabledRules([], [], []);
        for (var i = 0; i < catalog.Rules.Count; i++)
        {
            var descriptor = catalog.RuleDescriptors[i];
            if (configuration.Profile.IsEnabled(descriptor.Id))
            {
                enabled.Descriptors.Add(descriptor);
                enabled.Checks.Add(catalog.Rules[i].Check);
                enabled.Parameters.Add(configuration.Profile.ParametersOf(descriptor.Id) is { Count: > 0 } parameters ? parameters : null);
            }
        }
        return enabled;
    }

    public FileReport Lint(InputResult input)
    {
        var objects = input.Objects.Select((o, i) => (Object: o, Index: i)).Where(x => x.Object.Kind == ObjectKind.Certificate).ToList();
        var decoded = new List<InputObject>();
        var pending = new List<PendingCertificate>();
        foreach (var (obj, objectIndex) in objects)
        {
            var item = new PendingCertificate(obj, objectIndex);
            pending.Add(item);
            if (obj.HasCertificate)
            {
                item.ChainIndex = decoded.Count;
                decoded.Add(obj);
            }
            else if (configuration.Profile.IsEnabled(EngineRules.CertificateMalformed.Id))
            {
                var error = obj.CertificateResult?.Error;
                item.Findings.Add(Finding.At(EngineRules.CertificateMalformed, $"certificate does not decode: {error?.ToString() ?? "unknown structure"}", error?.Path ?? "certificate", error?.Offset ?? 0));
            }
        }
        // A view that reads each model from its object (decoded again past InputOptions.ModelsHeld when the collector
        // took it): nothing here holds the models of a very large input.
        var bundle = new Projected<InputObject, Certificate>(decoded, o => o.Certificate!);
        var chains = new BundleChains(bundle, _runIssuers);
        // Checking signatures leaves garbage among the models in the oldest generation; judging then promotes its
        // reports on top of it. Very large inputs are compacted once in between.
        LargeInput.CompactBetweenPhases(bundle.Count);
        var judging = new Judging(input.File, chains, pending);
        // A certificate that fails to decode is a finding; the decoder's matching input error would repeat it.
        var undecoded = pending.Where(p => p.ChainIndex < 0).Select(p => p.ObjectIndex).ToHashSet();
        List<InputError> errors = [.. input.Errors.Where(e => e.ObjectIndex is not { } index || !undecoded.Contains(index))];
        var reports = Judge(judging);
        return new FileReport
        {
            File = input.File,
            Encoding = input.Encoding,
            Certificates = reports,
            Crls = LintCrls(input, chains),
            Errors = errors,
        };
    }

    /// <summary>
    /// Runs the rules and finding sources and makes each certificate's report as soon as its findings are complete,
    /// letting go of them as it is made: 327,000 certificates never hold all their findings and all their reports side
    /// by side.
    /// </summary>
    private CertificateReport[] Judge(Judging judging)
    {
        var pending = judging.Pending;
        var shared = new SharedReportParts();
        var reports = new CertificateReport[pending.Count];
        // A certificate's context (and with it its model) is made when its turn comes and let go with its report.
        RuleContext? ContextAt(int i) => pending[i].ChainIndex >= 0 ? ContextOf(judging, pending[i].ChainIndex) : null;
        void ReportOne(int i, RuleContext? context)
        {
            reports[i] = Report(pending[i], i, context, shared);
            pending[i] = null!;
        }
        void RulesOf(int i)
        {
            if (ContextAt(i) is { } context)
            {
                RunRules(pending[i], context);
            }
        }
        // Sources begin only on an input with a decoded certificate (a CRL-only file has nothing for them to judge).
        var sources = configuration.Catalog.Sources.Count == 0 || judging.Chains.Stored.Count == 0 ? null : new SourceJudges(this, configuration, judging, shared);
        // One batch when nothing needs the certificates in steps: an input too small to compact, judged by rules alone.
        var batch = sources is null && pending.Count < LargeInput.CompactFrom ? Math.Max(1, pending.Count) : Batch;
        for (var start = 0; start < pending.Count; start += batch)
        {
            var end = Math.Min(pending.Count, start + batch);
            if (sources is null)
            {
                // Without finding sources a certificate's findings are complete once its rules have run.
                Work.For(start, end, i =>
                {
                    var context = ContextAt(i);
                    if (context is not null)
                    {
                        RunRules(pending[i], context);
                    }
                    ReportOne(i, context);
                });
            }
            else
            {
                // Finding sources judge in input order on one thread (they keep state across certificates), so the
                // rules run on every core a batch at a time, and then the batch is judged by the sources and reported.
                Work.For(start, end, RulesOf);
                for (var i = start; i < end; i++)
                {
                    if (pending[i].ChainIndex >= 0)
                    {
                        sources.Judge(pending[i]);
                    }
                    ReportOne(i, ContextAt(i));
                }
            }
            LargeInput.CompactWhileJudging(end, pending.Count);
        }
        return reports;
    }

    /// <summary>Certificates judged together: their rules run on every core, then the finding sources judge them in order.</summary>
    private const int Batch = 4_096;

    private RuleContext ContextOf(Judging judging, int chainIndex)
    {
        var certificate = judging.Chains.Stored[chainIndex];
        return new RuleContext
        {
            Certificate = certificate,
            Role = RuleContext.RoleOf(certificate),
            Issuer = judging.Chains.IssuerOf(chainIndex),
            Chain = judging.Chains.Stored,
            Chains = judging.Chains,
            ChainIndex = chainIndex,
            TrustAnchors = configuration.TrustAnchors,
            Clock = configuration.Clock,
            Parameters = configuration.Profile.ParametersOf(""),
        };
    }

    private void RunRules(PendingCertificate item, RuleContext context)
    {
        var (descriptors, checks, ruleParameters) = _enabled;
        item.RulesRun = new RulesRunSet(descriptors.Count);
        for (var r = 0; r < descriptors.Count; r++)
        {
            var descriptor = descriptors[r];
            if (!Applicability.Applies(descriptor, context.Certificate, context.Role, context.Issuer is not null))
            {
                continue;
            }
            item.RulesRun.AddRule(r);
            var ruleContext = ruleParameters[r] is { } parameters ? WithParameters(context, parameters) : context;
            var before = item.Findings.Count;
            try
            {
                checks[r](ruleContext, item.Findings);
                FindingCap.Trim(item.Findings, before);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                item.Findings.Add(Finding.At(EngineRules.RuleFailed, $"rule {descriptor.Id} failed: {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}", "certificate", 0));
            }
        }
    }

    private static RuleContext WithParameters(RuleContext context, IReadOnlyDictionary<string, string> parameters) =>
        new()
        {
            Certificate = context.Certificate, Role = context.Role, Issuer = context.Issuer, Chain = context.Chain, Chains = context.Chains,
            ChainIndex = context.ChainIndex, TrustAnchors = context.TrustAnchors, Clock = context.Clock, Parameters = parameters,
        };

    private CertificateReport Report(PendingCertificate item, int index, RuleContext? context, SharedReportParts shared)
    {
        var certificate = context?.Certificate;
        var sha256 = certificate?.Sha256 ?? CertLint.X509.Fingerprint.Sha256Hex(item.Object.Encoded.Span);
        var (counted, suppressed) = Apply(item.Findings, sha256);
        return new CertificateReport
        {
            Index = index,
            ObjectIndex = item.ObjectIndex,
            Sha256 = sha256,
            Subject = shared.Text(certificate?.Subject.ToString()),
            Issuer = shared.Text(certificate is null ? null : IssuerText(certificate.Issuer)),
            Role = context is null ? "unknown" : RoleName(context.Role),
            Line = item.Object.Origin.Line,
            FileOffset = item.Object.Origin.FileOffset,
            IssuerSha256 = context?.Issuer?.Sha256,
            Findings = shared.Findings(Sorted(counted)),
            Suppressed = shared.Findings(Sorted(suppressed)),
            RulesRun = item.RulesRun is null ? [] : shared.RulesRun(item.RulesRun, _enabled.Descriptors),
            Attachments = shared.Attachments(item.Attachments),
        };
    }

    /// <summary>The last issuer name written out on this thread: a bundle's leaves share their issuer's decoded name.</summary>
    [ThreadStatic]
    private static (DistinguishedName Name, string Text)? _lastIssuer;

    private static string IssuerText(DistinguishedName issuer)
    {
        if (_lastIssuer is { } last && ReferenceEquals(last.Name, issuer))
        {
            return last.Text;
        }
        var text = issuer.ToString();
        _lastIssuer = (issuer, text);
        return text;
    }

    /// <summary>The profile's severities and the baseline applied to an object's findings: those that count and those accepted.</summary>
    private (List<ReportedFinding> Counted, List<ReportedFinding> Suppressed) Apply(IEnumerable<Finding> findings, string sha256)
    {
        var counted = new List<ReportedFinding>();
        var suppressed = new List<ReportedFinding>();
        var now = configuration.Clock.GetUtcNow();
        foreach (var finding in findings)
        {
            var reported = new ReportedFinding(finding.RuleId, configuration.Profile.SeverityOf(finding.RuleId, finding.Severity), finding.Message, finding.Path, finding.Offset)
            {
                Target = finding.Target, Code = finding.Code, VerifyFlags = finding.VerifyFlags, Headline = finding.Headline, Details = finding.Details,
            };
            if (configuration.Baseline?.Suppressing(new BaselineKey(finding.RuleId, sha256, finding.Target, finding.Path), now) is { } match)
            {
                suppressed.Add(reported with { Suppression = match.Justification });
            }
            else
            {
                counted.Add(reported);
            }
        }
        return (counted, suppressed);
    }

    private static ReportedFinding[] Sorted(List<ReportedFinding> findings) => findings.Count <= 1 ? [.. findings] :
        [.. findings.OrderBy(f => f.Severity).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Offset ?? -1)];

    public static string RoleName(CertificateRoles role) => role switch
    {
        CertificateRoles.Root => "root",
        CertificateRoles.Intermediate => "intermediate",
        _ => "leaf",
    };

    /// <summary>One input on its way to its reports: its chains and its certificates, decoded or not.</summary>
    private sealed record Judging(string File, BundleChains Chains, List<PendingCertificate> Pending);

    private sealed class PendingCertificate(InputObject obj, int objectIndex)
    {
        public InputObject Object { get; } = obj;
        public int ObjectIndex { get; } = objectIndex;
        /// <summary>Position among the input's decoded certificates (<see cref="BundleChains.Stored"/>), or -1 when it did not decode.</summary>
        public int ChainIndex { get; set; } = -1;
        public List<Finding> Findings { get; } = [];
        /// <summary>Set when the rules run; null for a certificate that did not decode.</summary>
        public RulesRunSet? RulesRun { get; set; }
        public Dictionary<string, string>? Attachments { get; set; }
    }
}
