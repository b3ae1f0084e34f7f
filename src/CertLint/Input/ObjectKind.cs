namespace CertLint.Input;

/// <summary>What an object found in an input is.</summary>
public enum ObjectKind
{
    Unknown,
    Certificate,
    Pkcs7,
    Crl,
    CertificateRequest,
    PrivateKey,
    RsaPrivateKey,
    EcPrivateKey,
    EncryptedPrivateKey,
    EcParameters,
    PublicKey,
    Pkcs12,
}

public static class ObjectKinds
{
    public static string Describe(ObjectKind kind) => kind switch
    {
        ObjectKind.Certificate => "certificate",
        ObjectKind.Pkcs7 => "PKCS#7/CMS SignedData",
        ObjectKind.Crl => "CRL",
        ObjectKind.CertificateRequest => "certificate request (CSR)",
        ObjectKind.PrivateKey => "private key (PKCS#8)",
        ObjectKind.RsaPrivateKey => "RSA private key (PKCS#1)",
        ObjectKind.EcPrivateKey => "EC private key (SEC1)",
        ObjectKind.EncryptedPrivateKey => "encrypted private key (PKCS#8)",
        ObjectKind.EcParameters => "EC parameters",
        ObjectKind.PublicKey => "public key",
        ObjectKind.Pkcs12 => "PKCS#12 keystore",
        _ => "unrecognised object",
    };

    public static bool IsPrivateKey(ObjectKind kind) =>
        kind is ObjectKind.PrivateKey or ObjectKind.RsaPrivateKey or ObjectKind.EcPrivateKey or ObjectKind.EncryptedPrivateKey;

    /// <summary>The kind a PEM label announces (content sniffing may still correct it).</summary>
    public static ObjectKind FromPemLabel(string label) => label switch
    {
        "CERTIFICATE" or "X509 CERTIFICATE" or "TRUSTED CERTIFICATE" => ObjectKind.Certificate,
        "PKCS7" or "PKCS #7 SIGNED DATA" or "CMS" => ObjectKind.Pkcs7,
        "CERTIFICATE REQUEST" or "NEW CERTIFICATE REQUEST" => ObjectKind.CertificateRequest,
        "X509 CRL" => ObjectKind.Crl,
        "PRIVATE KEY" => ObjectKind.PrivateKey,
        "RSA PRIVATE KEY" => ObjectKind.RsaPrivateKey,
        "EC PRIVATE KEY" => ObjectKind.EcPrivateKey,
        "ENCRYPTED PRIVATE KEY" => ObjectKind.EncryptedPrivateKey,
        "EC PARAMETERS" => ObjectKind.EcParameters,
        "PUBLIC KEY" or "RSA PUBLIC KEY" => ObjectKind.PublicKey,
        "PKCS12" => ObjectKind.Pkcs12,
        _ => ObjectKind.Unknown,
    };
}
