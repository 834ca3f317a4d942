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

    public static bool IsRank(Token token) => token.IsWord && IsRankWord(token.Norm);

    /// <summary>Whether <paramref name="norm"/> is a rank adjective's word ("leading", "top"): RH2001's cue for a sentence with one.</summary>
    public static bool IsRankWord(string norm) => Ranks.Value.Contains(norm);

    /// <summary>
    /// The start of the noun phrase and its market head when the rank adjective at <paramref name="rank"/> ranks a
    /// seller or maker: "a"/"an"/"the" or the possessive of a place or a field before it, up to two modifiers and the
    /// head after it. Null for an owner's own ("its top supplier", "Varn Mills' leading brand") and for a supplier to a
    /// named customer ("the top supplier of brakes to Ford", "a leading supplier to Ford and GM"), a relation rather
    /// than a rank in a market, and for a head that modifies a person after it ("a leading company spokesman"). An
    /// indefinite phrase must be said of something after a copula ("Mereford is a leading maker"): one that introduces
    /// an unnamed referent ("the heroine works at a top investment firm") or stands in apposition to a name in wire
    /// copy ("Mereford, a leading maker of parts, said …") identifies whom the news is about and ranks no one the
    /// reader is asked to believe first.
    /// </summary>
    public static (int Start, int Head)? RankedMarketHead(DocumentModel document, Sentence sentence, int rank)
    {
        var tokens = document.Tokens;
        if (rank - 1 < sentence.FirstToken || !IsOpenerOfField(document, tokens[rank - 1])) return null;
        for (var k = rank + 1; k < sentence.EndToken && k <= rank + 3; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Prepositions.Contains(token)) return null;
            if (!IsHead(token.Norm)) continue;
            if (k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && SourceNouns.Of(tokens[k + 1]) is not null) return null;
            var opener = rank - 1;
            if (tokens[opener].Norm is "a" or "an" && !ModifierSlots.FollowsCopula(tokens, sentence, opener) || SuppliesNamedCustomer(tokens, sentence, k + 1)) return null;
            // "the country's top maker": the phrase opens at the article before the possessor.
            return (opener - 1 >= sentence.FirstToken && tokens[opener].Norm != "the" && tokens[opener - 1].Norm == "the" ? opener - 1 : opener, k);
        }
        return null;
    }

    /// <summary>
    /// "supplier to Ford", "supplier of brakes to Ford and GM": "to" and a capitalized name within four words after the
    /// head name the customer the firm supplies, a relation to that customer like "its top supplier".
    /// </summary>
    private static bool SuppliesNamedCustomer(ImmutableArray<Token> tokens, Sentence sentence, int afterHead)
    {
        for (var k = afterHead; k + 1 < sentence.EndToken && k - afterHead < 4 && tokens[k].IsWord; k++)
            if (tokens[k].Norm == "to") return tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized;
        return false;
    }

    /// <summary>
    /// "Brakeline, which holds 40% of the market, is the top maker", "with a 35 percent share": a share of the market
    /// stated in figures in the same sentence is the measure a market rank rests on.
    /// </summary>
    public static bool StatesMarketShare(ImmutableArray<Token> tokens, Sentence sentence)
    {
        bool percent = false, market = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            percent |= FunctionWords.IsPercentSign(tokens, sentence.FirstToken, k);
            market |= tokens[k].Norm is "market" or "share" or "shares";
        }
        return percent && market;
    }

    /// <summary>
    /// "was named the top supplier by Ford", "Brakeline bills itself as the top supplier": a rank conferred by a named
    /// agent after a passive verb of naming, or a description the subject gives of itself (a reflexive object before
    /// "as" or the phrase), is credited to its holder, not asserted by the writer.
    /// </summary>
    public static bool IsCreditedToHolder(ImmutableArray<Token> tokens, Sentence sentence, int start, int head)
    {
        var before = start - 1;
        if (before >= sentence.FirstToken && tokens[before].Norm == "as") before--;
        if (before >= sentence.FirstToken && tokens[before].Norm is "itself" or "themselves" or "himself" or "herself") return true;
        if (before < sentence.FirstToken || !Vocabulary.IsRankConferringVerb(tokens[before])) return false;
        for (var k = head + 1; k + 1 < sentence.EndToken && k - head <= 6 && tokens[k].IsWord; k++)
            if (tokens[k].Norm == "by") return tokens[k + 1].IsCapitalized || FunctionWords.Definite.Contains(tokens[k + 1]);
        return false;
    }

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
