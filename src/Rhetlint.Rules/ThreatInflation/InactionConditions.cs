using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A condition of inaction, or of letting a harm go on, that a forecast is stated as the price of: "if we do nothing,
/// …", "unless parliament acts, …", "if the council fails to act, …", "if this neglect continues, …", "… if the cartels
/// are allowed to spread". The fear appeal's own construction (issue 16): 19 fear-appeal spans of the PTC train split,
/// in 15 articles, threaten a harm as the price of not acting or of letting something continue, 14 through an
/// "if"/"unless" clause; a plain forecast says what will happen, this one says what will happen to us unless we obey.
/// <para>
/// The condition is an "unless" clause, or an "if" clause that holds a negation ("does not act", "no one speaks up",
/// "nothing is done"), a verb of leaving undone (fail, neglect, ignore, refuse), of letting a state go on (continue,
/// keep, persist, go on) or of permission that lets an action run on (allow … to, permit … to, let), or a phrase of
/// idleness ("look away", "sit idly by").
/// It stands before the forecast's clause, closed by a comma or "then", or after the forecast. A condition that
/// states an event ("if the owner sells", "if prices fall") is no inaction and counts nothing.
/// </para>
/// </summary>
internal static class InactionConditions
{
    /// <summary>Leaving undone, letting a state go on, idleness: every form of the first word, the rest as written.</summary>
    private static readonly Lazy<PhraseList> Inaction = new(() => Kinds("failure", "persistence", "idle"));

    /// <summary>Permission, which is inaction only when it lets something run on ("are allowed to spread", "let them").</summary>
    private static readonly Lazy<PhraseList> Permission = new(() => Kinds("permission"));

    private static PhraseList Kinds(params string[] kinds) => PhraseList.From(
        kinds.SelectMany(kind => LemmaPhrases.LoadKind(RuleLexicons.Store, "inaction_conditions", kind, Inflections.PartOfSpeech.Verb)));

    /// <summary>
    /// Whether an inaction condition governs the forecast whose modal is at <paramref name="modal"/> and whose words end
    /// at <paramref name="end"/>: a preposed "if"/"unless" clause closed before the modal, or one that follows the forecast.
    /// </summary>
    public static bool Governs(ImmutableArray<Token> tokens, Sentence sentence, int modal, int end) =>
        PreposedConditionEnd(tokens, sentence, modal) is var (opener, close) && IsInaction(tokens, opener, close)
        || PostposedCondition(tokens, sentence, end) is var (after, stop) && IsInaction(tokens, after, stop);

    /// <summary>
    /// "If we do nothing, the …": the "if"/"unless" at the sentence's start (after a conjunction such as "and", "but",
    /// "because") whose clause a comma or "then" closes before the modal: its opener and the close.
    /// </summary>
    private static (int Opener, int Close)? PreposedConditionEnd(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        var opener = sentence.FirstToken;
        if (opener < modal && tokens[opener].Norm is "and" or "but" or "because" or "so") opener++;
        if (opener >= modal || tokens[opener].Norm is not ("if" or "unless")) return null;
        for (var k = opener + 1; k < modal; k++)
            if (tokens[k].Text == "," || tokens[k].Norm == "then") return (opener, k);
        return null;
    }

    /// <summary>"… will be gone if we do nothing": the "if"/"unless" within two words after the forecast, and its clause's end.</summary>
    private static (int Opener, int Close)? PostposedCondition(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        for (var k = end; k < sentence.EndToken && k - end <= 2; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return null;
            if (tokens[k].Norm is not ("if" or "unless")) continue;
            var close = k + 1;
            while (close < sentence.EndToken && tokens[close].Text is not ("," or ";" or ":") && tokens[close].Kind != TokenKind.Dash) close++;
            return (k, close);
        }
        return null;
    }

    /// <summary>Whether the condition [<paramref name="opener"/>, <paramref name="close"/>) is one of inaction or of letting go on.</summary>
    private static bool IsInaction(ImmutableArray<Token> tokens, int opener, int close)
    {
        if (tokens[opener].Norm == "unless") return true;
        for (var k = opener + 1; k < close; k++)
            if (Negation.IsWord(tokens[k].Norm, determiner: true, pronouns: true) || Inaction.Value.LongestAt(tokens, k, close) > 0
                || Permission.Value.LongestAt(tokens, k, close) > 0 && LetsRunOn(tokens, k, close)) return true;
        return false;
    }

    /// <summary>
    /// "if we let them", "if the cartels are allowed to spread", "if the board permits them to carry on": permission of
    /// an action to go on. "If the council allows the merger" permits an event, which is no inaction.
    /// </summary>
    private static bool LetsRunOn(ImmutableArray<Token> tokens, int cue, int close)
    {
        if (tokens[cue].Norm is "let" or "lets" or "letting") return true;
        for (var k = cue + 1; k < close; k++)
            if (tokens[k].Norm == "to") return true;
        return false;
    }
}
