using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;

namespace CertLint.Rules.Chain;

public sealed class ChainSignatureInvalid : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "chain.signature-invalid",
        Title = "Signature does not verify under the issuer's public key",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "6.1.3 (a)(1)",
        Description = "Verifies signatureValue over the tbsCertificate bytes exactly as encoded, with the signatureAlgorithm and the issuing certificate's public key (BouncyCastle). Algorithms BouncyCastle cannot verify are skipped, not reported.",
        Rationale = "Path validation requires that \"the signature on the certificate can be verified using working_public_key_algorithm\"; a failing signature means the certificate was signed by another key, altered after signing, or re-encoded (BER to DER) after signing. Every TLS stack rejects it (Mbed TLS: MBEDTLS_X509_BADCERT_NOT_TRUSTED, OpenSSL: 'certificate signature failure').",
        Fix = "Re-issue the certificate from the CA whose key is in the chain, and never edit or re-encode a signed certificate; check that the chain contains the right intermediate (same name, different key after a rollover).",
        Example = "ecdsa-with-SHA256 signature does not verify with the key of CN=CertLint Chain Intermediate",
        NeedsIssuer = true,
    };

    public IEnumerable<Finding> Check(RuleContext context)
    {
        var cert = context.Certificate;
        if (context.Issuer?.PublicKey.Details.Key is not { } key)
        {
            yield break;
        }
        var verified = Verify(cert, key);
        if (verified == false)
        {
            yield return Finding.At(Descriptor,
                $"{cert.SignatureAlgorithm.Name} signature does not verify with the public key of \"{ChainContext.Describe(context.Issuer)}\"", cert.Signature.Location);
        }
    }

    /// <summary>True or false when the signature could be checked; null when the algorithm or key cannot be used.</summary>
    private static bool? Verify(X509.Certificate cert, AsymmetricKeyParameter key)
    {
        try
        {
            var algorithm = Org.BouncyCastle.Asn1.X509.AlgorithmIdentifier.GetInstance(Asn1Object.FromByteArray(cert.SignatureAlgorithm.Encoded.ToArray()));
            var calculator = new Asn1VerifierFactory(algorithm, key).CreateCalculator();
            using (var stream = calculator.Stream)
            {
                stream.Write(cert.TbsEncoded.Span);
            }
            return calculator.GetResult().IsVerified(cert.Signature.Bytes.ToArray());
        }
        catch (Exception ex) when (ex is SecurityUtilityException or GeneralSecurityException or CryptoException or ArgumentException
            or InvalidOperationException or InvalidCastException or IOException or Asn1Exception)
        {
            // Unknown algorithm, or a key the algorithm cannot use: other rules report those
            // (rfc5280.signature.algorithm-unknown, chain.signature-algorithm-key-mismatch). Not a verdict on the signature.
            return null;
        }
    }
}
