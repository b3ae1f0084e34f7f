using System.Collections;
using CertLint.X509;

namespace CertLint.Input;

/// <summary>
/// The decoded certificates of an input as a list that asks each object for its model when read: past
/// <see cref="InputOptions.ModelsHeld"/> a model is held weakly and decoded again if the collector took it, so a
/// list of 327,000 certificates does not keep 327,000 models alive. Every object must hold a certificate
/// (<see cref="InputObject.HasCertificate"/>).
/// </summary>
public sealed class CertificateModels(IReadOnlyList<InputObject> objects) : IReadOnlyList<Certificate>
{
    public Certificate this[int index] => objects[index].Certificate
        ?? throw new InvalidOperationException($"object {index} holds no decoded certificate");

    public int Count => objects.Count;

    public IEnumerator<Certificate> GetEnumerator()
    {
        for (var i = 0; i < objects.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
