using CertLint.IO;

namespace CertLint.Targets.MbedTls.Predict;

/// <summary>The human-readable form of a predict document.</summary>
public static class PredictTextWriter
{
    public static void Write(PredictDocument doc, TextWriter w)
    {
        WriteTargets(doc.Targets, w);
        foreach (var f in doc.Files)
        {
            WriteFile(new PredictFileStream(f.File, f.ParseFile, f.Certificates), null, w);
        }
        WriteSummary(doc.Summary, doc.Targets.Count, w);
    }

    public static void WriteTargets(IReadOnlyList<PredictTarget> targets, TextWriter w)
    {
        // File names and certificate text are hostile: each line is escaped as a whole (see TerminalTextWriter).
        w = TerminalTextWriter.Wrap(w);
        foreach (var t in targets.Where(t => t.ConfigChanges.Count > 0 || t.ExtCb != "none" || t.Notes.Count > 0))
        {
            w.WriteLine($"{t.Target} ({t.Release}): config {(t.ConfigChanges.Count == 0 ? "default" : string.Join(" ", t.ConfigChanges))}, extension callback {t.ExtCb}");
            foreach (var n in t.Notes)
            {
                w.WriteLine($"  note: {n}");
            }
        }
    }

    /// <summary>One input, each certificate written as it streams past (and added to <paramref name="tally"/>).</summary>
    public static void WriteFile(PredictFileStream f, PredictTally? tally, TextWriter w)
    {
        w = TerminalTextWriter.Wrap(w);
        w.WriteLine(f.File);
        foreach (var c in f.Certificates)
        {
            tally?.Add(c);
            w.WriteLine($"  certificate {c.Index}: {c.Subject} (sha256 {c.Sha256[..16]}…, offset {c.Offset})");
            var width = c.Stacks.Max(s => s.Target.Length);
            foreach (var s in c.Stacks)
            {
                WriteStack(s, width, w);
            }
        }
        w.WriteLine("  mbedtls_x509_crt_parse_file:");
        var fileWidth = f.ParseFile.Count == 0 ? 0 : f.ParseFile.Max(p => p.Target.Length);
        foreach (var p in f.ParseFile)
        {
            var loaded = p.Code.StartsWith('-') ? "" : $" ({p.Loaded} loaded, {p.Failed} failed)";
            w.WriteLine($"    {p.Target.PadRight(fileWidth)}  {p.Code}{loaded}{(p.Text.Length > 0 ? "  " + p.Text : "")}");
            if (p.Note is not null)
            {
                w.WriteLine($"      note: {p.Note}");
            }

            if (p.LoadedVerify is { } lv)
            {
                w.WriteLine($"      verify of the {lv.Certificates} loaded (partial load): {(lv.Code == "0" ? "ok" : lv.Code)}  flags {lv.Flags}");
                foreach (var flag in lv.FlagTexts)
                {
                    w.WriteLine($"        {flag.Flag} {flag.Text}");
                }
            }
        }
    }

    public static void WriteSummary(PredictSummary s0, int targets, TextWriter w)
    {
        w.WriteLine($"{s0.Certificates} certificate(s) × {targets} target(s): {s0.Rejected} rejected at parse" +
                    $"{(s0.VerifyFailed > 0 ? $", {s0.VerifyFailed} failed verification" : "")}{(s0.UsageFailed > 0 ? $", {s0.UsageFailed} unusable for the suite" : "")}");
    }

    private static void WriteStack(PredictStack s, int width, TextWriter w)
    {
        var pad = new string(' ', width + 6);
        var verdict = s.Accepted ? "accepted" : "REJECTED";
        w.WriteLine($"    {s.Target.PadRight(width)}  {verdict}  {s.Code}{(s.Text.Length > 0 ? "  " + s.Text : "")}");
        if (s.Cause is { } cause)
        {
            w.WriteLine($"{pad}cause: {cause.What} (at {cause.Path}, byte {cause.Offset}{(cause.Oid is null ? "" : ", OID " + cause.Oid)})");
        }

        foreach (var fix in s.Fixes)
        {
            w.WriteLine($"{pad}fix ({fix.Kind}): {fix.Text}{(fix.Warning is null ? "" : $" Warning: {fix.Warning}.")}");
        }

        foreach (var skipped in s.Parsed?.SkippedExtensions ?? [])
        {
            w.WriteLine($"{pad}note: extension {skipped}");
        }

        if (s.Verify == Predictor.VerifyNotRun)
        {
            w.WriteLine($"{pad}verify: {Predictor.VerifyNotRun}");
        }
        if (s.VerifyFlags is not null)
        {
            w.WriteLine($"{pad}verify: {(s.VerifyCode == "0" ? "ok" : s.VerifyCode)}  flags {s.VerifyFlags}");
            foreach (var f in s.VerifyTexts ?? [])
            {
                w.WriteLine($"{pad}  {f.Flag} {f.Text}");
            }
        }
        if (s.Usage is { } u)
        {
            var picked = u.Selected is null ? "" : u.Selected.Value ? ", server would select it" : ", server would NOT select it";
            w.WriteLine($"{pad}usage {u.Suite}{(u.SuiteId.Length > 0 ? $" ({u.SuiteId})" : "")} as {u.Role}: {(u.Ok ? "ok" : "NOT ok")}{picked}");
            foreach (var f in u.FlagTexts)
            {
                w.WriteLine($"{pad}  {f.Flag} {f.Text}");
            }

            foreach (var r in u.Reasons)
            {
                w.WriteLine($"{pad}  {r}");
            }
        }
    }
}
