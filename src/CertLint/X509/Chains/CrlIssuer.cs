namespace CertLint.X509.Chains;

/// <summary>
/// The certificate that issued a CRL, found like a certificate's issuer (<see cref="IssuerMatcher"/>): same name
/// (RFC 5280 7.1) and agreeing key identifiers, confirmed by verifying the CRL's signature with the candidate's key
/// (the shared <see cref="SignatureCheck"/>). NotVerified names the first candidate, whose key does not verify it.
/// </summary>
public static class CrlIssuer
{
    public static IssuerMatch Match(CertificateList crl, IssuerMatcher matcher)
    {
        var candidates = matcher.CandidatesFor(crl.Issuer, crl.AuthorityKeyIdentifier?.KeyId);
        if (candidates.Count == 0)
        {
            return new IssuerMatch(IssuerStatus.Missing, null, null);
        }
        Certificate? uncheckable = null;
        string? reason = null;
        foreach (var candidate in candidates)
        {
            var (verdict, why) = Verify(crl, candidate);
            if (verdict == SignatureVerdict.Verified)
            {
                return new IssuerMatch(IssuerStatus.Verified, candidate, null);
            }
            if (verdict == SignatureVerdict.Unchecked && uncheckable is null)
            {
                uncheckable = candidate;
                reason = why;
            }
            reason ??= why;
        }
        return uncheckable is not null
            ? new IssuerMatch(IssuerStatus.NameOnly, uncheckable, reason)
            : new IssuerMatch(IssuerStatus.NotVerified, candidates[0], reason);
    }

    /// <summary>The CRL's signature under <paramref name="issuer"/>'s key; a BIT STRING with unused bits is no signature.</summary>
    public static (SignatureVerdict Verdict, string? Reason) Verify(CertificateList crl, Certificate issuer) =>
        crl.Signature.UnusedBits != 0
            ? (SignatureVerdict.Invalid, "signature BIT STRING has unused bits")
            : SignatureCheck.Verify(crl.Signed, issuer);
}
