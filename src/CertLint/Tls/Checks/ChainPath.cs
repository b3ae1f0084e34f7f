using CertLint.X509;
using CertLint.X509.Chains;
using CertLint.Tls.Material;

namespace CertLint.Tls.Checks;

/// <summary>
/// The path from the leaf through the certificates sent to a trust anchor, found as Mbed TLS finds it: each
/// certificate's issuer is looked for among the trust anchors first, then among the certificates sent after it.
/// </summary>
public sealed record ChainPath(IReadOnlyList<CertificateFacts> Certificates, CertificateFacts? Anchor, CertificateFacts? StuckAt)
{
    public bool Complete => Anchor is not null;

    public static ChainPath Build(IReadOnlyList<CertificateFacts> sent, IReadOnlyList<CertificateFacts> trusted)
    {
        var path = new List<CertificateFacts> { sent[0] };
        var position = 0;
        while (path.Count <= sent.Count + 1)
        {
            var current = path[^1];
            if (trusted.Any(t => t.Model.Sha256 == current.Model.Sha256))
            {
                return new ChainPath(path.Take(path.Count - 1).ToList(), current, null);
            }

            var anchor = trusted.FirstOrDefault(t => Issued(t, current));
            if (anchor is not null)
            {
                return new ChainPath(path, anchor, null);
            }

            var next = -1;
            for (var i = position + 1; i < sent.Count; i++)
            {
                if (Issued(sent[i], current) && !path.Any(p => p.Model.Sha256 == sent[i].Model.Sha256)) { next = i; break; }
            }

            if (next < 0)
            {
                return new ChainPath(path, null, current);
            }

            path.Add(sent[next]);
            position = next;
        }
        return new ChainPath(path, null, path[^1]);
    }

    /// <summary>
    /// True when <paramref name="issuer"/>'s name and key issued <paramref name="child"/>: the shared RFC 5280 name
    /// key (X509/Chains/NameKey) and signature check (X509/SignatureCheck) that lint, convert and the chain rules use.
    /// </summary>
    public static bool Issued(CertificateFacts issuer, CertificateFacts child) =>
        NameKey.Of(issuer.Model.Subject) == NameKey.Of(child.Model.Issuer)
        && child.Model.Signature.UnusedBits == 0
        && SignatureCheck.Verify(child.Model, issuer.Model).Verdict == SignatureVerdict.Verified;
}
