using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Contractors said work on the school would start in June", "installers say the job will take three days", "builders
/// say the extension will be finished by Easter": a timetable for a piece of work — the work as subject, a modal, a verb
/// of starting, finishing or lasting and a date or a duration — is a plan told by those who do it, not a claim that
/// needs a source to stand behind it. "Builders say the work was botched" and "… the job will cost twice the quote"
/// have no timetable and stay claims.
/// </summary>
internal static class WorkTimetables
{
    private static readonly FrozenWordSet WorkNouns = new[]
    {
        "work", "works", "job", "jobs", "extension", "repairs", "refit", "renovation", "renovations", "construction", "demolition",
        "installation", "roadworks", "rebuild", "conversion", "upgrade", "building",
    }.ToFrozenWordSet();

    private static readonly FrozenWordSet Modals = new[] { "will", "would", "should", "'ll", "could" }.ToFrozenWordSet();

    /// <summary>Verbs that put work on a timetable: it starts, ends, resumes or lasts.</summary>
    private static readonly FrozenWordSet TimetableVerbs = new[]
    {
        "start", "begin", "finish", "end", "take", "last", "resume", "continue", "complete", "finished", "completed", "done", "started", "begun",
    }.ToFrozenWordSet();

    /// <summary>Named days and holidays a timetable points at, besides months, weekdays and seasons.</summary>
    private static readonly FrozenWordSet Occasions = new[] { "easter", "christmas", "tomorrow", "today", "tonight", "weekend" }.ToFrozenWordSet();

    /// <summary>How many words may stand between the work and its modal: "work on the new primary school would".</summary>
    private const int MaxSubjectTokens = 6;

    public static bool Are(DocumentModel document, AttributionFrame frame, string lemma)
    {
        if (lemma is not ("say" or "tell") || frame.QuotationIndex is not null || frame.Side != ContentSide.After) return false;
        var tokens = document.Tokens;
        var end = document.SentenceOf(frame.CueToken).EndToken;
        var k = frame.CueToken + 1;
        while (k < end && (FunctionWords.ObjectPronouns.Contains(tokens[k]) || tokens[k].Norm == "that")) k++;
        if (k < end && (FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k]))) k++;
        if (k >= end || !WorkNouns.Contains(tokens[k])) return false;
        var modal = k + 1;
        while (modal < end && modal - k <= MaxSubjectTokens && tokens[modal].IsWord && !Modals.Contains(tokens[modal])) modal++;
        if (modal >= end || !Modals.Contains(tokens[modal])) return false;
        var verb = modal + 1;
        if (verb < end && tokens[verb].Norm == "be") verb++;
        if (verb >= end || !TimetableVerbs.Contains(tokens[verb])) return false;
        for (var t = verb + 1; t < end && tokens[t].Text is not ("," or ";") && tokens[t].Norm != "but"; t++)
            if (IsTimeWord(tokens[t]) || tokens[t].IsYear || TimeScale.IsUnit(tokens[t].Norm) && t > verb + 1) return true;
        return false;
    }

    private static bool IsTimeWord(Token token) =>
        FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token) || FunctionWords.Seasons.Contains(token) || Occasions.Contains(token);
}
