namespace CertLint.Targets.MbedTls;

/// <summary>
/// The chain handed to mbedtls_x509_crt_verify, as the verifier searches it: the leaf at position 0, and for a
/// position and an issuer name the certificates after that position that may be its parent, in chain order.
/// </summary>
public interface IMbedTlsChain
{
    MbedTlsCertificate Leaf { get; }

    /// <summary>
    /// Every certificate after <paramref name="position"/> that Mbed TLS could take as the parent of a certificate
    /// issued by <paramref name="issuer"/>, in chain order with its position; more may be given (the verifier checks
    /// each), none may be left out.
    /// </summary>
    IEnumerable<(MbedTlsCertificate Certificate, int Position)> After(int position, IReadOnlyList<MbedTlsNameAttribute> issuer);
}

/// <summary>A chain as a list, searched from end to end like Mbed TLS's linked list (predict, tls-check).</summary>
public sealed class MbedTlsChainList(IReadOnlyList<MbedTlsCertificate> chain) : IMbedTlsChain
{
    public MbedTlsCertificate Leaf => chain[0];

    public IEnumerable<(MbedTlsCertificate Certificate, int Position)> After(int position, IReadOnlyList<MbedTlsNameAttribute> issuer)
    {
        for (var i = position + 1; i < chain.Count; i++)
        {
            yield return (chain[i], i);
        }
    }
}
