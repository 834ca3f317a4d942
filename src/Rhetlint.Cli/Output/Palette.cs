using Microsoft.CodeAnalysis;

namespace Rhetlint.Cli.Output;

/// <summary>
/// How the text report styles its parts, as compilers and Ruff do: the location bold, the severity in its colour
/// (error red, warning yellow, suggestion cyan), the rule id bold, the caret underline in the severity's colour and
/// the rewrite labels cyan. <see cref="Plain"/> adds nothing. Callers pass text that is already escaped
/// (<see cref="TerminalText"/>), so the only escape sequences in a line are these.
/// </summary>
internal sealed class Palette
{
    public static Palette Plain { get; } = new(ansi: false);
    public static Palette Ansi { get; } = new(ansi: true);

    private const string Reset = "\u001b[0m";
    private readonly bool _ansi;

    private Palette(bool ansi) => _ansi = ansi;

    public string Location(string text) => Style("1", text);

    public string Severity(DiagnosticSeverity severity, string text) => Style("1;" + ColourOf(severity), text);

    public string RuleId(string text) => Style("1", text);

    public string Underline(DiagnosticSeverity severity, string text) => Style(ColourOf(severity), text);

    public string Label(string text) => Style("36", text);

    /// <summary>A diff's removed line, red, as git colours it.</summary>
    public string Removed(string text) => Style("31", text);

    /// <summary>A diff's added line, green, as git colours it.</summary>
    public string Added(string text) => Style("32", text);

    /// <summary>A diff's file and hunk headers, bold, as git colours the file header.</summary>
    public string Header(string text) => Style("1", text);

    private static string ColourOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "31",
        DiagnosticSeverity.Warning => "33",
        _ => "36",
    };

    private string Style(string code, string text) => _ansi && text.Length > 0 ? $"\u001b[{code}m{text}{Reset}" : text;
}
