using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Book the cheapest fare you can find", "you would want the hardest test you could get", "she rented the cheapest
/// flat she could find": a superlative whose head a modal relative of obtaining completes ranks what the seeker can
/// reach, the limit of their options as "the cheapest fare possible" is; it ranks nothing in the world (issue 17: two
/// of 341 RH2001 findings on the news sample, and a must-not-flag in topics7). That holds only when the one who
/// obtains is the one who acts: a person named by a pronoun, or "you" in a command or after an earlier "you" in its clause.
/// "Delmar sells the cheapest fares you can find" and "the Aurora is the fastest kettle you can buy" rank for a seller;
/// "the finest watch money can buy" and "the greatest mayor you could imagine" (a verb of conceiving) still rank.
/// </summary>
internal static class WithinReach
{
    private static readonly Lazy<FrozenSet<string>> ObtainVerbs =
        new(() => TaggedLexicon.Load(RuleLexicons.Store, "superlative_readings").Words("obtain-verb"));

    /// <summary>Subjects of the relative that can be the one who acts: the reader and people named by a pronoun.</summary>
    private static readonly FrozenSet<string> Seekers = new[] { "you", "i", "we", "he", "she", "they", "one" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the superlative phrase from <paramref name="start"/> to <paramref name="end"/> (just past its head) is
    /// completed by "(that) SUBJECT can/could (possibly) VERB" of obtaining, said by its own seeker.
    /// </summary>
    public static bool IsWithinReach(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        // "is the fastest kettle you can buy": a predicate evaluates its subject, a claim.
        if (start > sentence.FirstToken && FunctionWords.Copulas.Contains(tokens[start - 1])) return false;
        var k = end;
        if (sentence.NormAt(tokens, k) == "that") k++;
        var subject = sentence.NormAt(tokens, k);
        if (!Seekers.Contains(subject) || sentence.NormAt(tokens, k + 1) is not ("can" or "could")) return false;
        var verb = sentence.NormAt(tokens, k + 2) is "possibly" or "ever" or "still" ? k + 3 : k + 2;
        if (!ObtainVerbs.Value.Contains(sentence.NormAt(tokens, verb))) return false;
        // "you" is the generic buyer of an advertisement ("the fastest kettle you can buy") unless a command or an
        // earlier "you" in the same clause makes the reader the one who acts.
        return subject != "you" || Imperatives.Opens(tokens, sentence) || SaidBeforeInClause(tokens, sentence, start);
    }

    /// <summary>
    /// "you would want the longest record you could get": "you" acts in the clause that holds the phrase. A "you" in
    /// another clause ("If you like coffee, Delmar roasts the best beans you can buy", "You should know that Varn
    /// stocks …") leaves a seller as the one who acts.
    /// </summary>
    private static bool SaidBeforeInClause(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var k = start - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Norm == "you") return true;
            if (tokens[k].Text is "," or ";" or ":" or "—" or "–" || tokens[k].Norm == "that" || FunctionWords.Subordinators.Contains(tokens[k])) return false;
        }
        return false;
    }
}
