using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A command to the reader: a verb that opens its sentence and is followed by what only a verb takes there. What a
/// command ranks or asks for, it does not assert ("Pick the cheapest fare you can find").
/// </summary>
public static class Imperatives
{
    /// <summary>The verbs a call to action opens with ("write", "sign up", "donate"), generated from WordNet.</summary>
    private static readonly Lazy<PhraseList> ImperativeVerbs = new(() => PhraseList.Load(LexiconStore.Engine, "imperative_verbs_wordnet"));

    /// <summary>
    /// Words that may follow the verb of a command but never a noun it could be instead: the object's determiner
    /// or pronoun ("Sign the petition", "Join us"), a preposition ("Write to your councillor") or an adverb of the
    /// moment or of more ("Donate today", "Find out more"). "Share prices fall" has a noun there.
    /// </summary>
    private static readonly FrozenWordSet ActionComplements = new[] { "me", "us", "him", "them", "you", "it", "more", "now", "today", "here" }
        .Concat(FunctionWords.Definite).Concat(FunctionWords.IndefiniteSingular).Concat(FunctionWords.Possessive).Concat(FunctionWords.Prepositions)
        .ToFrozenWordSet();

    /// <summary>Base forms used more as verbs than as nouns, generated from WordNet: any command may open with one.</summary>
    private static readonly Lazy<FrozenWordSet> CommandVerbs = new(() => LexiconStore.Engine.Set("command_verbs_wordnet"));

    /// <summary>
    /// Whether a call to action starts at <paramref name="first"/>, within <paramref name="end"/>: a verb of
    /// imperative_verbs_wordnet.txt (communication, possession, social life), not a document noun, followed by nothing,
    /// a non-word or an action complement. The caller says it opens the sentence or a link.
    /// </summary>
    public static bool IsCallToActionAt(ImmutableArray<Token> tokens, Sentence sentence, int first, int end)
    {
        if (Vocabulary.IsDocumentNoun(tokens[first])) return false;
        if (ImperativeVerbs.Value.LongestAt(tokens, first, end) is not (> 0 and var length)) return false;
        return TakesComplement(tokens, sentence, first + length);
    }

    private static bool IsCommandAt(ImmutableArray<Token> tokens, Sentence sentence, int first) =>
        CommandVerbs.Value.Contains(tokens[first]) && TakesComplement(tokens, sentence, first + 1);

    private static bool TakesComplement(ImmutableArray<Token> tokens, Sentence sentence, int next) =>
        next >= sentence.EndToken || !tokens[next].IsWord || ActionComplements.Contains(tokens[next]);

    /// <summary>
    /// Whether the sentence is a command: its first word opens one ("Book the cheapest fare", "Always check the
    /// meter"), also as the motion verb of a serial command ("Go see it", "Come try the bread"), which takes a second
    /// bare verb rather than an object.
    /// </summary>
    public static bool Opens(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && (!tokens[first].IsWord || Leads.Contains(tokens[first]))) first++;
        if (first >= sentence.EndToken) return false;
        if (tokens[first].Norm is "go" or "come" && first + 1 < sentence.EndToken && tokens[first + 1].Norm is not ("and" or "to")
            && IsCommandAt(tokens, sentence, first + 1)) return true;
        return IsCommandAt(tokens, sentence, first);
    }

    /// <summary>Adverbs that may lead a command without changing it: "Please call", "Always check", "Just book".</summary>
    private static readonly FrozenWordSet Leads = new[] { "please", "always", "just", "now", "so", "then" }.ToFrozenWordSet();
}
