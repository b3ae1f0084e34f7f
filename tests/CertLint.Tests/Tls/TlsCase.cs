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
    public string[]? Groups { get; init; }
    public string[]? SigAlgs { get; init; }
    public string? KeyPassword { get; init; }

    public TlsCheckContext Context()
    {
        var key = Key ?? Cert.Split('.')[0] + ".key";
        var material = TlsMaterial.Load(Fixtures.Path("tls/" + Cert), Fixtures.Path("tls/" + key), null,
            WithCa ? Fixtures.Path("tls/ca.pem") : null, KeyPassword);
        return TlsCheckContext.Create(CipherSuiteRegistry.Default.Find(Suite), Role, TlsStack.Find(Target), material,
            Groups?.Select(NamedGroups.Find).ToList(), SigAlgs?.Select(SignatureSchemes.Find).ToList());
    }

    public (SuiteVerdict Verdict, HandshakeResult Handshake) Run()
    {
        var context = Context();
        return (TlsChecker.Check(context), InMemoryHandshake.Run(context, TimeSpan.FromSeconds(20)));
    }

    public override string ToString() => $"{Cert} {Suite} {Role} {Target}";
}
