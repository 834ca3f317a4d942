using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Attributed perception (RULES.md §1): clauses that put a picture in someone's mind rather than assert it —
/// "Looming large in the minds of the planners is the specter of …", "the generals are haunted by …",
/// "officials worry that the strait will close". Verbs of saying and fearing that take a clause ("fear", "warn")
/// are attribution frames already; this covers the rest.
/// </summary>
internal static class PerceptionFinder
{
    private static readonly Lazy<PhraseList> Frames = new(() => PhraseList.Load(LexiconStore.Engine, "perception_frames"));
    private static readonly Lazy<FrozenWordSet> Verbs = new(() => new FrozenWordSet(
        LexiconStore.Engine.Lines("perception_verbs").SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))));

    private static readonly HashSet<string> PerceptionNouns =
        ["concern", "concerns", "fear", "fears", "worry", "worries", "belief", "beliefs", "conviction", "suspicion", "suspicions", "view", "impression", "sense"];

    /// <summary>Token ranges (first, end exclusive) whose words are someone's perception.</summary>
    public static List<(int First, int End)> Find(ProseDocument document)
    {
        var ranges = new List<(int, int)>();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (Frames.Value.LongestAt(tokens, i, sentence.EndToken) > 0)
                {
                    ranges.Add((ClauseBounds.Start(tokens, sentence, i), ClauseBounds.End(tokens, sentence, i)));
                    continue;
                }
                if (IsPerceptionVerb(tokens, sentence, i))
                    ranges.Add((i + 1, ClauseBounds.End(tokens, sentence, i)));
                else if (IsPossessedPerceptionNoun(tokens, sentence, i))
                    ranges.Add((i + 2, ClauseBounds.End(tokens, sentence, i + 1)));
                else if (IsBeliefParticiple(tokens, sentence, i))
                    ranges.Add((i + 2, ClauseBounds.End(tokens, sentence, i + 1)));
                else if (IsSeemingToSomeone(tokens, sentence, i))
                    ranges.Add((i + 1, ClauseBounds.End(tokens, sentence, i)));
            }
        }
        return ranges;
    }

    private static readonly HashSet<string> SeemVerbs = ["seem", "seems", "seemed", "appear", "appears", "appeared", "felt", "feels"];

    /// <summary>
    /// "For fans who had queued all night, it seemed the band would surely play", "it seemed to the crew that …": how
    /// things looked to someone the sentence names, free indirect perception; without one ("it seemed to me", a bare "it
    /// seems") the writer hedges their own claim.
    /// </summary>
    private static bool IsSeemingToSomeone(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!SeemVerbs.Contains(tokens[i].Norm) || i == sentence.FirstToken || tokens[i - 1].Norm != "it") return false;
        if (i + 2 < sentence.EndToken && tokens[i + 1].Norm == "to") return !IsWriterOrReader(tokens[i + 2]);
        // "For fans …, it seemed": the experiencer opens the sentence, set off by a comma.
        return tokens[sentence.FirstToken].Norm == "for" && i - 2 > sentence.FirstToken + 1 && tokens[i - 2].Text == ","
            && !IsWriterOrReader(tokens[sentence.FirstToken + 1]);
    }

    private static bool IsWriterOrReader(Token token) => token.Norm is "me" or "us" or "you" or "i" or "we";

    private static readonly HashSet<string> BeliefParticiples =
        ["believing", "fearing", "thinking", "convinced", "suspecting", "worried", "assuming", "reasoning", "calculating"];

    /// <summary>
    /// "Aides worry about the budget, believing that it poses the greatest danger": a participle after the comma gives
    /// the clause to the main clause's subject, named or not; "I …, convinced that …" stays the writer's.
    /// </summary>
    private static bool IsBeliefParticiple(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!BeliefParticiples.Contains(tokens[i].Norm) || i < sentence.FirstToken + 2 || tokens[i - 1].Text != ",") return false;
        if (i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "that") return false;
        for (var k = sentence.FirstToken; k < i; k++)
            if (tokens[k].Norm is "i" or "we") return false;
        return true;
    }

    /// <summary>"his concerns that the West faces …", "the minister's fear that …": someone's view, set out in its clause.</summary>
    private static bool IsPossessedPerceptionNoun(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!PerceptionNouns.Contains(tokens[i].Norm) || i == sentence.FirstToken || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "that") return false;
        var owner = tokens[i - 1];
        return owner.Norm is "his" or "her" or "their" or "its" || owner.HasPossessiveEnding;
    }

    /// <summary>"officials worry that …", "many dread a wider war": not the writer's own "I worry that …", not a noun ("the worry").</summary>
    private static bool IsPerceptionVerb(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Verbs.Value.Contains(tokens[i]) || i == sentence.FirstToken || i + 1 >= sentence.EndToken) return false;
        var before = tokens[i - 1];
        if (!before.IsWord || before.Norm is "i" or "we" or "the" or "a" or "an" or "my" or "our" or "to" || FunctionWords.Possessive.Contains(before))
            return false;
        var next = tokens[i + 1];
        return next.IsWord && next.Norm is not ("about" or "over" or "for");
    }
}
