using CertLint.Linting;

namespace CertLint.Tests.Engine;

public class GlobTests
{
    [Theory]
    [InlineData("*.pem", "a.pem", true)]
    [InlineData("*.pem", "sub/dir/a.pem", true)]
    [InlineData("*.pem", "a.pem.bak", false)]
    [InlineData("sub/*.pem", "sub/a.pem", true)]
    [InlineData("sub/*.pem", "sub/dir/a.pem", false)]
    [InlineData("sub/**/*.pem", "sub/a.pem", true)]
    [InlineData("sub/**/*.pem", "sub/x/y/a.pem", true)]
    [InlineData("**/old/**", "a/old/b.pem", true)]
    [InlineData("?.der", "a.der", true)]
    [InlineData("?.der", "ab.der", false)]
    public void Matches(string pattern, string path, bool expected) => Assert.Equal(expected, new Glob(pattern).Matches(path));
}
