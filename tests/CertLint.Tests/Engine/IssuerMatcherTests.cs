using CertLint.X509;
using CertLint.X509.Chains;

namespace CertLint.Tests.Engine;

public class IssuerMatcherTests
{
    [Fact]
    public void FindsIssuersByNameKeyIdentifierAndSignature()
    {
        var chain = Fixtures.Certificates("lint/chain.pem");
        var matcher = new IssuerMatcher(chain);
        Assert.Equal((IssuerStatus.Verified, chain[1]), Pair(matcher.Match(chain[0])));
        Assert.Equal((IssuerStatus.Verified, chain[2]), Pair(matcher.Match(chain[1])));
        Assert.Equal((IssuerStatus.SelfSigned, chain[2]), Pair(matcher.Match(chain[2])));
    }

    private static (IssuerStatus, Certificate?) Pair(IssuerMatch match) => (match.Status, match.Issuer);

    [Fact]
    public void NoCandidateWithTheIssuerNameMeansMissing()
    {
        var leaf = Fixtures.Certificate("lint/leaf.pem");
        Assert.Equal(IssuerStatus.Missing, new IssuerMatcher(Fixtures.Certificates("lint/root.pem")).Match(leaf).Status);
    }

    [Fact]
    public void FallbackIsSearchedWhenTheSetHasNoIssuerOfThatName()
    {
        var chain = Fixtures.Certificates("lint/chain.pem");
        var matcher = new IssuerMatcher([chain[0]], new IssuerMatcher([chain[1]]));
        Assert.Same(chain[1], matcher.Match(chain[0]).Issuer);
        Assert.Equal(IssuerStatus.Missing, matcher.Match(chain[1]).Status);
    }

    [Fact]
    public void SignatureVerdictsAreCachedPerPairAndIdenticalCertificatesCollapse()
    {
        var chain = Fixtures.Certificates("lint/chain.pem");
        var doubled = new BundleChains([chain[0], chain[0], chain[1], chain[2], chain[1]]);
        Assert.Equal(3, doubled.Signatures.Checks); // leaf by intermediate, intermediate by root, root by itself
        Assert.Equal(0, doubled.FirstCopyOf(1));
        Assert.Equal(2, doubled.FirstCopyOf(4));
        Assert.Equal(1, doubled.LeafCount);
        Assert.True(doubled.IsOneChain);
    }

    [Fact]
    public void NameKeyFollowsRfc5280Comparison()
    {
        var certificates = Fixtures.Certificates("chain-rules/chain.issuer-name-encoding-differs.pem");
        // The leaf's issuer is the intermediate's subject in another string type and case.
        Assert.False(certificates[0].Issuer.EncodingEquals(certificates[1].Subject));
        Assert.Equal(NameKey.Of(certificates[1].Subject), NameKey.Of(certificates[0].Issuer));
    }
}
