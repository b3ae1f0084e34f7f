using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace CertLint.Targets.MbedTls;

/// <summary>x509_crt_check_signature: the parent's key must be able to do the child's signature type, and the
/// signature over the child's TBS must verify (checked with BouncyCastle).</summary>
internal static class MbedTlsSignatureCheck
{
    // The answer for one child depends only on the parent's key (SubjectPublicKeyInfo): verify asks it again for every
    // profile and chain walk, and Mbed TLS tries every same-named trusted CA in turn. Keyed by the key's bytes, a
    // crowd of same-named CAs sharing one key costs one check per child, not one per CA (audit F9: 1,000 leaves
    // against 1,000 such CAs took 218 s).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MbedTlsCertificate, System.Collections.Concurrent.ConcurrentDictionary<ReadOnlyMemory<byte>, bool>> Checked = [];

    public static bool IsGood(MbedTlsCertificate child, MbedTlsCertificate parent) =>
        Checked.GetValue(child, _ => new(CertLint.Input.EncodedBytesComparer.Instance)).GetOrAdd(parent.SubjectPublicKeyInfo, _ => Check(child, parent));

    private static bool Check(MbedTlsCertificate child, MbedTlsCertificate parent)
    {
        if (!parent.Key.CanDo(child.SigPk))
        {
            return false;
        }

        try
        {
            var key = PublicKeyFactory.CreateKey(parent.SubjectPublicKeyInfo);
            if (child.SigPk == "RSASSA_PSS")
            {
                return key is RsaKeyParameters rsa && PssVerify(rsa, child);
            }
            var signer = Signer(child);
            if (signer is null)
            {
                return false;
            }

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
        if (md is null)
        {
            return null;
        }

        return child.SigPk switch
        {
            "RSA" => new RsaDigestSigner(md),
            "ECDSA" => new DsaDigestSigner(new ECDsaSigner(), md),
            _ => null,
        };
    }

    /// <summary>
    /// mbedtls_pk_verify_ext for RSASSA-PSS. The signature must be exactly the key's length; then
    /// mbedtls_rsa_rsassa_pss_verify_ext (rsa.c), which hashes M' with the MGF1 hash, not the signature hash (so a
    /// SHA-256 signature with MGF1-SHA1 never verifies there), and wants the salt length of the parameters unless the
    /// release verifies through PSA with any salt (4.0, <see cref="MbedTlsCertificate.PssAnySalt"/>).
    /// </summary>
    private static bool PssVerify(RsaKeyParameters key, MbedTlsCertificate child)
    {
        var hash = Digest(child.SigMd);
        var mgf = Digest(child.PssMgf1Md ?? child.SigMd);
        if (hash is null || mgf is null)
        {
            return false;
        }

        var mHash = new byte[hash.GetDigestSize()];
        var tbs = child.Tbs.ToArray();
        hash.BlockUpdate(tbs, 0, tbs.Length);
        hash.DoFinal(mHash, 0);

        var n = key.Modulus;
        var k = (n.BitLength + 7) / 8;
        if (child.Signature.Length != k || k < 16)
        {
            return false;
        }

        var m = new Org.BouncyCastle.Math.BigInteger(1, child.Signature);
        if (m.CompareTo(n) >= 0)
        {
            return false; // mbedtls_rsa_public: input not below N
        }

        var em = m.ModPow(key.Exponent, n).ToByteArrayUnsigned();
        if (em.Length < k)
        {
            em = [.. new byte[k - em.Length], .. em];
        }

        var siglen = k;
        if (em[siglen - 1] != 0xBC)
        {
            return false;
        }

        var hlen = mgf.GetDigestSize();
        var msb = n.BitLength - 1;
        if ((em[0] >> (8 - siglen * 8 + msb)) != 0)
        {
            return false;
        }

        var p = 0;
        if (msb % 8 == 0)
        {
            p++;
            siglen--;
        }
        if (siglen < hlen + 2)
        {
            return false;
        }

        var hashStart = p + siglen - hlen - 1;
        var mask = Mgf1(mgf, em.AsSpan(hashStart, hlen).ToArray(), siglen - hlen - 1);
        for (var i = 0; i < mask.Length; i++)
        {
            em[p + i] ^= mask[i];
        }

        em[0] &= (byte)(0xFF >> (siglen * 8 - msb));
        while (p < hashStart - 1 && em[p] == 0)
        {
            p++;
        }

        if (em[p++] != 0x01)
        {
            return false;
        }

        var observedSalt = hashStart - p;
        if (!child.PssAnySalt && observedSalt != (child.PssSaltLength ?? 20))
        {
            return false;
        }
        // H = Hash(0x00 x 8 || mHash || salt), with the MGF1 hash (hash_mprime).
        mgf.Reset();
        mgf.BlockUpdate(new byte[8], 0, 8);
        mgf.BlockUpdate(mHash, 0, mHash.Length);
        mgf.BlockUpdate(em, p, observedSalt);
        var h = new byte[hlen];
        mgf.DoFinal(h, 0);
        return em.AsSpan(hashStart, hlen).SequenceEqual(h);
    }

    private static byte[] Mgf1(IDigest digest, byte[] seed, int length)
    {
        var output = new byte[length];
        var block = new byte[digest.GetDigestSize()];
        for (uint counter = 0, done = 0; done < length; counter++)
        {
            digest.Reset();
            digest.BlockUpdate(seed, 0, seed.Length);
            digest.BlockUpdate([(byte)(counter >> 24), (byte)(counter >> 16), (byte)(counter >> 8), (byte)counter], 0, 4);
            digest.DoFinal(block, 0);
            var take = (int)Math.Min(block.Length, length - done);
            Array.Copy(block, 0, output, done, take);
            done += (uint)take;
        }
        return output;
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
