namespace CertLint.Rules.Rfc5280;

public sealed class SignatureRsaPssParamsInconsistent : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "rfc5280.signature.rsa-pss-params-inconsistent",
        Title = "RSASSA-PSS hash, MGF1 hash and salt length should agree",
        DefaultSeverity = Severity.Warning,
        Source = "RFC 4055",
        Citation = "3.1; RFC 8017 9.1",
        Description = "For well-formed RSASSA-PSS parameters, checks that MGF1 uses the same hash as the signature and that the salt length equals the hash length.",
        Rationale = "RFC 4055 recommends the same hash for MGF1 and the message, and the salt as long as the hash output; TLS 1.3's rsa_pss_rsae_* schemes (RFC 8446 4.2.3) require exactly that. Code paths and hardware tokens that implement only those combinations fail to verify anything else, and a salt shorter than the hash weakens the security proof.",
        Fix = "Re-issue with matching parameters: openssl ca -md sha256 -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest.",
        Example = "Hash Algorithm: sha256, Mask Algorithm: mgf1 with sha256, Salt Length: 0x14",
    };

    public void Check(RuleContext context, List<Finding> findings)
    {
        var algorithm = context.Certificate.SignatureAlgorithm;
        if (algorithm.Oid != Asn1.Oids.RsaPss || algorithm.Parameters is not { } p
            || RsaPssParameters.TryParse(p, out _) is not { MaskGenOid: RsaPssParameters.Mgf1 } pss)
        {
            return;
        }
        var hash = RsaPssParameters.HashName(pss.HashOid);
        if (pss.MaskGenHashOid != pss.HashOid)
        {
            findings.Add(Finding.At(Descriptor, $"RSASSA-PSS hash is {hash} but MGF1 uses {RsaPssParameters.HashName(pss.MaskGenHashOid)}", algorithm.Location));
        }
        var octets = RsaPssParameters.HashOctets(pss.HashOid);
        if (octets > 0 && pss.SaltLength != octets)
        {
            findings.Add(Finding.At(Descriptor, $"RSASSA-PSS salt length is {pss.SaltLength} octets, {hash} output is {octets}", algorithm.Location));
        }
    }
}
