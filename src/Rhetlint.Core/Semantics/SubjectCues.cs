using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Where a subject phrase can start and which capitalized words name something: shared by the research-appeal reading
/// (<see cref="ResearchAppeals"/>) and the sourcing rules.
/// </summary>
public static class SubjectCues
{
    /// <summary>Words after which a new clause, and so a new subject, can start.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["and", "but", "or", "so", "yet", "that", "because", "as", "while", "whereas", "since", "although", "though", "if", "when",
         "after", "before", "now", "indeed", "moreover", "besides", "still", "also", "meanwhile", "where", "unless"],
        StringComparer.Ordinal);

    /// <summary>
    /// A capitalized word that names something: not a month or weekday, not a bare place or demonym (which names
    /// no source), and not capitalized merely because it opens the sentence.
    /// </summary>
    public static bool IsName(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var token = tokens[k];
        if (!token.IsWord || !token.IsCapitalized) return false;
        if (FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token) || actors.IsPlaceWord(token)) return false;
        if (k > sentence.FirstToken && (tokens[k - 1].Kind == TokenKind.Quote || tokens[k - 1].Text is ":" or "(")) return false;
        return k != sentence.FirstToken || !FunctionWords.SentenceStarters.Contains(token);
    }

    /// <summary>Whether a subject phrase can start at <paramref name="k"/>: the sentence start, or after punctuation, a quote mark or a conjunction.</summary>
    public static bool IsClauseStart(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k == sentence.FirstToken) return true;
        var before = tokens[k - 1];
        return before.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash || ClauseOpeners.Contains(before.Norm);
    }

    /// <summary>
    /// Whether the clause whose subject ends right before <paramref name="k"/> is coordinated after a comma or a
    /// semicolon (", and it is widely believed that", "; the design has been praised"): within a report's content such a
    /// clause with an attribution of its own is a second attribution the writer adds, not more of what the source says.
    /// </summary>
    public static bool OpensCoordinateClause(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        // Over the subject: "it", or a short noun phrase ("the new design").
        for (var j = k - 1; j >= sentence.FirstToken && k - j <= 5; j--)
        {
            var token = tokens[j];
            if (token.Text == ";") return true;
            if (token.Norm is "and" or "but" or "while") return j - 1 >= sentence.FirstToken && tokens[j - 1].Text is "," or ";";
            if (!token.IsWord || FunctionWords.PersonPronouns.Contains(token) && token.Norm != "it" || token.Norm is "that" or "who" or "which") return false;
        }
        return false;
    }
}
