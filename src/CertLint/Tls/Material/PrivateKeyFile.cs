using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;

namespace CertLint.Tls.Material;

/// <summary>The result of reading a private key file: the key, or why it cannot be used (never the key bytes).</summary>
public sealed record PrivateKeyResult(AsymmetricKeyParameter? Key, string? Problem);

/// <summary>
/// Reads PKCS#8 (plain or encrypted), PKCS#1 RSA and SEC1 EC private keys, PEM or DER, with BouncyCastle.
/// An encrypted key without a password, or with a wrong one, is a verdict (the key is unreadable), not bad input.
/// </summary>
public static class PrivateKeyFile
{
    public static PrivateKeyResult Read(string file, byte[] bytes, string? password)
    {
        if (bytes.Length == 0)
        {
            throw new TlsInputException(file, "file is empty (offset 0): expected a private key");
        }

        var text = Encoding.ASCII.GetString(bytes);
        return text.Contains("-----BEGIN ", StringComparison.Ordinal) ? ReadPem(file, text, password) : ReadDer(file, bytes, password);
    }

    private static PrivateKeyResult ReadPem(string file, string text, string? password)
    {
        var encrypted = text.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal) || text.Contains("Proc-Type: 4,ENCRYPTED", StringComparison.Ordinal);
        if (encrypted && password is null)
        {
            return new PrivateKeyResult(null, "the private key is encrypted; give its password with --key-password");
        }

        try
        {
            using var reader = new StringReader(text);
            var pem = new PemReader(reader, new Password(password));
            for (var obj = pem.ReadObject(); obj is not null; obj = pem.ReadObject())
            {
                switch (obj)
                {
                    case AsymmetricCipherKeyPair pair: return new PrivateKeyResult(pair.Private, null);
                    case AsymmetricKeyParameter { IsPrivate: true } key: return new PrivateKeyResult(key, null);
                }
            }
        }
        catch (Exception ex) when (encrypted && ex is InvalidCipherTextException or PemException or IOException or ArgumentException or InvalidOperationException)
        {
            return new PrivateKeyResult(null, "the private key is encrypted and --key-password does not decrypt it");
        }
        catch (Exception ex) when (ex is IOException or PemException or ArgumentException or InvalidOperationException or InvalidCastException)
        {
            throw new TlsInputException(file, $"not a readable private key: {ex.Message.ReplaceLineEndings(" ").Trim()}");
        }
        throw new TlsInputException(file, "no private key found: expected a PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY or ENCRYPTED PRIVATE KEY block");
    }

    private static PrivateKeyResult ReadDer(string file, byte[] bytes, string? password)
    {
        try
        {
            return new PrivateKeyResult(PrivateKeyFactory.CreateKey(bytes), null);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or IOException or InvalidOperationException or SecurityUtilityException)
        {
            // Not a plain PKCS#8 key: it may be an EncryptedPrivateKeyInfo.
        }
        try
        {
            var info = Org.BouncyCastle.Asn1.Pkcs.EncryptedPrivateKeyInfo.GetInstance(bytes);
            if (password is null)
            {
                return new PrivateKeyResult(null, "the private key is encrypted; give its password with --key-password");
            }

            try
            {
                return new PrivateKeyResult(PrivateKeyFactory.DecryptKey(password.ToCharArray(), info), null);
            }
            catch (Exception ex) when (ex is InvalidCipherTextException or ArgumentException or IOException or InvalidOperationException)
            {
                return new PrivateKeyResult(null, "the private key is encrypted and --key-password does not decrypt it");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or IOException or InvalidOperationException)
        {
            throw new TlsInputException(file, "not a readable private key (offset 0): neither PEM nor DER PKCS#8");
        }
    }

    private sealed class Password(string? password) : IPasswordFinder
    {
        public char[] GetPassword() => password?.ToCharArray() ?? throw new Org.BouncyCastle.OpenSsl.PasswordException("password required");
    }
}
