using CertLint.Input;
using Org.BouncyCastle.Crypto;

namespace CertLint.Tls.Material;

/// <summary>What one end of the connection holds: its certificate, the chain it sends, its key; and the CA the peer trusts.</summary>
public sealed class TlsMaterial
{
    public required CertificateFacts Leaf { get; init; }

    /// <summary>The certificates sent after the leaf, in the order given (extra --cert certificates, then --chain).</summary>
    public IReadOnlyList<CertificateFacts> Chain { get; init; } = [];

    /// <summary>The peer's trust anchors (--ca); empty when none was given.</summary>
    public IReadOnlyList<CertificateFacts> Trusted { get; init; } = [];

    public AsymmetricKeyParameter? PrivateKey { get; init; }

    /// <summary>Why the private key given cannot be used (encrypted without password, wrong password).</summary>
    public string? KeyProblem { get; init; }

    public bool KeyGiven { get; init; }

    public IReadOnlyList<CertificateFacts> SentChain => [Leaf, .. Chain];

    /// <param name="openStdin">Standard input, for a file named '-' (at most one of the files may be).</param>
    public static TlsMaterial Load(string certFile, string? keyFile, string? chainFile, string? caFile, string? keyPassword, Func<Stream>? openStdin = null)
    {
        if (new[] { certFile, keyFile, chainFile, caFile }.Count(f => f == "-") > 1)
        {
            throw new TlsInputException("-", "standard input can be read only once: give '-' to one of --cert, --key, --chain, --ca");
        }

        var certs = ReadCertificates(certFile, openStdin);
        var chain = certs.Skip(1).ToList();
        if (chainFile is not null)
        {
            chain.AddRange(ReadCertificates(chainFile, openStdin));
        }

        var trusted = caFile is null ? [] : ReadCertificates(caFile, openStdin);
        PrivateKeyResult? key = keyFile is null ? null : PrivateKeyFile.Read(keyFile, ReadAll(keyFile, openStdin), keyPassword);
        return new TlsMaterial
        {
            Leaf = certs[0],
            Chain = chain,
            Trusted = trusted,
            PrivateKey = key?.Key,
            KeyProblem = key?.Problem,
            KeyGiven = keyFile is not null,
        };
    }

    /// <summary>Every certificate of a PEM, DER, BER, base64 or PKCS#7 file, through CertLint's decoder, in file order.</summary>
    public static IReadOnlyList<CertificateFacts> ReadCertificates(string file, Func<Stream>? openStdin = null)
    {
        InputResult result;
        if (file == "-")
        {
            if (openStdin is null)
            {
                throw new TlsInputException(file, "cannot read standard input here");
            }

            using var stdin = openStdin();
            result = InputDecoder.DecodeStream("-", stdin);
        }
        else
        {
            result = InputDecoder.DecodeFile(file);
        }
        if (result.Errors.Count > 0)
        {
            var error = result.Errors[0];
            throw new TlsInputException(file, error.Describe());
        }
        var certificates = new List<CertificateFacts>();
        foreach (var item in result.Certificates)
        {
            if (item.Certificate is null)
            {
                var why = item.CertificateResult?.Error?.ToString() ?? "certificate could not be decoded";
                throw new TlsInputException(file, $"{why} (object at byte {item.Origin.FileOffset})");
            }
            certificates.Add(CertificateFacts.Of(item.Certificate));
        }
        if (certificates.Count == 0)
        {
            var held = result.Objects.Select(o => $"a {ObjectKinds.Describe(o.Kind)} at byte {o.Origin.FileOffset}").ToList();
            throw new TlsInputException(file, held.Count > 0
                ? $"no certificate found: the file holds {string.Join(", ", held)}"
                : "no certificate found (at byte 0): expected PEM CERTIFICATE blocks, DER or PKCS#7");
        }
        return certificates;
    }

    private static byte[] ReadAll(string file, Func<Stream>? openStdin)
    {
        var (bytes, error) = file == "-" && openStdin is not null
            ? InputDecoder.ReadStream("-", openStdin())
            : InputDecoder.ReadFile(file);
        return bytes ?? throw new TlsInputException(file, error?.Describe() ?? "cannot read");
    }
}
