using System.Text;
using System.Text.Json;
using CertLint.Input;
using CertLint.Targets.MbedTls;
using CertLint.Targets.MbedTls.Predict;

namespace CertLint.Tests.Targets.MbedTls;

/// <summary>
/// `predict` streams certificate by certificate (issue 10: a 118,000-certificate bundle held every verdict on every
/// build until the end). The streamed JSON and text must be byte for byte what the whole document gives.
/// </summary>
public class PredictStreamingTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static PredictInput Input(string name)
    {
        var errors = new List<InputError>();
        return PredictInput.Read(name, MbedTlsFixtures.Bytes("certs", name), errors)!;
    }

    private static PredictOptions Options(bool withCa, string? suite) => new()
    {
        Builds = MbedTlsBuilds.Create([], [], [], [], MbedTlsExtCallback.None),
        Now = Now,
        Cas = withCa ? [("root.pem", MbedTlsFixtures.Bytes("certs", "root.pem"))] : [],
        Suite = suite,
    };

    public static TheoryData<string[], bool, string?> Cases => new()
    {
        { ["bundle-good-and-nc.pem"], true, "TLS-ECDHE-ECDSA-WITH-AES-128-CCM-8" },
        { ["policy-private-critical.pem", "server-ec.pem", "no-footer.pem"], false, null },
        { ["server-rsa.pem", "bundle-good-and-nc.pem"], true, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void StreamedJsonIsTheWholeDocument(string[] files, bool withCa, string? suite)
    {
        var options = Options(withCa, suite);
        var inputs = files.Select(Input).ToList();
        var whole = JsonSerializer.Serialize(Predictor.Run(inputs, options, "test"), PredictJsonContext.Default.PredictDocument);

        using var buffer = new MemoryStream();
        using (var json = new PredictJsonWriter(buffer, "test", Predictor.Targets(options)))
        {
            foreach (var input in inputs)
            {
                json.Write(Predictor.Open(input, options));
            }
            json.Finish();
        }

        Assert.Equal(whole, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StreamedTextIsTheWholeDocument(string[] files, bool withCa, string? suite)
    {
        var options = Options(withCa, suite);
        var inputs = files.Select(Input).ToList();
        var whole = new StringWriter();
        PredictTextWriter.Write(Predictor.Run(inputs, options, "test"), whole);

        var streamed = new StringWriter();
        var tally = new PredictTally();
        var targets = Predictor.Targets(options);
        PredictTextWriter.WriteTargets(targets, streamed);
        foreach (var input in inputs)
        {
            PredictTextWriter.WriteFile(Predictor.Open(input, options), tally, streamed);
        }
        PredictTextWriter.WriteSummary(tally.Summary, targets.Count, streamed);

        Assert.Equal(whole.ToString(), streamed.ToString());
        Assert.Contains("certificate 0:", streamed.ToString());
    }

    [Fact]
    public void CertificatesAreMadeOnlyWhenEnumerated()
    {
        var options = Options(withCa: false, suite: null);
        var bundle = Input("bundle-good-and-nc.pem");
        var open = Predictor.Open(bundle, options);

        using var certificates = open.Certificates.GetEnumerator();
        Assert.True(certificates.MoveNext());
        Assert.Equal(0, certificates.Current.Index);
        Assert.Equal(options.Builds.Count, certificates.Current.Stacks.Count);
        Assert.Equal(options.Builds.Count, open.ParseFile.Count);
    }
}
