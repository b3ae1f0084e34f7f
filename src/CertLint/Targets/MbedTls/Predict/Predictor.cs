using CertLint.Input;

namespace CertLint.Targets.MbedTls.Predict;

/// <summary>Builds the `predict` document: every certificate of every input on every build, plus the whole-file
/// parse, and (when asked) verification of the leaf against the CAs and its TLS usage.</summary>
public static class Predictor
{
    public static PredictDocument Run(IReadOnlyList<PredictInput> inputs, PredictOptions options, string version)
    {
        var targets = options.Builds.Select(b => new PredictTarget(
            b.Target.Name, b.Target.Release, [.. b.ChangesFromDefault()], b.ExtCallback == MbedTlsExtCallback.AcceptAll ? "accept-all" : "none",
            options.Profile, [.. b.Notes])).ToList();
        var files = inputs.Select(i => File(i, options)).ToList();
        var stacks = files.SelectMany(f => f.Certificates).SelectMany(c => c.Stacks).ToList();
        var summary = new PredictSummary(
            files.Sum(f => f.Certificates.Count),
            stacks.Count(s => !s.Accepted),
            stacks.Count(s => s.VerifyFlags is not null && s.VerifyCode != "0"),
            stacks.Count(s => s.Usage is { Ok: false }));
        return new PredictDocument("certlint", version, targets, files, summary);
    }

    /// <summary>One input on its own, for streaming output (`predict --format jsonl`).</summary>
    public static PredictFile RunOne(PredictInput input, PredictOptions options) => File(input, options);

    private static PredictFile File(PredictInput input, PredictOptions options)
    {
        var fileParses = new List<PredictFileParse>();
        var perCert = input.Certificates.Select(_ => new List<PredictStack>()).ToList();
        foreach (var build in options.Builds)
        {
            var emulator = new MbedTlsEmulator(build);
            var whole = emulator.ParseFile(input.Bytes);
            fileParses.Add(new PredictFileParse(build.Target.Name, whole.CodeHex, whole.Text, whole.Format, whole.Loaded,
                whole.Entries.Count - whole.Loaded, whole.Note, LoadedVerify(build, whole, options)));
            // Equal bytes parse to the same verdict: a bundle repeating one certificate parses (and holds) it once.
            var byBytes = new Dictionary<ReadOnlyMemory<byte>, (MbedTlsParseResult Parsed, PredictStack Stack)>(EncodedBytesComparer.Instance);
            var parsed = new List<MbedTlsParseResult>(input.Certificates.Count);
            var stacks = new List<PredictStack>(input.Certificates.Count);
            foreach (var certificate in input.Certificates)
            {
                if (!byBytes.TryGetValue(certificate.Der, out var known))
                {
                    var result = emulator.ParseDer(certificate.Der);
                    known = (result, Stack(result));
                    byBytes.Add(certificate.Der, known);
                }
                parsed.Add(known.Parsed);
                stacks.Add(known.Stack);
            }
            for (var i = 0; i < parsed.Count; i++)
            {
                var stack = stacks[i];
                if (i == 0 && parsed[0].Accepted)
                {
                    stack = WithVerifyAndUsage(stack, build, parsed, options);
                }

                perCert[i].Add(stack);
            }
        }
        var hashes = new Dictionary<ReadOnlyMemory<byte>, string>(EncodedBytesComparer.Instance);
        var certificates = input.Certificates.Select((c, i) => new PredictCertificate(
            i, SubjectOf(perCert[i], c), Sha256Of(c.Der, hashes), c.Offset, c.PemBlock, perCert[i])).ToList();
        return new PredictFile(input.Name, fileParses, certificates);
    }

    private static string Sha256Of(byte[] der, Dictionary<ReadOnlyMemory<byte>, string> hashes)
    {
        if (!hashes.TryGetValue(der, out var hash))
        {
            hash = CertLint.X509.Fingerprint.Sha256Hex(der);
            hashes.Add(der, hash);
        }
        return hash;
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

    private static PredictStack WithVerifyAndUsage(PredictStack stack, MbedTlsConfig build, List<MbedTlsParseResult> parsed, PredictOptions options)
    {
        var emulator = new MbedTlsEmulator(build);
        if (options.Cas.Count > 0)
        {
            var chain = parsed.Where(p => p.Accepted).Select(p => p.Certificate!)
                .Concat(Loaded(emulator, options.Chain)).ToList();
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
                u = new MbedTlsTlsUsage(build).Check(parsed[0].Certificate!, options.Suite, options.Role, options.Groups);
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
