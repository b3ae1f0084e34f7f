using CertLint.X509;

namespace CertLint.Rules.Engine;

/// <summary>
/// Finds the issuer of a certificate among candidates (the certificates of the same file, --chain issuers and
/// --ca trust anchors): the subject must equal the certificate's issuer name (encoded bytes, else the readable
/// form); when both carry key identifiers, SKI must equal AKI; when several remain, the one whose key verifies
/// the signature wins. A single name/key-ID match is taken without verifying, so a bad signature is reported by
/// the chain rules rather than hiding the issuer.
/// </summary>
public sealed class IssuerResolver
{
    private readonly Dictionary<string, List<Certificate>> _bySubject = new(StringComparer.Ordinal);
    private readonly IssuerResolver? _fallback;

    /// <param name="candidates">Possible issuers (e.g. the certificates of one file).</param>
    /// <param name="fallback">Searched when no candidate matches by name and key ID (e.g. --chain and --ca, indexed once per run).</param>
    public IssuerResolver(IEnumerable<Certificate> candidates, IssuerResolver? fallback = null)
    {
        _fallback = fallback;
        foreach (var candidate in candidates)
        {
            var key = NameKey(candidate.Subject);
            if (!_bySubject.TryGetValue(key, out var list))
            {
                _bySubject[key] = list = [];
            }
            if (!list.Any(c => c.Sha256 == candidate.Sha256))
            {
                list.Add(candidate);
            }
        }
    }

    public Certificate? FindIssuer(Certificate certificate)
    {
        var keyId = certificate.AuthorityKeyIdentifier?.KeyId;
        var matching = _bySubject.TryGetValue(NameKey(certificate.Issuer), out var named)
            ? named.Where(c => KeyIdsAgree(keyId, c.SubjectKeyIdentifier?.KeyId)).ToList()
            : [];
        return matching.Count switch
        {
            0 => _fallback?.FindIssuer(certificate),
            1 => matching[0],
            _ => matching.FirstOrDefault(c => SignatureCheck.Verify(certificate, c).Verdict == SignatureVerdict.Verified) ?? matching[0],
        };
    }

    private static bool KeyIdsAgree(ReadOnlyMemory<byte>? authorityKeyId, ReadOnlyMemory<byte>? subjectKeyId) =>
        authorityKeyId is not { } aki || subjectKeyId is not { } ski || aki.Span.SequenceEqual(ski.Span);

    private static string NameKey(DistinguishedName name) => name.ToString();
}
