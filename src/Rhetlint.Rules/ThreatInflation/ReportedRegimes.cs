using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Categories of rule reported rather than predicated (RH1005's <see cref="CategoryPredicates"/>): a real regime or
/// occupation, and the dead metaphor of a thing that is a tyranny for some people.
/// </summary>
internal static class ReportedRegimes
{
    /// <summary>
    /// Modifiers that classify a regime by who holds power ("a military dictatorship", "a one-party state"): the writer
    /// describes a kind of government, as political science does, rather than labelling a place at peace.
    /// </summary>
    private static readonly FrozenSet<string> RegimeTypes = new[]
    {
        "military", "one-party", "single-party", "communist", "theocratic", "hereditary", "absolute", "personalist",
    }.ToFrozenSet();

    /// <summary>Prepositions that open a sentence-initial time phrase ("Within six months of the fire, …", "In the autumn …").</summary>
    private static readonly FrozenSet<string> TimeOpeners = new[] { "in", "within", "by", "after", "since" }.ToFrozenSet();

    /// <summary>How far into the sentence a time noun may stand in its opening phrase ("Within six months").</summary>
    private const int OpenerWords = 4;

    /// <summary>
    /// A real regime or occupation reported: a state, its forces or an occupier named in the sentence, and either a
    /// regime type before the category (<see cref="RegimeTypes"/>) or a time that anchors the change in events — a
    /// sentence that opens on "since" ("Since the coup, …") or on a time phrase ("Within six months of the fire, Germany
    /// becomes …", "In the autumn the occupiers turn …": history in the present), or a month ("in July"). "This
    /// government has turned Britain into a surveillance state" names a state and no time, and stays a label.
    /// </summary>
    public static bool IsReported(DocumentModel document, Sentence sentence, int start, int noun)
    {
        var tokens = document.Tokens;
        if (!NamesForces(document, sentence)) return false;
        for (var k = start; k < noun; k++)
            if (RegimeTypes.Contains(tokens[k].Norm)) return true;
        return OpensOnTime(tokens, sentence) || NamesMonth(tokens, sentence);
    }

    private static bool NamesForces(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm is "occupiers" or "occupier" or "invaders" or "junta" or "generals" or "army") return true;
            if (document.Actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && actor.Class.FieldsForces()) return true;
        }
        return false;
    }

    private static bool OpensOnTime(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var first = sentence.FirstToken;
        if (!TimeOpeners.Contains(tokens[first].Norm)) return false;
        if (tokens[first].Norm == "since") return true;
        for (var k = first + 1; k < sentence.EndToken && k - first <= OpenerWords && tokens[k].IsWord; k++)
            if (FunctionWords.DemonstrativeTimeNouns.Contains(tokens[k].Norm) || tokens[k].Norm.EndsWith('s') && FunctionWords.DemonstrativeTimeNouns.Contains(tokens[k].Norm[..^1]))
                return true;
        return false;
    }

    private static bool NamesMonth(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
            if (tokens[k - 1].Norm is "in" or "since" or "by" && tokens[k].IsCapitalized && FunctionWords.Months.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>
    /// A rule said to be one "for" some people ("has become a tyranny for many office workers", "For island schools, the
    /// ferry timetable remains a tyranny"): a burden on those people, the dead metaphor, not a regime over a polity.
    /// Camps and prisons are excepted.
    /// </summary>
    public static bool IsForPeople(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        !Confines(tokens[end - 1].Norm) && (end < sentence.EndToken && tokens[end].Norm == "for" || tokens[sentence.FirstToken].Norm == "for" && HasCommaBefore(tokens, sentence, end));

    /// <summary>A place of confinement is "for" its inmates ("re-education camps for anyone who dissents"): still the label.</summary>
    private static bool Confines(string head) => head is "camp" or "camps" or "gulag" or "gulags" or "prison" or "prisons";

    private static bool HasCommaBefore(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        for (var k = sentence.FirstToken; k < end; k++)
            if (tokens[k].Text == ",") return true;
        return false;
    }
}
