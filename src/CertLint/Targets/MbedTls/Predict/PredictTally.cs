namespace CertLint.Targets.MbedTls.Predict;

/// <summary>One input as <see cref="Predictor.Open"/> streams it: the whole-file parse, then the certificates, each
/// made when it is enumerated (enumerate once).</summary>
public sealed record PredictFileStream(string File, IReadOnlyList<PredictFileParse> ParseFile, IEnumerable<PredictCertificate> Certificates);

/// <summary>The summary counts, added up certificate by certificate as they stream past.</summary>
public sealed class PredictTally
{
    private int _certificates;
    private int _rejected;
    private int _verifyFailed;
    private int _usageFailed;

    public void Add(PredictCertificate certificate)
    {
        _certificates++;
        foreach (var stack in certificate.Stacks)
        {
            _rejected += stack.Accepted ? 0 : 1;
            _verifyFailed += stack.VerifyFlags is not null && stack.VerifyCode != "0" ? 1 : 0;
            _usageFailed += stack.Usage is { Ok: false } ? 1 : 0;
        }
    }

    public PredictSummary Summary => new(_certificates, _rejected, _verifyFailed, _usageFailed);

    /// <summary>Any stack rejected, failing verification or unusable for the suite: the run's findings exit code.</summary>
    public bool AnyFailed => _rejected + _verifyFailed + _usageFailed > 0;
}
