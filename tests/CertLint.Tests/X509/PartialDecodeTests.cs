using System.Formats.Asn1;
using CertLint.Asn1;
using CertLint.Inspect;
using CertLint.X509;

namespace CertLint.Tests.X509;

/// <summary>A certificate broken part-way still yields the fields decoded before the break, and the error says where.</summary>
public class PartialDecodeTests
{
    private static byte[] BrokenAfterIssuer()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, true)))
                {
                    writer.WriteInteger(2);
                }
                writer.WriteInteger(0x1234);
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(Oids.EcdsaWithSha256);
                }
                using (writer.PushSequence())
                using (writer.PushSetOf())
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("2.5.4.3");
                    writer.WriteCharacterString(UniversalTagNumber.UTF8String, "Broken CA");
                }
                writer.WriteInteger(7); // where the Validity SEQUENCE belongs
            }
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(Oids.EcdsaWithSha256);
            }
            writer.WriteBitString([0x30, 0x00]);
        }
        return writer.Encode();
    }

    [Fact]
    public void FieldsBeforeTheBreakAreKeptAndTheErrorNamesPathOffsetExpectedAndFound()
    {
        var der = BrokenAfterIssuer();
        var result = CertificateDecoder.Decode(der);
        Assert.Null(result.Certificate);
        Assert.Equal(["tbsCertificate.version", "tbsCertificate.serialNumber", "tbsCertificate.signature", "tbsCertificate.issuer"],
            result.PartialFields.Select(f => f.Location.Path));
        Assert.Equal("v3", result.PartialFields[0].Value);
        Assert.Equal("1234", result.PartialFields[1].Value);
        Assert.Equal("CN=Broken CA", result.PartialFields[3].Value);
        var error = Assert.Single(result.Diagnostics, d => d.Level == DiagnosticLevel.Error);
        Assert.Equal("tbsCertificate.validity", error.Path);
        Assert.Equal(0x02, der[error.Offset]); // the INTEGER that stands where Validity belongs
        Assert.Equal(7, der[error.Offset + 2]);
        Assert.Equal("Validity SEQUENCE", error.Expected);
        Assert.Equal("Integer", error.Found);
    }

    [Fact]
    public void ShowPrintsWhatWasDecodedBeforeTheError()
    {
        var text = new StringWriter();
        ShowTextWriter.Write(ShowDocumentBuilder.File(CertLint.Input.InputDecoder.Decode("broken.der", BrokenAfterIssuer())), text);
        Assert.Contains("decoded before the error:", text.ToString());
        Assert.Contains("tbsCertificate.issuer @", text.ToString());
        Assert.Contains("CN=Broken CA", text.ToString());
    }

    [Fact]
    public void ADecodedCertificateCarriesNoPartialFields()
    {
        var result = CertificateDecoder.Decode(Samples.EcLeaf);
        Assert.NotNull(result.Certificate);
        Assert.Empty(result.PartialFields);
    }
}
