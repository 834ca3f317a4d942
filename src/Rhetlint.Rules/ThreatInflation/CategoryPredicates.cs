using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A loaded category predicated of a place, a body, a group or a policy by a frame that carries the move by itself:
/// a present or perfect copula or change verb ("has become a police state", "is turning into a lawless frontier", "is
/// descending into tyranny"), a causative ("would turn every landlord into a border guard"), "no better than a
/// dictatorship", or "a police state in all but name". The categories are whole WordNet families
/// (<c>loaded_categories_wordnet.txt</c>, tools/gen_loaded_categories.py): coercive rule, places without law, and
/// coercive roles, the last only by the causative or "in all but name" (an informer or a guard is a job).
/// Read for RH1005. Literal category uses stay out by the sentence, not by the noun: a past tense or a date (history:
/// "Portugal was a dictatorship until 1974"), a state or its forces named (a real regime or war), a work that tells a
/// story, sport for places and roles ("an enforcer in midfield"), and a question.
/// </summary>
internal static class CategoryPredicates
{
    private static readonly Lazy<(PhraseList Phrases, string[] Kinds)> Categories = new(() =>
    {
        var lexicon = TaggedLexicon.Load(RuleLexicons.Store, "loaded_categories_wordnet");
        var entries = new[] { "regime", "place", "role" }.SelectMany(kind => lexicon.Entries(kind).Select(e => (Entry: e, Kind: kind)))
            .OrderByDescending(e => e.Entry.Length).ToArray();
        return (PhraseList.From(entries.Select(e => e.Entry)), [.. entries.Select(e => e.Kind)]);
    });

    /// <summary>Present and perfect copulas and verbs of becoming; "was", "were" and "became" narrate.</summary>
    private static readonly FrozenSet<string> Copulas = new[]
    {
        "is", "are", "'s", "'re", "remains", "remain", "becomes", "become", "becoming",
    }.ToFrozenSet();

    /// <summary>Verbs of change that take "into": "is turning into", "would turn every landlord into", "is descending into".</summary>
    private static readonly FrozenSet<string> IntoVerbs = new[]
    {
        "turn", "turns", "turning", "turned", "transform", "transforms", "transforming", "transformed", "descend", "descends", "descending",
        "slide", "slides", "sliding", "slip", "slips", "slipping", "morph", "morphs", "morphing", "morphed",
    }.ToFrozenSet();

    /// <summary>Adverbs and degree phrases that may stand between the frame and the category: "is now", "is fast becoming", "nothing but".</summary>
    private static readonly FrozenSet<string> Degree = new[]
    {
        "now", "fast", "rapidly", "quickly", "slowly", "already", "effectively", "essentially", "basically", "virtually", "practically",
        "steadily", "gradually", "little", "more", "than", "nothing", "but", "short", "of", "just", "simply", "de", "facto", "all", "being",
    }.ToFrozenSet();

    /// <summary>How many words the object of a causative may run: "every landlord in the borough".</summary>
    private const int ObjectWords = 6;

    private static readonly string[] InAllButName = ["in", "all", "but", "name"];
    private static readonly string[] NoBetterThan = ["no", "better", "than"];

    public static bool MayStart(string norm) => Categories.Value.Phrases.CanStartWith(norm);

    /// <summary>The span of a category predicated at <paramref name="i"/> ("a police state in all but name"), or null.</summary>
    public static (int First, int End)? At(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var (phrases, kinds) = Categories.Value;
        if (phrases.FirstAt(tokens, i, end) is not (>= 0 and var position)) return null;
        var nounEnd = i + phrases.Phrases[position].Length;
        // "the surveillance state's budget", "a police-state tactic": the category modifies another noun.
        if (nounEnd < end && (tokens[nounEnd].Norm == "'s" || IsCompoundHead(tokens[nounEnd]))) return null;
        var allButName = PhraseList.MatchesAt(tokens, nounEnd, end, InAllButName);
        var start = ImageryContext.PhraseStart(tokens, sentence, i);
        var frame = FrameBefore(tokens, sentence, start);
        if (frame is null && !allButName) return null;
        var role = kinds[position] == "role";
        if (role && frame is not { Causative: true } && !allButName) return null;
        if (role && !allButName && !UniversalObject(tokens, frame!.Value.First, start)) return null;
        if (document.IsQuestion(sentence) || IsLiteral(document, sentence, start, useSport: kinds[position] != "regime", stateDescribed: frame is { Static: true } && !allButName)) return null;
        if (!role && ReportedRegimes.IsReported(document, sentence, start, i)) return null;
        if (kinds[position] == "place" && LiteralClosures.After(tokens, sentence, nounEnd)) return null;
        if (kinds[position] == "regime" && ReportedRegimes.IsForPeople(tokens, sentence, nounEnd)) return null;
        return (frame?.First ?? start, allButName ? nounEnd + InAllButName.Length : nounEnd);
    }

    /// <summary>Whether a category is predicated at any word from <paramref name="from"/> to <paramref name="end"/>: "is descending into tyranny" is RH1005's label before it is RH1003's descent.</summary>
    public static bool Within(DocumentModel document, Sentence sentence, int from, int end)
    {
        for (var j = from; j < end; j++)
            if (MayStart(document.Tokens[j].Norm) && At(document, sentence, j) is not null) return true;
        return false;
    }

