using CertLint.Rules;
using CertLint.Rules.Chain;
using CertLint.X509;

namespace CertLint.Tests.Rules.Chain;

/// <summary>
/// Chain rules on stored chains (leaf first): each broken chain in fixtures/chain-rules/ fires its rule exactly once
/// on the certificate that breaks it; the valid chains (ours, and the openssl-made ones in fixtures/chains/) fire none.
/// </summary>
public class ChainRuleTests
{
    /// <summary>Rule ID, chain that breaks it, index of the certificate that must get the finding.</summary>
    public static readonly TheoryData<string, string, int> Broken = new()
    {
        { "chain.issuer-name-mismatch", "chain.issuer-name-mismatch.pem", 0 },
        { "chain.issuer-name-encoding-differs", "chain.issuer-name-encoding-differs.pem", 0 },
        { "chain.aki-ski-mismatch", "chain.aki-ski-mismatch.pem", 0 },
        { "chain.signature-invalid", "chain.signature-invalid.pem", 0 },
        { "chain.issuer-not-ca", "chain.issuer-not-ca.pem", 0 },
        { "chain.issuer-missing-key-cert-sign", "chain.issuer-missing-key-cert-sign.pem", 0 },
        { "chain.path-length-exceeded", "chain.path-length-exceeded.pem", 1 },
        { "chain.issuer-validity-not-covering", "chain.issuer-validity-not-covering.pem", 0 },
        { "chain.out-of-order", "chain.out-of-order.pem", 0 },
        { "chain.duplicate-certificate", "chain.duplicate-certificate.pem", 3 },
        { "chain.issuer-missing", "chain.issuer-missing.pem", 0 },
        { "chain.signature-algorithm-key-mismatch", "chain.signature-algorithm-key-mismatch.pem", 0 },
    };

    public static readonly TheoryData<string> ValidChains = new()
    {
        "chain-rules/valid-chain.pem",
        "chain-rules/chain.path-length-exceeded.quiet.pem",
        "chains/ec-chain.pem",
        "chains/rsa-chain.pem",
        "chains/other-chain.pem",
    };

    private static IRule Rule(string id) => RuleTestKit.Rule(id);

    [Fact]
    public void EveryChainRuleHasABrokenChainNamedAfterIt()
    {
        // fixtures/README.md: a fixture that makes one rule fire is named after that rule's ID.
        Assert.All(ChainPack.Rules, r => Assert.True(File.Exists(Fixtures.Path($"chain-rules/{r.Descriptor.Id}.pem")), r.Descriptor.Id));
        Assert.All(Broken, row => Assert.Equal((string)row[0] + ".pem", (string)row[1]));
    }

    /// <summary>
    /// Runs a rule on chain[index] with the issuer the lint engine would pass: a certificate of the chain whose
    /// subject equals the issuer name and whose key identifier agrees (a self-signed root is its own), or none.
    /// </summary>
    private static IReadOnlyList<Finding> RunAt(IRule rule, IReadOnlyList<Certificate> chain, int index, bool issuerKnown = true)
    {
        var cert = chain[index];
        var context = new RuleContext
        {
            Certificate = cert,
            Role = RuleContext.RoleOf(cert),
            Issuer = issuerKnown ? chain.FirstOrDefault(c => NameComparison.Rfc5280Equal(cert.Issuer, c.Subject) && KeyIdsAgree(cert, c)) : null,
            Chain = chain,
            ChainIndex = index,
            Clock = new Cli.FixedClock(RuleTestKit.Now),
        };
        return rule.Findings(context);
    }

    private static bool KeyIdsAgree(Certificate cert, Certificate issuer) =>
        cert.AuthorityKeyIdentifier?.KeyId is not { } aki || issuer.SubjectKeyIdentifier?.KeyId is not { } ski || aki.Span.SequenceEqual(ski.Span);

