namespace CertLint.Rules.Rfc5280;

/// <summary>The two validity times with their field names, for rules that judge each one.</summary>
internal static class ValidityTimes
{
    public static (string Field, Asn1.AsnTime Time)[] Of(X509.Certificate cert) =>
        [("notBefore", cert.NotBefore), ("notAfter", cert.NotAfter)];
}
