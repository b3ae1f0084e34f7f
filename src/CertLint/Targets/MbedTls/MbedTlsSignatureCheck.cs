using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CertLint.Targets.MbedTls;

/// <summary>x509_crt_check_signature: the parent's key must be able to do the child's signature type, and the
/// signature over the child's TBS must verify (checked with BouncyCastle).</summary>
internal static class MbedTlsSignatureCheck
{
    public static bool IsGood(MbedTlsCertificate child, MbedTlsCertificate parent)
    {
        if (!parent.Key.CanDo(child.SigPk)) return false;
        try
        {
            var key = PublicKeyFactory.CreateKey(parent.SubjectPublicKeyInfo);
            var signer = Signer(child);
            if (signer is null) return false;
            signer.Init(false, key);
            var tbs = child.Tbs.ToArray();
            signer.BlockUpdate(tbs, 0, tbs.Length);
            return signer.VerifySignature(child.Signature);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or SecurityUtilityException or CryptoException or InvalidCastException)
        {
            return false;
        }
    }

    private static ISigner? Signer(MbedTlsCertificate child)
    {
        var md = Digest(child.SigMd);
        if (md is null) return null;
        return child.SigPk switch
        {
            "RSA" => new RsaDigestSigner(md),
            "ECDSA" => new DsaDigestSigner(new ECDsaSigner(), md),
            "RSASSA_PSS" => new PssSigner(new RsaBlindedEngine(), md, Digest(child.PssMgf1Md ?? child.SigMd) ?? md, child.PssSaltLength ?? 20),
            _ => null,
        };
    }

    private static IDigest? Digest(string md) => md switch
    {
        "MD5" => new MD5Digest(),
        "SHA1" => new Sha1Digest(),
        "SHA224" => new Sha224Digest(),
        "SHA256" => new Sha256Digest(),
        "SHA384" => new Sha384Digest(),
        "SHA512" => new Sha512Digest(),
        _ => null,
    };
}
