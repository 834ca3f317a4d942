using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Who is harmed and who acts in a threat claim, read once for the threat-inflation readings whose actor or target
/// slot takes it: RH1004's and RH1001's war, want, coming-for and until frames. RH1003's forecasts of ruin keep their
/// own victim list: a community as their object drew literal and conditional forecasts.
/// <para>
/// A <b>harmed community</b> is a place, a body or an institution that the writer's readers belong to or use, marked as
/// theirs: by "our", "this" or "these" ("this borough", "our market towns"), by a place or body that owns it ("the
/// county's schools", "this town's clinics"), or by "rural" or "local" ("rural Kellshire", "local councils"). Its head
/// is a place, a body of people or a natural feature by its WordNet type, or made things in the plural (a community's
/// hospitals, theatres and high streets as a class; one building, "the town's harbour wall", is a literal object of
/// storms and fires). A bare "the" adds nothing: "the town" is a victim only where a rule's own list says so.
/// </para>
/// <para>
/// An <b>acting party</b> is a body of people acting as one (<c>party_nouns.txt</c>: a council, a board, a
/// conglomerate, a fund) or a name ("Grantley Homes", "the Greens"), beside the pronouns, gazetteer actors and person
/// plurals the rules read already.
/// </para>
/// </summary>
public static class Parties
{
    private static readonly Lazy<FrozenWordSet> BodyNouns = new(() =>
        LexiconStore.Engine.Lines("party_nouns").Select(Token.Normalize).SelectMany(l => Inflections.NounForms(l).Append(Inflections.RegularPlural(l)))
            .ToFrozenWordSet());

    /// <summary>
    /// A community's head in any number: a place or a natural feature by its WordNet type ("this borough", "our
    /// rivers"), or a body of people that is a group first (<see cref="IsBodyNoun"/> and a group by its most frequent
    /// sense: "our universities", "this club"). WordNet's other group nouns are collections ("a litter", "a batch"), and
    /// a body noun that is first a building or an act ("the hospital", "the house", "their defence") names that first.
    /// </summary>
    private static bool IsCommunityHead(Token token) => NounTypes.Of(token) switch
    {
        NounType.Location or NounType.Object => true,
        NounType.Group => IsBodyNoun(token),
        _ => false,
    };

    /// <summary>
    /// A community's head in the plural only: its buildings as a class ("our libraries", "the county's theatres"). Other
    /// made things ("our phones") are possessions, not a community's holdings.
    /// </summary>
    private static bool IsHoldingHead(Token token) => NounTypes.Of(token) is NounType.Structure;

    /// <summary>
    /// Modifiers that make a building a blight (a closed class: left without use or occupant): "empty", "derelict",
    /// "vacant", "abandoned", "disused". A war on "this town's empty shops" is a civic campaign to fill them.
    /// </summary>
    private static readonly HashSet<string> BlightModifiers = new(StringComparer.Ordinal) { "empty", "derelict", "vacant", "abandoned", "disused" };

    /// <summary>
    /// Nouns that name a place only relative to another thing (a closed class: side, end, half, part, corner, edge,
    /// front, back, top, bottom, middle): "will destroy this side" is a team in sport copy, never the readers' town.
    /// </summary>
    private static readonly HashSet<string> RelativePlaces = new(StringComparer.Ordinal)
    {
        "side", "end", "half", "part", "corner", "edge", "front", "back", "top", "bottom", "middle",
    };

    /// <summary>
    /// Whether a community's loss is worth naming: a place, a building or a body of people by its WordNet type ("every
    /// green field", "every pub", "every club"), not a nuisance or a thing ("every pothole", "every plastic bottle").
    /// </summary>
    public static bool IsWorthKeeping(Token token) => NounTypes.Of(token) switch
    {
        NounType.Location or NounType.Structure => true,
        NounType.Group => IsBodyNoun(token),
        _ => false,
    };

    /// <summary>Most modifiers between the marker and the head ("our northern market towns").</summary>
    private const int MaxModifiers = 2;

