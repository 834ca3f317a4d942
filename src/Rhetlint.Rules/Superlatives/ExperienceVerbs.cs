using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Verbs of undergoing and meeting ("faced", "witnessed", "suffered", "visited", "covered"; experience_verbs_wordnet.txt):
/// their object is a thing of the world the subject went through, not a deed of its own, so they keep no record to
/// their holder — "We have never faced such a threat" and "the deadliest storm he has covered" rank the world.
/// </summary>
internal static class ExperienceVerbs
{
    private static readonly Lazy<FrozenWordSet> Forms = new(() =>
        RuleLexicons.Store.Lines("experience_verbs_wordnet").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    public static bool Is(Token token) => token.IsWord && Forms.Value.Contains(token);
}
