using CertLint.IO;

namespace CertLint.Tls.Reports;

/// <summary>The human-readable tls-check output: one line per suite (a table when there are several), reasons under it.</summary>
public static class TlsCheckTextReport
{
    public static void Write(TextWriter output, TlsCheckReport report)
    {
        // The subject and the targets' error texts come from the certificate: each line is escaped as a whole.
        output = TerminalTextWriter.Wrap(output);
        output.WriteLine($"{report.Certificate}: {report.Subject} ({report.Key}) as {report.Role} certificate");
        var suiteWidth = report.Verdicts.Max(v => v.Suite.Length);
        var targetWidth = Math.Max("TARGET".Length, report.Verdicts.Max(v => v.Target.Length));
        var withHandshake = report.Verdicts.Any(v => v.Handshake is not null);
        output.WriteLine();
        output.WriteLine($"{"SUITE".PadRight(suiteWidth)}  CODE    {"TARGET".PadRight(targetWidth)}  {"VERDICT",-16}{(withHandshake ? "HANDSHAKE" : "")}".TrimEnd());
        foreach (var v in report.Verdicts)
        {
            var verdict = v.Compatible ? "compatible" : "NOT compatible";
            output.WriteLine($"{v.Suite.PadRight(suiteWidth)}  {v.Code}  {v.Target.PadRight(targetWidth)}  {verdict,-16}{Handshake(v.Handshake)}".TrimEnd());
            foreach (var r in v.Reasons)
            {
                var alert = r.Alert.Length > 0 ? $" [{r.RaisedBy} sends {r.Alert}]" : "";
                output.WriteLine($"    {r.Rule}: {r.Message}{alert}");
                if (r.TargetError is not null)
                {
                    output.WriteLine($"        {v.Target}: {r.TargetError}");
                }
            }
            foreach (var note in v.Notes)
            {
                output.WriteLine($"    note: {note}");
            }

            if (v.Handshake is { NotRun: null, Ok: false, Detail: { } detail })
            {
                output.WriteLine($"    handshake: {v.Handshake.RaisedBy} sent {v.Handshake.Alert}: {detail}");
            }

            if (v.Handshake is { AgreesWithStatic: false })
            {
                output.WriteLine("    warning: the handshake did not end as the static check predicted");
            }
        }
    }

    private static string Handshake(HandshakeJson? h) => h switch
    {
        null => "",
        { NotRun: { } why } => $"not run ({why})",
        { Ok: true } => $"ok (TLS {h.Version}, {h.Peer}, {h.Milliseconds:0.0} ms)",
        _ => $"failed: {h.RaisedBy} sent {h.Alert} ({h.Peer})",
    };
}
