using System.Text.Json;
using System.Text.Json.Nodes;
using CertLint.Reports.Sarif;
using CertLint.Tests.Cli;
using Json.Schema;

namespace CertLint.Tests.Reports;

public class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // The committed schema is draft-04; JsonSchema.Net reads draft-07, which differs here only in `id` vs `$id`.
        var node = JsonNode.Parse(File.ReadAllText(Fixtures.Path("sarif/sarif-schema-2.1.0.json")))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node["$id"] = node["id"]!.GetValue<string>();
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString());
    });

    private static void AssertValid(string sarif)
    {
        var result = Schema.Value.Evaluate(JsonNode.Parse(sarif), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void SchemaRejectsAnInvalidLog() =>
        Assert.False(Schema.Value.Evaluate(JsonNode.Parse("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).IsValid);

    [Fact]
    public void LintSarifIsValidAndLocatesFindings()
    {
        using var cli = new LintCli();
        cli.Copy("lint/two-leaves.pem", "lint/ber-length.der", "lint/malformed.pem");
        var result = cli.Run("lint", "--format", "sarif", "two-leaves.pem", "ber-length.der", "malformed.pem");
        Assert.Equal(1, result.ExitCode);
        AssertValid(result.Stdout);

        var run = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString())));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "certlint.decode.certificate-malformed");
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
        var serial = results.Single(r => r.GetProperty("ruleId").GetString() == "rfc5280.serial.positive");
        Assert.Equal("error", serial.GetProperty("level").GetString());
        var location = serial.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("two-leaves.pem", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(Engine.PemLines.Begins("lint/two-leaves.pem")[1], location.GetProperty("region").GetProperty("startLine").GetInt32());
        var sha = File.ReadAllLines(Fixtures.Path("lint/sha256.txt"))[1];
        Assert.Equal($"rfc5280.serial.positive:{sha}", serial.GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString());
        Assert.Equal("rfc5280.serial.positive", rules[serial.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var ber = results.Single(r => r.GetProperty("ruleId").GetString() == "rfc5280.der.length-not-minimal");
        Assert.Equal(1, ber.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void CrlFindingsAreValidSarif()
    {
        using var cli = new LintCli();
        cli.Copy("crl/bad-signature-chain.pem", "crl/bad-idp-user-and-ca.der", "crl/bad-malformed.pem");
        var result = cli.Run("lint", "--format", "sarif", "bad-signature-chain.pem", "bad-idp-user-and-ca.der", "bad-malformed.pem");
        Assert.Equal(1, result.ExitCode);
        AssertValid(result.Stdout);
        var results = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("chain.crl-signature-invalid", results);
        Assert.Contains("rfc5280.crl.idp.only-contains-conflict", results);
        Assert.Contains("certlint.decode.crl-malformed", results);
    }

    [Fact]
    public void SuppressedFindingsAndInputErrorsAreValidSarif()
    {
        using var cli = new LintCli();
        cli.Copy("lint/zero-serial.pem");
        Assert.Equal(0, cli.Run("lint", "--write-baseline", "b.json", "zero-serial.pem").ExitCode); // issue 9: writing succeeded
        var result = cli.Run("lint", "--format", "sarif", "--baseline", "b.json", "zero-serial.pem", "missing.pem");
        Assert.Equal(2, result.ExitCode);
        AssertValid(result.Stdout);
        var run = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("runs")[0];
        Assert.Equal("external", run.GetProperty("results")[0].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("no such file", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
    }
}
