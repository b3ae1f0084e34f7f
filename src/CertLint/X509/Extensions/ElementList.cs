using System.Formats.Asn1;
using CertLint.Asn1;

namespace CertLint.X509;

/// <summary>
/// Reads the elements of a SEQUENCE OF one at a time, so that one malformed element costs only itself: its error is
/// recorded as an <c>x509.extension-malformed</c> diagnostic at the element, and reading goes on with the next
/// element. The certificate decoder turns such a list into a partially decoded extension
/// (<see cref="X509Extension.Partial"/>) on which the rules still run. Only an element whose tag or length cannot be
/// read stops the list, because then the next element cannot be found.
/// </summary>
public static class ElementList
{
    /// <summary>The diagnostic code of a malformed extension, or of one malformed element in it.</summary>
    public const string MalformedCode = "x509.extension-malformed";

    /// <summary>
    /// Reads every element left in <paramref name="list"/> with <paramref name="readOne"/>, which gets a cursor over
    /// exactly that element and its path (<c>path[i]</c>, i counting every element, read or not).
    /// </summary>
    public static List<T> Read<T>(AsnCursor list, string path, Func<AsnCursor, string, T> readOne)
    {
        var items = new List<T>();
        for (var index = 0; list.HasData; index++)
        {
            var itemPath = FieldPaths.Item(path, index);
            var tlv = list.Read(itemPath);
            var one = list.Isolate(tlv, itemPath);
            try
            {
                var item = readOne(one, itemPath);
                one.ExpectEnd(itemPath);
                items.Add(item);
            }
            catch (Asn1DecodeException ex)
            {
                list.Diagnostics.Add(ex.ToDiagnostic(MalformedCode));
            }
            catch (Exception ex) when (ex is AsnContentException or ArgumentException)
            {
                list.Diagnostics.Add(new DecodeDiagnostic(DiagnosticLevel.Error, MalformedCode, itemPath, tlv.Offset,
                    "malformed ASN.1: " + ex.Message.TrimEnd('.')));
            }
        }
        return items;
    }
}
