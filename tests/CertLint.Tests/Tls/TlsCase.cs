using CertLint.Tls;
using CertLint.Tls.Checks;
using CertLint.Tls.Handshake;
using CertLint.Tls.Material;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;

namespace CertLint.Tests.Tls;

/// <summary>One tls-check question on committed fixtures (fixtures/tls), answered statically and by a handshake.</summary>
public sealed record TlsCase(string Cert, string Suite, TlsRole Role = TlsRole.Server, string Target = "rfc")
{
    /// <summary>The key file; defaults to the certificate's own (NAME.pem / NAME.chain.pem -> NAME.key).</summary>
    public string? Key { get; init; }
    public bool WithCa { get; init; } = true;
    public bool WithKey { get; init; } = true;
    public string[]? Groups { get; init; }
    public string[]? SigAlgs { get; init; }
    public string? KeyPassword { get; init; }
    /// <summary>The same instant the CLI tests' clock gives.</summary>
    public DateTimeOffset Now { get; init; } = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
    /// <summary>Fixture folder under fixtures/ (tls by default).</summary>
    public string Folder { get; init; } = "tls";
    public string? Chain { get; init; }
    public string Ca { get; init; } = "ca.pem";

    public TlsCheckContext Context()
    {
        var key = Key ?? Cert.Split('.')[0] + ".key";
        string In(string name) => Fixtures.Path($"{Folder}/{name}");
        var material = TlsMaterial.Load(In(Cert), WithKey ? In(key) : null, Chain is null ? null : In(Chain), WithCa ? In(Ca) : null, KeyPassword);
        return TlsCheckContext.Create(CipherSuiteRegistry.Default.Find(Suite), Role, TlsStack.Find(Target), material, Now,
            Groups?.Select(NamedGroups.Find).ToList(), SigAlgs?.Select(SignatureSchemes.Find).ToList());
    }

    public (SuiteVerdict Verdict, HandshakeResult Handshake) Run()
    {
        var context = Context();
        return (TlsChecker.Check(context), InMemoryHandshake.Run(context, TimeSpan.FromSeconds(20)));
    }

    public override string ToString() => $"{Cert} {Suite} {Role} {Target}";
}
