using CertLint.Asn1;
using System.Text.Json;
using CertLint.Targets.MbedTls;
using CertLint.Tls.Probe;
using CertLint.Tls.Stacks;
using CertLint.X509;

namespace CertLint.Tls.Reports;

/// <summary>What probe asks: where, with which offer, whether to bisect, and what to judge the server's chain with.</summary>
public sealed class ProbeRequest
{
    public required ProbeTarget Target { get; init; }
    /// <summary>The Mbed TLS release whose ClientHello is sent (--as), or null.</summary>
    public string? As { get; init; }
    public required ClientHelloOffer Offer { get; init; }
    /// <summary>When the first offer gets no answer, try bounded single changes (--bisect).</summary>
    public bool Bisect { get; init; }
    public int MaxAttempts { get; init; } = 64;
    /// <summary>Trust anchors (--ca) the server's chain is checked against.</summary>
    public IReadOnlyList<Certificate> Anchors { get; init; } = [];
    /// <summary>The Mbed TLS builds the chain is judged for: the --as release, or every release's default.</summary>
    public required IReadOnlyList<MbedTlsConfig> Builds { get; init; }
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    public required string WorkingDirectory { get; init; }
}

/// <summary>probe's judgement: the connections (and the bisection), then the report model of what they showed.</summary>
public static class ProbeJudge
{
    public static ProbeReport Run(ProbeRequest request)
    {
        var bisect = new ProbeBisect(request.Target, request.MaxAttempts);
        var cause = bisect.Run(request.Offer, request.Bisect);
        return Report(request, bisect.Attempts, cause);
    }

    /// <summary>The report of attempts already made: each offer as sent and how it ended, the cause, and the chain of a lone successful handshake judged by the lint engine.</summary>
    public static ProbeReport Report(ProbeRequest request, IReadOnlyList<ProbeAttempt> attempts, ProbeCause? cause)
    {
        var handshake = attempts.Count == 1 ? attempts[0].Handshake : null;
        return new ProbeReport
        {
            Target = request.Target.ToString(),
            As = request.As,
            Attempts = attempts.Select(Attempt).ToList(),
            Cause = cause is null ? null : new ProbeCauseJson { Kind = cause.Kind, Name = cause.Name, Text = cause.Text },
            Handshake = handshake is null ? null : Handshake(handshake, request),
        };
    }

    private static ProbeAttemptJson Attempt(ProbeAttempt a) => new()
    {
        Offer = new ProbeOfferJson
        {
            Change = a.Offer.Change,
            Versions = [.. a.Offer.Versions],
            Suites = a.Offer.Suites.Select(ProbeSuites.Name).ToList(),
            Groups = a.Offer.Groups.Select(g => NamedGroups.ByCode(g)?.Name ?? $"0x{g:X4}").ToList(),
            SignatureAlgorithms = a.Offer.SigAlgs.Select(s => SignatureSchemes.All.FirstOrDefault(x => x.Code == s)?.Name ?? $"0x{s:X4}").ToList(),
            Extensions = WireExtensions(a),
            Sni = a.Offer.Sni,
            HelloBytes = a.HelloBytes,
        },
        Outcome = a.Outcome.Name(),
        BytesReceived = a.BytesReceived,
        Alert = a.Alert is null ? null : new ProbeAlertJson { Name = a.Alert.Name, Code = a.Alert.Code, SentBy = a.Alert.SentBy, After = a.Alert.After },
        After = a.After,
        Detail = a.Detail,
        Milliseconds = Math.Round(a.Milliseconds, 1),
        Messages = [.. a.Events],
    };

    /// <summary>The extensions in the order the wire shows them, with the values the offer chose.</summary>
    private static List<string> WireExtensions(ProbeAttempt a)
    {
        if (a.Sent is null)
        {
            return a.Offer.Extensions.Select(e => e.ToString()).ToList();
        }

        return a.Sent.Extensions.Select(e => a.Offer.Extension(e.Type)?.ToString() ?? ProbeExtension.NameOf(e.Type)).ToList();
    }

    private static ProbeHandshakeJson Handshake(ProbeHandshake h, ProbeRequest request)
    {
        var builds = request.Builds;
        var anchors = request.Anchors;
        var chain = new List<ProbeChainCertificateJson>();
        var results = h.Chain.Select(der => CertificateDecoder.Decode(der)).ToList();
        var decoded = results.Select(r => r.Certificate).ToList();
        // The negotiated suite's usage is checked for the release the probe spoke as (other releases may not have it).
        var suite = request.As is not null && h.Suite >= 0 ? $"0x{h.Suite:X4}" : null;
        var lint = ProbeChainLint.Lint(h.Chain, builds, anchors, suite, request.Clock, request.WorkingDirectory);
        for (var i = 0; i < h.Chain.Count; i++)
        {
            // A server's certificate of millions of elements (up to 16 MB) is not emulated: that took gigabytes.
            var tooLarge = results[i].Diagnostics.FirstOrDefault(d => d.Code == ElementLimitException.Code);
            var mbedtls = builds.ToDictionary(b => b.Target.Name, b =>
            {
                if (tooLarge is not null)
                {
                    return "not judged: " + tooLarge.Message;
                }
                var r = new MbedTlsEmulator(b).ParseDer(h.Chain[i]);
                return r.Accepted ? "0" : $"{r.CodeHex} {r.Text}";
            });
            var report = i < lint.Certificates.Count ? lint.Certificates[i] : null;
            var cert = decoded[i];
            bool? verified = null;
            if (cert is not null)
            {
                var issuers = new List<Certificate>();
                if (i + 1 < decoded.Count && decoded[i + 1] is { } next)
                {
                    issuers.Add(next);
                }

                issuers.AddRange(anchors.Where(a => a.Subject.TextEquals(cert.Issuer)));
                if (issuers.Count > 0)
                {
                    verified = issuers.Any(issuer => SignatureCheck.Verify(cert, issuer).Verdict == SignatureVerdict.Verified);
                }
            }
            chain.Add(new ProbeChainCertificateJson
            {
                Subject = cert?.Subject.ToString() ?? "(does not decode)",
                Issuer = cert?.Issuer.ToString() ?? "",
                Mbedtls = mbedtls,
                SignatureVerified = verified,
                Sha256 = report?.Sha256,
                Role = report?.Role,
                Findings = report is null ? [] : report.Findings.Select(f => new ProbeFindingJson
                {
                    Rule = f.Rule, Severity = CertLint.Rules.Severities.Name(f.Severity), Message = f.Message, Path = f.Path, Offset = f.Offset,
                    Target = f.Target, Code = f.Code, VerifyFlags = f.VerifyFlags,
                }).ToList(),
                Stacks = report?.Attachments.TryGetValue("stacks", out var stacks) == true ? JsonDocument.Parse(stacks).RootElement.Clone() : null,
                Verify = report?.Attachments.GetValueOrDefault("verify"),
            });
        }
        return new ProbeHandshakeJson
        {
            Version = h.Version,
            Suite = ProbeSuites.Name(h.Suite),
            Group = h.Group is { } g ? NamedGroups.ByCode(g)?.Name ?? $"0x{g:X4}" : null,
            Chain = chain,
        };
    }
}
