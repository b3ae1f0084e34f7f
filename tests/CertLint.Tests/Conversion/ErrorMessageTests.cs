namespace CertLint.Tests.Conversion;

/// <summary>Every way convert refuses: one line naming the file and the problem, exit 2, nothing on stdout.</summary>
public sealed class ErrorMessageTests
{
    private static void AssertError(string expected, params string[] args)
    {
        var result = ConvertKit.Convert(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected + "\n", result.Stderr);
        Assert.Empty(result.StdoutBytes);
    }

    private static string F(string relative) => Fixtures.Path(relative);

    [Theory]
    [InlineData("containers/key-rsa.pem", "an RSA private key (PKCS#1)")]
    [InlineData("containers/key-pkcs8.pem", "a private key (PKCS#8)")]
    [InlineData("containers/key-ec.pem", "an EC private key (SEC1)")]
    [InlineData("containers/key-encrypted.pem", "an encrypted private key (PKCS#8)")]
    [InlineData("containers/key-ec-with-parameters.pem", "EC parameters and an EC private key (SEC1)")]
    [InlineData("containers/csr.pem", "a certificate request (CSR)")]
    [InlineData("containers/crl.der", "a CRL")]
    [InlineData("containers/public-key.pem", "a public key")]
    [InlineData("containers/p7b-empty.p7b", "a PKCS#7/CMS SignedData with no certificates")]
    [InlineData("containers/pkcs12-password.p12", "a PKCS#12 keystore (password-protected; certlint does not open it: extract the certificates with `openssl pkcs12 -in FILE -nokeys` first)")]
    public void InputWithoutCertificateSaysWhatItHolds(string fixture, string holds) =>
        AssertError($"certlint: {F(fixture)}: no certificate in this input: it holds {holds}", F(fixture));

    [Fact]
    public void CrlAloneIsAcceptedBesideCertificatesWithIncludeCrls()
    {
        var result = ConvertKit.Convert(F("chains/ec-chain.pem"), F("containers/crl.pem"), "--include-crls");
        Assert.Equal(0, result.ExitCode);
        Assert.Single(ConvertKit.PemCertificates(ConvertKit.Ascii(result.StdoutBytes), "X509 CRL"));
    }

    [Fact]
    public void CrlAloneIsNoBundle() =>
        AssertError("certlint: no certificate in any input (CRLs alone make no bundle)", F("containers/crl.pem"), "--include-crls");

    [Fact]
    public void BrokenInputNamesFileProblemAndOffset() =>
        AssertError($"certlint: {F("containers/bad-truncated.der")}: not DER/BER: the outer element's length is invalid or runs past the end (truncated?) (at byte 0)", F("containers/bad-truncated.der"));

    [Fact]
    public void MissingInput() =>
        AssertError($"certlint: {F("containers/no-such.pem")}: no such file", F("containers/no-such.pem"));

    [Theory]
    [InlineData("--to", "crt", "certlint: --to 'crt' is not one of: pem, der, p7b, p7b-pem")]
    [InlineData("--order", "reverse", "certlint: --order 'reverse' is not one of: leaf-first, root-first, as-is")]
    [InlineData("--only", "leaves", "certlint: --only 'leaves' is not one of: leaf, chain, roots")]
    public void UnknownOptionValue(string option, string value, string expected) =>
        AssertError(expected, F("chains/ec-chain.pem"), option, value);

    [Fact]
    public void AnnotateOnlyForPem() =>
        AssertError("certlint: --annotate only applies to --to pem (comment lines would break DER and PKCS#7)", F("chains/ec-chain.pem"), "--to", "p7b", "--annotate");

    [Fact]
    public void CrlsDoNotFitInDer() =>
        AssertError("certlint: --to der writes certificates only: use --to pem, p7b or p7b-pem to keep CRLs", F("chains/ec-chain.pem"), "--to", "der", "--include-crls");

    [Fact]
    public void DerOfSeveralCertificatesNeedsAFolder() =>
        AssertError("certlint: --to der writes one certificate, but 3 are selected: use --only leaf, or -o DIR/ for one file per certificate", F("chains/ec-chain.pem"), "--to", "der");

    [Fact]
    public void OnlyThatSelectsNothing() =>
        AssertError("certlint: --only roots selects no certificate: the input holds 1 leaf, 1 intermediate, 0 roots", F("chains/ec-server.pem"), F("chains/ec-int.pem"), "--only", "roots");

    [Fact]
    public void FolderOutputNeedsDer() =>
        AssertError($"certlint: {Fixtures.Path("chains")}: is a folder: only --to der writes into a folder (one file per certificate)", F("chains/ec-chain.pem"), "-o", Fixtures.Path("chains"));

    [Fact]
    public void OutputInAMissingFolder() =>
        AssertError($"certlint: {F("no-such-dir/out.pem")}: cannot write: folder '{F("no-such-dir")}' does not exist", F("chains/ec-chain.pem"), "-o", F("no-such-dir/out.pem"));

    [Fact]
    public void StdinOnlyOnce() =>
        AssertError("certlint: stdin ('-') can be read only once", "-", "-");
}
