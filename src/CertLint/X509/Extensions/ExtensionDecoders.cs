using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>The extensions CertLint decodes, by OID. Each decoder reads exactly one value and nothing after it.</summary>
public static class ExtensionDecoders
{
    private static readonly Dictionary<string, Func<AsnCursor, string, ExtensionValue>> Decoders = new(StringComparer.Ordinal)
    {
        [Oids.BasicConstraints] = BasicConstraints.Read,
        [Oids.KeyUsage] = KeyUsage.Read,
        [Oids.ExtKeyUsage] = ExtendedKeyUsage.Read,
        [Oids.SubjectAltName] = AltName.Read,
        [Oids.IssuerAltName] = AltName.Read,
        [Oids.CertificatePolicies] = CertificatePolicies.Read,
        [Oids.SubjectKeyIdentifier] = SubjectKeyIdentifier.Read,
        [Oids.AuthorityKeyIdentifier] = AuthorityKeyIdentifier.Read,
        [Oids.NameConstraints] = NameConstraints.Read,
        [Oids.CrlDistributionPoints] = CrlDistributionPoints.Read,
        [Oids.FreshestCrl] = CrlDistributionPoints.Read,
        [Oids.AuthorityInfoAccess] = InfoAccess.Read,
        [Oids.SubjectInfoAccess] = InfoAccess.Read,
        [Oids.PolicyConstraints] = PolicyConstraints.Read,
        [Oids.PolicyMappings] = PolicyMappings.Read,
        [Oids.InhibitAnyPolicy] = InhibitAnyPolicy.Read,
        [Oids.NetscapeCertType] = NetscapeCertType.Read,
        [Oids.TlsFeature] = TlsFeature.Read,
    };

    public static bool IsDecoded(string oid) => Decoders.ContainsKey(oid);

    /// <summary>Decodes the extnValue content; null when CertLint does not decode this OID.</summary>
    public static ExtensionValue? Decode(string oid, AsnCursor content, string path)
    {
        if (!Decoders.TryGetValue(oid, out var decode))
        {
            return null;
        }
        var value = decode(content, path);
        content.ExpectEnd(Oids.Name(oid));
        return value;
    }
}
