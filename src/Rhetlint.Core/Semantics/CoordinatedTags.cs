using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A closing reporting tag whose source is two coordinated phrases: "…, current and former officials said.", "…, Ms.
/// Brandt and her lawyer said.", "…, canvassers and party officials told the Gazette." The source phrase is read from
/// the verb back to the conjunction, so the comma that sets the tag off comes before the first conjunct; what stands
/// before that comma is what the tag reports (issue 17, real news: the clause was read as the writer's).
/// </summary>
internal static class CoordinatedTags
{
    /// <summary>Words the first conjunct may have: a name with its title, an adjective ("current and former").</summary>
    private const int MaxConjunctTokens = 4;

    /// <summary>
    /// The comma before the first conjunct when <paramref name="sourceStart"/> is the second conjunct of a coordinated
    /// source after "and" or "or", or null. The first conjunct is a short phrase with no auxiliary and no verb of
    /// saying ("…, the depot is shut and officials said" coordinates two clauses), after a clause of at least two words.
    /// </summary>
    public static int? BreakBefore(ImmutableArray<Token> tokens, Sentence sentence, int sourceStart)
    {
        var conjunction = sourceStart - 1;
        if (conjunction - 2 <= sentence.FirstToken || tokens[conjunction].Norm is not ("and" or "or")) return null;
        for (var k = conjunction - 1; k > sentence.FirstToken + 1 && conjunction - k <= MaxConjunctTokens + 1; k--)
        {
            var token = tokens[k];
            if (token.Text == ",") return k < conjunction - 1 ? k : null;
            if (!token.IsWord || FunctionWords.Auxiliaries.Contains(token) || Vocabulary.ReportingVerbLemma(token) is not null) return null;
        }
        return null;
    }
}
