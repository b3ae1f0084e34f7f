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

    public (SignatureVerdict Verdict, string? Reason) Verify(Certificate subject, Certificate issuer) =>
        _verdicts.GetOrAdd((subject.Sha256, issuer.Sha256), _ =>
        {
            Interlocked.Increment(ref _checks);
            return subject.Signature.UnusedBits != 0
                ? (SignatureVerdict.Invalid, "signature BIT STRING has unused bits")
                : SignatureCheck.Verify(subject, issuer);
        });
}
