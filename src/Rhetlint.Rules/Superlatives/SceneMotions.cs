using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Nobody on stage moves.", "No one in the room stirs, and the clock ticks on": a person universal scoped to a place,
/// whose verb is a motion of the body that changes posture rather than place (<c>bodily_motions_wordnet.txt</c>) and
/// ends its clause (or runs into a clause of time: "until the conductor lifts her baton"), describes a moment the writer watched, as a review or a report of a scene does. It claims no habit
/// of people and no view they hold. A verb of travel ("nobody in town goes"), an object or a complement after the verb
/// ("nobody in Washington moves a finger", "no one on the board moves quickly") and no place scope keep the claim.
/// </summary>
internal static class SceneMotions
{
    private static readonly Lazy<FrozenWordSet> Forms = new(() =>
        TaggedLexicon.Load(RuleLexicons.Store, "bodily_motions_wordnet").Words("motion").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>Whether the verb at <paramref name="verb"/> is a bodily motion that ends its clause.</summary>
    public static bool IsSceneMotion(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        Forms.Value.Contains(tokens[verb])
        && (verb + 1 >= sentence.EndToken || !tokens[verb + 1].IsWord && tokens[verb + 1].Text is "." or "," or ";" or "!" or ":"
            // "Nobody in the hall moves until the conductor lifts her baton": a clause of time dates the moment.
            || tokens[verb + 1].Norm is "and" or "but" or "until" or "till" or "when" or "as" or "while");
}
