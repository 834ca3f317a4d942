using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Adjectives that have no degrees and the words that grade them (<c>uncomparables.txt</c>). RH2008 reports an
/// absolute that is graded ("very unique"); RH2001 does not read "the most unique" as a rank, and RH2002 judges the
/// novelty claim that remains ("unprecedented").
/// </summary>
internal static class Uncomparables
{
    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "uncomparables"));
    private static readonly Lazy<FrozenWordSet> Intensifiers = new(() => Lexicon.Value.Words("intensifier").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> Absolutes = new(() => Lexicon.Value.Words("absolute").ToFrozenWordSet());

    /// <summary>An adjective with no degrees: "unique", "unprecedented", "inevitable".</summary>
    public static bool IsAbsolute(Token token) => Absolutes.Value.Contains(token);

    /// <summary>A degree word that grades an adjective: "very", "most", "increasingly".</summary>
    public static bool IsIntensifier(Token token) => Intensifiers.Value.Contains(token);
}
