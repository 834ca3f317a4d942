using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Rank adjectives without a superlative form on a head that names a seller or maker in a market: "a leading maker of
/// kettles", "the region's foremost supplier", "the defining company of the decade". They claim first place as
/// "the best maker" does; before any other head they are a standing in a race or a debate ("the leading candidate",
/// "a leading voice") or a literal sense ("the top shelf"), which rank no product or firm. The lists are generated
/// from WordNet (tools/gen_rank_adjectives.py).
/// </summary>
internal static class RankAdjectives
{
    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "rank_adjectives"));
    private static readonly Lazy<FrozenSet<string>> Ranks = new(() => Lexicon.Value.Words("rank"));
    private static readonly Lazy<FrozenSet<string>> Heads = new(() => Lexicon.Value.Words("head"));

    /// <summary>Possessors that own no staff or market of their own: "the world's top economist", "the country's top maker" rank a field.</summary>
    public static FrozenSet<string> FieldPossessors { get; } = FrozenSet.ToFrozenSet(
        ["world's", "earth's", "planet's", "country's", "nation's", "continent's", "region's", "industry's", "profession's", "field's", "sport's", "game's"],
        StringComparer.Ordinal);

    public static bool IsRank(Token token) => token.IsWord && Ranks.Value.Contains(token.Norm);

    /// <summary>
    /// The start of the noun phrase and its market head when the rank adjective at <paramref name="rank"/> ranks a
    /// seller or maker: "a"/"an"/"the" or the possessive of a place or a field before it, up to two modifiers and the
    /// head after it. Null for an owner's own ("its top supplier", "Varn Mills' leading brand"), a relation rather
    /// than a rank in a market, and for a head that modifies a person after it ("a leading company spokesman"). An
    /// indefinite phrase must be said of something the text names, after a copula or in apposition to a name
    /// ("Mereford is a leading maker", "Mereford, a leading maker,"): one that introduces an unnamed referent ("the
    /// heroine works at a top investment firm") describes it and ranks no one the reader could check.
    /// </summary>
    public static (int Start, int Head)? RankedMarketHead(DocumentModel document, Sentence sentence, int rank)
    {
        var tokens = document.Tokens;
        if (rank - 1 < sentence.FirstToken || !IsOpenerOfField(document, tokens[rank - 1])) return null;
        for (var k = rank + 1; k < sentence.EndToken && k <= rank + 3; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || FunctionWords.NounPhraseBreakers.Contains(token.Norm) || FunctionWords.Prepositions.Contains(token.Norm)) return null;
            if (!IsHead(token.Norm)) continue;
            if (k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && SourceNouns.Of(tokens[k + 1]) is not null) return null;
            var opener = rank - 1;
            if (tokens[opener].Norm is "a" or "an" && !ModifierSlots.FollowsCopula(tokens, sentence, opener) && !IsAppositionToName(tokens, sentence, opener)) return null;
            // "the country's top maker": the phrase opens at the article before the possessor.
            return (opener - 1 >= sentence.FirstToken && tokens[opener].Norm != "the" && tokens[opener - 1].Norm == "the" ? opener - 1 : opener, k);
        }
        return null;
    }

    /// <summary>"Mereford, a leading maker of": a comma right after a capitalized name.</summary>
    private static bool IsAppositionToName(ImmutableArray<Token> tokens, Sentence sentence, int article) =>
        article - 2 >= sentence.FirstToken && tokens[article - 1].Text == "," && tokens[article - 2].IsWord && tokens[article - 2].IsCapitalized;

    private static bool IsOpenerOfField(DocumentModel document, Token token)
    {
        if (token.Norm is "a" or "an" or "the" || FieldPossessors.Contains(token.Norm)) return true;
        if (!token.IsWord || !token.Norm.EndsWith("'s", StringComparison.Ordinal) || token.Text.Length <= 2) return false;
        return document.Actors.IsPlaceWord(Token.Create(token.Kind, token.Span, token.Text[..^2]));
    }

    /// <summary>A listed head or its plural ("makers", "companies", "businesses").</summary>
    private static bool IsHead(string norm)
    {
        var heads = Heads.Value;
        if (heads.Contains(norm)) return true;
        if (norm.EndsWith("ies", StringComparison.Ordinal) && heads.Contains(norm[..^3] + "y")) return true;
        if (norm.EndsWith("es", StringComparison.Ordinal) && heads.Contains(norm[..^2])) return true;
        return norm.EndsWith('s') && heads.Contains(norm[..^1]);
    }
}
