using System.Formats.Asn1;
using System.Numerics;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// One revokedCertificates entry: the serial as encoded, the revocation date, the entry extensions. Made from the
/// entry's element headers; each field (and its path) is decoded when first asked for, because rules walk all the
/// entries of a CRL once each and most look at one field. The decoder checked every field before
/// (<see cref="CrlDecoder"/>), so decoding one here cannot fail.
/// </summary>
public sealed class RevokedCertificate
{
    private readonly ReadOnlyMemory<byte> _buffer;
    private readonly int _depth;
    private readonly Tlv _entry;
    private readonly Tlv _serial;
    private readonly Tlv _date;
    private readonly Tlv? _extensions;
    private BigInteger? _serialNumber;
    private AsnTime? _revocationDate;
    private IReadOnlyList<X509Extension>? _decodedExtensions;
    private string? _path;

    private RevokedCertificate(ReadOnlyMemory<byte> buffer, int index, int depth, Tlv entry, Tlv serial, Tlv date, Tlv? extensions)
    {
        _buffer = buffer;
        Index = index;
        _depth = depth;
        _entry = entry;
        _serial = serial;
        _date = date;
        _extensions = extensions;
    }

    public int Index { get; }
    public FieldLocation Location => _entry.Locate(Path);
    public ReadOnlyMemory<byte> SerialNumberRaw => _buffer.Slice(_serial.ContentOffset, _serial.ContentLength);
    public BigInteger SerialNumber => _serialNumber ??= new BigInteger(SerialNumberRaw.Span, isUnsigned: false, isBigEndian: true);
    public FieldLocation SerialNumberLocation => _serial.Locate(FieldPaths.Child(Path, ".userCertificate"));
    public string SerialHex => Convert.ToHexString(SerialNumberRaw.Span);

    public AsnTime RevocationDate
    {
        get
        {
            var path = FieldPaths.Child(Path, ".revocationDate");
            return _revocationDate ??= AsnTime.Read(Cursor(_date, path), path);
        }
    }

    /// <summary>True when the crlEntryExtensions field is present (even if its SEQUENCE is empty).</summary>
    public bool ExtensionsEncoded => _extensions is not null;
    public FieldLocation? ExtensionsLocation => _extensions?.Locate(ExtensionsPath);

    public IReadOnlyList<X509Extension> Extensions => _decodedExtensions ??= _extensions is { } tlv
        ? CertificateDecoder.ReadExtensions(Cursor(tlv, ExtensionsPath).EnterSequence(ExtensionsPath, out _, "Extensions SEQUENCE"), ExtensionsPath, [],
            CrlExtensionDecoders.DecodeEntryExtension)
        : [];

    public X509Extension? Extension(string oid) => Extensions.FirstOrDefault(e => e.Oid == oid);
    public CrlReason? Reason => Extension(Oids.CrlReason)?.Decoded as CrlReason;

    private string Path => _path ??= FieldPaths.Item(CrlDecoder.RevokedPath, Index);
    private string ExtensionsPath => FieldPaths.Child(Path, ".crlEntryExtensions");

    /// <summary>Reads the entry at the list cursor's position: its headers only.</summary>
    internal static RevokedCertificate Read(AsnCursor list, int index)
    {
        const string path = CrlDecoder.RevokedPath;
        var entry = list.EnterSequence(path, out var tlv, "revoked certificate SEQUENCE", new ElementBudget(ElementBudget.PerCrlEntry));
        var serial = entry.Read(path, Asn1Tag.Integer);
        var date = entry.Read(path);
        Tlv? extensions = entry.HasData ? entry.Read(path, Asn1Tag.Sequence) : null;
        return new RevokedCertificate(list.Buffer, index, entry.Depth, tlv, serial, date, extensions);
    }

    /// <summary>A cursor over one of the entry's elements at the depth the decoder read it, so reading it again gives the same.</summary>
    private AsnCursor Cursor(Tlv tlv, string path) => AsnCursor.Resume(_buffer, tlv.Offset, tlv.End, path, [], _depth, ElementBudget.Unlimited);
}
