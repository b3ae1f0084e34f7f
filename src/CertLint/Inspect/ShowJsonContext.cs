using System.Text.Json.Serialization;

namespace CertLint.Inspect;

/// <summary>Source-generated JSON for `show` (no reflection, Native-AOT safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ShowDocument))]
[JsonSerializable(typeof(ShowObject))]
[JsonSerializable(typeof(ShowError))]
[JsonSerializable(typeof(ShowRevoked))]
[JsonSerializable(typeof(List<ShowRevoked>))]
public sealed partial class ShowJsonContext : JsonSerializerContext
{
    /// <summary>Writes file names and subjects as they are ('&lt;stdin&gt;', non-ASCII) instead of \u escapes; JSON stays valid.</summary>
    public static ShowJsonContext Readable => s_readable.Value;

    private static readonly Lazy<ShowJsonContext> s_readable = new(() => new ShowJsonContext(
        new System.Text.Json.JsonSerializerOptions(Default!.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
}
