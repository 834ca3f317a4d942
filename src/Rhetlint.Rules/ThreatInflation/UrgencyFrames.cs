using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The shapes of an appeal to time that carry no number: a time or an opportunity closing ("the window is closing",
/// "the chance to fix it is slipping away") and the rate it closes at ("by the hour", "fast"), a unit of delay charged
/// as a loss to someone ("every week the council waits is a week taken from our grandchildren"), and a victim's stake gambled with
/// ("gambling with the tenants' safety"). Word classes come from urgency_context.txt.
/// </summary>
internal static class UrgencyFrames
{
    private static readonly TaggedLexicon Context = TaggedLexicon.Load(RuleLexicons.Store, "urgency_context");
    private static readonly FrozenSet<string> Openings = Context.Words("opening");
    private static readonly FrozenSet<string> Closings = Context.Words("closing");
    private static readonly FrozenSet<string> Drainings = Context.Words("draining");
    private static readonly FrozenSet<string> Speeds = Context.Words("speed");
    private static readonly FrozenSet<string> DelayVerbs = Context.Words("delay");
    private static readonly FrozenSet<string> DelayNouns = Context.Words("delay-noun");
    private static readonly FrozenSet<string> Losses = Context.Words("loss");
    private static readonly FrozenSet<string> Stakes = Context.Words("victim");
    private static readonly FrozenSet<string> VictimGroups = Context.Words("victim-group");
    private static readonly FrozenSet<string> Gambles = Context.Words("gamble");

    /// <summary>Most words between an opening noun and its verb ("the window to stop the cartels is closing").</summary>
    private const int OpeningReach = 8;

    /// <summary>Most words between a unit of delay and the loss it is charged as, and between the loss and its victim.</summary>
    private const int LossReach = 10;

    /// <summary>
    /// "The window to stop Kestria is closing", "the chance to save the mill is slipping away", "time is draining away":
    /// a time or opportunity noun and, a few words on, a present progressive that closes it — a verb of closing on its
    /// own or one of running out with its particle. A speed adverb may sit before the verb ("is fast closing"). "The
    /// chance of rain is fading" is a probability, not an opportunity. Returns the range from the noun to the verb.
    /// </summary>
    public static (int Start, int End)? ClosingOpportunityAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Openings.Contains(tokens[i].Norm)) return null;
        if (i + 1 < sentence.EndToken && tokens[i + 1].Norm == "of" && tokens[i].Norm is not ("window" or "windows")) return null;
        for (var k = i + 1; k + 1 < sentence.EndToken && k - i <= OpeningReach && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is not ("is" or "are")) continue;
            var verb = k + 1;
            if (Speeds.Contains(tokens[verb].Norm) && verb + 1 < sentence.EndToken) verb++;
            if (Closings.Contains(tokens[verb].Norm)) return (i, verb + 1);
            if (Drainings.Contains(tokens[verb].Norm) && verb + 1 < sentence.EndToken && tokens[verb + 1].Norm is "out" or "short" or "away" or "down")
                return (i, verb + 2);
            return null;
        }
        return null;
    }

    /// <summary>
    /// The rate an appeal to time says the time is going at, right after it: a speed adverb ("fast", "rapidly"), "by
    /// the hour", "day by day", "with every passing week". Returns where the rate ends, or null.
    /// </summary>
    public static int? RateEnd(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        if (end >= sentence.EndToken) return null;
        if (Speeds.Contains(Norm(end))) return end + 1;
        if (Norm(end) == "by" && Norm(end + 1) == "the" && end + 2 < sentence.EndToken && TimeScale.RankOf(tokens[end + 2]) is not null) return end + 3;
        if (TimeScale.RankOf(tokens[end]) is not null && Norm(end + 1) == "by" && end + 2 < sentence.EndToken && tokens[end + 2].Norm == tokens[end].Norm)
            return end + 3;
        if (Norm(end) == "with" && Norm(end + 1) is "each" or "every")
        {
            var unit = Norm(end + 2) == "passing" ? end + 3 : end + 2;
            if (unit < sentence.EndToken && TimeScale.RankOf(tokens[unit]) is not null) return unit + 1;
        }
        return null;
    }

    /// <summary>
    /// "Every week the council waits is a week taken from our grandchildren", "each month of inaction costs lives", "every week that
    /// passes robs a generation of its future": a counted unit of time made a unit of delay (a subject and a verb of
    /// waiting, "that passes", or "of" and a noun of delay), then in the same clause a verb of taking and a victim —
    /// kin, a group, or a stake (lives, health, the future). Returns the range from "every"/"each" to the victim.
    /// "Every day we wait for the bus" charges no loss.
    /// </summary>
    public static (int Start, int End)? DelayAsLossAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        if (Norm(i) is not ("every" or "each")) return null;
        var k = i + 1;
        if (Norm(k) is "single" or "passing" or "additional" or "extra" or "further" or "more") k++;
        if (k >= sentence.EndToken || TimeScale.RankOf(tokens[k]) is null) return null;
        k++;
        if (Norm(k) == "of" && DelayNouns.Contains(Norm(k + 1))) k += 2;
        else if (DelayVerbAfterSubject(tokens, sentence, k) is int verb) k = verb + 1;
        else return null;
        for (var loss = k; loss < sentence.EndToken && loss - k <= LossReach; loss++)
        {
            if (tokens[loss].Text is ";" or ":" || tokens[loss].Kind == TokenKind.Dash) return null;
            if (!Losses.Contains(tokens[loss].Norm)) continue;
            for (var victim = loss + 1; victim < sentence.EndToken && victim - loss <= LossReach; victim++)
            {
                if (tokens[victim].Text is ";" or ":" or ",") break;
                if (IsVictim(tokens[victim])) return (i, victim + 1);
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "Gambling with the tenants' safety", "toying with our lives", "playing with patients' health": a verb of
    /// staking recklessly, "with", up to three possessive words, and a stake (lives, safety, health, the future).
    /// "Playing with the children" names no stake. Returns the range from the verb to the stake.
    /// </summary>
    public static (int Start, int End)? GambleWithStakeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Gambles.Contains(tokens[i].Norm) || i + 2 >= sentence.EndToken || tokens[i + 1].Norm != "with") return null;
        for (var k = i + 2; k < sentence.EndToken && k - (i + 2) <= 3 && tokens[k].IsWord; k++)
        {
            if (Stakes.Contains(tokens[k].Norm)) return (i, k + 1);
            if (!IsPossessiveWord(tokens[k])) return null;
        }
        return null;
    }

    /// <summary>Most words of the subject between the unit and its verb of delay ("every week the school board waits").</summary>
    private const int SubjectReach = 3;

    /// <summary>"we wait", "the council delays", "that passes": a short subject and a verb of delay from <paramref name="k"/>; the verb's index.</summary>
    private static int? DelayVerbAfterSubject(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var verb = k + 1; verb < sentence.EndToken && verb - k <= SubjectReach && tokens[verb - 1].IsWord; verb++)
            if (IsDelayVerb(tokens[verb].Norm)) return verb;
        return null;
    }

    private static bool IsDelayVerb(string norm) =>
        DelayVerbs.Contains(norm) || norm.EndsWith('s') && DelayVerbs.Contains(norm[..^1]);

    private static bool IsVictim(Token token)
    {
        var norm = WithoutPossessive(token.Norm);
        return Stakes.Contains(norm) || VictimGroups.Contains(norm) || Vocabulary.IsKinNoun(token with { Norm = norm });
    }

    /// <summary>"our", "their", "the", "children's", "patients'", "other": words that can stand before a stake as its owner.</summary>
    private static bool IsPossessiveWord(Token token) =>
        token.Norm is "our" or "their" or "your" or "his" or "her" or "its" or "my" or "the" or "other" or "people's" or "everyone's" or "'s"
        || token.Norm.EndsWith("'s", StringComparison.Ordinal) || token.Norm.EndsWith("s'", StringComparison.Ordinal);

    private static string WithoutPossessive(string norm) =>
        norm.EndsWith("'s", StringComparison.Ordinal) ? norm[..^2] : norm.EndsWith("s'", StringComparison.Ordinal) ? norm[..^1] : norm;
}