    [Theory]
    [MemberData(nameof(Broken))]
    public void FiresOnceOnTheCertificateThatBreaksTheChain(string id, string file, int index)
    {
        var chain = Fixtures.Certificates("chain-rules/" + file);
        var rule = Rule(id);
        for (var i = 0; i < chain.Count; i++)
        {
            var findings = RunAt(rule, chain, i);
            if (i == index)
            {
                var finding = Assert.Single(findings);
                Assert.Equal(id, finding.RuleId);
                Assert.NotNull(finding.Path);
                Assert.InRange(finding.Offset ?? -1, 0, chain[i].Encoded.Length - 1);
            }
            else
            {
                Assert.True(findings.Count == 0, $"{id} also fired on certificate {i} of {file}: {string.Join("; ", findings.Select(f => f.Message))}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ValidChains))]
    public void NoChainRuleFiresOnAValidChain(string file)
    {
        var chain = Fixtures.Certificates(file);
        foreach (var rule in ChainPack.Rules)
        {
            for (var i = 0; i < chain.Count; i++)
            {
                var findings = RunAt(rule, chain, i);
                Assert.True(findings.Count == 0, $"{rule.Descriptor.Id} fired on certificate {i} of {file}: {string.Join("; ", findings.Select(f => f.Message))}");
            }
        }
    }

    [Fact]
    public void EveryChainRuleHasABrokenChain()
    {
        var covered = Broken.Select(row => (string)row[0]).ToHashSet();
        var missing = ChainPack.Rules.Select(r => r.Descriptor.Id).Where(id => !covered.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "chain rules without a broken chain: " + string.Join(", ", missing));
    }

    /// <summary>
    /// The lint engine links a certificate to its issuer only by equal names and agreeing key identifiers, so for
    /// exactly these broken links it passes no issuer: the rules must find the likely issuer in the chain themselves.
    /// </summary>
    [Theory]
    [InlineData("chain.issuer-name-mismatch", "chain.issuer-name-mismatch.pem")]
    [InlineData("chain.issuer-name-encoding-differs", "chain.issuer-name-encoding-differs.pem")]
    [InlineData("chain.aki-ski-mismatch", "chain.aki-ski-mismatch.pem")]
    public void BrokenLinkIsFoundWithoutAGivenIssuer(string id, string file)
    {
        var chain = Fixtures.Certificates("chain-rules/" + file);
        var finding = Assert.Single(RunAt(Rule(id), chain, 0, issuerKnown: false));
        Assert.Contains("CN=CertLint Chain Intermediate", finding.Message);
        Assert.Empty(RunAt(Rule(id), Fixtures.Certificates("chain-rules/valid-chain.pem"), 0, issuerKnown: false));
    }

    [Fact]
    public void OnlyTheMissingIssuerIsReportedWhenTheIntermediateIsMissing()
    {
        var chain = Fixtures.Certificates("chain-rules/chain.issuer-missing.pem");
        var findings = ChainPack.Rules.Where(r => !r.Descriptor.NeedsIssuer).SelectMany(r => RunAt(r, chain, 0, issuerKnown: false)).ToList();
        Assert.Equal("chain.issuer-missing", Assert.Single(findings).RuleId);
        Assert.Contains("CN=CertLint Chain Missing Intermediate", findings[0].Message);
    }

    [Fact]
    public void NormalisedNameMatchIsNotAMismatch()
    {
        var chain = Fixtures.Certificates("chain-rules/chain.issuer-name-encoding-differs.pem");
        Assert.Empty(RunAt(new ChainIssuerNameMismatch(), chain, 0));
        Assert.Empty(RunAt(new ChainSignatureInvalid(), chain, 0));
    }

    [Fact]
    public void BrokenSignatureMessageNamesTheIssuer()
    {
        var chain = Fixtures.Certificates("chain-rules/chain.signature-invalid.pem");
        var finding = Assert.Single(RunAt(new ChainSignatureInvalid(), chain, 0));
        Assert.Contains("CN=CertLint Chain Intermediate", finding.Message);
        Assert.Equal("signatureValue", finding.Path);
    }

    [Fact]
    public void PathLengthMessageNamesTheConstrainingCa()
    {
        var chain = Fixtures.Certificates("chain-rules/chain.path-length-exceeded.pem");
        var finding = Assert.Single(RunAt(new ChainPathLengthExceeded(), chain, 1));
        Assert.Contains("CN=CertLint Chain Root", finding.Message);
        Assert.Contains("pathLenConstraint 0", finding.Message);
    }

    [Theory]
    [InlineData("CertLint  Chain ", "certlint chain")]
    [InlineData("  ÄRGER\tGmbH", "ärger gmbh")]
    public void Rfc4518PreparationFoldsCaseAndSpaces(string a, string b) =>
        Assert.Equal(NameComparison.Prepare(b), NameComparison.Prepare(a));
}
