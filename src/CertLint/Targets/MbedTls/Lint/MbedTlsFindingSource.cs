using CertLint.Rules;
using CertLint.Rules.Engine;

namespace CertLint.Targets.MbedTls.Lint;

/// <summary>What `lint` asks of the Mbed TLS model besides the builds: verify profile and time, suite and role.</summary>
public sealed record MbedTlsLintOptions(string Profile, DateTimeOffset? Now, string? Suite, string Role, IReadOnlyList<string>? Groups);

/// <summary>
/// Mbed TLS verdicts as lint findings: every certificate of an input on every build (mbedtls.parse), and for the
/// first certificate (the leaf) verification against the trust anchors and usage for the suite.
/// </summary>
public sealed class MbedTlsFindingSource(IReadOnlyList<MbedTlsConfig> builds, MbedTlsLintOptions options) : IFindingSource
{
    public IReadOnlyList<RuleDescriptor> Descriptors => MbedTlsRules.All;

    public IEnumerable<SourceFinding> Check(FindingSourceContext context)
    {
        var findings = new List<SourceFinding>();
        foreach (var build in builds)
        {
            var emulator = new MbedTlsEmulator(build);
            var name = build.Target.Name;
            var parsed = context.Certificates.Select(c => emulator.ParseDer(c.Certificate.Encoded.ToArray())).ToList();
            for (var i = 0; i < parsed.Count; i++)
            {
                var r = parsed[i];
                if (r.Accepted) continue;
                var fixes = string.Join(" ", r.Fixes.Select(f => $"Fix ({f.Kind}): {f.Text}{(f.Warning is null ? "" : $" Warning: {f.Warning}.")}"));
                findings.Add(new(i, Finding.At(MbedTlsRules.Parse,
                    $"{name}: {r.CodeHex} {r.Text}: {r.Cause?.What ?? "refused"}. {fixes}".TrimEnd(), r.Cause?.Path ?? "Certificate", r.Cause?.Offset ?? 0)));
            }
            if (parsed.Count == 0 || !parsed[0].Accepted) continue;
            var leaf = parsed[0].Certificate!;
            var anchors = context.Certificates.Count > 0 ? context.Certificates[0].TrustAnchors : [];
            if (anchors.Count > 0)
            {
                var chain = parsed.Where(p => p.Accepted).Select(p => p.Certificate!).ToList();
                var cas = anchors.Select(a => emulator.ParseDer(a.Encoded.ToArray())).Where(p => p.Accepted).Select(p => p.Certificate!).ToList();
                var v = new MbedTlsVerifier(build).Verify(chain, cas, options.Profile, options.Now ?? context.Clock.GetUtcNow());
                foreach (var (flag, text) in v.FlagTexts)
                    findings.Add(new(0, Unplaced(MbedTlsRules.ForFlag(flag),
                        $"{name}: verify {v.CodeHex}, flag 0x{flag:X8} {text} (profile {options.Profile}, flags 0x{v.Flags:X8})")));
            }
            if (options.Suite is null) continue;
            MbedTlsUsageResult u;
            try
            {
                u = new MbedTlsTlsUsage(build).Check(leaf, options.Suite, options.Role, options.Groups);
            }
            catch (MbedTlsConfigException e)
            {
                findings.Add(new(0, Unplaced(MbedTlsRules.UsageSuiteUnavailable, $"{name}: {e.Message}")));
                continue;
            }
            var reasons = string.Join("; ", u.Reasons);
            if ((u.UsageFlags & MbedTlsVerifyFlags.KeyUsage) != 0)
                findings.Add(new(0, Unplaced(MbedTlsRules.UsageKeyUsage, $"{name}: {u.Suite} as {u.Role}: {reasons}")));
            if ((u.UsageFlags & MbedTlsVerifyFlags.ExtKeyUsage) != 0)
                findings.Add(new(0, Unplaced(MbedTlsRules.UsageExtKeyUsage, $"{name}: {u.Suite} as {u.Role}: {reasons}")));
            if (u.Selected == false && u.UsageFlags == 0)
                findings.Add(new(0, Unplaced(MbedTlsRules.UsageNotSelected, $"{name}: {u.Suite}: {reasons}")));
        }
        return findings;
    }

    /// <summary>Verification and usage verdicts are about the certificate as a whole, not one field.</summary>
    private static Finding Unplaced(RuleDescriptor rule, string message) => new(rule.Id, rule.DefaultSeverity, message, null, null);
}
