namespace CertLint.Targets.MbedTls;

/// <summary>One certificate of the verified chain with the flags set on it (depth 0 is the leaf).</summary>
public sealed record MbedTlsChainItem(int Depth, string Subject, uint Flags, bool Trusted);

/// <summary>What mbedtls_x509_crt_verify_with_profile returns: the code and the merged flags with their texts.</summary>
public sealed class MbedTlsVerifyResult
{
    public required string Target { get; init; }
    public required string Profile { get; init; }
    public required int Code { get; init; }
    public string CodeHex => MbedTlsErrorCodes.ToHex(Code);
    public required string Text { get; init; }
    public required uint Flags { get; init; }
    public string FlagsHex => $"0x{Flags:X8}";
    public required IReadOnlyList<(uint Flag, string Text)> FlagTexts { get; init; }
    public required IReadOnlyList<MbedTlsChainItem> Chain { get; init; }
    public bool Verified => Code == 0;
}

/// <summary>
/// mbedtls_x509_crt_verify_with_profile (x509_crt.c x509_crt_verify_chain): walk from the leaf to a trusted
/// CA, choosing parents the way Mbed TLS does, and set the BADCERT flags it sets.
/// </summary>
public sealed class MbedTlsVerifier(MbedTlsConfig config)
{
    private const int MaxIntermediateCa = 8;
    private const int FatalError = -0x3000;

    public MbedTlsVerifyResult Verify(IReadOnlyList<MbedTlsCertificate> chain, IReadOnlyList<MbedTlsCertificate> trusted, string profileName, DateTimeOffset now) =>
        Verify(new MbedTlsChainList(chain), trusted, profileName, now);

    public MbedTlsVerifyResult Verify(IMbedTlsChain chain, IReadOnlyList<MbedTlsCertificate> trusted, string profileName, DateTimeOffset now)
    {
        var profile = MbedTlsVerifyProfile.Get(config, profileName);
        var target = config.Target;
        var leaf = chain.Leaf;
        uint eeFlags = 0;
        if (!profile.AllowsPk(leaf.Key.Type))
        {
            eeFlags |= MbedTlsVerifyFlags.BadPk;
        }

        if (!profile.AllowsKey(leaf.Key))
        {
            eeFlags |= MbedTlsVerifyFlags.BadKey;
        }

        var items = new List<(MbedTlsCertificate Crt, uint Flags, bool Trusted)>();
        var code = Walk(chain, trusted, profile, MbedTlsTime.From(now), items);
        if (code != 0)
        {
            return new MbedTlsVerifyResult
            {
                Target = target.Name, Profile = profile.Name, Code = code, Text = target.Strerror.Text(code), Flags = uint.MaxValue,
                FlagTexts = [], Chain = [],
            };
        }

        items[0] = (items[0].Crt, items[0].Flags | eeFlags, items[0].Trusted);
        uint flags = 0;
        foreach (var item in items)
        {
            flags |= item.Flags;
        }

        code = flags != 0 ? MbedTlsErrorCodes.X509CertVerifyFailed : 0;
        return new MbedTlsVerifyResult
        {
            Target = target.Name,
            Profile = profile.Name,
            Code = code,
            Text = code == 0 ? "" : target.Strerror.Text(code),
            Flags = flags,
            FlagTexts = target.VerifyFlags.Describe(flags),
            Chain = [.. items.Select((x, i) => new MbedTlsChainItem(i, x.Crt.SubjectText, x.Flags, x.Trusted))],
        };
    }

