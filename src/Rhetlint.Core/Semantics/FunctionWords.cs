using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>Closed-class English words: grammar, not vocabulary, so they live in code rather than in a lexicon.</summary>
public static class FunctionWords
{
    public static readonly FrozenWordSet IndefiniteSingular = Set("a", "an", "one");
    public static readonly FrozenWordSet Definite = Set("the", "this", "that", "these", "those");
    public static readonly FrozenWordSet Possessive = Set("his", "her", "its", "their", "our", "my", "your");
    public static readonly FrozenWordSet VagueQuantifiers = Set("some", "many", "several", "most", "numerous", "various", "certain", "other", "others", "few", "a few");
    /// <summary>Quantifiers that stand alone for unnamed people when they are the subject of a reporting verb ("others note").</summary>
    public static readonly FrozenWordSet VaguePronouns = Set("others", "some", "many", "several", "most", "few");
    /// <summary>Adverbs that put a reporting verb off the record ("privately warned").</summary>
    public static readonly FrozenWordSet AnonymityAdverbs = Set("privately", "anonymously", "confidentially");
    public static readonly FrozenWordSet PersonPronouns = Set("he", "she", "they", "it");
    public static readonly FrozenWordSet AuthorPronouns = Set("i", "we");
    public static readonly FrozenWordSet ObjectPronouns = Set("me", "us", "him", "her", "them", "you", "reporters", "journalists");

    /// <summary>Words that cannot be inside a source noun phrase: they end it when walking backwards.</summary>
    public static readonly FrozenWordSet NounPhraseBreakers = Set(
        "and", "or", "but", "nor", "so", "yet", "as", "that", "which", "who", "whom", "whose", "when", "while", "if",
        "because", "since", "although", "though", "after", "before", "than", "then", "where",
        // Conjunctions of an adverbial clause: "unless critics say …" names critics, not "unless critics".
        "unless", "until", "once", "whereas", "whilst", "whenever",
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "over", "under", "against",
        "between", "through", "during", "without", "within", "across", "toward", "towards", "upon", "per",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not", "never",
        "also", "just", "even", "only", "still", "recently", "now", "yesterday", "today", "what", "whatever", "how", "why");

    /// <summary>"%", "percent" or the "cent" of "per cent": the token at <paramref name="k"/> closes a percentage.</summary>
    public static bool IsPercentSign(ImmutableArray<Token> tokens, int first, int k) =>
        tokens[k].Text == "%" || tokens[k].Norm == "percent" || tokens[k].Norm == "cent" && k > first && tokens[k - 1].Norm == "per";

    /// <summary>"she's said", "it's been argued": a pronoun with a contracted auxiliary, not a possessive.</summary>
    public static bool IsPronounContraction(Syntax.Token token) =>
        token.Norm is "he's" or "she's" or "it's" or "who's" or "that's" or "they've" or "we've" or "i've" or "they'd" or "she'd" or "he'd"
            or "i'll" or "we'll" or "he'll" or "she'll" or "they'll" or "you'll" or "i'd" or "we'd" or "you'd";

    /// <summary>Quantities that take "of" before the group they pick from ("one of the judges").</summary>
    public static readonly FrozenWordSet Partitives = Set(
        "one", "some", "many", "most", "several", "all", "none", "few", "each", "two", "three", "four", "five", "dozens", "hundreds", "both", "any");

    /// <summary>Prepositions: a noun phrase right after one is its object, never the subject of a verb.</summary>
    public static readonly FrozenWordSet Prepositions = Set(
        "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "over", "under", "against", "between",
        "through", "during", "without", "within", "across", "toward", "towards", "upon", "among", "amid", "despite", "per");

    /// <summary>Finite auxiliaries: a clause, not a noun phrase, when they appear.</summary>
    public static readonly FrozenWordSet Auxiliaries = Set(
        "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might",
        "must", "shall", "should");

    /// <summary>
    /// Conjunctions that only open an adverbial clause: a noun phrase never runs across one ("A group of tenants moved
    /// out because the landlords say …" holds two clauses). Words that are prepositions too (after, before, since) are left
    /// out; "as" is judged where it stands (<see cref="SourcePhraseReader"/>).
    /// </summary>
    public static readonly FrozenWordSet Subordinators = Set(
        "because", "while", "whilst", "although", "though", "whereas", "unless", "until", "when", "whenever", "if");

