using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The deadline slot of the forecast readings (issue 16), read once for all of them: besides DireForecasts' spans and
/// near points, a forecast is dated by an event or the end of a period without a number ("before the next election",
/// "by the end of this parliament", "before this decade is out", "by the time your children leave school", "come the
/// winter"), or a season of the year or of the feasts with its determiner ("by next harvest", "by the holidays"). A
/// bare year stays each reading's own: a schedule for DireForecasts, a horizon for DatedCertainties.
/// </summary>
internal static class DeadlineReader
{
    private static readonly TaggedLexicon Events = TaggedLexicon.Load(RuleLexicons.Store, "deadline_events_wordnet");

    /// <summary>Events and periods a deadline names without a number: "election", "parliament", "decade" (<c>deadline_events_wordnet.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> EventNouns = new(() => Events.Words("event", "period").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    /// <summary>
    /// Seasons of the year and of the feasts a deadline names with a determiner: "harvest", "Lent", "Advent", "holidays"
    /// (<c>deadline_events_wordnet.txt</c>'s season); the four seasons, Christmas and Easter are DireForecasts' near points. A deadline's end only, no event for <see cref="NamesEvent"/>: "by next
    /// harvest" dates a forecast as "by next spring" does, and comes round every year, which an election does not.
    /// </summary>
    private static readonly Lazy<FrozenWordSet> SeasonNouns = new(() => Events.Words("season").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    /// <summary>A noun a named deadline may end on: an event, a period or a season.</summary>
    private static bool IsDeadlineNoun(Token token) => EventNouns.Value.Contains(token) || SeasonNouns.Value.Contains(token);

    /// <summary>
    /// The end of a deadline of an event or a period starting at <paramref name="k"/>, or null: "by"/"before" an
    /// event or a period with its determiner ("before the next election", "by the end of this parliament", "before this
    /// decade is out"), "by the time" and its clause, "come" and a season or an event ("come the winter").
    /// </summary>
    public static int? EndAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        switch (Norm(k))
        {
            // "By the time your children leave school", "by the time the next mayor is sworn in": a stage of a family's
            // life, a coming event or the measure argued about ("by the time this bill passes");
            // "by the time you read this", "by the time the match ends" time an evening.
            case "by" when Norm(k + 1) == "the" && Norm(k + 2) == "time" && (Norm(k + 3) is "our" or "your" or "their" or "my" or "this" or "these" || Norm(k + 4) == "next"):
                return TimeClauseEnd(tokens, sentence, k + 3);
            case "by" or "before":
                var n = k + 1;
                if (Norm(n) == "the" && Norm(n + 1) == "end" && Norm(n + 2) == "of") n += 3;
                return NamedPeriodEnd(tokens, sentence, n);
            // "Come the winter, …", "come the election": only opening the clause, where "come" is no verb of motion.
            case "come" when k == sentence.FirstToken || tokens[k - 1].Text == ",":
                var s = Norm(k + 1) == "the" ? k + 2 : k + 1;
                return s < sentence.EndToken && (FunctionWords.Seasons.Contains(Norm(s)) || IsDeadlineNoun(tokens[s])) ? s + 1 : null;
            default:
                return null;
        }
    }

    /// <summary>Whether the deadline names a season of <c>deadline_events_wordnet.txt</c>: "by the holidays", "by next harvest".</summary>
    public static bool NamesSeason(ImmutableArray<Token> tokens, (int Start, int End) deadline)
    {
        for (var k = deadline.Start; k < deadline.End; k++)
            if (SeasonNouns.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>Whether the deadline names an event or a period of <c>deadline_events_wordnet.txt</c>: "before the next election", "by the end of this parliament".</summary>
    public static bool NamesEvent(ImmutableArray<Token> tokens, (int Start, int End) deadline)
    {
        for (var k = deadline.Start; k < deadline.End; k++)
            if (EventNouns.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "the next election", "this parliament", "the next general election", "this decade is out", "next harvest", "the
    /// holidays": a determiner, at most one modifier, an event, a period or a season noun, and "is out"/"is over" after it.
    /// </summary>
    private static int? NamedPeriodEnd(ImmutableArray<Token> tokens, Sentence sentence, int n)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(n) is not ("the" or "this" or "next" or "our" or "their" or "your")) return null;
        var head = n + 1;
        if (Norm(head) == "next") head++;
        if (head < sentence.EndToken && !IsDeadlineNoun(tokens[head]) && tokens[head].IsWord && !tokens[head].IsCapitalized) head++;
        if (head >= sentence.EndToken || !IsDeadlineNoun(tokens[head])) return null;
        return Norm(head + 1) == "is" && Norm(head + 2) is "out" or "over" or "done" ? head + 3 : head + 1;
    }

    /// <summary>
    /// The clause after "by the time": to a comma, or to the main clause's opener ("there", a universal) when no comma
    /// sets it off ("by the time you retire there will be no pension left").
    /// </summary>
    private static int TimeClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = k;
        while (end < sentence.EndToken && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Number || tokens[end].Text is "'" or "’" or "-"))
        {
            if (end > k + 1 && tokens[end].Norm is "there" or "every" or "all" or "no" or "nobody" or "none") break;
            end++;
        }
        return end;
    }
}
