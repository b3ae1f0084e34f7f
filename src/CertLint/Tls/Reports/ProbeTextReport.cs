using CertLint.Conversion;

namespace CertLint.Tls.Reports;

/// <summary>The text form of a probe report: one line per attempt, the cause, and with --verbose each ClientHello.</summary>
public static class ProbeTextReport
{
    public static void Write(TextWriter w, ProbeReport report, bool verbose, bool bisect)
    {
        w.WriteLine($"probe {Annotation.Escape(report.Target)}{(report.As is null ? "" : $" as {report.As}")}");
        for (var i = 0; i < report.Attempts.Count; i++)
        {
            var a = report.Attempts[i];
            var change = a.Offer.Change is null ? "first offer" : a.Offer.Change;
            w.WriteLine($"  attempt {i + 1} ({change}, ClientHello {a.Offer.HelloBytes} bytes): {Outcome(a)}");
            if (!verbose)
            {
                continue;
            }

            w.WriteLine($"    versions:   {string.Join(", ", a.Offer.Versions)}");
            w.WriteLine($"    suites:     {string.Join(", ", a.Offer.Suites)}");
            w.WriteLine($"    groups:     {string.Join(", ", a.Offer.Groups)}");
            w.WriteLine($"    sig algs:   {string.Join(", ", a.Offer.SignatureAlgorithms)}");
            w.WriteLine($"    extensions: {string.Join(", ", a.Offer.Extensions)}");
            if (a.Offer.Sni is not null)
            {
                w.WriteLine($"    sni:        {Annotation.Escape(a.Offer.Sni)}");
            }

            w.WriteLine($"    messages:   {string.Join(", ", a.Messages)}");
            if (a.Detail is not null)
            {
                w.WriteLine($"    detail:     {Annotation.Escape(a.Detail)}");
            }
        }
        if (report.Cause is { } cause)
        {
            w.WriteLine($"cause: {cause.Text}");
        }
        else if (bisect && report.Attempts.Count > 1)
        {
            w.WriteLine($"cause: none found: no single change tried ({report.Attempts.Count - 1}) made the server answer");
        }
        else if (report.Attempts[0].Outcome != "ok" && !bisect)
        {
            w.WriteLine("next: run again with --bisect to find what the server refuses");
        }

        if (report.Handshake is { } h)
        {
            w.WriteLine($"handshake: TLS {h.Version}, {h.Suite}{(h.Group is null ? "" : $", {h.Group}")}");
            for (var i = 0; i < h.Chain.Count; i++)
            {
                var c = h.Chain[i];
                var signature = c.SignatureVerified switch { true => ", signature verified", false => ", signature does NOT verify", _ => "" };
                w.WriteLine($"  chain[{i}] {Annotation.Escape(c.Subject)} (issuer {Annotation.Escape(c.Issuer)}{signature})");
                foreach (var (target, result) in c.Mbedtls)
                {
                    w.WriteLine($"    {target}: {(result == "0" ? "parses" : result)}");
                }
                foreach (var f in c.Findings)
                {
                    w.WriteLine($"    {f.Severity,-7} {f.Rule}: {Annotation.Escape(f.Message)}");
                }
                if (c.Verify is not null)
                {
                    w.WriteLine($"    verify: {c.Verify}");
                }
            }
        }
    }

    private static string Outcome(ProbeAttemptJson a) => a.Outcome switch
    {
        "ok" => "ok",
        "alert" when a.Alert is { } alert => $"alert {alert.Name} ({alert.Code}) from the {alert.SentBy} after {alert.After ?? "nothing"}, {a.BytesReceived} bytes received",
        "eof" => $"eof after {a.After ?? "nothing"}: closed with no alert, {a.BytesReceived} bytes received",
        "reset" => $"reset after {a.After ?? "nothing"}, {a.BytesReceived} bytes received",
        "timeout" => $"timeout after {a.After ?? "nothing"}, {a.BytesReceived} bytes received",
        _ => $"{a.Outcome}: {Annotation.Escape(a.Detail ?? "")}",
    };
}