    /// <summary>
    /// Whether the object of a causative, between the verb at <paramref name="verb"/> and the category at
    /// <paramref name="start"/>, is universal: "turns every landlord into a border guard" imposes a role on a class;
    /// "turns army recruits into border guards" or "turn the gang's accountant into an informant" trains or recruits.
    /// </summary>
    private static bool UniversalObject(ImmutableArray<Token> tokens, int verb, int start)
    {
        for (var k = verb + 1; k < start; k++)
            if (tokens[k].Norm is "every" or "each" or "all") return true;
        return false;
    }

    /// <summary>A lower-case word after the category that is no preposition, conjunction or relative: the head of a compound ("police state tactics").</summary>
    private static bool IsCompoundHead(Token token) =>
        token.IsWord && !token.IsCapitalized && !FunctionWords.Prepositions.Contains(token) && !FunctionWords.Subordinators.Contains(token)
        && token.Norm is not ("and" or "or" or "but" or "that" or "which" or "who" or "whose" or "where" or "run" or "now" or "already" or "today" or "after" or "like" or "than");

    /// <summary>
    /// The frame that predicates the category starting at <paramref name="start"/> (its determiner or head): a present or
    /// perfect copula, a verb of change with "into" (with or without an object), or "no better than", past degree words.
    /// Causative says a verb of change took an object ("turn every landlord into"); Static, that a bare present copula
    /// describes ("Kestria is a dictatorship"). Null for a past or a weak modal.
    /// </summary>
    private static (int First, bool Causative, bool Static)? FrameBefore(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        while (k >= sentence.FirstToken && start - k <= 5 && Degree.Contains(tokens[k].Norm) && !(tokens[k].Norm == "than" && k - 2 >= sentence.FirstToken && PhraseList.MatchesAt(tokens, k - 2, sentence.EndToken, NoBetterThan))) k--;
        if (k < sentence.FirstToken) return null;
        if (tokens[k].Norm == "than" && k - 2 >= sentence.FirstToken && PhraseList.MatchesAt(tokens, k - 2, sentence.EndToken, NoBetterThan))
            return WeakOrPast(tokens, sentence, k - 2) ? null : (k - 2, false, false);
        if (Copulas.Contains(tokens[k].Norm))
            return WeakOrPast(tokens, sentence, k) ? null : (k, false, tokens[k].Norm is not ("becomes" or "become" or "becoming") && start - k == 1);
        if (tokens[k].Norm != "into") return null;
        for (var v = k - 1; v >= sentence.FirstToken && k - v <= ObjectWords + 1; v--)
        {
            if (!tokens[v].IsWord) return null;
            if (!IntoVerbs.Contains(tokens[v].Norm)) continue;
            // "turned" narrates unless a perfect or a passive of the present carries it ("has turned", "is being turned").
            if (tokens[v].Norm is "turned" or "transformed" or "morphed" && !(v - 1 >= sentence.FirstToken && tokens[v - 1].Norm is "has" or "have" or "'s" or "'ve")) return null;
            return WeakOrPast(tokens, sentence, v) ? null : (v, v + 1 < k, false);
        }
        return null;
    }

    /// <summary>Works that tell a story: "her novel turns a postman into a spy" is a plot, not a claim.</summary>
    private static readonly Lazy<FrozenSet<string>> Works = new(() => TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("depiction-head"));

    /// <summary>Whether a work (<c>imagery_context.txt</c>, depiction-head) stands in the clause before the frame at <paramref name="first"/>.</summary>
    private static bool WorkBefore(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        for (var k = first - 1; k >= sentence.FirstToken && tokens[k].Text is not ("," or ";" or ":"); k--)
            if (Works.Value.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>Whether the verb at <paramref name="verb"/> is told in the past or under a weak modal ("could become", "might turn").</summary>
    private static bool WeakOrPast(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        for (var k = verb - 1; k >= sentence.FirstToken && verb - k <= 3 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Norm is "was" or "were" or "had" or "could" or "might" or "may" or "used") return true;
            if (tokens[k].Norm is "is" or "are" or "has" or "have" or "will" or "would" or "'s" or "'re") return false;
        }
        return false;
    }

    /// <summary>
    /// A literal use of the category: a date (history), a state or armed force named under a bare present copula (a
    /// real regime described: "Kestria is a dictatorship"; "Kestria is becoming a police state" still labels), a work
    /// that tells the sentence, and, for places and roles, sport ("the midfield enforcer").
    /// </summary>
    private static bool IsLiteral(DocumentModel document, Sentence sentence, int first, bool useSport, bool stateDescribed)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].IsYear || tokens[k].IsDecade) return true;
            if (stateDescribed && document.Actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && actor.Class.FieldsForces()) return true;
        }
        return ToldWorks.IsToldInAWork(tokens, sentence, first) || WorkBefore(tokens, sentence, first) || ImageryContext.IsMentioned(tokens, sentence, first, first + 1)
            || useSport && SportContext.IsAboutSport(tokens, sentence);
    }
}
