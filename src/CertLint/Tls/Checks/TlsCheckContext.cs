using CertLint.Tls.Material;
using CertLint.Tls.Stacks;
using CertLint.Tls.Suites;

namespace CertLint.Tls.Checks;

/// <summary>Everything a rule may look at for one suite.</summary>
public sealed class TlsCheckContext
{
    public required CipherSuite Suite { get; init; }
    public required TlsRole Role { get; init; }
    public required TlsStack Stack { get; init; }
    /// <summary>The groups offered: by the client for a server certificate, by the server's configuration for a client one.</summary>
    public required IReadOnlyList<NamedGroup> Groups { get; init; }
    /// <summary>The signature algorithms the peer accepts.</summary>
    public required IReadOnlyList<SignatureScheme> SigAlgs { get; init; }
    public required TlsMaterial Material { get; init; }
    public required CertificateFacts Leaf { get; init; }
    /// <summary>The time validity is judged at (the CLI's clock; tests pass a fixed one).</summary>
    public required DateTimeOffset Now { get; init; }

    public bool IsTls13 => Suite.IsTls13;

    private ChainPath? _path;

    /// <summary>The chain from the leaf to a trust anchor, built once (each step verifies a signature).</summary>
    public ChainPath Path => _path ??= ChainPath.Build(Material.SentChain, Material.Trusted);

    /// <summary>The side that checks the certificate: the client checks a server's, the server a client's.</summary>
    public TlsRole Verifier => Role == TlsRole.Server ? TlsRole.Client : TlsRole.Server;

    public bool IsMbedTls => Stack.Name.StartsWith("mbedtls", StringComparison.Ordinal);

    /// <summary>A reason with the target's own error attached (looked up by <paramref name="cause"/>, default the rule ID).</summary>
    public TlsReason Reason(string ruleId, string message, TlsRole raisedBy, string alert, HandshakeStage stage, int order = 0, string? cause = null) =>
        new(ruleId, message, raisedBy, alert, stage) { StackError = Stack.Cite(cause ?? ruleId, Role), Order = order };

    public static TlsCheckContext Create(CipherSuite suite, TlsRole role, TlsStack stack, TlsMaterial material,
        DateTimeOffset now, IReadOnlyList<NamedGroup>? groups = null, IReadOnlyList<SignatureScheme>? sigAlgs = null) => new()
    {
        Now = now,
        Suite = suite,
        Role = role,
        Stack = stack,
        Groups = groups ?? stack.Groups,
        SigAlgs = sigAlgs ?? stack.SigAlgs,
        Material = material,
        Leaf = material.Leaf,
    };
}
