using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Who an open complement (<see cref="OpenComplements"/>) may be imputed to, and of what. A want, a willingness or a
/// limit frame with any complement is ordinary news when residents, a hotel or the cleaners hold it ("residents want
/// the whole estate connected to the heating network", "the hotel would happily move you to a quieter room", "the
/// cleaners will not stop until every window sparkles"): a list of kind words cannot cover every chore or service. The
/// frame imputes hostility by itself only when its holder is one already: an unnamed "they" or an actor of the
/// gazetteer (a state, an armed or criminal group, an out-group, a lobby, an industry or its giants, "Big Tobacco"), not
/// set in a past era ("the medieval barons", "the Victorian mill owners": history, as a year makes it); and when what
/// it is held over is people or a community (a class of people, a group, a place they live in) or the writer's side.
/// </summary>
internal static class HostileHolders
{
    /// <summary>Words that set a subject in a past social order (history_period_cues.txt: medieval, feudal, the tsar's).</summary>
    private static readonly Lazy<FrozenWordSet> PeriodCues = new(() => RuleLexicons.Store.Set("history_period_cues"));

    /// <summary>
    /// Adjectives of a named past era before an actor ("the Victorian mill owners", "the Roman legions", "the Tudor
    /// court"): the period cues leave them out because they have modern figurative uses beside a servitude image, but
    /// on a holder's own noun they date the holder.
    /// </summary>
    private static readonly FrozenWordSet EraAdjectives = new[] { "victorian", "edwardian", "georgian", "elizabethan", "tudor", "roman", "viking", "ancient", "colonial", "imperial" }.ToFrozenWordSet();

    /// <summary>Finite words that end a frame's subject beside the auxiliaries: "won't", "want".</summary>
    private static readonly FrozenWordSet SubjectEnders = new[] { "won't", "wo", "wouldn't", "'ll", "want", "wants", "wanted" }.ToFrozenWordSet();

    /// <summary>
    /// Whether the subject of the frame, which ends at the first auxiliary or want before <paramref name="limit"/>, is
    /// an unnamed "they" or a gazetteer actor ending at its head, with no past era in it.
    /// </summary>
    public static bool IsHostileHolder(ImmutableArray<Token> tokens, Sentence sentence, int limit)
    {
        var first = sentence.FirstToken;
        var ender = first;
        while (ender < limit && ender < sentence.EndToken && !FunctionWords.Auxiliaries.Contains(tokens[ender]) && !SubjectEnders.Contains(tokens[ender])) ender++;
        var head = ender - 1;
        if (head < first || !tokens[head].IsWord) return false;
        for (var k = first; k <= head; k++)
            if (PeriodCues.Value.Contains(tokens[k]) || EraAdjectives.Contains(tokens[k])) return false;
        if (tokens[head].Norm == "they") return head == first;
        var span = tokens.AsSpan(0, sentence.EndToken);
        for (var s = first; s <= head; s++)
            if (Actors.Default.Match(span, s) is var (length, _) && s + length == head + 1) return true;
        return false;
    }

    /// <summary>
    /// Whether the set whose head is at <paramref name="head"/> is people or a community: a person or a group by its
    /// noun type or a role noun ("every pensioner", "every family", "every cabbie"), a place people live in ("every village", "our whole high
    /// street"), or the writer's or the reader's ("us", "you", "our", "your").
    /// </summary>
    public static bool IsPeopleOrCommunity(ImmutableArray<Token> tokens, Sentence sentence, int set, int head)
    {
        if (tokens[head].Norm is "us" or "you") return true;
        for (var k = Math.Max(sentence.FirstToken, set - 2); k < head; k++)
            if (tokens[k].Norm is "our" or "your") return true;
        // "every teenager in Britain": the set's noun is before its place phrase.
        var noun = head;
        for (var k = set + 1; k < head; k++)
            if (FunctionWords.Prepositions.Contains(tokens[k]))
            {
                noun = k - 1;
                break;
            }
        return Vocabulary.IsRoleNoun(tokens[noun]) || Vocabulary.IsPluralRoleNoun(tokens[noun])
            || NounTypes.OfHead(tokens, sentence, noun) is NounType.Person or NounType.Group or NounType.Location;
    }
}
