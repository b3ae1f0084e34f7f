using System.Text.Json.Nodes;
using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Inspect;

/// <summary>Each decoded extension value as JSON (built as nodes: the value types differ per extension).</summary>
public static class ExtensionJson
{
    public static JsonNode? From(ExtensionValue? value) => value switch
    {
        null => null,
        BasicConstraints bc => new JsonObject { ["ca"] = bc.IsCa, ["pathLength"] = bc.PathLength is { } p ? JsonValue.Create(p.ToString()) : null },
        KeyUsage ku => new JsonObject { ["usages"] = Strings(Enum.GetValues<KeyUsageFlags>().Where(f => f != KeyUsageFlags.None && ku.Has(f)).Select(KeyUsage.NameOf)), ["bits"] = Hex(ku.Bits.Bytes), ["unusedBits"] = ku.Bits.UnusedBits },
        ExtendedKeyUsage eku => new JsonObject { ["purposes"] = Oids(eku.Purposes) },
        AltName alt => new JsonObject { ["names"] = Names(alt.Names) },
        SubjectKeyIdentifier ski => new JsonObject { ["keyIdentifier"] = Hex(ski.KeyId) },
        AuthorityKeyIdentifier aki => new JsonObject
        {
            ["keyIdentifier"] = aki.KeyId is { } k ? Hex(k) : null,
            ["authorityCertIssuer"] = aki.CertIssuer is { } i ? Names(i) : null,
            ["authorityCertSerialNumber"] = aki.CertSerial is { } s ? Hex(s) : null,
        },
        CertificatePolicies cp => new JsonObject { ["policies"] = new JsonArray(cp.Policies.Select(Policy).ToArray<JsonNode?>()) },
        NameConstraints nc => new JsonObject { ["permitted"] = Subtrees(nc.Permitted), ["excluded"] = Subtrees(nc.Excluded) },
        CrlDistributionPoints dps => new JsonObject { ["distributionPoints"] = new JsonArray(dps.Points.Select(DistributionPoint).ToArray<JsonNode?>()) },
        InfoAccess ia => new JsonObject { ["accessDescriptions"] = new JsonArray(ia.Descriptions.Select(d => (JsonNode?)new JsonObject { ["method"] = d.Method, ["methodName"] = d.MethodName, ["location"] = d.Location.ToString() }).ToArray()) },
        PolicyConstraints pc => new JsonObject { ["requireExplicitPolicy"] = pc.RequireExplicitPolicy?.ToString(), ["inhibitPolicyMapping"] = pc.InhibitPolicyMapping?.ToString() },
        PolicyMappings pm => new JsonObject { ["mappings"] = new JsonArray(pm.Mappings.Select(m => (JsonNode?)new JsonObject { ["issuerDomainPolicy"] = m.IssuerDomainPolicy, ["subjectDomainPolicy"] = m.SubjectDomainPolicy }).ToArray()) },
        InhibitAnyPolicy iap => new JsonObject { ["skipCerts"] = iap.SkipCerts.ToString() },
        NetscapeCertType ns => new JsonObject { ["types"] = Strings(ns.Names) },
        TlsFeature tf => new JsonObject { ["features"] = new JsonArray(tf.Features.Select(f => (JsonNode?)f).ToArray()) },
        _ => null,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static JsonArray Oids(IEnumerable<string> oids) =>
        new(oids.Select(o => (JsonNode?)new JsonObject { ["oid"] = o, ["name"] = CertLint.Asn1.Oids.Name(o) }).ToArray());

    private static string Hex(ReadOnlyMemory<byte> bytes) => Convert.ToHexStringLower(bytes.Span);

    private static JsonArray Names(IEnumerable<GeneralName> names) =>
        new(names.Select(n => (JsonNode?)new JsonObject { ["type"] = n.KindName, ["value"] = n.Text, ["offset"] = n.Location.Offset }).ToArray());

    private static JsonObject Policy(PolicyInformation p) => new()
    {
        ["oid"] = p.PolicyOid,
        ["name"] = CertLint.Asn1.Oids.Name(p.PolicyOid),
        ["qualifiers"] = new JsonArray(p.Qualifiers.Select(q => (JsonNode?)new JsonObject
        {
            ["oid"] = q.Oid,
            ["name"] = CertLint.Asn1.Oids.Name(q.Oid),
            ["cps"] = q.CpsUri,
            ["explicitText"] = q.Notice?.ExplicitText?.Text,
            ["organization"] = q.Notice?.Organization?.Text,
            ["noticeNumbers"] = q.Notice is { } n ? new JsonArray(n.NoticeNumbers.Select(x => (JsonNode?)x).ToArray()) : null,
        }).ToArray()),
    };

    private static JsonArray? Subtrees(IReadOnlyList<GeneralSubtree>? subtrees) => subtrees is null ? null :
        new(subtrees.Select(s => (JsonNode?)new JsonObject { ["base"] = s.Base.ToString(), ["minimum"] = s.Minimum.ToString(), ["maximum"] = s.Maximum?.ToString() }).ToArray());

    private static JsonObject DistributionPoint(DistributionPoint dp) => new()
    {
        ["fullName"] = dp.FullName is { } f ? Names(f) : null,
        ["nameRelativeToCrlIssuer"] = dp.NameRelativeToCrlIssuer is { } r ? Hex(r) : null,
        ["reasons"] = dp.Reasons is { } reasons ? Hex(reasons.Bytes) : null,
        ["crlIssuer"] = dp.CrlIssuer is { } c ? Names(c) : null,
    };
}
