using CertLint.Input;

namespace CertLint.Targets.MbedTls.Predict;

/// <summary>Builds the `predict` document: every certificate of every input on every build, plus the whole-file
/// parse, and (when asked) verification of the leaf against the CAs and its TLS usage.</summary>
public static class Predictor
{
    /// <summary>Verdicts remembered per build, so repeated certificates are parsed once; cleared when full, so a
    /// bundle of distinct certificates does not keep them all.</summary>
    private const int RememberedVerdicts = 4096;

    /// <summary>
    /// Verdicts of larger certificates are not remembered: a verdict holds the parsed SAN list as text, and 200
    /// certificates of 99,000 dNSNames each, remembered on four builds, took 6.1 GB. Real certificates are 1-4 KB.
    /// </summary>
    private const int RememberedCertificateSize = 64 * 1024;

    /// <summary>The whole document in memory (tests, small inputs); the command streams with <see cref="Open"/>.</summary>
    public static PredictDocument Run(IReadOnlyList<PredictInput> inputs, PredictOptions options, string version)
    {
        var tally = new PredictTally();
        var files = inputs.Select(i => Open(i, options)).Select(f => new PredictFile(f.File, f.ParseFile, [.. f.Certificates])).ToList();
        foreach (var certificate in files.SelectMany(f => f.Certificates))
        {
            tally.Add(certificate);
        }
        return new PredictDocument("certlint", version, Targets(options), files, tally.Summary);
    }

    /// <summary>
    /// The modelled builds. Also checks what the run will look up later (the verify profile), so a configuration
    /// error (<see cref="MbedTlsConfigException"/>) comes before any output is streamed.
    /// </summary>
    public static IReadOnlyList<PredictTarget> Targets(PredictOptions options)
    {
        if (options.Cas.Count > 0)
        {
            foreach (var build in options.Builds)
            {
                MbedTlsVerifyProfile.Get(build, options.Profile);
            }
        }
        return [.. options.Builds.Select(b => new PredictTarget(
            b.Target.Name, b.Target.Release, [.. b.ChangesFromDefault()], b.ExtCallback == MbedTlsExtCallback.AcceptAll ? "accept-all" : "none",
            options.Profile, [.. b.Notes]))];
    }

    /// <summary>
    /// One input, streamed: the whole-file parse on every build now, and the certificates one at a time as they are
    /// enumerated (each on every build), so a bundle of 100,000 certificates is never held as 100,000 results.
    /// </summary>
    public static PredictFileStream Open(PredictInput input, PredictOptions options)
    {
        var fileParses = new List<PredictFileParse>();
        foreach (var build in options.Builds)
        {
            var whole = new MbedTlsEmulator(build).ParseFile(input.Bytes);
            fileParses.Add(new PredictFileParse(build.Target.Name, whole.CodeHex, whole.Text, whole.Format, whole.Loaded,
                whole.Entries.Count - whole.Loaded, whole.Note, LoadedVerify(build, whole, options)));
        }
        return new PredictFileStream(input.Name, fileParses, Certificates(input, options));
    }

    private static IEnumerable<PredictCertificate> Certificates(PredictInput input, PredictOptions options)
    {
        var emulators = options.Builds.Select(b => new MbedTlsEmulator(b)).ToList();
        var verdicts = options.Builds.Select(_ => new Dictionary<ReadOnlyMemory<byte>, PredictStack>(EncodedBytesComparer.Instance)).ToList();
        var hashes = new Dictionary<ReadOnlyMemory<byte>, string>(EncodedBytesComparer.Instance);
        for (var i = 0; i < input.Certificates.Count; i++)
        {
            var certificate = input.Certificates[i];
            var stacks = new List<PredictStack>(options.Builds.Count);
            for (var b = 0; b < options.Builds.Count; b++)
            {
                PredictStack stack;
                if (i == 0)
                {
                    // The first certificate is the leaf: verification and TLS usage are judged on it alone.
                    var first = emulators[b].ParseDer(certificate.Der);
                    stack = Stack(first);
                    if (first.Accepted)
                    {
                        stack = WithVerifyAndUsage(stack, options.Builds[b], first.Certificate!, input, options);
                    }
                }
                else if (!verdicts[b].TryGetValue(certificate.Der, out stack!))
                {
                    // Equal bytes parse to the same verdict: a bundle repeating one certificate parses it once.
                    stack = Stack(emulators[b].ParseDer(certificate.Der));
                    Remember(verdicts[b], certificate.Der, stack);
                }
                stacks.Add(stack);
            }
            if (!hashes.TryGetValue(certificate.Der, out var hash))
            {
                hash = CertLint.X509.Fingerprint.Sha256Hex(certificate.Der);
                Remember(hashes, certificate.Der, hash);
            }
            yield return new PredictCertificate(i, SubjectOf(stacks, certificate), hash, certificate.Offset, certificate.PemBlock, stacks);
        }
    }

    private static void Remember<T>(Dictionary<ReadOnlyMemory<byte>, T> remembered, byte[] key, T value)
    {
        if (key.Length > RememberedCertificateSize)
        {
            return;
        }
        if (remembered.Count >= RememberedVerdicts)
        {
            remembered.Clear();
        }
        remembered[key] = value;
    }

    private static string SubjectOf(List<PredictStack> stacks, PredictInputCertificate c) =>
        stacks.Select(s => s.Parsed?.Subject).FirstOrDefault(s => s is not null) ?? c.Subject ?? $"({c.Der.Length} bytes, not decoded)";

