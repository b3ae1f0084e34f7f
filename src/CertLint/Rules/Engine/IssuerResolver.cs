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

    public IssuerResolver(IEnumerable<Certificate> candidates)
    {
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
        if (!_bySubject.TryGetValue(NameKey(certificate.Issuer), out var named))
        {
            return null;
        }
        var keyId = certificate.AuthorityKeyIdentifier?.KeyId;
        var matching = named.Where(c => KeyIdsAgree(keyId, c.SubjectKeyIdentifier?.KeyId)).ToList();
        if (matching.Count <= 1)
        {
            return matching.FirstOrDefault();
        }
        return matching.FirstOrDefault(c => SignatureCheck.Verifies(certificate, c)) ?? matching[0];
    }

    private static bool KeyIdsAgree(ReadOnlyMemory<byte>? authorityKeyId, ReadOnlyMemory<byte>? subjectKeyId) =>
        authorityKeyId is not { } aki || subjectKeyId is not { } ski || aki.Span.SequenceEqual(ski.Span);

    private static string NameKey(DistinguishedName name) => name.ToString();
}
