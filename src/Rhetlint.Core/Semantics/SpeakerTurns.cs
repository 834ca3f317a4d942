using System.Text.RegularExpressions;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The speaker turns of an interview or broadcast transcript: lines that open with a speaker's label and a colon
/// ("Q: …", "A: …", "BRENN: …", "KATE ARLO: …", "JP: …"). What follows the label to the end of its line is the
/// speaker's own words, verbatim — a direct quotation set off by a label instead of quotation marks — so the
/// writer asserts none of it (the annotation guidelines' general rule 1). A document is a transcript when two speakers
/// take turns and one of them comes back; a lone "UPDATE:" or "NOTE:" line opens no turn, and a label
/// word that is a common English word ("WATCH", "CORRECTION", "BREAKING NEWS") is a kicker, not a speaker.
/// A turn ends with its line: an unlabelled line after it may be the writer again. Only a transcript the writer
/// introduces in prose of their own is reported speech; a bare transcript's speakers are its writers, but for a guest
/// it presents by name and role, who is quoted there as in any report.
/// </summary>
internal static partial class SpeakerTurns
{
    /// <summary>
    /// A line's label: "Q" or "A", or one to three upper-case words (initials, names, "JOEL BENENSON"), optionally with
    /// a role or an affiliation ("LOU DEMARCO (co-host)", "ANA LIND, VARN RADIO"), then a colon.
    /// </summary>
    [GeneratedRegex(@"\G[ \t\u00A0]*(?<label>Q|A|[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})(?: \([^()\n]{1,40}\)|, [A-Z][A-Z.'’\- ]{1,40})?[ \t]*:(?!//)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    /// <summary>The content of each turn as character ranges (first, end exclusive) of the document's prose.</summary>
    public static List<(int Start, int End)> Find(ProseDocument syntax)
    {
        var text = syntax.Prose.Masked;
        var turns = new List<(string Label, int LineStart, int Start, int End)>();
        // Every labelled line, a role's ("PRESENTER (Ana Lind):") included: none is the writer's introduction.
        var labelled = new List<(int Start, int End)>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var match = LabelPattern().Match(text, lineStart, lineEnd - lineStart);
            if (match.Success) labelled.Add((lineStart, lineEnd));
            if (match.Success && IsSpeakerLabel(match.Groups["label"].Value) && !OpensWithMarkup(syntax, lineStart, lineEnd))
                turns.Add((match.Groups["label"].Value, lineStart, match.Index + match.Length, lineEnd));
            lineStart = lineEnd + 1;
        }
        // A conversation: two speakers at least, one of whom comes back ("KATE ARLO:" and "ARLO:" are one speaker). A
        // roundup labels each of its items once ("FRANCE:", "ITALY:", "SPAIN:"), a newsletter repeats one kicker ("ICYMI:").
        var turnsPerSpeaker = turns.GroupBy(turn => turn.Label[(turn.Label.LastIndexOf(' ') + 1)..]).Select(speaker => speaker.Count()).ToList();
        if (turnsPerSpeaker.Count < 2 || turnsPerSpeaker.All(count => count < 2)) return [];
        if (IsIntroducedByWriter(syntax, turns[0].LineStart, labelled)) return [.. turns.Select(t => (t.Start, t.End))];
        // A bare transcript: its host and callers are its writers, but a guest the programme presents by name and role
        // ("Joining us is Dr. Ana Lind, the harbour's chief engineer") speaks on the record as a named source does.
        return [.. turns.Where(t => IsPresentedGuest(syntax, t.Label, turns[0].Start)).Select(t => (t.Start, t.End))];
    }

    /// <summary>
    /// Whether the speaker of <paramref name="label"/> is presented after the programme starts (not in its title, which
    /// presents the host) by a surname followed by a comma and a role: "Dr. Ana Lind, the harbour's chief engineer",
    /// "Tomas Brenn, an economist at Varn University", or as the programme's guest, whatever describes her: "My guest is
    /// Dr. Ana Lind, who runs the harbour", "We are joined by Tomas Brenn". A caller presented by a place ("Ana from
    /// Tollgate") is not.
    /// </summary>
    private static bool IsPresentedGuest(ProseDocument syntax, string label, int programmeStart)
    {
        var surname = label[(label.LastIndexOf(' ') + 1)..];
        if (surname.Length < 2) return false;
        var tokens = syntax.Tokens;
        for (var k = 0; k + 2 < tokens.Length; k++)
        {
            var token = tokens[k];
            // The label itself is upper case; the presentation writes the name as a name.
            if (token.Span.Start < programmeStart || !string.Equals(token.Text, surname, StringComparison.OrdinalIgnoreCase)
                || token.Text == surname) continue;
            if (IsGuestCueBefore(syntax, k)) return true;
            if (tokens[k + 1].Text != ",") continue;
            for (var j = k + 2; j < tokens.Length && j - k <= 8 && tokens[j].IsWord; j++)
                if (Vocabulary.IsRoleNoun(tokens[j])) return true;
        }
        return false;
    }

    /// <summary>"My guest is", "our guests tonight are", "we are joined by", "joining us is": the programme presents a guest.</summary>
    private static bool IsGuestCueBefore(ProseDocument syntax, int name)
    {
        var tokens = syntax.Tokens;
        var sentence = syntax.SentenceOfToken(name);
        for (var k = Math.Max(sentence.FirstToken, name - 8); k < name; k++)
            if (tokens[k].Norm is "guest" or "guests" || tokens[k].Norm is "joined" or "joining" && k + 1 < name && tokens[k + 1].Norm is "by" or "us" or "me")
                return true;
        return false;
    }

    /// <summary>
    /// Whether the writer's own prose — a sentence that ends as a sentence does, not a title line — comes before the
    /// first turn: an article that presents an interview ("Here is the edited transcript.") reports its speakers. A
    /// transcript published bare, under a title ("TRANSCRIPT: 'Full Count', KVRB Radio, Aug. 14"), is the programme's
    /// own text, and its host and guests are its writers.
    /// </summary>
    private static bool IsIntroducedByWriter(ProseDocument syntax, int firstTurn, List<(int Start, int End)> labelled)
    {
        var tokens = syntax.Tokens;
        foreach (var sentence in syntax.Sentences)
        {
            if (sentence.Span.End > firstTurn) return false;
            if (labelled.Any(line => line.Start <= sentence.Span.Start && sentence.Span.Start < line.End)) continue;
            var last = sentence.EndToken - 1;
            while (last > sentence.FirstToken && tokens[last].Kind is TokenKind.Quote or TokenKind.Punctuation && tokens[last].Text is not ("." or "!" or "?")) last--;
            if (!syntax.IsHeadline(sentence) && tokens[last].Text is "." or "!" or "?") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the line opens with Markdown list, table or emphasis markup ("- FRANCE:", "| DOW: |", "**ITALY:**"): the
    /// writer's own list items and cells, which the masked prose shows without their markup.
    /// </summary>
    private static bool OpensWithMarkup(ProseDocument syntax, int lineStart, int lineEnd)
    {
        var source = syntax.Source;
        var k = lineStart;
        while (k < lineEnd && source[k] is ' ' or '\t') k++;
        if (k >= lineEnd) return false;
        if (source[k] is '-' or '*' or '+' or '|' or '_') return true;
        while (k < lineEnd && char.IsAsciiDigit(source[k])) k++;
        return k > lineStart && k < lineEnd && char.IsAsciiDigit(source[k - 1]) && source[k] is '.' or ')';
    }

    /// <summary>Whether every word of the label can name a speaker: "Q" and "A" do, a common word ("UPDATE", "NOTE") does not.</summary>
    private static bool IsSpeakerLabel(string label) =>
        label is "Q" or "A" || label.Split(' ').All(word => !Vocabulary.IsCommonWord(Token.Normalize(word.TrimEnd('.'))));

    /// <summary>The tokens inside the turns, as token ranges (first, end exclusive).</summary>
    public static List<(int First, int End)> TokenRanges(ProseDocument syntax)
    {
        var ranges = new List<(int First, int End)>();
        var tokens = syntax.Tokens;
        foreach (var (start, end) in Find(syntax))
        {
            var first = FirstTokenAtOrAfter(syntax, start);
            var k = first;
            while (k < tokens.Length && tokens[k].Span.End <= end) k++;
            if (k > first) ranges.Add((first, k));
        }
        return ranges;
    }

    private static int FirstTokenAtOrAfter(ProseDocument syntax, int offset)
    {
        var tokens = syntax.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (tokens[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
