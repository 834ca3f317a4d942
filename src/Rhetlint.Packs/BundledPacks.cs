using System.Collections.Immutable;

namespace Rhetlint.Packs;

/// <summary>The packs shipped in <c>rules/packs/</c>, embedded in this assembly and named in <c>rhetlint.packs</c>.</summary>
public static class BundledPacks
{
    private const string Prefix = "packs/";

    private static readonly ImmutableArray<string> Resources =
        [.. typeof(BundledPacks).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public static ImmutableArray<string> Names { get; } =
        [.. Resources.Select(r => r[Prefix.Length..].Split('/')[0]).Distinct()];

    /// <summary>Where a bundled pack lives in Rhetlint's source tree: the path its diagnostics name.</summary>
    public static string Location(string name) => "rules/packs/" + name;

    internal static IEnumerable<(string Path, string? Text, string? Unreadable)> Files(string name)
    {
        foreach (var resource in Resources.Where(r => r.StartsWith(Prefix + name + "/", StringComparison.Ordinal)))
        {
            using var stream = typeof(BundledPacks).Assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return ("rules/" + resource, reader.ReadToEnd(), null);
        }
    }
}
