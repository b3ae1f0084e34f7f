namespace CertLint.Tests.X509;

public class DistinguishedNameTextEqualsTests
{
    [Fact]
    public void SameTextInAnotherStringTypeIsEqualButNotByEncoding()
    {
        var printable = Fixtures.Certificate("iot/good-leaf.der").Subject;
        var utf8 = Fixtures.Certificate("iot/iot.leaf.subject-serial-number-type.der").Subject;
        Assert.False(printable.EncodingEquals(utf8));
        Assert.True(printable.TextEquals(utf8));
    }

    [Fact]
    public void DifferentNamesAreNotEqual()
    {
        var leaf = Fixtures.Certificate("rfc5280-ext/good-leaf.der");
        Assert.False(leaf.Subject.TextEquals(leaf.Issuer));
        Assert.False(leaf.IsSelfIssued);
        var ca = Fixtures.Certificate("iot/iot.ca.subject-attributes.der");
        Assert.False(ca.Subject.TextEquals(Fixtures.Certificate("iot/good-int.der").Subject));
    }

    [Fact]
    public void RootIsSelfIssued() => Assert.True(Fixtures.Certificate("rfc5280-ext/good-root.der").IsSelfIssued);
}
