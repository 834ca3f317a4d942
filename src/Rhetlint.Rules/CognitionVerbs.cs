using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules;

/// <summary>
/// Verbs of knowing, thinking and perceiving in every inflected form ("knew", "understands", "seen";
/// cognition_verbs_wordnet.txt, WordNet's verb.cognition and verb.perception): their object is what the subject holds
/// in mind or took in, never a deed of its own.
/// </summary>
internal static class CognitionVerbs
{
    private static readonly Lazy<FrozenWordSet> Forms = new(() =>
        RuleLexicons.Store.Lines("cognition_verbs_wordnet").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    public static bool Contains(Token token) => Forms.Value.Contains(token);
}
