using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Rfc5280;

/// <summary>Shared helpers of the CRL rules (RFC 5280 section 5).</summary>
public static class CrlChecks
{
    /// <summary>A finding when the CRL extension is present and its critical flag is not what the RFC requires.</summary>
    public static IEnumerable<Finding> Criticality(RuleDescriptor rule, X509Extension? extension, bool wantCritical, string requirement)
    {
        if (extension is null || extension.Critical == wantCritical)
        {
            return [];
        }
        var state = extension.Critical ? "marked critical" : "not marked critical";
        return [Finding.At(rule, $"{extension.Name} extension is {state}; RFC 5280 says it {requirement}", extension.Location)];
    }

    /// <summary>
    /// What is wrong with a CRL time (thisUpdate, nextUpdate, revocationDate; RFC 5280 5.1.2.4-5.1.2.6 refer to
    /// 4.1.2.5): UTCTime through 2049, GeneralizedTime from 2050, YYMMDDHHMMSSZ / YYYYMMDDHHMMSSZ; null when conforming.
    /// </summary>
    public static string? TimeProblem(AsnTime time)
    {
        if (time.Value is not { } value)
        {
            return $"\"{time.Encoded}\" is not a valid date and time";
        }
        if (!time.IsZulu)
        {
            return $"\"{time.Encoded}\" is not in Zulu (UTC) form ending in Z";
        }
        if (!time.HasSeconds)
        {
            return $"\"{time.Encoded}\" has no seconds";
        }
        if (time.HasFraction)
        {
            return $"\"{time.Encoded}\" has fractional seconds";
        }
        if (!time.IsUtcTime && value.Year < 2050)
        {
            return $"\"{time.Encoded}\" is a GeneralizedTime for a date before 2050 (UTCTime required)";
        }
        return time.IsRfc5280Form ? null : $"\"{time.Encoded}\" is not in the form RFC 5280 requires";
    }

    /// <summary>Every extension of the CRL and of its entries, with the entry index (null for a CRL extension).</summary>
    public static IEnumerable<(X509Extension Extension, RevokedCertificate? Entry)> AllExtensions(CertificateList crl) =>
        crl.Extensions.Select(e => (e, (RevokedCertificate?)null))
            .Concat(crl.Revoked.SelectMany(r => r.Extensions.Select(e => (e, (RevokedCertificate?)r))));
}
