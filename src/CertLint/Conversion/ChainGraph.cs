using CertLint.X509.Chains;

namespace CertLint.Conversion;

public enum ChainRole
{
    Leaf,
    Intermediate,
    Root,
}

public sealed record IssuerFinding(IssuerStatus Status, BundleCertificate? Issuer, string? Reason);

/// <summary>One tree of issuer links: a top certificate and everything issued under it, leaf-first.</summary>
public sealed record ChainTree(BundleCertificate Top, IReadOnlyList<BundleCertificate> LeafFirst);

/// <summary>
/// The unique certificates of a bundle with their issuer links (each has at most one issuer, so the links form
/// trees), the trees in order of first appearance, and each certificate's role.
/// </summary>
public sealed class ChainGraph
{
    private readonly IReadOnlyDictionary<int, IssuerFinding> _issuers;
    private readonly IReadOnlyDictionary<int, int> _childCount;

    internal ChainGraph(IReadOnlyList<BundleCertificate> unique, IReadOnlyDictionary<int, IssuerFinding> issuers, IReadOnlyList<ChainTree> trees)
    {
        Unique = unique;
        _issuers = issuers;
        Trees = trees;
        var children = unique.ToDictionary(c => c.Index, _ => 0);
        foreach (var finding in issuers.Values)
        {
            if (finding is { Status: IssuerStatus.Verified or IssuerStatus.NameOnly, Issuer: { } parent })
            {
                children[parent.Index]++;
            }
        }
        _childCount = children;
    }

    public IReadOnlyList<BundleCertificate> Unique { get; }
    public IReadOnlyList<ChainTree> Trees { get; }

    public IssuerFinding IssuerOf(BundleCertificate certificate) => _issuers[certificate.Index];

    /// <summary>The certificate this one is linked to as its issuer (null for a root or a missing issuer).</summary>
    public BundleCertificate? Parent(BundleCertificate certificate) =>
        IssuerOf(certificate) is { Status: IssuerStatus.Verified or IssuerStatus.NameOnly, Issuer: { } parent } ? parent : null;

    public ChainRole RoleOf(BundleCertificate certificate)
    {
        if (IssuerOf(certificate).Status == IssuerStatus.SelfSigned)
        {
            return ChainRole.Root;
        }
        return _childCount[certificate.Index] == 0 && !certificate.IsCa ? ChainRole.Leaf : ChainRole.Intermediate;
    }
}
