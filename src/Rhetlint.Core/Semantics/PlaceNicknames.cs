using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// "Doctors at the General say", "residents on the Esplanade say": one capitalized common word alone after "the" is a
/// local nickname for a place or a workplace (a general hospital, a seafront walk), not the name of a body that speaks
/// on the record or can be asked, so the people placed there stay an unnamed group (the annotation guidelines flag both,
/// dev2 and topics8). A body keeps its name: an organization noun ("at the Treasury", "on the Council",
/// organization_descriptors.txt), a known actor ("at the Fed"), a name of two or more words ("at the Harlow Institute",
/// "at the Royal Free"), a word no common-word list holds ("at the Pentagon"), or a newspaper's nameplate.
/// </summary>
public static class PlaceNicknames
{
    /// <summary>
    /// Single words that name a newspaper or magazine after "the" ("reporters at the Guardian"): the nameplates of the
    /// English-language press that are also common words. The nameplate nouns that are kinds of outlet (gazette, herald,
    /// courier …) are organization nouns already.
    /// </summary>
    private static readonly FrozenWordSet Nameplates = new[]
    {
        "times", "post", "guardian", "independent", "sun", "mirror", "mail", "star", "globe", "economist", "observer", "express",
        "standard", "record", "journal", "spectator", "atlantic", "nation", "hill", "verge", "echo", "argus", "voice", "age",
    }.ToFrozenWordSet();

    /// <summary>
    /// The capitalized word at <paramref name="index"/> is such a nickname: "at the" or "on the" before it, where people are
    /// placed ("in the Lancet", "by the Harbour Trust" say where a thing was published or who made it), no capitalized word
    /// after it, and written as a word, not an acronym ("the GRAM project").
    /// </summary>
    public static bool IsNicknameAt(ImmutableArray<Token> tokens, ActorGazetteer actors, int index)
    {
        var token = tokens[index];
        if (!token.IsWord || !token.IsCapitalized || index < 2 || tokens[index - 1].Norm != "the" || tokens[index - 2].Norm is not ("at" or "on")) return false;
        if (token.Text.Skip(1).Any(char.IsUpper)) return false;
        if (index + 1 < tokens.Length && tokens[index + 1].IsWord && tokens[index + 1].IsCapitalized) return false;
        if (!Vocabulary.IsCommonWord(token) || Nameplates.Contains(token)) return false;
        if (SourceNouns.Of(token) is { Kind: SourceNounKind.Organization or SourceNounKind.Group }) return false;
        return actors.Match(tokens.AsSpan(), index) is null;
    }
}
