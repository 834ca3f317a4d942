using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A universal set of people, or of the places and things they hold, said to be exposed to harm as the subject of a
/// copula (RH1012): "no one in this town is safe anymore", "none of our children are safe", "every family in the county
/// is at risk", "every school in the district is a potential target". Each reading returns the range from the
/// quantifier to the end of the predicate and whether the claim stands without a threat named near it.
/// </summary>
internal static class UniversalExposure
{
    private static readonly Lazy<TaggedLexicon> Cues = new(() => TaggedLexicon.Load(RuleLexicons.Store, "ubiquity_cues"));

    /// <summary>"at risk", "in danger", "under threat", "a potential target": what every member of the set is.</summary>
    private static readonly Lazy<PhraseList> Exposures = new(() => Cues.Value.Phrases("exposure"));

    /// <summary>People named by age, sex, home or citizenship ("women", "residents"), not by a role in a contest.</summary>
    private static readonly Lazy<FrozenSet<string>> People = new(() => Cues.Value.Words("people"));

    /// <summary>"the people a delay is charged against": patients, families, a generation (urgency_context.txt).</summary>
    private static readonly Lazy<FrozenSet<string>> VictimGroups = new(() => TaggedLexicon.Load(RuleLexicons.Store, "urgency_context").Words("victim-group"));

    /// <summary>How many words the subject may run to before its copula ("no woman in this city", "every home in the region").</summary>
    private const int SubjectWords = 7;

