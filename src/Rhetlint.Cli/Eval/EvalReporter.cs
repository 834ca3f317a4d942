using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Rhetlint.Cli.Eval;

internal static class EvalReporter
{
    private static readonly Dictionary<string, string> FamilyNames = new()
    {
        ["TI"] = "ThreatInflation",
        ["SU"] = "Superlatives",
        ["QS"] = "Sourcing",
        ["all"] = "Overall",
    };

    public static void WriteText(TextWriter output, EvalReport report, bool verbose)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"{report.Cases} cases"));
        output.WriteLine(string.Create(c, $"{"family",-16} {"reported",8} {"correct",8} {"gold",6} {"found",6} {"precision",9} {"recall",7} {"F1",6}"));
        foreach (var f in report.Families.Append(report.Overall))
            output.WriteLine(string.Create(c,
                $"{FamilyNames[f.Family],-16} {f.Reported,8} {f.Correct,8} {f.Gold,6} {f.Found,6} {f.Precision,9:0.000} {f.Recall,7:0.000} {f.F1,6:0.000}"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"{"rule",-8} {"reported",8} {"correct",8} {"precision",9} {"must-not-flag",13}"));
        foreach (var r in report.Rules)
            output.WriteLine(string.Create(c, $"{r.RuleId,-8} {r.Reported,8} {r.Correct,8} {r.Precision,9:0.000} {r.MustNotFlagHits,13}"));
        output.WriteLine();
        output.WriteLine(string.Create(c, $"must-not-flag hits: {report.MustNotFlagHits}"));
        foreach (var result in report.CaseResults)
            foreach (var hit in result.Reports.Where(r => r.MustNotFlag is not null))
                output.WriteLine($"  {result.Id} {hit.RuleId} \"{hit.Text}\" overlaps \"{hit.MustNotFlag}\"");
        if (!verbose) return;

        output.WriteLine();
        output.WriteLine("false alarms:");
        foreach (var result in report.CaseResults)
            foreach (var r in result.Reports.Where(r => !r.Correct))
                output.WriteLine($"  {result.Id} {r.Family} {r.RuleId} \"{r.Text}\"");
        output.WriteLine("misses:");
        foreach (var result in report.CaseResults)
            foreach (var g in result.Gold.Where(g => !g.Found))
                output.WriteLine($"  {result.Id} {g.Family} \"{g.Span}\" ({g.Note})");
    }

    public static void WriteJson(TextWriter output, EvalReport report)
    {
        var context = new EvalJsonContext(new JsonSerializerOptions(EvalJsonContext.Default.Options)
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        output.WriteLine(JsonSerializer.Serialize(report, context.EvalReport));
    }
}
