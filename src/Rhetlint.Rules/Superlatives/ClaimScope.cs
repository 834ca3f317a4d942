using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// What the superlative and absolute rules share: whether a rank claim names its comparison set, whether the
/// writer softened it ("arguably", "one of the"), and the one-level severity drop that softening earns.
/// </summary>
public static class ClaimScope
{
    private static readonly Lazy<TaggedLexicon> Bounds = new(() => TaggedLexicon.Load(RuleLexicons.Store, "comparison_bounds"));
    private static readonly Lazy<PhraseList> ClosedSets = new(() => Bounds.Value.Phrases("set"));
    /// <summary>Participles that credit a view in "is hailed as", "is seen as" (the "as" entries of the agentless-attribution lexicon).</summary>
    private static readonly Lazy<FrozenWordSet> CreditingParticiples = new(() => TaggedLexicon.Load(RuleLexicons.Store, "agentless_attribution").Words("as").ToFrozenWordSet());

    /// <summary>Participles of praise credited to nobody ("has been hailed"): with "for" the rank after them is the praise's content.</summary>
    private static readonly Lazy<FrozenWordSet> PraiseParticiples = new(() => TaggedLexicon.Load(RuleLexicons.Store, "agentless_attribution").Words("alone").ToFrozenWordSet());
    private static readonly Lazy<PhraseList> AnyBounds = new(() => PhraseList.From([.. Bounds.Value.Entries("set"), .. Bounds.Value.Entries("scope")]));

    /// <summary>
    /// A closed set or a metric within six tokens after <paramref name="from"/>: "of the three", "among them", "of the
    /// week", "by revenue". A scope ("in the region", "since 1990") names the set compared but supports no rank, so it
    /// does not count here; kept records ("since records began") are evidence the engine links to the claim.
    /// </summary>
    public static bool NamesClosedSet(ImmutableArray<Token> tokens, Sentence sentence, int from) => HasBound(ClosedSets.Value, tokens, sentence, from);

    /// <summary>
    /// Any bounding cue within six tokens after <paramref name="from"/>, a scope included: "in the province", "on
    /// record", "since 1990" bound a record claim ("unprecedented since 1945") even where they support no superlative.
    /// </summary>
    public static bool IsBounded(ImmutableArray<Token> tokens, Sentence sentence, int from) => HasBound(AnyBounds.Value, tokens, sentence, from);

