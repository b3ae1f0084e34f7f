using CertLint.Input;
using CertLint.X509;

namespace CertLint.Conversion;

/// <summary>One certificate as read, with its position among all inputs (<see cref="Index"/>, 0-based, argument order then stored order).</summary>
public sealed record BundleCertificate(int Index, Certificate Certificate, Origin Origin)
{
    /// <summary>
    /// Short name for reports: the common name, else the whole subject, else the fingerprint; escaped, because a
    /// name is attacker-controlled text headed for a terminal.
    /// </summary>
    public string Label => Annotation.Escape(Certificate.Subject.CommonName is { Length: > 0 } cn
        ? cn
        : Certificate.Subject.IsEmpty ? "sha256:" + Certificate.Sha256[..16] : Certificate.Subject.ToString());

    public ReadOnlyMemory<byte> Encoded => Certificate.Encoded;
}

/// <summary>A CRL as read (bytes exactly as found).</summary>
public sealed record BundleCrl(int Index, ReadOnlyMemory<byte> Encoded, Origin Origin);

/// <summary>What one input contributed, for the report.</summary>
public sealed record InputSummary(string File, string Encoding, int Certificates, int Crls, IReadOnlyList<string> Ignored);

/// <summary>Everything read from all inputs: certificates and CRLs in input order, and what was left out.</summary>
public sealed record Bundle(
    IReadOnlyList<BundleCertificate> Certificates,
    IReadOnlyList<BundleCrl> Crls,
    IReadOnlyList<InputSummary> Inputs);

/// <summary>A reason nothing can be written: names the file (when one is to blame), what is wrong, and where.</summary>
public sealed record ConversionError(string? File, string Message, long? Offset = null)
{
    public override string ToString() => InputError.At(Message, Offset);
}
