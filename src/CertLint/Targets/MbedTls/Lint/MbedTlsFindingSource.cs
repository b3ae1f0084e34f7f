using System.Text.Json;
using CertLint.IO;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Targets.MbedTls.Predict;
using CertLint.X509.Chains;

namespace CertLint.Targets.MbedTls.Lint;

/// <summary>
/// What `lint` asks of the Mbed TLS model besides the builds: verify profile and time, suite and role; and how many of
/// an input's certificates that can sign are held as parsed for verification with trust anchors (the rest are held
/// weakly and parsed again when the collector took them).
/// </summary>
public sealed record MbedTlsLintOptions(string Profile, DateTimeOffset? Now, string? Suite, string Role, IReadOnlyList<string>? Groups,
    int ParentsHeld = LargeInput.ModelsHeld);

/// <summary>
/// Mbed TLS verdicts as lint findings: every certificate of an input on every build (mbedtls.parse); for every leaf
/// of the input (a certificate that issued none of the others: a fleet file has many) verification against the
/// trust anchors, with the input's other certificates and the run's --chain certificates as the chain Mbed TLS
/// searches, and usage for the suite. Each finding names its target, code and verify flags; each certificate gets
/// the same "stacks" array as predict, and "verify: not run (no --ca)" when no trust anchors were given.
/// </summary>
public sealed partial class MbedTlsFindingSource(IReadOnlyList<MbedTlsConfig> builds, MbedTlsLintOptions options) : IFindingSource
{
    public IReadOnlyList<RuleDescriptor> Descriptors => MbedTlsRules.All;

    public ICertificateJudge Begin(FindingSourceContext context) => new InputJudge(builds, options, context);

    /// <summary>One input judged certificate by certificate on every build.</summary>
    private sealed class InputJudge : ICertificateJudge
    {
        private readonly MbedTlsLintOptions _options;
        private readonly FindingSourceContext _context;
        private readonly BundleChains? _chains;
        private readonly IReadOnlyList<X509.Certificate> _anchors;
        private readonly List<Target> _targets;

        public InputJudge(IReadOnlyList<MbedTlsConfig> builds, MbedTlsLintOptions options, FindingSourceContext context)
        {
            _options = options;
            _context = context;
            var certificates = context.Certificates;
            _chains = certificates.Count > 0 ? certificates[0].ChainsOrSingle : null;
            _anchors = context.TrustAnchors.Count > 0 ? context.TrustAnchors : certificates.Count > 0 ? certificates[0].TrustAnchors : [];
            Func<int, int> firstCopyOf = _chains is { } chains ? chains.FirstCopyOf : k => k;
            _targets = [.. builds.Select(build => new Target(build, certificates, firstCopyOf, context.ChainCertificates, _anchors, options.ParentsHeld))];
            if (_anchors.Count > 0)
            {
                foreach (var target in _targets)
                {
                    target.IndexParents();
                }
            }
        }

        public IEnumerable<Finding> Judge(int i)
        {
            var findings = new List<Finding>();
            var options = _options;
            var isLeaf = _chains is null || (_chains.FirstCopyOf(i) == i && !_chains.IssuedSomething(i));
            var stacks = new List<PredictStack>(_targets.Count);
            List<string>? verified = null;
            foreach (var target in _targets)
            {
                var r = target.Parse(i);
                stacks.Add(Predictor.Stack(r));
                if (!r.Accepted)
                {
                    findings.Add(ParseFinding(target.Name, r));
                    continue;
                }
                if (!isLeaf)
                {
                    continue;
                }
                var leaf = r.Certificate!;
                if (_anchors.Count > 0)
                {
                    var v = new MbedTlsVerifier(target.Build).Verify(target.ChainOf(leaf, i), target.Anchors, options.Profile, options.Now ?? _context.Clock.GetUtcNow());
                    stacks[^1] = Predictor.WithVerify(stacks[^1], v);
                    (verified ??= []).Add(v.Verified ? $"{target.Name} ok" : $"{target.Name} failed ({v.CodeHex}, flags {v.FlagsHex})");
                    foreach (var (flag, text) in v.FlagTexts)
                    {
                        findings.Add(Unplaced(MbedTlsRules.ForFlag(flag),
                            $"{target.Name}: verify {v.CodeHex}, flag 0x{flag:X8} {text} (profile {options.Profile}, flags 0x{v.Flags:X8})") with
                        {
                            Target = target.Name, Code = v.CodeHex, VerifyFlags = v.FlagsHex,
                        });
                    }
                }
                else
                {
                    stacks[^1] = stacks[^1] with { Verify = Predictor.VerifyNotRun };
                }
                if (options.Suite is not null)
                {
                    stacks[^1] = Usage(options, target, leaf, stacks[^1], findings);
                }
            }
            _context.Attach(i, "stacks", JsonSerializer.Serialize(stacks, PredictJsonContext.Default.ListPredictStack));
            if (isLeaf)
            {
                _context.Attach(i, "verify", _anchors.Count == 0 ? Predictor.VerifyNotRun : string.Join(", ", verified ?? ["not run (rejected at parse)"]));
            }
            return findings;
        }
    }

