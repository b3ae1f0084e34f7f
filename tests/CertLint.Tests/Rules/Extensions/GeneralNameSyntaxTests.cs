using CertLint.Rules;
using CertLint.Rules.Rfc5280;

namespace CertLint.Tests.Rules.Extensions;

public class GeneralNameSyntaxTests
{
    [Theory]
    [InlineData("example.com")]
    [InlineData("*.example.com")]
    [InlineData("xn--bcher-kva.example")]
    [InlineData("a-b.c1")]
    [InlineData("localhost")]
    public void AcceptsPreferredNameSyntax(string name) => Assert.Null(GeneralNameSyntax.DnsNameProblem(name));

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("a b.com", "contains a space")]
    [InlineData("example.com.", "ends with a dot")]
    [InlineData(".example.com", "has an empty label")]
    [InlineData("a..b", "has an empty label")]
    [InlineData("foo.*.com", "not the leftmost label")]
    [InlineData("f*.com", "wildcard inside the label 'f*'")]
    [InlineData("a_b.com", "contains '_'")]
    [InlineData("caf\u00e9.com", "contains 'U+00E9'")]
    [InlineData("a-.com", "starting or ending with a hyphen")]
    [InlineData("*", "bare wildcard")]
    public void ReportsTheFirstDnsProblem(string name, string expected) =>
        Assert.Contains(expected, GeneralNameSyntax.DnsNameProblem(name));

    [Fact]
    public void DnsLengthLimitsAreInclusive()
    {
        var label63 = new string('a', 63);
        Assert.Null(GeneralNameSyntax.DnsNameProblem(label63 + ".com"));
        Assert.Contains("64 characters", GeneralNameSyntax.DnsNameProblem(label63 + "a.com"));
        var name253 = string.Join('.', Enumerable.Repeat(new string('b', 49), 5)) + ".abc";
        Assert.Equal(253, name253.Length);
        Assert.Null(GeneralNameSyntax.DnsNameProblem(name253));
        Assert.Contains("254 characters", GeneralNameSyntax.DnsNameProblem(name253 + "d"));
    }

    [Theory]
    [InlineData("admin@example.com", null)]
    [InlineData("first.last+tag@sub.example.com", null)]
    [InlineData("admin.example.com", "has no '@'")]
    [InlineData("@example.com", "empty local part")]
    [InlineData("Admin <admin@example.com>", "in its local part")]
    [InlineData("admin@exa mple.com", "contains a space")]
    [InlineData("admin@*.example.com", "wildcard")]
    public void ChecksMailboxes(string address, string? expected)
    {
        var problem = GeneralNameSyntax.EmailProblem(address);
        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Theory]
    [InlineData("https://example.com/path?q=1#f", null)]
    [InlineData("http://user@host:8080/", null)]
    [InlineData("ldap://ldap.example.com/cn=CA?cACertificate", null)]
    [InlineData("urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6", null)]
    [InlineData("spiffe://trust.example/workload", null)]
    [InlineData("/relative/path", "has no scheme")]
    [InlineData("example.com/crl", "has no scheme")]
    [InlineData("1http://x", "has no scheme")]
    [InlineData("mailto:", "nothing after it")]
    [InlineData("http://exa mple.com/", "contains 'U+0020'")]
    [InlineData("http:/example.com", "without '//'")]
    [InlineData("https:///path", "empty host")]
    [InlineData("ldap:///CN=Example%20CA,CN=AIA,CN=Public%20Key%20Services,DC=example,DC=com?cACertificate?base?objectClass=certificationAuthority", null)]
    [InlineData("http://192.0.2.1:8080/x", null)]
    [InlineData("http://[2001:db8::1]/x", null)]
    [InlineData("http://under_score.example/", "has a host 'under_score.example' that contains '_'")]
    [InlineData("https://*.example.com/", "has a host '*.example.com' that is a wildcard")]
    [InlineData("http://[2001:db8::1/x", "unterminated IPv6 literal")]
    public void ChecksUris(string uri, string? expected)
    {
        var problem = GeneralNameSyntax.UriProblem(uri);
        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem);
        }
    }

    [Fact]
    public void DnsRuleReportsEachBadNameAtItsOwnEntry()
    {
        var certificate = Fixtures.Certificate("rfc5280-ext/rfc5280.ext.san.dns-name-invalid.several.der");
        var findings = RuleTestKit.Run(RuleRegistry.Find("rfc5280.ext.san.dns-name-invalid")!, certificate);
        string[] expected =
        [
            "'bad..example.test' has an empty label",
            "has a label of 64 characters (max 63)",
            "is 267 characters long (max 253)",
            "'www.*.example.test' has a wildcard that is not the leftmost label",
            "'w*.example.test' has a wildcard inside the label",
            "'under_score.example.test' contains '_'",
            "'-lead.example.test' has the label '-lead' starting or ending with a hyphen",
            "'leaf.example.test.' ends with a dot",
        ];
        Assert.Equal(expected.Length, findings.Count);
        var encoded = certificate.Encoded.Span;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Contains(expected[i], findings[i].Message);
            Assert.Equal($"tbsCertificate.extensions[2].extnValue[{i + 1}]", findings[i].Path);
            Assert.Equal(0x82, encoded[findings[i].Offset!.Value]); // [2] IMPLICIT IA5String: dNSName
        }
    }
}
