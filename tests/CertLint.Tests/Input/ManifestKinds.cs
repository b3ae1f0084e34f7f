using CertLint.Input;

namespace CertLint.Tests.Input;

/// <summary>The manifest's object names (chosen by the fixture script, not by the decoder) as decoder kinds.</summary>
public static class ManifestKinds
{
    public static ObjectKind ToObjectKind(string name) => name switch
    {
        "certificate" or "trusted-certificate" => ObjectKind.Certificate,
        "pkcs7" => ObjectKind.Pkcs7,
        "pkcs12" => ObjectKind.Pkcs12,
        "csr" => ObjectKind.CertificateRequest,
        "crl" => ObjectKind.Crl,
        "private-key" => ObjectKind.PrivateKey,
        "rsa-private-key" => ObjectKind.RsaPrivateKey,
        "ec-private-key" => ObjectKind.EcPrivateKey,
        "encrypted-private-key" => ObjectKind.EncryptedPrivateKey,
        "ec-parameters" => ObjectKind.EcParameters,
        "public-key" => ObjectKind.PublicKey,
        _ => throw new ArgumentException($"manifest names an object the tests do not know: '{name}'"),
    };

    /// <summary>What <see cref="InputResult.Encoding"/> reports for a manifest format.</summary>
    public static string Encoding(ManifestRow row) => row.Format switch
    {
        "pem" => "PEM (text)",
        "pem-utf8bom" => "PEM (UTF-8 with BOM)",
        "pem-utf16le" => "PEM (UTF-16LE)",
        "pem-utf16be" => "PEM (UTF-16BE)",
        "der" => "DER",
        "ber" => "BER",
        "base64" => "base64",
        _ => throw new ArgumentException($"manifest format '{row.Format}' has no expected encoding"),
    };
}