    /// <summary>One certificate's parse verdict on one build, as predict and lint JSON show it.</summary>
    public static PredictStack Stack(MbedTlsParseResult r) => new(
        r.Target, r.Accepted, r.CodeHex, r.Text,
        r.Cause is null ? null : new PredictCause(r.Cause.What, r.Cause.Path, r.Cause.Offset, r.Cause.Oid),
        [.. r.Fixes.Select(f => new PredictFix(f.Kind, f.Text, f.Warning))],
        r.Certificate is null ? null : Parsed(r.Certificate));

    private static PredictParsed Parsed(MbedTlsCertificate c) => new(
        c.Version, c.SubjectText, c.IssuerText, c.ValidFrom.ToString(), c.ValidTo.ToString(), c.SigMd, c.SigPk,
        c.Key.Type, c.Key.Bits, c.Key.Curve, c.Key.CompressedPoint, [.. c.ExtTypeNames()],
        c.CaIsTrue, c.MaxPathlen > 0 ? c.MaxPathlen - 1 : null,
        c.HasExt(MbedTlsCertificate.ExtKeyUsageBits) ? MbedTlsTlsUsage.KeyUsageText(c.KeyUsage) : null,
        [.. c.ExtKeyUsage], [.. c.SubjectAltNames.Select(s => $"{s.Kind}:{Printable(s)}")], [.. c.CertificatePolicies], [.. c.SkippedExtensions]);

    private static string Printable(MbedTlsGeneralName n) =>
        n.Kind == "iPAddress" ? (n.Value.Length is 4 or 16 ? new System.Net.IPAddress(n.Value).ToString() : Convert.ToHexString(n.Value))
        : n.Value.All(b => b is >= 32 and < 127) ? System.Text.Encoding.ASCII.GetString(n.Value) : Convert.ToHexString(n.Value);

    private static PredictStack WithVerifyAndUsage(PredictStack stack, MbedTlsConfig build, MbedTlsCertificate leaf, PredictInput input, PredictOptions options)
    {
        var emulator = new MbedTlsEmulator(build);
        if (options.Cas.Count > 0)
        {
            // The chain is every certificate of the input that parses, in order (the leaf first), then --chain's:
            // what an application that loads the file certificate by certificate hands to verify.
            var chain = input.Certificates.Skip(1).Select(c => emulator.ParseDer(c.Der)).Where(p => p.Accepted).Select(p => p.Certificate!)
                .Prepend(leaf).Concat(Loaded(emulator, options.Chain)).ToList();
            var cas = Loaded(emulator, options.Cas).ToList();
            stack = WithVerify(stack, new MbedTlsVerifier(build).Verify(chain, cas, options.Profile, options.Now));
        }
        else
        {
            stack = stack with { Verify = VerifyNotRun };
        }
        if (options.Suite is not null)
        {
            MbedTlsUsageResult u;
            try
            {
                u = new MbedTlsTlsUsage(build).Check(leaf, options.Suite, options.Role, options.Groups);
            }
            catch (MbedTlsConfigException e) when (e.Message.Contains("ciphersuite", StringComparison.Ordinal))
            {
                // A suite the release does not offer is a verdict on that release, not a usage error.
                return stack with { Usage = new PredictUsage(options.Suite, "", "", options.Role, false, true, false, "0x00000000", [], [e.Message]) };
            }
            stack = WithUsage(stack, u);
        }
        return stack;
    }

    /// <summary>What a leaf's stack says when no trust anchors were given: verification was not run, not passed.</summary>
    public const string VerifyNotRun = "not run (no --ca)";

    public static PredictStack WithVerify(PredictStack stack, MbedTlsVerifyResult v) => stack with
    {
        Verify = v.Verified ? "ok" : "failed",
        VerifyFlags = v.FlagsHex,
        VerifyCode = v.CodeHex,
        VerifyTexts = [.. v.FlagTexts.Select(f => new PredictFlag($"0x{f.Flag:X8}", f.Text))],
    };

    public static PredictStack WithUsage(PredictStack stack, MbedTlsUsageResult u) => stack with
    {
        Usage = new PredictUsage(u.Suite, u.SuiteId, u.KeyExchange, u.Role, u.Ok, u.CertificateNeeded, u.Selected, u.UsageFlagsHex,
            [.. u.UsageFlagTexts.Select(f => new PredictFlag($"0x{f.Flag:X8}", f.Text))], u.Reasons),
    };

    private static PredictLoadedVerify? LoadedVerify(MbedTlsConfig build, MbedTlsFileParseResult whole, PredictOptions options)
    {
        if (whole.Code <= 0 || options.Cas.Count == 0)
        {
            return null;
        }

        var emulator = new MbedTlsEmulator(build);
        var chain = whole.Entries.Where(e => e.Parse?.Accepted == true).Select(e => e.Parse!.Certificate!).Concat(Loaded(emulator, options.Chain)).ToList();
        var v = new MbedTlsVerifier(build).Verify(chain, Loaded(emulator, options.Cas).ToList(), options.Profile, options.Now);
        return new PredictLoadedVerify(chain.Count, v.CodeHex, v.FlagsHex, [.. v.FlagTexts.Select(f => new PredictFlag($"0x{f.Flag:X8}", f.Text))],
            $"parse_file returned {whole.Code} (certificates failed), but {whole.Loaded} loaded: an application that ignores a positive " +
            "return verifies these, the first as the leaf");
    }

    /// <summary>What mbedtls_x509_crt_parse_file leaves in the chain: the certificates that parsed.</summary>
    private static IEnumerable<MbedTlsCertificate> Loaded(MbedTlsEmulator emulator, IReadOnlyList<(string Name, byte[] Bytes)> files) =>
        files.SelectMany(f => emulator.ParseFile(f.Bytes).Entries).Where(e => e.Parse?.Accepted == true).Select(e => e.Parse!.Certificate!);
}
