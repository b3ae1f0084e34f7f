using CertLint.Asn1;
using CertLint.X509.Chains;

namespace CertLint.Conversion;

/// <summary>
/// What a user should know about a bundle before relying on the output: missing issuers, links that rest on names
/// alone, duplicates, several possible leaves, certificates that are not DER, and what was left out.
/// </summary>
internal static class BundleWarnings
{
    public static void Add(ConversionReport report, Bundle bundle, ChainGraph graph, ConvertOptions options)
    {
        foreach (var tree in graph.Trees)
        {
            AddTop(report, tree.Top, graph.IssuerOf(tree.Top), alone: graph.Unique.Count == 1);
        }
        foreach (var certificate in graph.Unique.Where(c => graph.IssuerOf(c).Status == IssuerStatus.NameOnly))
        {
            var finding = graph.IssuerOf(certificate);
            report.Warnings.Add($"'{certificate.Label}' is linked to its issuer '{finding.Issuer!.Label}' by name only: the signature could not be checked ({finding.Reason})");
        }
        var leaves = graph.Unique.Where(c => graph.RoleOf(c) == ChainRole.Leaf).ToList();
        if (leaves.Count > 1)
        {
            report.Warnings.Add($"{leaves.Count} possible leaves ({Names(leaves)}): a TLS stack reading the output as one chain takes only the first as its own certificate");
        }
        foreach (var copies in bundle.Certificates.GroupBy(c => c.Sha256).Where(g => g.Count() > 1))
        {
            var action = options.Dedupe ? "kept once (--dedupe)" : "all copies kept (--dedupe drops them)";
            report.Warnings.Add($"duplicate: '{copies.First().Label}' appears {copies.Count()} times: {action}");
        }
        foreach (var certificate in graph.Unique)
        {
            if (certificate.Certificate.Diagnostics.FirstOrDefault(d => d.Level == DiagnosticLevel.DerViolation) is { } violation)
            {
                report.Warnings.Add($"'{certificate.Label}' is not DER ({violation.Code} at {violation.Path}): written byte for byte as read; strict parsers such as Mbed TLS may reject it");
            }
        }
        if (!options.IncludeCrls && bundle.Crls.Count > 0)
        {
            report.Notes.Add($"{ConversionReport.Count(bundle.Crls.Count, "CRL")} left out (--include-crls keeps them)");
        }
    }

    private static void AddTop(ConversionReport report, BundleCertificate top, IssuerFinding finding, bool alone)
    {
        var issuerName = Annotation.Escape(top.Certificate.Issuer.ToString());
        switch (finding.Status)
        {
            case IssuerStatus.Missing when finding.Reason is not null:
                report.Warnings.Add($"'{top.Label}': {finding.Reason}");
                break;
            case IssuerStatus.Missing when alone:
                // One certificate is a conversion, not a chain: its issuer being elsewhere is expected.
                report.Notes.Add($"'{top.Label}' is the only certificate: its issuer ({issuerName}) is not in the input");
                break;
            case IssuerStatus.Missing when !top.IsCa:
                report.Warnings.Add($"missing intermediate: the issuer of '{top.Label}' ({issuerName}) is not in the input");
                break;
            case IssuerStatus.Missing:
                report.Notes.Add($"the chain of '{top.Label}' ends below its issuer ({issuerName}), which is not in the input (usual when the root is left out)");
                break;
            case IssuerStatus.NotVerified:
                var why = finding.Reason is null or "signature does not verify" ? "" : $" ({finding.Reason})";
                report.Warnings.Add($"'{top.Label}' names '{finding.Issuer!.Label}' as issuer, but that certificate's key does not verify its signature{why}: not linked; its real issuer is missing");
                break;
        }
    }

    private static string Names(IReadOnlyList<BundleCertificate> certificates) =>
        certificates.Count <= 5 ? string.Join(", ", certificates.Select(c => c.Label)) : string.Join(", ", certificates.Take(5).Select(c => c.Label)) + ", ...";
}
