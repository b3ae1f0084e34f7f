using System.Text.Json;
using CertLint.Rules;
using CertLint.Rules.Engine;
using CertLint.Targets.MbedTls.Predict;
using CertLint.X509.Chains;

namespace CertLint.Targets.MbedTls.Lint;

/// <summary>What `lint` asks of the Mbed TLS model besides the builds: verify profile and time, suite and role.</summary>
public sealed record MbedTlsLintOptions(string Profile, DateTimeOffset? Now, string? Suite, string Role, IReadOnlyList<string>? Groups);

/// <summary>
/// Mbed TLS verdicts as lint findings: every certificate of an input on every build (mbedtls.parse); for every leaf
/// of the input (a certificate that issued none of the others: a fleet file has many) verification against the
/// trust anchors, with the input's other certificates and the run's --chain certificates as the chain Mbed TLS
/// searches, and usage for the suite. Each finding names its target, code and verify flags; each certificate gets
/// the same "stacks" array as predict, and "verify: not run (no --ca)" when no trust anchors were given.
/// </summary>
public sealed class MbedTlsFindingSource(IReadOnlyList<MbedTlsConfig> builds, MbedTlsLintOptions options) : IFindingSource
{
    public IReadOnlyList<RuleDescriptor> Descriptors => MbedTlsRules.All;

    public IEnumerable<SourceFinding> Check(FindingSourceContext context)
    {
        var findings = new List<SourceFinding>();
        var certificates = context.Certificates;
        var stacks = certificates.Select(_ => new List<PredictStack>()).ToList();
        var chains = certificates.Count > 0 ? certificates[0].ChainsOrSingle : null;
        var leaves = Enumerable.Range(0, certificates.Count)
            .Where(i => chains is null || (chains.FirstCopyOf(i) == i && !chains.IssuedSomething(i))).ToHashSet();
        var anchors = context.TrustAnchors.Count > 0 ? context.TrustAnchors : certificates.Count > 0 ? certificates[0].TrustAnchors : [];
        var verified = new Dictionary<int, List<string>>();
        foreach (var build in builds)
        {
            var emulator = new MbedTlsEmulator(build);
            var name = build.Target.Name;
            var parsed = certificates.Select(c => emulator.ParseDer(c.Certificate.Encoded.ToArray())).ToList();
            for (var i = 0; i < parsed.Count; i++)
            {
                stacks[i].Add(Predictor.Stack(parsed[i]));
                var r = parsed[i];
                if (r.Accepted)
                {
                    continue;
                }
                findings.Add(new(i, ParseFinding(name, r)));
            }
            var extra = context.ChainCertificates.Select(c => emulator.ParseDer(c.Encoded.ToArray())).Where(p => p.Accepted).Select(p => p.Certificate!).ToList();
            var cas = anchors.Select(a => emulator.ParseDer(a.Encoded.ToArray())).Where(p => p.Accepted).Select(p => p.Certificate!).ToList();
            foreach (var i in leaves.Order())
            {
                if (!parsed[i].Accepted)
                {
                    continue;
                }
                var leaf = parsed[i].Certificate!;
                if (anchors.Count > 0)
                {
                    // Mbed TLS searches the whole chain it is given for parents: the leaf, the input's other
                    // certificates, then --chain.
                    var chain = new List<MbedTlsCertificate> { leaf };
                    chain.AddRange(parsed.Where((p, k) => k != i && p.Accepted).Select(p => p.Certificate!));
                    chain.AddRange(extra);
                    var v = new MbedTlsVerifier(build).Verify(chain, cas, options.Profile, options.Now ?? context.Clock.GetUtcNow());
                    stacks[i][^1] = Predictor.WithVerify(stacks[i][^1], v);
                    if (!verified.TryGetValue(i, out var outcomes))
                    {
                        verified[i] = outcomes = [];
                    }
                    outcomes.Add(v.Verified ? $"{name} ok" : $"{name} failed ({v.CodeHex}, flags {v.FlagsHex})");
                    foreach (var (flag, text) in v.FlagTexts)
                    {
                        findings.Add(new(i, Unplaced(MbedTlsRules.ForFlag(flag),
                            $"{name}: verify {v.CodeHex}, flag 0x{flag:X8} {text} (profile {options.Profile}, flags 0x{v.Flags:X8})") with
                        {
                            Target = name, Code = v.CodeHex, VerifyFlags = v.FlagsHex,
                        }));
                    }
                }
                else
                {
                    stacks[i][^1] = stacks[i][^1] with { Verify = Predictor.VerifyNotRun };
                }
                if (options.Suite is null)
                {
                    continue;
                }
                MbedTlsUsageResult u;
                try
                {
                    u = new MbedTlsTlsUsage(build).Check(leaf, options.Suite, options.Role, options.Groups);
                }
                catch (MbedTlsConfigException e)
                {
                    findings.Add(new(i, Unplaced(MbedTlsRules.UsageSuiteUnavailable, $"{name}: {e.Message}") with { Target = name }));
                    continue;
                }
                stacks[i][^1] = Predictor.WithUsage(stacks[i][^1], u);
                var reasons = string.Join("; ", u.Reasons);
                if ((u.UsageFlags & MbedTlsVerifyFlags.KeyUsage) != 0)
                {
                    findings.Add(new(i, Unplaced(MbedTlsRules.UsageKeyUsage, $"{name}: {u.Suite} as {u.Role}: {reasons}") with { Target = name, VerifyFlags = u.UsageFlagsHex }));
                }
                if ((u.UsageFlags & MbedTlsVerifyFlags.ExtKeyUsage) != 0)
                {
                    findings.Add(new(i, Unplaced(MbedTlsRules.UsageExtKeyUsage, $"{name}: {u.Suite} as {u.Role}: {reasons}") with { Target = name, VerifyFlags = u.UsageFlagsHex }));
                }
                if (u.Selected == false && u.UsageFlags == 0)
                {
                    findings.Add(new(i, Unplaced(MbedTlsRules.UsageNotSelected, $"{name}: {u.Suite}: {reasons}") with { Target = name }));
                }
            }
        }
        for (var i = 0; i < certificates.Count; i++)
        {
            context.Attach(i, "stacks", JsonSerializer.Serialize(stacks[i], PredictJsonContext.Default.ListPredictStack));
            if (leaves.Contains(i))
            {
                context.Attach(i, "verify", anchors.Count == 0 ? Predictor.VerifyNotRun : string.Join(", ", verified.GetValueOrDefault(i) ?? ["not run (rejected at parse)"]));
            }
        }
        return findings;
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
