using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "It is widely accepted that the ferry is the only sensible link to Orlen", "it is generally agreed that the quay is
/// the finest in the north": a claim inside the "that" clause of an impersonal attribution is the view credited to
/// nobody, which RH3006 reports (the guidelines: flag the attribution, leave its content alone). The frame is "it",
/// a form of "be", up to two adverbs and a participle of the attribution lexicon's "it" frames right before "that";
/// a factive one ("it is known that") vouches for the clause, which stays the writer's, unless a degree adverb makes it
/// a consensus credited to nobody ("it is widely recognised that", "it is well known that"): RH3006 flags that frame,
/// so the clause is its content as after "it is widely accepted that". A scope may stand before "that" ("it is widely
/// accepted across the industry that"): it places the view and credits it to nobody. A semicolon or a colon ends
/// the clause the frame governs.
/// The sentence is read once: a claim asks only for the nearest frame or clause break before it. Scanning back to the
/// sentence start for every claim made one long sentence quadratic (issue 18).
/// </summary>
internal sealed class ImpersonalAttributionFrames
{
    private static readonly Lazy<TaggedLexicon> Agentless = new(() => TaggedLexicon.Load(RuleLexicons.Store, "agentless_attribution"));

    /// <summary>
    /// Factive participles ("it is known that", "it has been shown that") present their clause as fact: the writer
    /// vouches for it, so a rank inside it stays the writer's claim.
    /// </summary>
    private static readonly FrozenSet<string> Factives = FrozenSet.ToFrozenSet(
        ["known", "shown", "proven", "proved", "established", "demonstrated", "recognized", "recognised", "acknowledged", "noted"], StringComparer.Ordinal);

    private static readonly Lazy<FrozenWordSet> ImpersonalParticiples = new(() => Agentless.Value.Words("it", "it-degree").Except(Factives).ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> AttributionAdverbs = new(() => Agentless.Value.Words("adverb").ToFrozenWordSet());

    /// <summary>The tokens that decide the reading of what follows them, in order: a clause break or a "that" with its frame.</summary>
    private readonly List<int> _positions = [];

    /// <summary>For each of <see cref="_positions"/>, whether what follows it is inside an impersonal attribution.</summary>
    private readonly List<bool> _opensAttribution = [];

    public ImpersonalAttributionFrames(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken + 3; k < sentence.EndToken; k++)
        {
            if (ReadingAfter(tokens, sentence, k) is not bool opens) continue;
            _positions.Add(k);
            _opensAttribution.Add(opens);
        }
    }

    /// <summary>Whether the phrase at <paramref name="start"/> is inside the "that" clause of an impersonal attribution.</summary>
    public bool Covers(int start)
    {
        var index = _positions.BinarySearch(start - 1);
        if (index < 0) index = ~index - 1;
        return index >= 0 && _opensAttribution[index];
    }

    /// <summary>
    /// False after a semicolon or a colon, whether an impersonal frame holds after a "that" at <paramref name="that"/>,
    /// or null when the token decides nothing and the reading comes from further back.
    /// </summary>
    private static bool? ReadingAfter(ImmutableArray<Token> tokens, Sentence sentence, int that)
    {
        if (tokens[that].Text is ";" or ":") return false;
        if (tokens[that].Norm != "that") return null;
        var participle = that - 1;
        // "it is widely recognised in the county that": a scope says where the view is held, not who holds it.
        if (!ImpersonalParticiples.Value.Contains(tokens[participle]) && !Factives.Contains(tokens[participle].Norm)
            && ClaimScope.ScopeBefore(tokens, sentence, that) is int scoped) participle = scoped;
        var k = participle - 1;
        if (!ImpersonalParticiples.Value.Contains(tokens[participle])
            && !(Factives.Contains(tokens[participle].Norm) && k > sentence.FirstToken && AttributionAdverbs.Value.Contains(tokens[k]))) return null;
        while (k > sentence.FirstToken && participle - k <= 2 && AttributionAdverbs.Value.Contains(tokens[k])) k--;
        if (tokens[k].Norm == "been" && k - 1 > sentence.FirstToken && tokens[k - 1].Norm is "has" or "had") k -= 2;
        else if (tokens[k].Norm is "is" or "was") k--;
        else if (tokens[k].Norm is "it's") return true;
        else return null;
        return k >= sentence.FirstToken && tokens[k].Norm == "it";
    }
}
