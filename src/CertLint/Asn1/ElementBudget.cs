namespace CertLint.Asn1;

/// <summary>
/// How many ASN.1 elements one object may hold, counted as its cursors read them (every cursor made from one root
/// shares the root's budget). The input limits bound how many objects a file holds, not what one object holds: a
/// 64 MiB certificate with 1.8 million RDNs or 3.5 million dNSNames decoded to 3-8 GB. Real certificates hold a few
/// hundred elements, the largest seen some tens of thousands (thousands of SANs), so no real one reaches the limit.
/// </summary>
public sealed class ElementBudget
{
    /// <summary>Elements one certificate, CRL (outside its revoked entries) or other object may hold.</summary>
    public const int PerObject = 100_000;

    /// <summary>Elements one revokedCertificates entry may hold: a serial, a date and a few entry extensions are some 10-30.</summary>
    public const int PerCrlEntry = 4_096;

    private readonly int _limit;
    private int _spent;

    public ElementBudget(int limit = PerObject)
    {
        _limit = limit;
    }

    /// <summary>For readers whose own limits bound what they read (PKCS#7 sets: <c>InputLimits.MaxObjects</c>).</summary>
    public static ElementBudget Unlimited => new(int.MaxValue);

    /// <summary>Gives back the last element counted, which is about to be read again (<see cref="AsnCursor.Isolate"/>).</summary>
    public void Refund() => _spent--;

    /// <summary>Counts one element read at <paramref name="path"/>; throws past the limit.</summary>
    public void Spend(string path, int offset)
    {
        if (++_spent > _limit)
        {
            throw new ElementLimitException(path, offset, _limit);
        }
    }
}

/// <summary>
/// One object holds more elements than its <see cref="ElementBudget"/>. Not an <see cref="Asn1DecodeException"/> on
/// purpose: the recovery points inside an object (a broken extension, a skipped list element) catch those and read
/// on, and each would then fail again; this one ends the object's decoding at once.
/// </summary>
public sealed class ElementLimitException(string path, int offset, int limit)
    : Exception($"more than {limit} ASN.1 elements in one object (CertLint's limit for hostile input): not decoded past here")
{
    public const string Code = "asn1.too-many-elements";

    public string Path { get; } = path;
    public int Offset { get; } = offset;
    public int Limit { get; } = limit;

    public DecodeDiagnostic ToDiagnostic() =>
        new(DiagnosticLevel.Error, Code, Path, Offset, Message);
}
