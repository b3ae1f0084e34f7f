using CertLint.Rules.Engine;
using CertLint.Rules.Engine.Decoder;
using static CertLint.Tests.Engine.EngineTestKit;

namespace CertLint.Tests.Engine;

public class DecoderDiagnosticRuleTests
{
    [Fact]
    public void BerLengthIsReportedAtItsOffset()
    {
        var report = Lint("lint/ber-length.der", []);
        var finding = Assert.Single(report.Certificates[0].Findings);
        Assert.Equal("rfc5280.der.length-not-minimal", finding.Rule);
        Assert.Equal(0, finding.Offset);
        Assert.Equal("certificate", finding.Path);
    }

    [Fact]
    public void DerCertificateHasNoDecoderFindings() =>
        Assert.Empty(Lint("lint/leaf.der", []).Certificates[0].Findings);

    [Fact]
    public void CertificateThatDoesNotDecodeIsAFindingNotAnInputError()
    {
        var report = Lint("lint/malformed.pem", []);
        var certificate = Assert.Single(report.Certificates);
        Assert.Null(certificate.Subject);
        Assert.Equal("unknown", certificate.Role);
        var finding = Assert.Single(certificate.Findings);
        Assert.Equal(EngineRules.CertificateMalformed.Id, finding.Rule);
        Assert.Equal("tbsCertificate", finding.Path);
        Assert.Equal(2, finding.Offset);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void EveryDecoderCodeHasARuleAndUnknownCodesFallBack()
    {
        string[] codes = ["der.indefinite-length", "der.length-not-minimal", "der.integer-not-minimal", "der.boolean-not-ff",
            "der.constructed-string", "der.bitstring-padding", "der.default-encoded", "der.named-bit-list", "x509.extension-malformed", "x509.trailing-data"];
        var rules = DecoderDiagnosticRules.For(new HashSet<string>()).Cast<DecoderDiagnosticRule>().ToList();
        foreach (var code in codes)
        {
            var matching = Assert.Single(rules, r => r.Matches(code));
            Assert.NotEqual("certlint.decode.other", matching.Descriptor.Id);
        }
        Assert.Equal("certlint.decode.other", Assert.Single(rules, r => r.Matches("asn1.decode")).Descriptor.Id);
    }

    [Fact]
    public void ACodeAPackRuleReportsIsLeftToThatRule()
    {
        var rules = DecoderDiagnosticRules.For(new HashSet<string> { "rfc5280.ext.malformed" }).Cast<DecoderDiagnosticRule>().ToList();
        Assert.DoesNotContain(rules, r => r.Matches("x509.extension-malformed"));
        Assert.Contains(rules, r => r.Matches("der.indefinite-length"));
    }

    [Fact]
    public void EveryDecoderCodeIsReportedExactlyOnceByTheShippedRules()
    {
        var decoderRules = RuleCatalog.Default.Rules.OfType<DecoderDiagnosticRule>().ToList();
        foreach (var (code, packRule) in DecoderDiagnosticRules.ReportedByPackRules)
        {
            var byDecoder = decoderRules.Count(r => r.Matches(code));
            var byPack = RuleCatalog.Default.Find(packRule) is null ? 0 : 1;
            Assert.Equal(1, byDecoder + byPack);
        }
    }

    [Fact]
    public void ExcludingTheDecoderRuleSilencesIt() =>
        Assert.Empty(Lint("lint/ber-length.der", [], AllTestRules + "exclude: [rfc5280.der.*]\n").Certificates[0].Findings);
}
