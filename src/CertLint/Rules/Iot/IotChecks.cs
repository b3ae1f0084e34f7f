using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Iot;

/// <summary>"Must be set" / "must not be set" checks the IoT profile repeats per certificate type.</summary>
internal static class IotChecks
{
    public static void Missing(List<Finding> findings, RuleDescriptor rule, Certificate certificate, string oid, string kind)
    {
        if (certificate.Extension(oid) is null)
        {
            findings.Add(Finding.At(rule, $"{kind} has no {Oids.Name(oid)} extension", certificate.ExtensionsLocation ?? certificate.Subject.Location));
        }
    }

    public static void Present(List<Finding> findings, RuleDescriptor rule, Certificate certificate, string oid, string kind, string requirement)
    {
        if (certificate.Extension(oid) is { } extension)
        {
            findings.Add(Finding.At(rule, $"{kind} has a {extension.Name} extension; the IoT profile says it {requirement}", extension.Location));
        }
    }

    public static void PathLength(List<Finding> findings, RuleDescriptor rule, Certificate certificate, string kind, string requirement)
    {
        if (certificate.BasicConstraints is { PathLength: { } pathLength, PathLengthLocation: var location })
        {
            findings.Add(Finding.At(rule, $"{kind} has pathLenConstraint {pathLength}; the IoT profile says it {requirement}", location));
        }
    }
}