    /// <summary>Whether a finite auxiliary stands among the tokens from <paramref name="from"/> to <paramref name="to"/>: the stretch is a clause.</summary>
    public static bool AnyAuxiliary(ImmutableArray<Syntax.Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (Auxiliaries.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// Auxiliaries and adverbs that may stand between a source and its reporting verb; "been" for the perfect progressive
    /// ("scientists have been warning for years that …").
    /// </summary>
    public static readonly FrozenWordSet VerbPreModifiers = Set(
        "has", "have", "had", "will", "would", "is", "are", "was", "were", "been", "also", "once", "recently", "later",
        "then", "now", "again", "privately", "anonymously", "confidentially", "publicly", "repeatedly", "often", "previously", "already", "further",
        "even", "famously", "rightly", "correctly", "memorably", "bluntly", "just", "long",
        // "Soldiers here say", "economists everywhere agree": where the source is, between it and its verb.
        "here", "there", "everywhere", "alike");

    /// <summary>
    /// Linking verbs and their contractions: what follows describes the subject ("is flawless", "remains the
    /// leading", "it's Munich all over again"). One list for every rule that asks whether a predicate follows.
    /// </summary>
    public static readonly FrozenWordSet Copulas = Set(
        "is", "am", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "become", "becomes", "became",
        "seem", "seems", "seemed", "look", "looks", "looked", "prove", "proves", "proved",
        "'s", "it's", "that's", "this's", "we're", "they're");

    /// <summary>Cardinal number words, the one list for every reader of spelled-out numbers (figures, counts, spans).</summary>
    private static readonly FrozenWordSet Cardinals = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen");

    /// <summary>"twelve", "forty-two", "million": a number word.</summary>
    public static bool IsCardinal(string norm) => Cardinals.Contains(norm) || IsHyphenatedCardinal(norm);

    /// <summary>
    /// <see cref="IsCardinal(string)"/> of a token's word, found by its <see cref="Token.WordKey"/>: readers ask it of
    /// nearly every token they walk past, and hashing the word again each time showed in profiles (issue 18).
    /// </summary>
    public static bool IsCardinal(Token token) => Cardinals.Contains(token) || IsHyphenatedCardinal(token.Norm);

    /// <summary>"twenty-five", "forty-two": two number words joined by a hyphen.</summary>
    private static bool IsHyphenatedCardinal(string norm)
    {
        var hyphen = norm.IndexOf('-');
        return hyphen > 0 && Cardinals.Contains(norm.AsSpan(0, hyphen)) && Cardinals.Contains(norm.AsSpan(hyphen + 1));
    }

    public static readonly FrozenWordSet Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");

    public static readonly FrozenWordSet Weekdays = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>The seasons (WordNet's season.n.02), which come round every year: "come the winter", "closed in summer".</summary>
    public static readonly FrozenWordSet Seasons = Set("spring", "summer", "autumn", "fall", "winter", "winters", "summers");

    /// <summary>
    /// Periods of time that "that" can point at inside a clause ("who were in the hall that night", "who sold that
    /// spring"), from WordNet's time_period.n.01 with the parts of the day and the seasons: "that" is then a
    /// demonstrative, not a relative pronoun or a complementizer.
    /// </summary>
    public static readonly FrozenWordSet DemonstrativeTimeNouns = Set(
        "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "season", "summer", "winter", "spring",
        "autumn", "time");

    /// <summary>"that night", "that spring": the "that" at <paramref name="index"/> points at a period of time.</summary>
    public static bool IsDemonstrativeOfTime(ImmutableArray<Syntax.Token> tokens, int index) =>
        tokens[index].Norm == "that" && index + 1 < tokens.Length && DemonstrativeTimeNouns.Contains(tokens[index + 1]);

    /// <summary>
    /// "chefs who have cooked in that kitchen", "who worked at that plant": right after a preposition and before a word
    /// that is no determiner or pronoun, the "that" at <paramref name="index"/> is a determiner; a relative pronoun or a
    /// complementizer never follows a preposition ("in that" before a clause is the conjunction, and its clause opens on a
    /// determiner or a pronoun).
    /// </summary>
    public static bool IsDeterminerAfterPreposition(ImmutableArray<Syntax.Token> tokens, int index, int end) =>
        tokens[index].Norm == "that" && index > 0 && Prepositions.Contains(tokens[index - 1]) && index + 1 < end && tokens[index + 1].IsWord
        && !Definite.Contains(tokens[index + 1]) && !Possessive.Contains(tokens[index + 1])
        && !PersonPronouns.Contains(tokens[index + 1]) && !AuthorPronouns.Contains(tokens[index + 1]);

    /// <summary>Capitalized words that begin sentences without being names.</summary>
    public static readonly FrozenWordSet SentenceStarters = Set(
        "a", "an", "one", "the", "this", "that", "these", "those", "as", "in", "on", "at", "but", "and", "yet", "so",
        "it", "he", "she", "they", "we", "i", "there", "some", "many", "several", "most", "according", "last", "just",
        "still", "even", "when", "while", "if", "after", "before", "since", "although", "though", "however", "meanwhile",
        "other", "others", "critics", "every", "each", "no", "all", "both", "such", "what", "why", "how", "who", "our", "their",
        "his", "her", "its", "my", "your", "only", "also", "now", "then", "instead", "indeed", "yes", "for", "with", "by",
        "everyone", "everybody", "nobody", "someone", "somebody", "anyone", "anybody", "people", "everything", "nothing", "something");

    private static FrozenWordSet Set(params string[] words) => FrozenWordSet.Exact(words);

    /// <summary>
    /// What the object of a verb that confers a rank opens with: a pronoun, a determiner, a name, a quoted title or a
    /// figure ("named her", "ranks the inn", "voted Ilse Brandt", "crowned “Low Tide”"). Anything else after the verb
    /// means it has no object: "rotation rates produce the best fit", "call for the overthrow of the largest".
    /// </summary>
    public static bool OpensRankedObject(Token token) =>
        token.Kind is TokenKind.Quote or TokenKind.Number || token.IsCapitalized
        || token.Norm is "him" or "her" or "it" or "them" or "its" or "his" or "their" or "this" or "these" or "those" or "the" or "a" or "an";
}