    /// <summary>"of the" bounds only with a count, "since" only with a point in time, "of these" only right after the phrase.</summary>
    private static bool HasBound(PhraseList bounds, ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from <= 6; k++)
        {
            foreach (var bound in bounds.Phrases)
            {
                if (!PhraseList.MatchesAt(tokens, k, sentence.EndToken, bound)) continue;
                var after = k + bound.Length;
                // "the strongest of these bids" points back to a listed set; further on, "of those workers" belongs to another phrase.
                if (bound is ["of", "these" or "those"] && k != from) continue;
                var counts = bound switch
                {
                    ["of", "the"] => IsCount(tokens, sentence, after),
                    // "the largest in the quintet of contests": "in" bounds only a set its noun counts, not "in the region".
                    ["in", "the" or "a"] => after < sentence.EndToken && Collectives.Value.Contains(tokens[after]),
                    ["since"] => IsPointInTime(tokens, sentence, after),
                    _ => true,
                };
                if (counts) return true;
            }
        }
        return false;
    }

    /// <summary>"of the three", "of the 40", "of the trio" count a set; "of the 21st century" names a period, which bounds nothing.</summary>
    private static bool IsCount(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && (tokens[k].Kind == TokenKind.Number && !IsOrdinal(tokens[k]) || IsNumberWord(tokens[k]) || Collectives.Value.Contains(tokens[k]));

    /// <summary>Nouns for a set of a stated number ("trio", "quintet"), the "collective" entries of <c>comparison_bounds.txt</c>.</summary>
    private static readonly Lazy<FrozenWordSet> Collectives = new(() => Bounds.Value.Words("collective").ToFrozenWordSet());

    private static bool IsOrdinal(Token token) =>
        token.Norm.EndsWith("st", StringComparison.Ordinal) || token.Norm.EndsWith("nd", StringComparison.Ordinal)
        || token.Norm.EndsWith("rd", StringComparison.Ordinal) || token.Norm.EndsWith("th", StringComparison.Ordinal);

    /// <summary>"since 1990", "since September", "since Brexit", "since last year" — not the causal "since it costs less".</summary>
    private static bool IsPointInTime(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        IsCount(tokens, sentence, k) || k < sentence.EndToken && (tokens[k].IsCapitalized || tokens[k].Norm is "last" or "records");

    /// <summary>
    /// A phrase at <paramref name="start"/> that completes a passive of crediting: "is hailed as the best", "is hailed as
    /// among the best", "has been hailed as a game-changer", or gives the reason for praise credited to nobody ("has been praised for the best-run
    /// meeting"). The praise is a view credited to nobody, which RH3006 reports (the guidelines: flag
    /// the attribution, leave its content alone).
    /// </summary>
    public static bool IsCreditedLabel(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var verb = start - 2;
        // "is hailed as among the finest": a partitive between "as" and the rank places the subject in the credited set.
        if (verb >= sentence.FirstToken && tokens[start - 1].Norm is "among" or "amongst") verb--;
        if (verb < sentence.FirstToken) return false;
        // "has been described in print as the best", "is praised across the county for the friendliest welcome": a
        // scope between the participle and "as" or "for" says where the view is held, not who holds it.
        var marker = verb + 1;
        if (ScopeBefore(tokens, sentence, marker) is int participle) verb = participle;
        // "is hailed as the best", "has been praised for the warmest welcome": the rank is what nobody named credits.
        // "is known as the fastest", "referred to as the ablest" are not here: the voice layer reads such a rank as
        // reported (CreditedRanks), and RH3006 flags the passive.
        var credited = tokens[marker].Norm == "as" && CreditingParticiples.Value.Contains(tokens[verb])
            || tokens[marker].Norm == "for" && PraiseParticiples.Value.Contains(tokens[verb]);
        if (!credited) return false;
        // "Vale, seen as the ablest of them, …": a participle after a comma is a reduced passive, as "who is seen as" is.
        if (verb - 1 >= sentence.FirstToken && tokens[verb - 1].Text == "," || verb == sentence.FirstToken) return true;
        for (var k = verb - 1; k >= sentence.FirstToken && verb - k <= 3; k--)
            if (tokens[k].Norm is "is" or "are" or "was" or "were" or "be" or "been" or "being") return true;
        return false;
    }

    /// <summary>How many words a scope between a crediting participle and its "as", "for" or "that" may hold ("in print", "across the power industry").</summary>
    private const int CreditScopeReach = 4;

    /// <summary>
    /// The participle before a scope that ends just before <paramref name="next"/> ("described [in print] as", "widely
    /// recognised [in the county] that"), or null. The scope is a preposition of place or extent and up to
    /// <see cref="CreditScopeReach"/> words; "by" names a holder, and "as" or "for" would be the frame itself, so
    /// neither opens one.
    /// </summary>
    public static int? ScopeBefore(ImmutableArray<Token> tokens, Sentence sentence, int next)
    {
        for (var k = next - 2; k > sentence.FirstToken && next - k <= CreditScopeReach + 1; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || FunctionWords.Auxiliaries.Contains(token) || ComplementBreaks.Contains(token.Norm)) return null;
            if (token.Norm is "in" or "across" or "among" or "throughout" or "within" or "around")
                return tokens[k - 1].IsWord ? k - 1 : null;
        }
        return null;
    }

    /// <summary>Conjunctions and relatives that end the complement of "as" before a rank: what follows is another clause.</summary>
    private static readonly FrozenSet<string> ComplementBreaks = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "that", "which", "who", "whose", "because", "while", "although", "when", "than"], StringComparer.Ordinal);

    /// <summary>How many words may stand between "as" and a preposition whose object holds the rank ("as the candidate with the best").</summary>
    private const int CreditedComplementReach = 5;

    /// <summary>
    /// A rank nested in the complement of a credited view: "is seen as the skipper with the best boat", "is hailed
    /// as a chef of the finest taste", "unions regard her as a negotiator with the strongest hand". The whole complement
    /// is the view credited, so the rank in it is reported as the complement is ("is seen as the best candidate"). The
    /// rank must sit in a prepositional phrase of the complement's noun phrase, with no clause break between: "is seen as
    /// a reformer, and has the best record" asserts the record.
    /// </summary>
    public static bool IsNestedInCreditedView(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var preposition = start - 1;
        if (preposition <= sentence.FirstToken || !FunctionWords.Prepositions.Contains(tokens[preposition]) || tokens[preposition].Norm == "as") return false;
        for (var k = preposition - 1; k >= sentence.FirstToken && preposition - k <= CreditedComplementReach; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || FunctionWords.Auxiliaries.Contains(token) || ComplementBreaks.Contains(token.Norm)) return false;
            if (token.Norm != "as") continue;
            var complement = k + 1;
            return complement < preposition
                && (IsCreditedLabel(tokens, sentence, complement) || IsRegardedAs(tokens, sentence, complement) || IsCreditedByAgentOrReputation(tokens, sentence, complement));
        }
        return false;
    }

    /// <summary>
    /// A rank that completes a verb of regarding whose holder is not the writer: "unions see him as the most viable
    /// choice", "a host considered one of the most influential", "what many consider to be the worst", "was seen to
    /// have been the costliest". The rank is somebody's view, reported; a named holder is reporting and a vague one
    /// is the attribution rules' business (the guidelines: flag the attribution, leave its content alone). "I see it
    /// as the best" and "we consider it the finest" stay the writer's own claim.
    /// </summary>
    public static bool IsRegardedAs(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && tokens[k - 1].Norm == "one") k -= 2;
        if (k < sentence.FirstToken) return false;
        int? verb = tokens[k].Norm switch
        {
            "as" => RegardVerbBeforeAs(tokens, sentence, k),
            "be" when k - 1 >= sentence.FirstToken && tokens[k - 1].Norm == "to" => k - 2,
            "been" when k - 2 >= sentence.FirstToken && tokens[k - 1].Norm == "have" && tokens[k - 2].Norm == "to" => k - 3,
            // "a host considered one of the most influential": a past participle with "one of" and no object ("the
            // arena saw one of the biggest crowds" and "has rated one of the" are not it).
            _ when k < start - 1 && tokens[k].Norm.EndsWith("ed", StringComparison.Ordinal)
                && (k == sentence.FirstToken || tokens[k - 1].Norm is not ("has" or "have" or "had")) => k,
            _ => null,
        };
        if (verb is not int v || v < sentence.FirstToken || !Vocabulary.IsRegardVerb(tokens[v]) && !Vocabulary.IsCreditAsVerb(tokens[v])) return false;
        var holder = v - 1;
        return holder < sentence.FirstToken || !FunctionWords.AuthorPronouns.Contains(tokens[holder]) && tokens[holder].Norm != "you";
    }

    /// <summary>
    /// A rank credited to an agent or a reputation: "counties singled out by the Halden Courier as among the most
    /// contested", "a minister seen by party leaders as one of the ablest", "his reputation as perhaps the most
    /// cautious manager". The rank is the agent's view, or the public's: a named agent is reporting, a vague one is
    /// the attribution rules' business (the guidelines: flag the attribution, leave its content alone). "praised by us
    /// as the best" stays the writer's own claim.
    /// </summary>
    public static bool IsCreditedByAgentOrReputation(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "arguably" or "perhaps" or "possibly" or "probably") k--;
        if (k >= sentence.FirstToken && tokens[k].Norm is "among" or "amongst") k--;
        else if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && tokens[k - 1].Norm == "one") k -= 2;
        if (k - 1 < sentence.FirstToken || tokens[k].Norm != "as") return false;
        if (tokens[k - 1].Norm is "reputation" or "reputations") return true;
        for (var by = k - 2; by > sentence.FirstToken && k - by <= 7; by--)
        {
            if (!tokens[by].IsWord) return false;
            if (tokens[by].Norm != "by") continue;
            var verb = tokens[by - 1];
            var agent = tokens[by + 1];
            return (Vocabulary.IsRegardVerb(verb) || CreditingParticiples.Value.Contains(verb) || Vocabulary.IsCreditAsVerb(verb)
                    || SingledOut(tokens, sentence, by - 1))
                && agent.Norm is not ("me" or "us" or "you");
        }
        return false;
    }

    /// <summary>How many tokens the object of a conferring verb may span ("named “Tarn Road” the best", "ranked the old mill one of the finest").</summary>
    private const int ConferredObjectReach = 6;

    /// <summary>
    /// A rank someone other than the writer confers on an object: "the Halden Courier named the bakery the best in
    /// town", "readers of Varn Weekly voted her one of the finest", "a guide from Kestria ranks the inn among the
    /// quietest". The rank is the holder's verdict, reported as the threat rules report "Brandt called Kestria a rogue
    /// state"; a named holder is reporting and a vague one ("Critics rank it among the worst") is the attribution rules'
    /// business, as for <see cref="IsRegardedAs"/> (the guidelines: flag the attribution, leave its content alone). The
    /// writer's own verdict ("we named it the best", "I would call it the worst") and a passive with no object ("was
    /// named the best") confer nothing.
    /// </summary>
    public static bool IsConferredRank(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "among" or "amongst") k--;
        else if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && tokens[k - 1].Norm == "one") k -= 2;
        for (var v = k; v >= sentence.FirstToken && k - v <= ConferredObjectReach; v--)
        {
            var token = tokens[v];
            if (Vocabulary.IsRankConferringVerb(token))
                // No object between the verb and the rank: "was named the best" credits nobody; "sees the largest crowds" is an event.
                return v < k && FunctionWords.OpensRankedObject(tokens[v + 1]) && !IsNounBefore(tokens, sentence, v) && !IsWritersVerdict(tokens, sentence, v);
            if (!token.IsWord && token.Kind is not (TokenKind.Quote or TokenKind.Number) || ObjectBreakers.Contains(token.Norm)) return false;
        }
        return false;
    }

    /// <summary>
    /// Words that end an object before the rank: a finite auxiliary or a clause opener puts the verb in another
    /// clause ("Consider that Halden is the safest city" is the writer's rank).
    /// </summary>
    private static readonly FrozenSet<string> ObjectBreakers = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
         "must", "that", "which", "who", "whom", "whose", "whether", "if", "because", "when", "while", "where",
         // A coordination joins a second object the verb does not rank ("the guide lists the inn and the quietest rooms").
         "and", "or", "but"], StringComparer.Ordinal);

    /// <summary>
    /// A superlative that names the criterion of a list someone keeps: "its unnumbered shortlist of the best records",
    /// "the Courier's list of the worst-run ferries", "the magazine's list of the worst". The list ranks, and its holder is named; "my list of the best"
    /// and an unowned "a list of the worst" stay the writer's.
    /// </summary>
    public static bool IsRankingListCriterion(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var list = start - 2;
        if (list < sentence.FirstToken || tokens[start - 1].Norm != "of" || !Vocabulary.IsRankingList(tokens[list])) return false;
        for (var k = list - 1; k >= sentence.FirstToken && list - k <= 3; k--)
        {
            var token = tokens[k];
            if (token.Norm is "its" or "his" or "her" or "their") return true;
            // "the Courier's list", "the magazine's list" have a holder; "this year's list" and "today's list" only a date.
            if (token.HasPossessiveEnding)
                return !IsTimePossessor(token);
            if (!token.IsWord && token.Kind != TokenKind.Number || FunctionWords.Possessive.Contains(token) || FunctionWords.Definite.Contains(token)
                || FunctionWords.IndefiniteSingular.Contains(token)) return false;
        }
        return false;
    }

    private static bool IsTimePossessor(Token token)
    {
        var owner = token.Norm[..^2];
        return owner is "today" or "tonight" or "yesterday" or "tomorrow" || TimeScale.IsUnit(owner);
    }

    /// <summary>"the rates", "a judge", "their views": a form that follows a determiner is the noun, not the verb.</summary>
    private static bool IsNounBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        verb - 1 >= sentence.FirstToken && (FunctionWords.Definite.Contains(tokens[verb - 1]) || FunctionWords.Possessive.Contains(tokens[verb - 1])
            || FunctionWords.IndefiniteSingular.Contains(tokens[verb - 1]));

    /// <summary>
    /// The writer or the reader confers it: "I" or "we" (or "you") in the verb's own clause, an imperative with no subject
    /// ("Call it the best deal in town"), or a participle with no subject of its own (", ranking it among the deadliest"),
    /// whose holder is whoever wrote the clause before it. A clause the writer reports ("We learned that the Courier named
    /// the bakery the best") is the holder's.
    /// </summary>
    private static bool IsWritersVerdict(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb == sentence.FirstToken && !tokens[verb].Norm.EndsWith("s", StringComparison.Ordinal)
            && !tokens[verb].Norm.EndsWith("ed", StringComparison.Ordinal)) return true;
        if (tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal) && (verb == sentence.FirstToken || !tokens[verb - 1].IsWord)) return true;
        for (var k = verb - 1; k >= sentence.FirstToken; k--)
        {
            var token = tokens[k];
            if (token.Text is ";" or ":" || token.Kind == TokenKind.Dash || token.Norm is "that" or "how" or "whether") return false;
            if (FunctionWords.AuthorPronouns.Contains(token) || token.Norm is "let's" or "you") return true;
        }
        return false;
    }

    /// <summary>"singled out by", "picked out by": a choice an agent made, as "named by" is.</summary>
    private static bool SingledOut(ImmutableArray<Token> tokens, Sentence sentence, int particle) =>
        particle - 1 >= sentence.FirstToken && tokens[particle].Norm == "out" && tokens[particle - 1].Norm is "singled" or "picked";

    /// <summary>
    /// "Brandt positioned Vale as the ablest", "the Courier cited the mill as the likeliest buyer": a verb that credits a
    /// description to the object between it and "as". An object is required and the verb must not be a passive: "was
    /// selected as the best" credits nobody, and no attribution rule reports that, so the rank stays the writer's.
    /// </summary>
    private static bool IsActiveCreditAs(ImmutableArray<Token> tokens, Sentence sentence, int verb, int asIndex)
    {
        if (!Vocabulary.IsCreditAsVerb(tokens[verb])) return false;
        // "refer to him as": the object follows the verb's preposition.
        var obj = tokens[verb + 1].Norm == "to" ? verb + 2 : verb + 1;
        return obj < asIndex && FunctionWords.OpensRankedObject(tokens[obj])
            && (verb == sentence.FirstToken || !FunctionWords.Auxiliaries.Contains(tokens[verb - 1]) && tokens[verb - 1].Norm is not ("be" or "been" or "being"));
    }

    /// <summary>The verb of "see X as", "regarded as": the verb itself or up to three words of object before "as".</summary>
    private static int? RegardVerbBeforeAs(ImmutableArray<Token> tokens, Sentence sentence, int asIndex)
    {
        for (var k = asIndex - 1; k >= sentence.FirstToken && asIndex - k <= 4; k--)
        {
            if (Vocabulary.IsRegardVerb(tokens[k])) return k;
            if (IsActiveCreditAs(tokens, sentence, k, asIndex)) return k;
            if (!tokens[k].IsWord) return null;
        }
        return null;
    }

    /// <summary>"arguably the best", "one of the best": the writer already concedes the rank is an opinion or shared.</summary>
    public static bool IsSoftenedBefore(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "arguably" or "perhaps" or "possibly" or "probably") return true;
        return k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && tokens[k - 1].Norm == "one";
    }

    /// <summary>One level down (RULES.md §1: hedges and questions lower a finding); a suggestion stays a suggestion.</summary>
    public static DiagnosticSeverity Lowered(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Error ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;

    public static bool IsNumberWord(Token token) => FunctionWords.IsCardinal(token);
}
