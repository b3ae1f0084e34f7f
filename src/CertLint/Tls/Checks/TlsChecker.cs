using CertLint.Tls.Suites;

namespace CertLint.Tls.Checks;

/// <summary>The static check: runs every rule for one suite and role.</summary>
public static class TlsChecker
{
    public static SuiteVerdict Check(TlsCheckContext context)
    {
        var notes = new List<string>();
        var kx = context.Suite.KeyExchange;
        if (!kx.UsesCertificate())
        {
            notes.Add($"{context.Suite.IanaName} authenticates with a pre-shared key or password: no certificate is used");
            return new SuiteVerdict { Suite = context.Suite, Role = context.Role, Reasons = [], Notes = notes };
        }
        if (context.Role == TlsRole.Client && kx == KeyExchange.RsaPsk)
        {
            notes.Add($"{context.Suite.IanaName} does not use client certificates (RFC 4279): the client authenticates with its pre-shared key");
            return new SuiteVerdict { Suite = context.Suite, Role = context.Role, Reasons = [], Notes = notes };
        }
        if (context.Material.Trusted.Count == 0)
        {
            notes.Add("no --ca given: the chain was not checked against a trust anchor");
        }

        if (!context.Material.KeyGiven)
        {
            notes.Add("no --key given: whether the key matches the certificate was not checked");
        }

        var reasons = TlsRules.All.SelectMany(rule => rule.Check(context)).ToList();
        return new SuiteVerdict { Suite = context.Suite, Role = context.Role, Reasons = reasons, Notes = notes };
    }
}
