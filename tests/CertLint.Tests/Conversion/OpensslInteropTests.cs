using System.Diagnostics;

namespace CertLint.Tests.Conversion;

/// <summary>Runs only where the openssl command exists (CI installs it); skipped with that reason otherwise.</summary>
public sealed class OpensslFactAttribute : FactAttribute
{
    public OpensslFactAttribute()
    {
        if (!Openssl.Available)
        {
            Skip = "openssl command not found: the check that `openssl pkcs7 -print_certs` reads convert's PKCS#7 output is skipped";
        }
    }
}

public static class Openssl
{
    private static readonly Lazy<bool> Found = new(() =>
    {
        try
        {
            return Run(["version"], []).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static bool Available => Found.Value;

    public static (int ExitCode, string Stdout, string Stderr) Run(string[] args, byte[] stdin)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}

public sealed class OpensslInteropTests
{
    [OpensslFact]
    public void OpensslPkcs7ReadsTheDerOutputInOrder()
    {
        var written = ConvertKit.Convert(Fixtures.Path("containers/p7b-two-chains.p7b"), "--to", "p7b");
        var (code, stdout, stderr) = Openssl.Run(["pkcs7", "-inform", "DER", "-print_certs"], written.StdoutBytes);
        Assert.True(code == 0, stderr);
        Assert.Equal(ConvertKit.CertificateHashes(written.StdoutBytes), ConvertKit.PemCertificates(stdout).Select(c => ConvertKit.Sha256(c)));
        Assert.Equal(6, ConvertKit.PemCertificates(stdout).Count);
    }

    [OpensslFact]
    public void OpensslPkcs7ReadsThePemOutputWithCrls()
    {
        var fixture = Fixtures.Path("containers/p7b-ber-with-crls.p7b");
        var written = ConvertKit.Convert(fixture, "--to", "p7b-pem", "--include-crls");
        var (code, stdout, stderr) = Openssl.Run(["pkcs7", "-print_certs"], written.StdoutBytes);
        Assert.True(code == 0, stderr);
        Assert.Equal(ConvertKit.Recorded("chains/ec-chain.sha256.txt"), ConvertKit.PemCertificates(stdout).Select(c => ConvertKit.Sha256(c)));
        var crls = CertLint.Input.InputDecoder.DecodeFile(fixture).Objects.Where(o => o.Kind == CertLint.Input.ObjectKind.Crl).Select(o => o.Encoded.ToArray());
        Assert.Equal(crls, ConvertKit.PemCertificates(stdout, "X509 CRL"));
    }
}
