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
    private static readonly FrozenWordSet Openings = Context.Words("opening").ToFrozenWordSet();
    private static readonly FrozenWordSet Closings = Context.Words("closing").ToFrozenWordSet();
    private static readonly FrozenWordSet Drainings = Context.Words("draining").ToFrozenWordSet();
    private static readonly FrozenWordSet Speeds = Context.Words("speed").ToFrozenWordSet();
    private static readonly FrozenSet<string> DelayVerbs = Context.Words("delay");
    private static readonly FrozenSet<string> DelayNouns = Context.Words("delay-noun");
    private static readonly FrozenWordSet Losses = Context.Words("loss").ToFrozenWordSet();
    private static readonly FrozenWordSet Stakes = Context.Words("victim").ToFrozenWordSet();
    private static readonly FrozenSet<string> VictimGroups = Context.Words("victim-group");
    private static readonly FrozenWordSet Gambles = Context.Words("gamble").ToFrozenWordSet();
    private static readonly FrozenWordSet Sufferings = Context.Words("suffering").ToFrozenWordSet();
    private static readonly FrozenWordSet TimeUnits = Context.Words("time-unit").ToFrozenWordSet();
    private static readonly FrozenWordSet WindowNouns = Context.Words("window").ToFrozenWordSet();
    private static readonly FrozenSet<string> ActionVerbs = Context.Words("action");
    private static readonly FrozenSet<string> AvertVerbs = Context.Words("avert");

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
        if (!Openings.Contains(tokens[i])) return null;
        if (i + 1 < sentence.EndToken && tokens[i + 1].Norm == "of" && tokens[i].Norm is not ("window" or "windows")) return null;
        for (var k = i + 1; k + 1 < sentence.EndToken && k - i <= OpeningReach && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is not ("is" or "are")) continue;
            var verb = k + 1;
            if (Speeds.Contains(tokens[verb]) && verb + 1 < sentence.EndToken) verb++;
            if (Closings.Contains(tokens[verb])) return (i, verb + 1);
            if (Drainings.Contains(tokens[verb]) && verb + 1 < sentence.EndToken && tokens[verb + 1].Norm is "out" or "short" or "away" or "down")
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
        if (VictimSuffersAt(tokens, sentence, k) is int suffered) return (i, suffered);
        for (var loss = k; loss < sentence.EndToken && loss - k <= LossReach; loss++)
        {
            if (tokens[loss].Text is ";" or ":" || tokens[loss].Kind == TokenKind.Dash) return null;
            if (!Losses.Contains(tokens[loss])) continue;
            for (var victim = loss + 1; victim < sentence.EndToken && victim - loss <= LossReach; victim++)
            {
                if (tokens[victim].Text is ";" or ":" or ",") break;
                if (IsVictim(tokens[victim])) return (i, victim + 1);
            }
            return null;
        }
        return null;
    }

    /// <summary>Most words of the victim's phrase before its verb of suffering ("another small child is lost").</summary>
    private const int VictimReach = 3;

    /// <summary>
    /// "Every month the council stalls, another patient is lost", "each day we wait, more patients die": after the clause of
    /// delay and its comma, a main clause whose subject is a victim (kin, a group, "people") and whose verb is one of
    /// dying, suffering or being lost. The charge is the same as "a week taken from our children", with the victim as
    /// the subject. "Every day we wait, the file is lost" names no victim. Returns where the verb ends.
    /// </summary>
    private static int? VictimSuffersAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || tokens[k].Text != ",") return null;
        var victim = -1;
        for (var j = k + 1; j < sentence.EndToken && j - k <= VictimReach && tokens[j].IsWord; j++)
            if (IsVictim(tokens[j])) { victim = j; break; }
        if (victim < 0) return null;
        var verb = victim + 1;
        if (sentence.NormAt(tokens, verb) is "is" or "are" or "gets" or "get") verb++;
        if (verb >= sentence.EndToken || !Sufferings.Contains(tokens[verb])) return null;
        // The victim suffers with no object ("more people suffer", "a family is lost to the damp"); "people suffer the
        // same queues" names what they put up with, an inconvenience, not a harm.
        var after = verb + 1;
        return after >= sentence.EndToken || !tokens[after].IsWord || FunctionWords.Prepositions.Contains(tokens[after]) ? after : null;
    }

    /// <summary>Most words between the last period and the action it is the last one for ("the final decade in which anything can still be saved").</summary>
    private const int ActionReach = 7;

    /// <summary>
    /// "This is the final decade in which anything can still be saved", "we are the last generation that can stop the warming",
    /// "this session is the final window to fix the fund": a period or occasion (a time unit, a moment, a window)
    /// declared, after a present copula, the last or only one in which we can act — "to" and a verb of action, or
    /// "can"/"could" and one ("can be done", "can still act"). Like "our last chance", it is the urgency claim itself.
    /// "1998 was the final summer in which the club won" is history, "Sunday is the last day to see the show" a notice (no
    /// action). "To" and a verb is a window for averting a harm only with a verb of averting (stop, save, protect) and a
    /// stake or a threat in the sentence ("the final window to rescue our high streets"): "this is the final week to
    /// protect tender plants" and "the last month to change your tariff" are notices. Returns the range from the
    /// determiner to the action.
    /// </summary>
    public static (int Start, int End)? LastWindowAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        if (Norm(i) is not ("the" or "our") || i == sentence.FirstToken || Norm(i - 1) is not ("is" or "are" or "it's" or "this's" or "that's" or "we're")) return null;
        if (Norm(i + 1) is not ("last" or "final" or "only")) return null;
        var noun = i + 2;
        if (noun >= sentence.EndToken || !(TimeUnits.Contains(tokens[noun]) || WindowNouns.Contains(tokens[noun]))) return null;
        for (var k = noun + 1; k + 1 < sentence.EndToken && k - noun <= ActionReach && tokens[k].IsWord; k++)
        {
            if (Norm(k) == "to") return AvertVerbs.Contains(Norm(k + 1)) && HasStakeOrThreat(tokens, sentence) ? (i, k + 2) : null;
            if (Norm(k) is not ("can" or "could")) continue;
            for (var v = k + 1; v < sentence.EndToken && v - k <= 3 && tokens[v].IsWord; v++)
            {
                if (ActionVerbs.Contains(Norm(v))) return (i, v + 1);
                // "anything can be done", "the marsh can still be saved"
                if (Norm(v - 1) == "be" && (Norm(v) == "done" || IsActionParticiple(Norm(v)))) return (i, v + 1);
            }
            return null;
        }
        return null;
    }

    /// <summary>A threat noun, a victim or stake ("lives", "families"), or a thing all of us hold ("our high streets") in the sentence.</summary>
    private static bool HasStakeOrThreat(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Norm == "our" || IsVictim(tokens[k])) return true;
        return ThreatReferents.HasThreatNoun(tokens, sentence.FirstToken, sentence.EndToken);
    }

    /// <summary>"saved", "halted", "stopped": the past participle of a verb of action (regular forms, with a doubled consonant too).</summary>
    private static bool IsActionParticiple(string norm) =>
        norm.EndsWith("ed", StringComparison.Ordinal)
        && (ActionVerbs.Contains(norm[..^1]) || ActionVerbs.Contains(norm[..^2]) || norm.Length > 4 && norm[^3] == norm[^4] && ActionVerbs.Contains(norm[..^3]));

    /// <summary>
    /// "Gambling with the tenants' safety", "toying with our lives", "playing with patients' health": a verb of
    /// staking recklessly, "with", up to three possessive words, and a stake (lives, safety, health, the future).
    /// "Playing with the children" names no stake. Returns the range from the verb to the stake.
    /// </summary>
    public static (int Start, int End)? GambleWithStakeAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!Gambles.Contains(tokens[i]) || i + 2 >= sentence.EndToken || tokens[i + 1].Norm != "with") return null;
        for (var k = i + 2; k < sentence.EndToken && k - (i + 2) <= 3 && tokens[k].IsWord; k++)
        {
            if (Stakes.Contains(tokens[k])) return (i, k + 1);
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
        var norm = token.NormWithoutPossessive;
        return Stakes.Contains(norm) || VictimGroups.Contains(norm) || Vocabulary.IsKinNoun(token with { Norm = norm });
    }

    /// <summary>"our", "their", "the", "children's", "patients'", "other": words that can stand before a stake as its owner.</summary>
    private static bool IsPossessiveWord(Token token) =>
        token.Norm is "our" or "their" or "your" or "his" or "her" or "its" or "my" or "the" or "other" or "people's" or "everyone's" or "'s"
        || token.HasPossessiveEnding;
}
