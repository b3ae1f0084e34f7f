using System.Collections;

namespace CertLint.IO;

/// <summary>
/// A read-only view of a list with each item turned into another on access, so nothing is held per item (convert's
/// labels and models, lint's rule contexts for finding sources).
/// </summary>
internal class Projected<TSource, TResult>(IReadOnlyList<TSource> source, Func<TSource, TResult> project) : IReadOnlyList<TResult>
{
    public TResult this[int index] => project(source[index]);

    public int Count => source.Count;

    public IEnumerator<TResult> GetEnumerator()
    {
        for (var i = 0; i < source.Count; i++)
        {
            yield return project(source[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