    /// <summary>
    /// The end of a harmed community's noun phrase starting at <paramref name="start"/> and ending by
    /// <paramref name="limit"/>, or null: see <see cref="Parties"/>. A number or a count before the head makes it a count
    /// of members ("three of our schools"), which is news.
    /// </summary>
    public static int? CommunityEnd(ImmutableArray<Token> tokens, int start, int limit)
    {
        var k = start;
        if (k >= limit || !tokens[k].IsWord) return null;
        var marked = tokens[k].Norm is "our" or "your" or "this" or "these";
        var ours = tokens[k].Norm is "our" or "this" or "these";
        if (marked || tokens[k].Norm == "the") k++;
        // "the county's", "this town's": a place or a body owns what follows.
        var owned = false;
        if (k < limit && tokens[k].IsWord && tokens[k].HasPossessiveEnding && !tokens[k].IsCapitalized
            && (NounTypes.OfWord(tokens[k].NormWithoutPossessive) is NounType.Location || BodyNouns.Value.Contains(tokens[k].NormWithoutPossessive)))
        {
            owned = true;
            k++;
        }
        var rural = false;
        for (var head = k; head < limit && head - k <= MaxModifiers; head++)
        {
            var token = tokens[head];
            if (!token.IsWord || token.Kind == TokenKind.Number || FunctionWords.IsCardinal(token) || token.HasPossessiveEnding) return null;
            // "this town's empty shops": a building left empty is a blight to clear, not a community's holding.
            if (BlightModifiers.Contains(token.Norm)) return null;
            if (token.Norm is "rural" or "local")
            {
                rural = true;
                continue;
            }
            // "rural Kellshire", "rural North Dorland": a place by its name after "rural".
            if (token.IsCapitalized && rural && head > start) return NameEnd(tokens, head, limit);
            if (token.IsCapitalized || FunctionWords.NounPhraseBreakers.Contains(token) || ThreatReferents.IsThreatNoun(token)) return null;
            if (!EndsNounPhrase(tokens, head + 1, limit)) continue;
            if (!(marked || owned || rural)) return null;
            var plural = token.Norm.EndsWith('s') && !token.Norm.EndsWith("ss", StringComparison.Ordinal);
            // "this team", "this theatre company": one body after "this" is as often a side in sport or a firm in
            // business copy; a body is the readers' own by "our"/"your", a plural or an owner ("the county's schools").
            if (NounTypes.Of(token) is NounType.Group && !plural && !owned && tokens[start].Norm is not ("our" or "your")) return null;
            // "this side", "this end": a place only relative to another thing names no community.
            if (RelativePlaces.Contains(token.Norm)) return null;
            if (IsCommunityHead(token) || IsHoldingHead(token) && plural && (ours || owned)) return head + 1;
            return null;
        }
        return null;
    }

    /// <summary>Whether a body of people acting as one is named by the token: "council", "boards", "conglomerates", "funds".</summary>
    public static bool IsBodyNoun(Token token) => token.IsWord && BodyNouns.Value.Contains(token);

    /// <summary>
    /// The start of a name ending right before <paramref name="end"/> that opens its clause, or null: two or more
    /// capitalized words ("Grantley Homes", "Harrowgate Independents"), or one after "the" ("the Greens"), not a
    /// month or weekday and not capitalized only because it opens the sentence.
    /// </summary>
    public static int? NameStartBefore(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        var start = end;
        while (start - 1 >= sentence.FirstToken && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized && tokens[start - 1].Norm != "the"
               && !FunctionWords.Months.Contains(tokens[start - 1]) && !FunctionWords.Weekdays.Contains(tokens[start - 1]))
            start--;
        if (start == end) return null;
        if (start - 1 >= sentence.FirstToken && tokens[start - 1].Norm == "the") return start - 1;
        if (end - start < 2 && start == sentence.FirstToken) return null;
        return end - start >= 2 || start > sentence.FirstToken ? start : null;
    }

    private static int NameEnd(ImmutableArray<Token> tokens, int k, int limit)
    {
        while (k < limit && tokens[k].IsWord && tokens[k].IsCapitalized) k++;
        return k;
    }

    /// <summary>Whether the noun phrase ends before <paramref name="k"/>: no word, or a word that is no noun continuing it.</summary>
    private static bool EndsNounPhrase(ImmutableArray<Token> tokens, int k, int limit) =>
        k >= limit || !tokens[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[k]) || FunctionWords.Prepositions.Contains(tokens[k])
        || FunctionWords.Auxiliaries.Contains(tokens[k]) || NounTypes.Of(tokens[k]) is null || tokens[k].Norm is "and" or "or" or "but";
}
