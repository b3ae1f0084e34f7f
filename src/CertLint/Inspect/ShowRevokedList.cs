using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CertLint.Inspect;

/// <summary>
/// A CRL's entries for show, each made when it is written: a CRL can hold a million entries, and as one list of
/// show records, then one JSON value, they took 5.7 GB (an out-of-memory crash) for a 43 MB CRL.
/// </summary>
/// <remarks>Not a collection type (foreach works by its GetEnumerator): the JSON source generator would not take one with a converter.</remarks>
[JsonConverter(typeof(ShowRevokedListConverter))]
public sealed class ShowRevokedList(IReadOnlyList<ShowRevoked> entries)
{
    public static ShowRevokedList Empty => new([]);

    public int Count => entries.Count;

    public ShowRevoked this[int index] => entries[index];

    /// <summary>
    /// Called after every <see cref="ShowRevokedListConverter.Batch"/> entries written as JSON, so the writer can move
    /// them to the output before the next ones (<see cref="ShowJsonWriter"/>); the JSON is the same either way.
    /// </summary>
    public Action? AfterBatch { get; set; }

    public IEnumerator<ShowRevoked> GetEnumerator() => entries.GetEnumerator();
}

/// <summary>Writes <see cref="ShowRevokedList"/> as the JSON array a list of <see cref="ShowRevoked"/> gives, entry by entry.</summary>
public sealed class ShowRevokedListConverter : JsonConverter<ShowRevokedList>
{
    public const int Batch = 1024;

    public override ShowRevokedList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<List<ShowRevoked>>)options.GetTypeInfo(typeof(List<ShowRevoked>));
        return new ShowRevokedList(JsonSerializer.Deserialize(ref reader, info) ?? []);
    }

    public override void Write(Utf8JsonWriter writer, ShowRevokedList value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<ShowRevoked>)options.GetTypeInfo(typeof(ShowRevoked));
        writer.WriteStartArray();
        var written = 0;
        foreach (var entry in value)
        {
            JsonSerializer.Serialize(writer, entry, info);
            if (++written % Batch == 0)
            {
                value.AfterBatch?.Invoke();
            }
        }
        writer.WriteEndArray();
    }
}
