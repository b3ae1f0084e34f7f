using CertLint.Rules;

namespace CertLint.Tests.Engine;

public class SeverityTests
{
    [Fact]
    public void AllIsEveryValueWorstFirst() => Assert.Equal(Enum.GetValues<Severity>(), Severities.All);
}