    private static int Walk(IMbedTlsChain chain, IReadOnlyList<MbedTlsCertificate> trusted,
        MbedTlsVerifyProfile profile, MbedTlsTime now, List<(MbedTlsCertificate, uint, bool)> items)
    {
        var child = chain.Leaf;
        var childPosition = 0;
        var childIsTrusted = false;
        var selfCount = 0;
        while (true)
        {
            uint flags = 0;
            if (child.ValidTo.CompareTo(now) < 0)
            {
                flags |= MbedTlsVerifyFlags.Expired;
            }

            if (child.ValidFrom.CompareTo(now) > 0)
            {
                flags |= MbedTlsVerifyFlags.Future;
            }

            if (childIsTrusted) { items.Add((child, flags, true)); return 0; }
            if (!profile.AllowsMd(child.SigMd))
            {
                flags |= MbedTlsVerifyFlags.BadMd;
            }

            if (!profile.AllowsPk(child.SigPk))
            {
                flags |= MbedTlsVerifyFlags.BadPk;
            }
            // An end-entity certificate that is itself in the trusted list is trusted as it is.
            if (items.Count == 0 && MbedTlsNames.Equal(child.Issuer, child.Subject) && trusted.Any(t => t.Raw.AsSpan().SequenceEqual(child.Raw)))
            {
                items.Add((child, flags, true));
                return 0;
            }
            var pathCount = items.Count;
            // Mbed TLS searches the chain after the child (parent->next): the leaf's search covers all of it.
            var candidatesInChain = childPosition >= 0 ? chain.After(childPosition, child.Issuer) : [];
            var (parent, parentPosition, parentIsTrusted, signatureGood) = FindParent(child, trusted, candidatesInChain, pathCount, selfCount, now);
            if (parent is null)
            {
                items.Add((child, flags | MbedTlsVerifyFlags.NotTrusted, false));
                return 0;
            }
            if (items.Count != 0 && MbedTlsNames.Equal(child.Issuer, child.Subject))
            {
                selfCount++;
            }

            if (!parentIsTrusted && items.Count + 1 > MaxIntermediateCa)
            {
                return FatalError;
            }

            if (!signatureGood)
            {
                flags |= MbedTlsVerifyFlags.NotTrusted;
            }

            if (!profile.AllowsKey(parent.Key))
            {
                flags |= MbedTlsVerifyFlags.BadKey;
            }

            items.Add((child, flags, false));
            childPosition = parentIsTrusted ? -1 : parentPosition;
            child = parent;
            childIsTrusted = parentIsTrusted;
        }
    }

    /// <summary>x509_crt_find_parent: trusted CAs first (signature must verify there), then the rest of the chain;
    /// a parent outside its validity period is only a fallback.</summary>
    private static (MbedTlsCertificate? Parent, int Position, bool Trusted, bool Good) FindParent(MbedTlsCertificate child, IReadOnlyList<MbedTlsCertificate> trusted,
        IEnumerable<(MbedTlsCertificate Certificate, int Position)> rest, int pathCount, int selfCount, MbedTlsTime now)
    {
        foreach (var top in new[] { true, false })
        {
            MbedTlsCertificate? fallback = null;
            var fallbackPosition = -1;
            var fallbackGood = false;
            foreach (var (parent, position) in top ? trusted.Select(t => (t, -1)) : rest)
            {
                if (!IsParent(child, parent, top))
                {
                    continue;
                }

                if (parent.MaxPathlen > 0 && parent.MaxPathlen < 1 + pathCount - selfCount)
                {
                    continue;
                }

                var good = MbedTlsSignatureCheck.IsGood(child, parent);
                if (top && !good)
                {
                    continue;
                }

                if (parent.ValidTo.CompareTo(now) < 0 || parent.ValidFrom.CompareTo(now) > 0)
                {
                    if (fallback is null) { fallback = parent; fallbackPosition = position; fallbackGood = good; }
                    continue;
                }
                return (parent, position, top, good);
            }
            if (fallback is not null)
            {
                return (fallback, fallbackPosition, top, fallbackGood);
            }
        }
        return (null, -1, false, false);
    }

    /// <summary>x509_crt_check_parent: issuer name matches, CA bit and keyCertSign (v1/v2 trusted roots excepted).</summary>
    private static bool IsParent(MbedTlsCertificate child, MbedTlsCertificate parent, bool top)
    {
        if (!MbedTlsNames.Equal(child.Issuer, parent.Subject))
        {
            return false;
        }

        return (top && parent.Version < 3) || CanSign(parent);
    }

    /// <summary>The CA bit and keyCertSign that x509_crt_check_parent asks of every parent but a v1/v2 trusted root.</summary>
    public static bool CanSign(MbedTlsCertificate parent) =>
        parent.CaIsTrue && MbedTlsUsage.CheckKeyUsage(parent, MbedTlsCertificate.KuKeyCertSign);
}
