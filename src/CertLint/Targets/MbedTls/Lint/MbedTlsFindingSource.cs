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
        // Yielded certificate by certificate, so the engine can hold each distinct verdict once as it reads them.
        var findings = new List<SourceFinding>();
        var certificates = context.Certificates;
        var chains = certificates.Count > 0 ? certificates[0].ChainsOrSingle : null;
        var anchors = context.TrustAnchors.Count > 0 ? context.TrustAnchors : certificates.Count > 0 ? certificates[0].TrustAnchors : [];
        var targets = builds.Select(build => new Target(build, new MbedTlsEmulator(build), context.ChainCertificates, anchors)).ToList();
        // Verification searches the whole input for parents, so with trust anchors every certificate is parsed first;
        // without, each is parsed on its turn and let go with it (327,000 certificates held 2.9 GB at once).
        var everyParsed = anchors.Count > 0
            ? targets.Select(t => certificates.Select(c => t.Emulator.ParseDer(c.Certificate.Encoded.ToArray())).ToList()).ToList()
            : null;
        for (var i = 0; i < certificates.Count; i++)
        {
            var isLeaf = chains is null || (chains.FirstCopyOf(i) == i && !chains.IssuedSomething(i));
            var stacks = new List<PredictStack>(targets.Count);
            List<string>? verified = null;
            for (var t = 0; t < targets.Count; t++)
            {
                var target = targets[t];
                var parsed = everyParsed?[t];
                var r = parsed?[i] ?? target.Emulator.ParseDer(certificates[i].Certificate.Encoded.ToArray());
                stacks.Add(Predictor.Stack(r));
                if (!r.Accepted)
                {
                    findings.Add(new(i, ParseFinding(target.Name, r)));
                    continue;
                }
                if (!isLeaf)
                {
                    continue;
                }
                var leaf = r.Certificate!;
                if (parsed is not null)
                {
                    // Mbed TLS searches the whole chain it is given for parents: the leaf, the input's other
                    // certificates, then --chain.
                    var chain = new List<MbedTlsCertificate> { leaf };
                    chain.AddRange(parsed.Where((p, k) => k != i && p.Accepted).Select(p => p.Certificate!));
                    chain.AddRange(target.Extra);
                    var v = new MbedTlsVerifier(target.Build).Verify(chain, target.Anchors, options.Profile, options.Now ?? context.Clock.GetUtcNow());
                    stacks[^1] = Predictor.WithVerify(stacks[^1], v);
                    (verified ??= []).Add(v.Verified ? $"{target.Name} ok" : $"{target.Name} failed ({v.CodeHex}, flags {v.FlagsHex})");
                    foreach (var (flag, text) in v.FlagTexts)
                    {
                        findings.Add(new(i, Unplaced(MbedTlsRules.ForFlag(flag),
                            $"{target.Name}: verify {v.CodeHex}, flag 0x{flag:X8} {text} (profile {options.Profile}, flags 0x{v.Flags:X8})") with
                        {
                            Target = target.Name, Code = v.CodeHex, VerifyFlags = v.FlagsHex,
                        }));
                    }
                }
                else
                {
                    stacks[^1] = stacks[^1] with { Verify = Predictor.VerifyNotRun };
                }
                if (options.Suite is not null)
                {
                    stacks[^1] = Usage(i, target, leaf, stacks[^1], findings);
                }
            }
            context.Attach(i, "stacks", JsonSerializer.Serialize(stacks, PredictJsonContext.Default.ListPredictStack));
            if (isLeaf)
            {
                context.Attach(i, "verify", anchors.Count == 0 ? Predictor.VerifyNotRun : string.Join(", ", verified ?? ["not run (rejected at parse)"]));
            }
            foreach (var finding in findings)
            {
                yield return finding;
            }
            findings.Clear();
        }
    }

    /// <summary>One build as this run judges with it: its emulator and the --chain and --ca certificates it accepts.</summary>
    private sealed class Target(MbedTlsConfig build, MbedTlsEmulator emulator, IReadOnlyList<X509.Certificate> chain, IReadOnlyList<X509.Certificate> anchors)
    {
        public MbedTlsConfig Build { get; } = build;
        public MbedTlsEmulator Emulator { get; } = emulator;
        public string Name => Build.Target.Name;
        public List<MbedTlsCertificate> Extra { get; } = Accepted(emulator, chain);
        public List<MbedTlsCertificate> Anchors { get; } = Accepted(emulator, anchors);

        private static List<MbedTlsCertificate> Accepted(MbedTlsEmulator emulator, IReadOnlyList<X509.Certificate> certificates) =>
            certificates.Select(c => emulator.ParseDer(c.Encoded.ToArray())).Where(p => p.Accepted).Select(p => p.Certificate!).ToList();
    }

    /// <summary>The suite and role check of a leaf on one build: its findings, and the stack with its usage verdict.</summary>
    private PredictStack Usage(int index, Target target, MbedTlsCertificate leaf, PredictStack stack, List<SourceFinding> findings)
    {
        MbedTlsUsageResult u;
        try
        {
            u = new MbedTlsTlsUsage(target.Build).Check(leaf, options.Suite!, options.Role, options.Groups);
        }
        catch (MbedTlsConfigException e)
        {
            findings.Add(new(index, Unplaced(MbedTlsRules.UsageSuiteUnavailable, $"{target.Name}: {e.Message}") with { Target = target.Name }));
            return stack;
        }
        var reasons = string.Join("; ", u.Reasons);
        if ((u.UsageFlags & MbedTlsVerifyFlags.KeyUsage) != 0)
        {
            findings.Add(new(index, Unplaced(MbedTlsRules.UsageKeyUsage, $"{target.Name}: {u.Suite} as {u.Role}: {reasons}") with { Target = target.Name, VerifyFlags = u.UsageFlagsHex }));
        }
        if ((u.UsageFlags & MbedTlsVerifyFlags.ExtKeyUsage) != 0)
        {
            findings.Add(new(index, Unplaced(MbedTlsRules.UsageExtKeyUsage, $"{target.Name}: {u.Suite} as {u.Role}: {reasons}") with { Target = target.Name, VerifyFlags = u.UsageFlagsHex }));
        }
        if (u.Selected == false && u.UsageFlags == 0)
        {
            findings.Add(new(index, Unplaced(MbedTlsRules.UsageNotSelected, $"{target.Name}: {u.Suite}: {reasons}") with { Target = target.Name }));
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
