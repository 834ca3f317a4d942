using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rhetlint.Cli.Output;

/// <summary>How often one rule fired in a run: a row of <c>check --statistics</c>.</summary>
internal sealed record RuleCount(string Id, string Name, int Count);

/// <summary>
/// <c>check --statistics</c>: the findings counted per rule instead of listed, most frequent first (then by id), as
/// Ruff's <c>--statistics</c> does — in text (count, id, name; then the summary line) or as a JSON array.
/// </summary>
internal static class RuleStatistics
{
    public static readonly string[] Formats = ["text", "json"];

    private static readonly RuleStatisticsContext Context = new(new JsonSerializerOptions(RuleStatisticsContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static RuleCount[] Of(CheckRun run) =>
    [
        .. run.ReadFiles.SelectMany(f => f.Findings)
            .GroupBy(f => f.Id, StringComparer.Ordinal)
            .Select(g => new RuleCount(g.Key, g.First().Descriptor.Title.ToString(CultureInfo.InvariantCulture), g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal),
    ];

    public static void Write(string format, TextWriter output, CheckRun run, Palette palette)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(Of(run), Context.RuleCountArray));
            return;
        }
        if (TextReporter.OnlyInputErrors(run)) return;
        var counts = Of(run);
        var countWidth = counts.Select(c => c.Count.ToString(CultureInfo.InvariantCulture).Length).DefaultIfEmpty(0).Max();
        var idWidth = counts.Select(c => TerminalText.Escape(c.Id).Length).DefaultIfEmpty(0).Max();
        foreach (var count in counts)
        {
            var id = TerminalText.Escape(count.Id);
            output.WriteLine($"{count.Count.ToString(CultureInfo.InvariantCulture).PadLeft(countWidth)}  {palette.RuleId(id)}{new string(' ', idWidth - id.Length)}  {TerminalText.Escape(count.Name)}");
        }
        output.WriteLine(TextReporter.Summary(run.Files));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(RuleCount[]))]
internal sealed partial class RuleStatisticsContext : JsonSerializerContext;
