using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Inspect;

/// <summary>One-line human renderings of decoded extension values, close to what `openssl x509 -text` prints.</summary>
public static class ExtensionText
{
    public static string? Describe(ExtensionValue? value) => value switch
    {
        null => null,
        BasicConstraints bc => $"CA:{(bc.IsCa ? "TRUE" : "FALSE")}{(bc.PathLength is { } p ? $", pathlen:{p}" : "")}",
        KeyUsage ku => KeyUsage.Describe(ku.Flags),
        ExtendedKeyUsage eku => string.Join(", ", eku.Purposes.Select(Oids.Name)),
        AltName alt => string.Join(", ", alt.Names),
        SubjectKeyIdentifier ski => Hex(ski.KeyId),
        AuthorityKeyIdentifier aki => string.Join(", ", new[]
        {
            aki.KeyId is { } k ? "keyid:" + Hex(k) : null,
            aki.CertIssuer is { } i ? "issuer:" + string.Join("; ", i) : null,
            aki.CertSerial is { } s ? "serial:" + Hex(s) : null,
        }.Where(x => x is not null)),
        CertificatePolicies cp => string.Join("; ", cp.Policies.Select(p =>
            Oids.Name(p.PolicyOid) + string.Concat(p.Qualifiers.Select(q => q.CpsUri is not null ? $" CPS:{q.CpsUri}" : q.Notice?.ExplicitText is { } t ? $" UserNotice:\"{t.Text}\"" : $" {Oids.Name(q.Oid)}")))),
        NameConstraints nc => $"permitted: [{Subtrees(nc.Permitted)}], excluded: [{Subtrees(nc.Excluded)}]",
        CrlDistributionPoints dps => string.Join("; ", dps.Points.Select(d => d.FullName is { } f ? string.Join(", ", f) : "(relative name)")),
        InfoAccess ia => string.Join("; ", ia.Descriptions.Select(d => $"{d.MethodName} - {d.Location}")),
        PolicyConstraints pc => $"requireExplicitPolicy:{pc.RequireExplicitPolicy?.ToString() ?? "-"}, inhibitPolicyMapping:{pc.InhibitPolicyMapping?.ToString() ?? "-"}",
        PolicyMappings pm => string.Join(", ", pm.Mappings.Select(m => $"{Oids.Name(m.IssuerDomainPolicy)}:{Oids.Name(m.SubjectDomainPolicy)}")),
        InhibitAnyPolicy iap => $"skipCerts:{iap.SkipCerts}",
        NetscapeCertType ns => string.Join(", ", ns.Names),
        TlsFeature tf => string.Join(", ", tf.Features.Select(f => f == 5 ? "status_request" : f == 17 ? "status_request_v2" : f.ToString())),
        CrlNumber n => n.Value.ToString(),
        CrlReason r => r.Name,
        InvalidityDate d => d.Time.Encoded,
        IssuingDistributionPoint idp => string.Join(", ", new[]
        {
            idp.FullName is { } f ? "fullName:" + string.Join("; ", f) : idp.NameRelativeToCrlIssuer is not null ? "(relative name)" : null,
            idp.OnlyContainsUserCerts ? "onlyContainsUserCerts" : null,
            idp.OnlyContainsCaCerts ? "onlyContainsCACerts" : null,
            idp.OnlySomeReasons is { } r ? $"onlySomeReasons:{Convert.ToHexString(r.Bytes.Span)}" : null,
            idp.IndirectCrl ? "indirectCRL" : null,
            idp.OnlyContainsAttributeCerts ? "onlyContainsAttributeCerts" : null,
        }.Where(x => x is not null).DefaultIfEmpty("(empty)")),
        _ => null,
    };

    private static string Hex(ReadOnlyMemory<byte> bytes) => Convert.ToHexString(bytes.Span);

    private static string Subtrees(IReadOnlyList<GeneralSubtree>? subtrees) =>
        subtrees is null ? "" : string.Join(", ", subtrees.Select(s => s.Base.ToString()));
}
