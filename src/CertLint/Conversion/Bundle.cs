using CertLint.Input;
using CertLint.X509;

namespace CertLint.Conversion;

/// <summary>One certificate as read, with its position among all inputs (<see cref="Index"/>, 0-based, argument order then stored order).</summary>
public sealed record BundleCertificate
{
    private readonly Certificate? _certificate;
    private readonly InputObject? _object;

    public BundleCertificate(int index, Certificate certificate, Origin origin)
    {
        Index = index;
        Origin = origin;
        _certificate = certificate;
        Sha256 = certificate.Sha256;
        IsCa = certificate.IsCa;
    }

    /// <summary>
    /// A certificate read from <paramref name="certificate"/> when asked: past <see cref="InputOptions.ModelsHeld"/>
    /// the object holds its model weakly, so a bundle of 327,000 certificates is not 327,000 models at once.
    /// </summary>
    internal BundleCertificate(int index, InputObject certificate)
    {
        Index = index;
        Origin = certificate.Origin;
        _object = certificate;
        var model = certificate.Certificate!;
        Sha256 = model.Sha256;
        IsCa = model.IsCa;
    }

    public int Index { get; }
    public Origin Origin { get; }
    public Certificate Certificate => _certificate ?? _object!.Certificate!;

    /// <summary>The certificate's SHA-256 (kept: copies, issuers and chains are matched by it).</summary>
    public string Sha256 { get; }

    /// <summary>basicConstraints says cA TRUE (kept: ordering compares it).</summary>
    public bool IsCa { get; }

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
/// <param name="Weight">How many errors it counts for (<see cref="InputError.Weight"/>).</param>
public sealed record ConversionError(string? File, string Message, long? Offset = null, int Weight = 1)
{
    public override string ToString() => InputError.At(Message, Offset);
}
