using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// "Fans say goodbye to the old stand", "churchgoers say prayers for the crew", "the players said a final farewell",
/// "the guests said a few words of thanks": "say" with a formula as its object — a greeting, a leave-taking, a prayer,
/// thanks, an apology or a few words — performs the formula and reports no claim, as "said nothing" does not. So does a
/// short quoted word said to someone or at an event ('walkers say "morning" to everyone', 'players say "gg" after every
/// match'). "said goodbye was the hardest part" has a clause, with a verb after the formula's word, and stays a report.
/// </summary>
internal static class SpokenFormulas
{
    /// <summary>Formulas "say" performs: greetings and leave-takings, prayers, thanks and apologies.</summary>
    private static readonly FrozenWordSet Formulas = new[]
    {
        "goodbye", "goodbyes", "farewell", "farewells", "hello", "hellos", "prayers", "prayer", "grace", "thanks", "sorry", "amen", "cheers",
    }.ToFrozenWordSet();

    /// <summary>Formulas that need "a" before them: "said a few words", not "say words matter" or "said the words of the report".</summary>
    private static readonly FrozenWordSet DeterminedFormulas = new[] { "word", "words" }.ToFrozenWordSet();

    private static readonly FrozenWordSet Determiners = new[] { "a", "their", "our", "his", "her", "my", "your", "its", "the" }.ToFrozenWordSet();

    /// <summary>Words after a quoted word that place its saying at someone or an occasion, not a clause about it.</summary>
    private static readonly FrozenWordSet OccasionPrepositions = new[] { "to", "after", "at", "before", "when", "every", "on", "as" }.ToFrozenWordSet();

    /// <summary>Modifiers between the determiner and the formula: "a final farewell", "a few kind words".</summary>
    private const int MaxModifiers = 2;
    /// <summary>Words a performed quotation holds: "morning", "good luck", "see you soon".</summary>
    private const int MaxQuotedWords = 3;

    /// <summary>The saying verb at <paramref name="verb"/> has a formula as its object, not a clause.</summary>
    public static bool PerformedAt(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (Vocabulary.ReportingVerbLemma(tokens[verb]) != "say") return false;
        if (QuotedWordAt(tokens, sentence, verb + 1)) return true;
        var k = verb + 1;
        var determined = false;
        if (k < sentence.EndToken && Determiners.Contains(tokens[k]))
        {
            determined = tokens[k].Norm == "a";
            k++;
            for (var skipped = 0; skipped < MaxModifiers && k + 1 < sentence.EndToken && IsModifier(tokens[k]) && !IsFormula(tokens[k], determined); skipped++) k++;
        }
        if (k >= sentence.EndToken || !IsFormula(tokens[k], determined)) return false;
        var next = k + 1;
        return next >= sentence.EndToken || !tokens[next].IsWord || !FunctionWords.Auxiliaries.Contains(tokens[next]) && !FunctionWords.Copulas.Contains(tokens[next]);
    }

    private static bool IsFormula(Token token, bool determined) => Formulas.Contains(token) || determined && DeterminedFormulas.Contains(token);

    private static bool IsModifier(Token token) =>
        token.IsWord && !token.IsCapitalized && !FunctionWords.Auxiliaries.Contains(token) && !FunctionWords.Copulas.Contains(token) && token.Norm != "that";

    /// <summary>'"morning" to everyone', '"gg" after every match': a short quotation closed before an occasion or the sentence's end.</summary>
    private static bool QuotedWordAt(ImmutableArray<Token> tokens, Sentence sentence, int open)
    {
        if (open >= sentence.EndToken || tokens[open].Kind != TokenKind.Quote) return false;
        var close = open + 1;
        while (close < sentence.EndToken && tokens[close].Kind != TokenKind.Quote) close++;
        var words = close - open - 1;
        if (close >= sentence.EndToken || words < 1 || words > MaxQuotedWords) return false;
        var after = close + 1;
        return after >= sentence.EndToken || !tokens[after].IsWord || OccasionPrepositions.Contains(tokens[after]);
    }
}