    /// <summary>The suite and role check of a leaf on one build: its findings, and the stack with its usage verdict.</summary>
    private static PredictStack Usage(MbedTlsLintOptions options, Target target, MbedTlsCertificate leaf, PredictStack stack, List<Finding> findings)
    {
        MbedTlsUsageResult u;
        try
        {
            u = new MbedTlsTlsUsage(target.Build).Check(leaf, options.Suite!, options.Role, options.Groups);
        }
        catch (MbedTlsConfigException e)
        {
            findings.Add(Unplaced(MbedTlsRules.UsageSuiteUnavailable, $"{target.Name}: {e.Message}") with { Target = target.Name });
            return stack;
        }
        var reasons = string.Join("; ", u.Reasons);
        if ((u.UsageFlags & MbedTlsVerifyFlags.KeyUsage) != 0)
        {
            findings.Add(Unplaced(MbedTlsRules.UsageKeyUsage, $"{target.Name}: {u.Suite} as {u.Role}: {reasons}") with { Target = target.Name, VerifyFlags = u.UsageFlagsHex });
        }
        if ((u.UsageFlags & MbedTlsVerifyFlags.ExtKeyUsage) != 0)
        {
            findings.Add(Unplaced(MbedTlsRules.UsageExtKeyUsage, $"{target.Name}: {u.Suite} as {u.Role}: {reasons}") with { Target = target.Name, VerifyFlags = u.UsageFlagsHex });
        }
        if (u.Selected == false && u.UsageFlags == 0)
        {
            findings.Add(Unplaced(MbedTlsRules.UsageNotSelected, $"{target.Name}: {u.Suite}: {reasons}") with { Target = target.Name });
        }
        return Predictor.WithUsage(stack, u);
    }

    /// <summary>The verdict on the first line; cause, fixes and warnings as details (text output prints them indented).</summary>
    private static Finding ParseFinding(string target, MbedTlsParseResult r)
    {
        var fixes = string.Join(" ", r.Fixes.Select(f => $"Fix ({f.Kind}): {f.Text}{(f.Warning is null ? "" : $" Warning: {f.Warning}.")}"));
        var details = new List<string>();
        if (r.Cause is { } cause)
        {
            details.Add($"cause: {cause.What}");
        }
        foreach (var fix in r.Fixes)
        {
            details.Add($"fix ({fix.Kind}): {fix.Text}");
            if (fix.Warning is not null)
            {
                details.Add($"  warning: {fix.Warning}");
            }
        }
        return Finding.At(MbedTlsRules.Parse, $"{target}: {r.CodeHex} {r.Text}: {r.Cause?.What ?? "refused"}. {fixes}".TrimEnd(), r.Cause?.Path ?? "Certificate", r.Cause?.Offset ?? 0) with
        {
            Target = target, Code = r.CodeHex, Headline = $"{target}: REJECTED {r.CodeHex} {r.Text}", Details = details,
        };
    }

    /// <summary>Verification and usage verdicts are about the certificate as a whole, not one field.</summary>
    private static Finding Unplaced(RuleDescriptor rule, string message) => new(rule.Id, rule.DefaultSeverity, message, null, null);
}
