using CertLint.Asn1;
using CertLint.X509;

namespace CertLint.Rules.Iot;

/// <summary>"Must be set" / "must not be set" checks the IoT profile repeats per certificate type.</summary>
internal static class IotChecks
{
    public static IEnumerable<Finding> Missing(RuleDescriptor rule, Certificate certificate, string oid, string kind) =>
        certificate.Extension(oid) is null
            ? [Finding.At(rule, $"{kind} has no {Oids.Name(oid)} extension", certificate.ExtensionsLocation ?? certificate.Subject.Location)]
            : [];

    public static IEnumerable<Finding> Present(RuleDescriptor rule, Certificate certificate, string oid, string kind, string requirement) =>
        certificate.Extension(oid) is { } extension
            ? [Finding.At(rule, $"{kind} has a {extension.Name} extension; the IoT profile says it {requirement}", extension.Location)]
            : [];

    public static IEnumerable<Finding> PathLength(RuleDescriptor rule, Certificate certificate, string kind, string requirement) =>
        certificate.BasicConstraints is { PathLength: { } pathLength, PathLengthLocation: var location }
            ? [Finding.At(rule, $"{kind} has pathLenConstraint {pathLength}; the IoT profile says it {requirement}", location)]
            : [];
}
