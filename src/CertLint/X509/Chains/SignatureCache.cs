using System.Collections.Concurrent;

namespace CertLint.X509.Chains;

/// <summary>
/// Signature verdicts per (subject, issuer) pair, keyed by both certificates' SHA-256, so every command and rule
/// that asks "did this key sign that certificate" pays for one verification per pair. Thread-safe.
/// A signature BIT STRING with unused bits is no signature at all (Invalid) whatever the key.
/// </summary>
public sealed class SignatureCache
{
    private readonly ConcurrentDictionary<(string Subject, string Issuer), (SignatureVerdict Verdict, string? Reason)> _verdicts = new();
    private long _checks;

    /// <summary>How many signature verifications were actually computed (not served from the cache).</summary>
    public long Checks => Interlocked.Read(ref _checks);

    /// <summary>How many verdicts are kept.</summary>
    public int Remembered => _verdicts.Count;

    public (SignatureVerdict Verdict, string? Reason) Verify(Certificate subject, Certificate issuer) =>
        _verdicts.GetOrAdd((subject.Sha256, issuer.Sha256), _ => Compute(subject, issuer));

    /// <summary>
    /// The verdict, from the cache when it is there, without storing a new one: the issuer matcher tries up to eight
    /// candidates per certificate and keeps (<see cref="Remember"/>) only the pairs a rule asks about again. Storing
    /// every try held eight entries per certificate, a tenth of lint's memory on a crowd of same-named certificates.
    /// </summary>
    public (SignatureVerdict Verdict, string? Reason) Try(Certificate subject, Certificate issuer) =>
        _verdicts.TryGetValue((subject.Sha256, issuer.Sha256), out var known) ? known : Compute(subject, issuer);

    public void Remember(Certificate subject, Certificate issuer, (SignatureVerdict Verdict, string? Reason) verdict) =>
        _verdicts.TryAdd((subject.Sha256, issuer.Sha256), verdict);

    private (SignatureVerdict, string?) Compute(Certificate subject, Certificate issuer)
    {
        Interlocked.Increment(ref _checks);
        return subject.Signature.UnusedBits != 0
            ? (SignatureVerdict.Invalid, "signature BIT STRING has unused bits")
            : SignatureCheck.Verify(subject, issuer);
    }
}
