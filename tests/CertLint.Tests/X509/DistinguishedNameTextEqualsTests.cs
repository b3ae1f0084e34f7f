namespace CertLint.Tests.X509;

public class DistinguishedNameTextEqualsTests
{
    [Fact]
    public void SameTextInAnotherStringTypeIsEqualButNotByEncoding()
    {
        var printable = Fixtures.Certificate("iot/iot-leaf-good.der").Subject;
        var utf8 = Fixtures.Certificate("iot/iot-leaf-subject-serial-utf8.der").Subject;
        Assert.False(printable.EncodingEquals(utf8));
        Assert.True(printable.TextEquals(utf8));
    }

    [Fact]
    public void DifferentNamesAreNotEqual()
    {
        var leaf = Fixtures.Certificate("rfc5280-ext/leaf-good.der");
        Assert.False(leaf.Subject.TextEquals(leaf.Issuer));
        Assert.False(leaf.IsSelfIssued);
        var ca = Fixtures.Certificate("iot/iot-int-subject-no-o.der");
        Assert.False(ca.Subject.TextEquals(Fixtures.Certificate("iot/iot-int-good.der").Subject));
    }

    [Fact]
    public void RootIsSelfIssued() => Assert.True(Fixtures.Certificate("rfc5280-ext/root-good.der").IsSelfIssued);
}
