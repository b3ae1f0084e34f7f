using CertLint.X509;

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

    public void Check(RuleContext context, List<Finding> findings)
    {
        var cert = context.Certificate;
        if (context.Issuer is not { PublicKey.Details.Key: not null } issuer)
        {
            return;
        }
        // Unknown algorithms and keys the algorithm cannot use are other rules' findings
        // (rfc5280.signature.algorithm-unknown, chain.signature-algorithm-key-mismatch), not a verdict on the signature.
        // Verdicts are cached per (certificate, issuer) pair: the matcher has usually verified this one already.
        var verdict = cert.Signature.UnusedBits != 0 ? SignatureCheck.Verify(cert, issuer).Verdict : context.ChainsOrSingle.Signatures.Verify(cert, issuer).Verdict;
        if (verdict == SignatureVerdict.Invalid)
        {
            findings.Add(Finding.At(Descriptor,
                $"{cert.SignatureAlgorithm.Name} signature does not verify with the public key of \"{ChainContext.Describe(issuer)}\"", cert.Signature.Location));
        }
    }
}
