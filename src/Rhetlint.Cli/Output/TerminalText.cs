using System.Globalization;
using System.Text;

namespace Rhetlint.Cli.Output;

/// <summary>
/// Text from a draft or a file name made safe for a terminal and for one-line-per-finding formats: C0 controls, DEL
/// and C1 controls become visible escapes (<c>\n</c>, <c>\r</c>, <c>\x1b</c>, <c>\x85</c>), as git quotes such names
/// (<c>core.quotePath</c>) and Python's <c>repr</c> shows such characters. Written raw, ESC starts an escape
/// sequence that can retitle the window or rewrite the screen, and a newline in a file name splits a finding line.
/// A tab stays: it is harmless, and the excerpt already shows it as a space.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        if (!HasControl(text)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!Controls.Contains(c)) escaped.Append(c);
            else if (c == '\n') escaped.Append(@"\n");
            else if (c == '\r') escaped.Append(@"\r");
            else escaped.Append(CultureInfo.InvariantCulture, $@"\x{(int)c:x2}");
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a character to escape. One search of mixed ASCII and C1 values falls back to
    /// a slow probabilistic map on text with curly quotes or accents, which writing the excerpt of each of a quote
    /// storm's 700,000 findings showed (issue 18): the ASCII controls and the C1 range are searched apart, both vectorized.
    /// </summary>
    private static bool HasControl(string text) => text.AsSpan().ContainsAny(AsciiControls) || text.AsSpan().ContainsAnyInRange('\u0080', '\u009f');

    private static readonly System.Buffers.SearchValues<char> AsciiControls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), '\u007f']);

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), '\u007f', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);
}
