namespace CertLint.Tls;

/// <summary>Which end of the connection presents the certificate being checked.</summary>
public enum TlsRole
{
    Server,
    Client,
}
