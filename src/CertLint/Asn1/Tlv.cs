using System.Formats.Asn1;

namespace CertLint.Asn1;

/// <summary>One tag-length-value, located in the buffer it was read from.</summary>
public readonly record struct Tlv(Asn1Tag Tag, int Offset, int ContentOffset, int ContentLength, int TotalLength, bool IndefiniteLength)
{
    public int End => Offset + TotalLength;
    public FieldLocation Locate(string path) => new(path, Offset, TotalLength);
}
