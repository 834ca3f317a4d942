using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Images that cast an opponent as a captor or a place as a killer by their frame alone (issue 16): "hold … hostage"
/// with any noun phrase as the captive, and a place said to be "a death trap", "an accident waiting to happen" or
/// "waiting for its next victim". The slot takes any noun phrase; a real hostage taking is told apart by its scene
/// (<c>hostage_scenes_wordnet.txt</c>: a captor, the police, a ransom, a release), a period or a past hazard by its
/// tense, and a literal trap by what it catches (an animal or a plant). Voice, hedges, questions and evidence are
/// the rule's to weigh.
/// </summary>
public static class LoadedImages
{
    /// <summary>A loaded image from <paramref name="First"/> to <paramref name="End"/>, its head word at <paramref name="Head"/>.</summary>
    public readonly record struct Image(int First, int End, int Head);

    private static readonly TaggedLexicon Scenes = TaggedLexicon.Load(RuleLexicons.Store, "hostage_scenes_wordnet");

    /// <summary>Captors in their forms: "gunman", "gunmen", "kidnappers".</summary>
    private static readonly Lazy<FrozenWordSet> Captors = new(() => Scenes.Words("captor").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    private static readonly Lazy<FrozenSet<string>> SceneWords = new(() => Scenes.Words("scene"));

    /// <summary>Present and future links that say what a place is now: "is", "has become", "remains", "will be".</summary>
    private static readonly FrozenWordSet Links = new[] { "is", "are", "'s", "’s", "become", "becomes", "remains", "remain", "be" }.ToFrozenWordSet();

    /// <summary>Adverbs between the link and the image: "is simply a death trap", "is just waiting for".</summary>
    private static readonly FrozenWordSet LinkAdverbs = new[] { "just", "simply", "still", "now", "already", "only", "quietly", "literally" }.ToFrozenWordSet();

    /// <summary>How many words the captive may run to ("this town's grandmothers", "every car and power grid in the state").</summary>
    private const int CaptiveWords = 8;

    /// <summary>A loaded image at <paramref name="i"/>, or null.</summary>
    public static Image? At(ImmutableArray<Token> tokens, Sentence sentence, int i) => Hostage(tokens, sentence, i) ?? Killer(tokens, sentence, i);

    /// <summary>
    /// "is holding this town's grandmothers hostage", "will soon hold every car and power grid hostage": a captor's hold
    /// in the present or to come, with any captive. "Held" is left out: a past or passive hostage taking is a report
    /// ("were held hostage for six hours").
    /// </summary>
    private static Image? Hostage(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("hold" or "holds" or "holding")) return null;
        for (var k = i + 2; k < end && k - i <= CaptiveWords + 1; k++)
        {
            if (!tokens[k - 1].IsWord) return null;
            if (tokens[k].Norm != "hostage") continue;
            return IsHostageScene(tokens, sentence, i) ? null : new Image(i, k + 1, k);
        }
        return null;
    }

    /// <summary>Whether the sentence tells a real hostage taking: a captor or a word of its scene anywhere in it.</summary>
    private static bool IsHostageScene(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (Captors.Value.Contains(tokens[k]) || SceneWords.Value.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>
    /// "the bypass has become a death trap", "that crossing is an accident waiting to happen", "the quarry pool is just
    /// waiting for its next victim": a place cast as a killer, after a present or future link. "Was a death trap" is a
    /// period's or a past hazard's; "a death trap for insects" is what a plant or a trap is.
    /// </summary>
    private static Image? Killer(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!Links.Contains(tokens[i]) || i == sentence.FirstToken) return null;
        // "will be a death trap": "be" only after a modal; "have become" as "become".
        if (tokens[i].Norm == "be" && tokens[i - 1].Norm is not ("will" or "would")) return null;
        // "the heat wave is an accident waiting to happen": a killer is a place or a thing made, not weather or an event.
        var subject = i - 1;
        while (subject > sentence.FirstToken && tokens[subject].Norm is "has" or "have" or "will" or "would" or "now" or "already") subject--;
        if (NounTypes.Of(tokens[subject]) is NounType.Phenomenon or NounType.Event or NounType.Process or NounType.State or NounType.Act) return null;
        // "The third level is a death trap for careless players": a hazard of a game or a puzzle, which is the fun of it.
        if (tokens[subject].Norm is "level" or "levels" || ImageryContext.SentenceHas(tokens, sentence, GameWords)) return null;
        var k = i + 1;
        while (k < end && LinkAdverbs.Contains(tokens[k])) k++;
        if (k + 3 < end && tokens[k].Norm == "waiting" && tokens[k + 1].Norm == "for" && tokens[k + 2].Norm is "its" or "their" or "the"
            && tokens[k + 3].Norm == "next" && k + 4 < end && tokens[k + 4].Norm is "victim" or "victims" or "casualty" or "funeral" or "death")
            return new Image(i, k + 5, k + 4);
        if (k >= end || tokens[k].Norm is not ("a" or "an")) return null;
        for (var m = k + 1; m < end && m - k <= 3; m++)
        {
            if (!tokens[m].IsWord) return null;
            // "Death Trap", the board game: a title, capitalised in the sentence.
            if (tokens[m].Norm is "deathtrap" or "death-trap" && !tokens[m].IsCapitalized
                || tokens[m].Norm == "death" && m + 1 < end && tokens[m + 1].Norm is "trap" && !tokens[m].IsCapitalized)
            {
                var trapEnd = tokens[m].Norm == "death" ? m + 2 : m + 1;
                return CatchesCreatures(tokens, trapEnd, end) ? null : new Image(i, trapEnd, trapEnd - 1);
            }
            if (tokens[m].Norm == "accident" && m + 3 < end && tokens[m + 1].Norm == "waiting" && tokens[m + 2].Norm == "to" && tokens[m + 3].Norm == "happen")
                return new Image(i, m + 4, m);
        }
        return null;
    }

    /// <summary>Words that put a hazard inside a game or a puzzle: its players, its clues ("a death trap for anyone who ignores the clues").</summary>
    private static readonly FrozenSet<string> GameWords = new[] { "game", "games", "gamer", "gamers", "player", "players", "puzzle", "puzzles", "clue", "clues" }.ToFrozenSet();

    /// <summary>"a death trap for insects", "for flies": a literal trap, what it catches an animal or a plant.</summary>
    private static bool CatchesCreatures(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k + 1 >= end || tokens[k].Norm != "for") return false;
        for (var m = k + 1; m < end && m - k <= 3 && tokens[m].IsWord; m++)
            if (NounTypes.Of(tokens[m]) is NounType.Animal or NounType.Plant) return true;
        return false;
    }
}