    /// <summary>
    /// "no one in this town is safe", "none of us are safe", "not a single home in the valley is safe": a universal
    /// negative subject at <paramref name="i"/>, a copula and "safe", not "safe to" or "safe for" ("the ladder is not
    /// safe to use", "no seat is safe for the party" is an election), and not "safe from" what is no threat ("no one is
    /// safe from the comedian's jokes"). <c>Personal</c> is true when the subject's head
    /// names people or their community ("no one", "none of our children", "no family", "no town"): such a claim needs
    /// no threat named; "no street is safe" does ("from the gangs").
    /// </summary>
    public static (int End, bool Personal)? NoneSafeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        int head;
        if (tokens[i].Norm is "nobody" or "no-one" or "nowhere") head = i;
        else if (tokens[i].Norm == "no" && i + 1 < end && tokens[i + 1].Norm == "one") head = i + 1;
        else if (tokens[i].Norm == "none" && i + 2 < end && tokens[i + 1].Norm == "of") head = HeadAfter(tokens, sentence, i + 2);
        else if (tokens[i].Norm == "not" && i + 2 < end && tokens[i + 1].Norm == "one")
            head = HeadAfter(tokens, sentence, tokens[i + 2].Norm == "of" ? i + 3 : i + 2);
        else if (tokens[i].Norm == "not" && i + 2 < end && tokens[i + 1].Norm == "a" && tokens[i + 2].Norm == "single") head = HeadAfter(tokens, sentence, i + 3);
        else if (tokens[i].Norm == "no") head = HeadAfter(tokens, sentence, i + 1);
        else return null;
        if (head < 0 || CopulaAfter(tokens, sentence, head + 1) is not int predicate) return null;
        if (predicate >= end || tokens[predicate].Norm != "safe") return null;
        if (predicate + 1 < end && tokens[predicate + 1].Norm is "to" or "for") return null;
        if (predicate + 1 < end && tokens[predicate + 1].Norm == "from" && !NamesThreat(tokens, sentence, predicate + 2)) return null;
        return (predicate + 1, IsPeople(tokens[head]));
    }

    /// <summary>How many words of a "safe from" phrase may come before its threat ("from the armed gangs of the port").</summary>
    private const int FromWords = 5;

    /// <summary>
    /// Whether the "safe from" phrase at <paramref name="k"/> names a threat. It does not when its head is talk
    /// (WordNet's communication nouns: jokes, songs, questions, gossip) and nothing in it is a threat noun or a name
    /// ("no one is safe from the comedian's jokes": a teasing, not exposure); anything else may be a harm ("from the
    /// heat", "from the gangs", "from Varn's drones").
    /// </summary>
    private static bool NamesThreat(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var head = -1;
        for (var w = k; w < sentence.EndToken && w - k < FromWords && tokens[w].IsWord && !FunctionWords.Prepositions.Contains(tokens[w]); w++)
        {
            if (tokens[w].IsCapitalized || ThreatReferents.IsThreatNoun(tokens[w]) || ThreatReferents.NounAt(tokens, w, sentence.EndToken) is not null) return true;
            head = w;
        }
        return head < 0 || NounTypes.Of(tokens[head]) != NounType.Communication;
    }

    /// <summary>
    /// "every family in the county is at risk", "all of our water supplies are under threat", "anyone who goes online is
    /// in danger": a universal subject at <paramref name="i"/>, a copula and an exposure (<c>ubiquity_cues.txt</c>,
    /// exposure), not "at risk of" a named outcome, which is a risk to be sized, not everyone in danger ("every patient
    /// is at risk of infection after surgery"). Returns the end of the exposure.
    /// </summary>
    public static int? EveryoneExposedAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        int head;
        var norm = tokens[i].Norm;
        if (norm is "everyone" or "everybody" or "anyone" or "anybody") head = i;
        else if (norm is "every" or "each" or "all")
        {
            // "every single home", "every one of us", "each of us", "all of our reservoirs"; a bare "all" is too often an adverb.
            var k = i + 1;
            if (k < end && tokens[k].Norm is "single" or "one" && norm == "every") k++;
            if (k < end && tokens[k].Norm == "of") k++;
            else if (norm == "all" || tokens[k - 1].Norm == "one") return null;
            head = HeadAfter(tokens, sentence, k);
        }
        else return null;
        if (head < 0) return null;
        // "anyone who goes online": a short relative clause is part of a pronoun subject.
        var after = head + 1;
        if (head == i && after < end && tokens[after].Norm is "who" or "that")
            while (after < end && after - head <= SubjectWords && tokens[after].IsWord && !IsCopula(tokens[after].Norm)) after++;
        if (CopulaAfter(tokens, sentence, after) is not int predicate) return null;
        if (Exposures.Value.LongestAt(tokens, predicate, end) is not (> 0 and var length)) return null;
        return predicate + length < end && tokens[predicate + length].Norm == "of" ? null : predicate + length;
    }

    /// <summary>
    /// The head noun of a noun phrase starting at <paramref name="k"/>: a pronoun ("us", "you") or the last word before
    /// a preposition, a copula or the end of the clause, after a determiner and up to two modifiers ("our children",
    /// "the small shops"); -1 when there is none.
    /// </summary>
    private static int HeadAfter(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (k >= end || !tokens[k].IsWord) return -1;
        if (tokens[k].Norm is "us" or "you" or "them") return k;
        if (tokens[k].Norm is "our" or "your" or "the" or "these" or "their" or "this") k++;
        var head = -1;
        for (var w = k; w < end && w - k < 3 && tokens[w].IsWord && !IsCopula(tokens[w].Norm) && !FunctionWords.Prepositions.Contains(tokens[w]); w++)
            head = w;
        return head;
    }

    /// <summary>
    /// The word after the copula that follows the subject's head: past a prepositional phrase of up to
    /// <see cref="SubjectWords"/> words ("in this city"), a copula ("is", "are", "will be", "feels", "remains") and an
    /// adverb of time or degree ("now", "truly"). Null when no copula closes the subject.
    /// </summary>
    private static int? CopulaAfter(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var end = sentence.EndToken;
        var k = from;
        if (k < end && FunctionWords.Prepositions.Contains(tokens[k]))
            while (k < end && k - from < SubjectWords && tokens[k].IsWord && !IsCopula(tokens[k].Norm)) k++;
        if (k >= end) return null;
        if (tokens[k].Norm == "will" && k + 1 < end && tokens[k + 1].Norm == "be") k++;
        else if (!IsCopula(tokens[k].Norm)) return null;
        k++;
        if (k < end && tokens[k].Norm is "now" or "truly" or "really" or "still" or "ever" or "actually" or "already") k++;
        return k;
    }

    private static bool IsCopula(string norm) => norm is "is" or "are" or "'s" or "feels" or "feel" or "remains" or "remain";

    /// <summary>People or their community: "one", "us", "women", "residents", a kin noun, "families", "children", "the town".</summary>
    private static bool IsPeople(Token head)
    {
        var norm = head.NormWithoutPossessive;
        return norm is "nobody" or "no-one" or "nowhere" or "us" or "you" or "them"
               || People.Value.Contains(norm) || VictimGroups.Value.Contains(norm) || Vocabulary.IsKinNoun(head)
               || Catastrophes.Is(head, CatastropheClass.Victim);
    }
}
