using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.X509;

namespace CertLint.Tls.Material;

/// <summary>What one end of the connection holds: its certificate, the chain it sends, its key; and the CA the peer trusts.</summary>
public sealed class TlsMaterial
{
    public required X509Certificate Leaf { get; init; }

    /// <summary>The certificates sent after the leaf, in the order given (extra --cert certificates, then --chain).</summary>
    public IReadOnlyList<X509Certificate> Chain { get; init; } = [];

    /// <summary>The peer's trust anchors (--ca); empty when none was given.</summary>
    public IReadOnlyList<X509Certificate> Trusted { get; init; } = [];

    public AsymmetricKeyParameter? PrivateKey { get; init; }

    /// <summary>Why the private key given cannot be used (encrypted without password, wrong password).</summary>
    public string? KeyProblem { get; init; }

    public bool KeyGiven { get; init; }

    public IReadOnlyList<X509Certificate> SentChain => [Leaf, .. Chain];

    public static TlsMaterial Load(string certFile, string? keyFile, string? chainFile, string? caFile, string? keyPassword)
    {
        var certs = CertificateFile.Read(certFile, ReadAll(certFile));
        var chain = certs.Skip(1).ToList();
        if (chainFile is not null)
            chain.AddRange(CertificateFile.Read(chainFile, ReadAll(chainFile)));
        var trusted = caFile is null ? [] : CertificateFile.Read(caFile, ReadAll(caFile));
        PrivateKeyResult? key = keyFile is null ? null : PrivateKeyFile.Read(keyFile, ReadAll(keyFile), keyPassword);
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

    private static byte[] ReadAll(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TlsInputException(file, ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : CertificateFile.OneLine(ex.Message));
        }
    }
}
