using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// "Fans say goodbye to the old stand", "churchgoers say prayers for the crew", "the players said their farewells": "say"
/// with a formula as its object — a greeting, a leave-taking, a prayer, thanks or an apology — performs the formula and
/// reports no claim, as "said nothing" does not. "said goodbye was the hardest part" has a clause, with a verb after the
/// formula's word, and stays a report.
/// </summary>
internal static class SpokenFormulas
{
    /// <summary>Formulas "say" performs: greetings and leave-takings, prayers, thanks and apologies.</summary>
    private static readonly FrozenWordSet Formulas = new[]
    {
        "goodbye", "goodbyes", "farewell", "farewells", "hello", "hellos", "prayers", "prayer", "grace", "thanks", "sorry", "amen", "cheers",
    }.ToFrozenWordSet();

    private static readonly FrozenWordSet Determiners = new[] { "a", "their", "our", "his", "her", "my", "your", "its", "the" }.ToFrozenWordSet();

    /// <summary>The saying verb at <paramref name="verb"/> has a formula as its object, not a clause.</summary>
    public static bool PerformedAt(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (Vocabulary.ReportingVerbLemma(tokens[verb]) != "say") return false;
        var k = verb + 1;
        if (k < sentence.EndToken && Determiners.Contains(tokens[k])) k++;
        if (k >= sentence.EndToken || !Formulas.Contains(tokens[k])) return false;
        var next = k + 1;
        return next >= sentence.EndToken || !tokens[next].IsWord || !FunctionWords.Auxiliaries.Contains(tokens[next]) && !FunctionWords.Copulas.Contains(tokens[next]);
    }
}
