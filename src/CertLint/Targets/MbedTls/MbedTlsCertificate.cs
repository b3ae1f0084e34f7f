namespace CertLint.Targets.MbedTls;

/// <summary>mbedtls_x509_time: the calendar fields Mbed TLS keeps (no time zone: it assumes UTC).</summary>
public readonly record struct MbedTlsTime(int Year, int Month, int Day, int Hour, int Minute, int Second) : IComparable<MbedTlsTime>
{
    public int CompareTo(MbedTlsTime other) =>
        (Year, Month, Day, Hour, Minute, Second).CompareTo((other.Year, other.Month, other.Day, other.Hour, other.Minute, other.Second));

    public static MbedTlsTime From(DateTimeOffset t)
    {
        var u = t.UtcDateTime;
        return new(u.Year, u.Month, u.Day, u.Hour, u.Minute, u.Second);
    }

    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2} {Hour:D2}:{Minute:D2}:{Second:D2}";
}

/// <summary>One attribute of a Name as mbedtls_x509_name keeps it (Merged: more attributes follow in the same RDN).</summary>
public sealed record MbedTlsNameAttribute(string Oid, byte[] OidBytes, int ValueTag, byte[] Value, bool Merged);

/// <summary>One GeneralName of subjectAltName: its tag byte and content octets.</summary>
public sealed record MbedTlsGeneralName(int Tag, byte[] Value)
{
    public string Kind => (Tag & 0x1F) switch
    {
        0 => "otherName", 1 => "rfc822Name", 2 => "dNSName", 3 => "x400Address", 4 => "directoryName",
        5 => "ediPartyName", 6 => "uniformResourceIdentifier", 7 => "iPAddress", 8 => "registeredID", _ => $"[{Tag & 0x1F}]",
    };
}

/// <summary>The parts of mbedtls_x509_crt that later decisions (verify, usage) read, after a successful parse.</summary>
public sealed class MbedTlsCertificate
{
    public const int ExtAuthorityKeyIdentifier = 0x1, ExtSubjectKeyIdentifier = 0x2, ExtKeyUsageBits = 0x4,
        ExtCertificatePolicies = 0x8, ExtSubjectAltName = 0x20, ExtBasicConstraints = 0x100,
        ExtExtendedKeyUsage = 0x800, ExtNsCertType = 0x10000;

    public const uint KuDigitalSignature = 0x80, KuNonRepudiation = 0x40, KuKeyEncipherment = 0x20,
        KuDataEncipherment = 0x10, KuKeyAgreement = 0x08, KuKeyCertSign = 0x04, KuCrlSign = 0x02,
        KuEncipherOnly = 0x01, KuDecipherOnly = 0x8000;

    public required byte[] Raw { get; init; }
    public required int TbsOffset { get; init; }
    public required int TbsLength { get; init; }
    public int Version { get; internal set; }
    public byte[] Serial { get; internal set; } = [];
    public string SigOid { get; internal set; } = "";
    public string SigMd { get; internal set; } = "";
    public string SigPk { get; internal set; } = "";
    /// <summary>For RSASSA-PSS: the MGF1 hash and salt length from the parameters.</summary>
    public string? PssMgf1Md { get; internal set; }
    public int? PssSaltLength { get; internal set; }
    /// <summary>The release verifies RSASSA-PSS through PSA with PSA_ALG_RSA_PSS_ANY_SALT (4.0), so the salt length is not checked.</summary>
    public bool PssAnySalt { get; internal set; }
    public List<MbedTlsNameAttribute> Issuer { get; } = [];
    public List<MbedTlsNameAttribute> Subject { get; } = [];
    public byte[] IssuerRaw { get; internal set; } = [];
    public byte[] SubjectRaw { get; internal set; } = [];
    public MbedTlsTime ValidFrom { get; internal set; }
    public MbedTlsTime ValidTo { get; internal set; }
    public MbedTlsPublicKey Key { get; internal set; } = new();
    public byte[] SubjectPublicKeyInfo { get; internal set; } = [];
    public int ExtTypes { get; internal set; }
    public bool CaIsTrue { get; internal set; }
    /// <summary>Stored as Mbed TLS stores it: pathLenConstraint + 1, 0 when absent.</summary>
    public int MaxPathlen { get; internal set; }
    public uint KeyUsage { get; internal set; }
    public List<string> ExtKeyUsage { get; } = [];
    public int NsCertType { get; internal set; }
    public List<MbedTlsGeneralName> SubjectAltNames { get; } = [];
    public List<string> CertificatePolicies { get; } = [];
    public byte[]? SubjectKeyId { get; internal set; }
    public byte[]? AuthorityKeyId { get; internal set; }
    /// <summary>Extensions Mbed TLS skipped (unknown non-critical, or accepted by the callback / option).</summary>
    public List<string> SkippedExtensions { get; } = [];
    public byte[] Signature { get; internal set; } = [];

    public bool HasExt(int type) => (ExtTypes & type) != 0;

    public ReadOnlySpan<byte> Tbs => Raw.AsSpan(TbsOffset, TbsLength);

    public IEnumerable<string> ExtTypeNames()
    {
        (int, string)[] names =
        [
            (ExtAuthorityKeyIdentifier, "authorityKeyIdentifier"), (ExtSubjectKeyIdentifier, "subjectKeyIdentifier"),
            (ExtKeyUsageBits, "keyUsage"), (ExtCertificatePolicies, "certificatePolicies"), (ExtSubjectAltName, "subjectAltName"),
            (ExtBasicConstraints, "basicConstraints"), (ExtExtendedKeyUsage, "extKeyUsage"), (ExtNsCertType, "nsCertType"),
        ];
        return names.Where(n => HasExt(n.Item1)).Select(n => n.Item2);
    }

    /// <summary>The subject as mbedtls_x509_dn_gets prints it (short names for common attributes).</summary>
    public string SubjectText => MbedTlsNames.ToText(Subject);
    public string IssuerText => MbedTlsNames.ToText(Issuer);
}
