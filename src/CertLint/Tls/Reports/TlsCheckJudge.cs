using CertLint.Tls.Checks;
using CertLint.Tls.Handshake;
using CertLint.Tls.Material;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;

namespace CertLint.Tls.Reports;

/// <summary>Which peer, if any, proves each verdict with a real handshake (tls-check --handshake, --peer).</summary>
public enum HandshakePeer
{
    /// <summary>Static checks only.</summary>
    None,
    /// <summary>An in-process BouncyCastle peer.</summary>
    BouncyCastle,
    /// <summary>OpenSSL's s_server / s_client on 127.0.0.1.</summary>
    OpenSsl,
}

/// <summary>What tls-check asks: the material, its role, the suites and stacks, and what the peer offers.</summary>
public sealed class TlsCheckRequest
{
    /// <summary>The certificate as the user named it (the report's "certificate").</summary>
    public required string Certificate { get; init; }
    public required TlsMaterial Material { get; init; }
    public required TlsRole Role { get; init; }
    public required IReadOnlyList<CipherSuite> Suites { get; init; }
    public required IReadOnlyList<TlsStack> Stacks { get; init; }
    public required DateTimeOffset Now { get; init; }
    /// <summary>Groups and signature algorithms the peer offers; null: the target's.</summary>
    public IReadOnlyList<NamedGroup>? Groups { get; init; }
    public IReadOnlyList<SignatureScheme>? SigAlgs { get; init; }
    public HandshakePeer Handshake { get; init; }
}

/// <summary>The report, and notices for stderr (each once), e.g. that the OpenSSL peer is not installed.</summary>
public sealed record TlsCheckOutcome(TlsCheckReport Report, IReadOnlyList<string> Notices);

/// <summary>tls-check's judgement: every stack times every suite, statically and optionally by handshake, as the report model.</summary>
public static class TlsCheckJudge
{
    public static TlsCheckOutcome Run(TlsCheckRequest request)
    {
        var verdicts = new List<SuiteVerdictJson>();
        var notices = new List<string>();
        foreach (var stack in request.Stacks)
        {
            foreach (var suite in request.Suites)
            {
                verdicts.Add(Judge(TlsCheckContext.Create(suite, request.Role, stack, request.Material, request.Now, request.Groups, request.SigAlgs), request.Handshake, notices));
            }
        }
        var report = new TlsCheckReport
        {
            Certificate = request.Certificate,
            Subject = request.Material.Leaf.Subject,
            Key = request.Material.Leaf.KeyDescription,
            Role = RoleName(request.Role),
            Compatible = verdicts.All(v => v.Compatible),
            Verdicts = verdicts,
        };
        return new TlsCheckOutcome(report, [.. notices.Distinct()]);
    }

    /// <summary>One suite on one stack: the static verdict, and the handshake's outcome when a peer is asked for.</summary>
    public static SuiteVerdictJson Judge(TlsCheckContext check, HandshakePeer peer, ICollection<string> notices)
    {
        var verdict = TlsChecker.Check(check);
        HandshakeResult? handshake = null;
        if (peer == HandshakePeer.OpenSsl)
        {
            handshake = OpenSslHandshake.Run(check);
            if (handshake.NotRun is not null && !OpenSslHandshake.IsAvailable())
            {
                notices.Add(handshake.NotRun);
            }
        }
        else if (peer == HandshakePeer.BouncyCastle)
        {
            handshake = InMemoryHandshake.Run(check);
        }
        return ToJson(verdict, check.Stack, handshake);
    }

    private static SuiteVerdictJson ToJson(SuiteVerdict verdict, TlsStack stack, HandshakeResult? handshake) => new()
    {
        Suite = verdict.Suite.IanaName,
        Code = verdict.Suite.CodeHex,
        Mbedtls = verdict.Suite.MbedTlsName,
        Openssl = verdict.Suite.OpenSslName,
        KeyExchange = verdict.Suite.KeyExchange.Name(),
        Role = RoleName(verdict.Role),
        Target = stack.Name,
        Compatible = verdict.Compatible,
        Reasons = verdict.Reasons.Select(r => new ReasonJson
        {
            Rule = r.RuleId,
            Message = r.Message,
            RaisedBy = RoleName(r.RaisedBy),
            Alert = r.Alert,
            TargetError = r.StackError,
        }).ToList(),
        Notes = [.. verdict.Notes],
        Handshake = handshake is null ? null : new HandshakeJson
        {
            Peer = handshake.Peer,
            Ok = handshake.Ok,
            Alert = handshake.Alert,
            RaisedBy = handshake.RaisedBy is { } side ? RoleName(side) : null,
            Detail = handshake.Detail,
            Version = handshake.Version,
            Milliseconds = Math.Round(handshake.Milliseconds, 1),
            NotRun = handshake.NotRun,
            AgreesWithStatic = Agreement.Of(verdict, handshake),
        },
    };

    /// <summary>"server" or "client", as every field of the report names a role.</summary>
    public static string RoleName(TlsRole role) => role == TlsRole.Server ? "server" : "client";
}
