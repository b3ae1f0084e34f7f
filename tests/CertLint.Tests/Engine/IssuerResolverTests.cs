using CertLint.X509;
using CertLint.Rules.Engine;

namespace CertLint.Tests.Engine;

public class IssuerResolverTests
{
    [Fact]
    public void FindsIssuersByNameAndKeyIdentifier()
    {
        var chain = Fixtures.Certificates("lint/chain.pem");
        var resolver = new IssuerResolver(chain);
        Assert.Same(chain[1], resolver.FindIssuer(chain[0]));
        Assert.Same(chain[2], resolver.FindIssuer(chain[1]));
        Assert.Same(chain[2], resolver.FindIssuer(chain[2]));
    }

    [Fact]
    public void NoCandidateWithTheIssuerNameMeansUnknown()
    {
        var leaf = Fixtures.Certificate("lint/leaf.pem");
        Assert.Null(new IssuerResolver(Fixtures.Certificates("lint/root.pem")).FindIssuer(leaf));
    }

    [Fact]
    public void SignatureDecidesBetweenSameNamedCandidates()
    {
        var chain = Fixtures.Certificates("lint/chain.pem");
        Assert.Equal(SignatureVerdict.Verified, SignatureCheck.Verify(chain[0], chain[1]).Verdict);
        Assert.Equal(SignatureVerdict.Invalid, SignatureCheck.Verify(chain[0], chain[2]).Verdict);
        Assert.Equal(SignatureVerdict.Verified, SignatureCheck.Verify(chain[2], chain[2]).Verdict);
    }

    [Fact]
    public void FallbackIsSearchedWhenTheFileHasNoIssuerOfThatName()
    {
        var chain = Fixtures.Certificates("lint/chain.pem");
        var resolver = new IssuerResolver([chain[0]], new IssuerResolver([chain[1]]));
        Assert.Same(chain[1], resolver.FindIssuer(chain[0]));
        Assert.Null(resolver.FindIssuer(chain[1]));
    }
}
