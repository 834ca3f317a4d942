using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What belongs to the writer's community claimed by an agent (issue 16, the blind sets' misses): the agent is said to
/// be coming for it ("they're coming for your home", "coming for every home on your street") or to want it under its
/// own control ("want every reservoir in the shire under their control"). The object is the reader's or the writer's side's ("your home", "our island", a universal ending on
/// "your"/"our"), or, for the wish, all of a kind across a whole place ("every reservoir in the shire") or the place itself
/// ("the old town"). The claim imputes an aim at what the community holds; the holder is read by the rule.
/// </summary>
internal static class ClaimsOnCommunity
{
    /// <summary>Nouns of holding something in one's power after "under"/"in" + "their"/"its" ("under their control", "in its grip").</summary>
    private static readonly FrozenWordSet HoldNouns = new[] { "control", "grip", "grasp", "thumb", "hands", "pocket", "power", "sway" }.ToFrozenWordSet();

    /// <summary>Forms of "be" before "coming for" ("are coming", "has been coming"), and "they" with its enclitic ("they're coming").</summary>
    private static readonly FrozenWordSet BeForms = new[] { "is", "are", "was", "were", "been", "they're" }.ToFrozenWordSet();

    /// <summary>How many words a set may run before the place that bounds it ("every pit and quarry in the land").</summary>
    private const int SetWords = 5;

    /// <summary>How many words an object may run before "under"/"as" ("every reservoir in the shire under …").</summary>
    private const int ObjectWords = 8;

    /// <summary>
    /// "they're coming for your home", "are coming after our pensions", "coming for every home on your street": a be
    /// form at <paramref name="i"/>, "coming"/"going" with "for"/"after" ("going" with "after" only), and the
    /// audience's own ("you", "us", "your"/"our" + noun, or a universal ending on them), with no time after it.
    /// Returns the object's end, or null. A plural of people or a place is no such object: a campaign is "coming for
    /// every vote in the county".
    /// </summary>
    public static int? ComingForEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!BeForms.Contains(tokens[i]) || i + 3 >= end) return null;
        var verb = tokens[i + 1].Norm;
        var particle = tokens[i + 2].Norm;
        if (!(verb == "coming" && particle is "for" or "after" || verb == "going" && particle == "after")) return null;
        var target = i + 3;
        var objectEnd = tokens[target].Norm is "you" or "us" or "your" or "our"
            ? AudienceIntentFrames.AudienceEnd(tokens, target, end)
            : IntentFrames.TotalClaimOnAudienceEnd(tokens, target, end);
        return objectEnd is int after && !IsScheduled(tokens, after, end) && !FairClaims.Covers(tokens, target, after) ? after : null;
    }

    /// <summary>How many words after the object a time may stand and make the visit a schedule ("on Tuesday").</summary>
    private const int ScheduleWords = 3;

    /// <summary>
    /// Whether a time follows the object within <see cref="ScheduleWords"/> words ("coming for your recycling on
    /// Tuesday", "at four", "tomorrow"): a collection or a visit kept to a schedule is a service, not a threat.
    /// </summary>
    private static bool IsScheduled(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end && k - start < ScheduleWords && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number); k++)
            if (NounTypes.Of(tokens[k]) is NounType.Time || tokens[k].Kind == TokenKind.Number) return true;
        return false;
    }

    /// <summary>
    /// "want every reservoir in the shire under their control", "wants our harbour in its grip", "want the whole town under
    /// their thumb": a wish (want) at <paramref name="i"/> whose object is the audience's own, all of a kind across a
    /// whole place or the place itself, then "under"/"in" + "their"/"its" + a noun of holding: the community's thing
    /// put in the holder's power. Returns the end of that phrase, or null. "wants every pupil to read by seven" hands
    /// nothing to the holder; "wants our town square as their main stage" is left out, since what the thing is wanted
    /// "as" decides (a festival's stage, a firm's laboratory) and no class of those nouns tells them apart.
    /// </summary>
    public static int? AppropriationEnd(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("want" or "wants" or "wanted") || i + 1 >= end) return null;
        var target = i + 1;
        if (tokens[target].Norm is not ("our" or "your" or "every" or "all" or "the" or "this")) return null;
        for (var k = target + 1; k + 2 < end && k - target <= ObjectWords && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is not ("under" or "in") || tokens[k + 1].Norm is not ("their" or "its") || !HoldNouns.Contains(tokens[k + 2])) continue;
            return IsCommunityObject(tokens, target, k) ? k + 3 : null;
        }
        return null;
    }

    /// <summary>
    /// "every pit and quarry in the land", "every pub in the county": all of a kind across a whole place
    /// whose head is a place of work or of common life — a structure, an artifact, a unit or a place by its WordNet type
    /// — as a closure's object. "every tax loophole in the country" is a rule, which a regulator closes. The end of
    /// the place, or null.
    /// </summary>
    public static int? WorkplacesAcrossPlaceEnd(ImmutableArray<Token> tokens, int start, int end) =>
        UniversalAcrossPlaceEnd(tokens, start, end, out var head) is int across && NounTypes.Of(tokens[head]) is NounType.Structure or NounType.Artifact or NounType.Group or NounType.Location
            ? across
            : null;

    /// <summary>
    /// Payments for the use of what the payer does not own or exacted by force (WordNet's rent.n.02 "a payment … by the
    /// lessee to an owner for use of some property", tribute.n "payment by one nation for protection by another",
    /// ransom, protection money): what a community is made to hand over, not a price it pays for goods.
    /// </summary>
    private static readonly FrozenWordSet TributeNouns = new[] { "rent", "rents", "tribute", "ransom", "protection" }.ToFrozenWordSet();

    /// <summary>Verbs of paying another, in any form ("pays", "paying", "owe"): the community made a payer.</summary>
    private static readonly FrozenWordSet PayVerbs = new[] { "pay", "owe" }.SelectMany(Inflections.VerbForms).ToFrozenWordSet();

    /// <summary>How many words may stand between the place and the payment, and between the payment and "to" ("is paying rent to").</summary>
    private const int TributeWords = 3;

    /// <summary>
    /// "until every tenant in Marrow County is paying rent to an offshore trust", "until every starter flat in this
    /// borough pays rent to a fund": all of a kind across a whole place (<see cref="UniversalAcrossPlaceEnd(ImmutableArray{Token}, int, int)"/>)
    /// made to pay another rent or tribute ("pay", "owe" + a <see cref="TributeNouns"/> noun + "to"). The end state of
    /// a relentless drive is then the whole community's tribute, a harm though no harm verb names it; "until every
    /// household pays a fair price to its water company" is a purchase. Whether such a clause starts at <paramref name="start"/>.
    /// </summary>
    /// <summary>Whether <paramref name="token"/> names rent or tribute (<see cref="TributeNouns"/>).</summary>
    public static bool IsTributeNoun(Token token) => TributeNouns.Contains(token);

    /// <summary>Whether <paramref name="token"/> is a form of paying another ("pay", "owes").</summary>
    public static bool IsPayVerb(Token token) => PayVerbs.Contains(token);

    public static bool IsTributeAt(ImmutableArray<Token> tokens, int start, int end)
    {
        if (UniversalAcrossPlaceEnd(tokens, start, end) is not int place) return false;
        for (var k = place; k < end && k - place <= TributeWords && tokens[k].IsWord; k++)
        {
            if (!PayVerbs.Contains(tokens[k])) continue;
            var tribute = false;
            for (var m = k + 1; m < end && m - k <= TributeWords + 1 && tokens[m].IsWord; m++)
            {
                tribute |= TributeNouns.Contains(tokens[m]);
                if (tokens[m].Norm == "to") return tribute;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) is the audience's own ("our harbour", "your street"),
    /// all of a kind across a whole place (<see cref="UniversalAcrossPlaceEnd"/>) or a place of people ("the old
    /// town", "this county").
    /// </summary>
    private static bool IsCommunityObject(ImmutableArray<Token> tokens, int start, int end)
    {
        if (tokens[start].Norm is "our" or "your") return true;
        if (tokens[start].Norm is "every" or "all") return UniversalAcrossPlaceEnd(tokens, start, end) == end;
        return AudienceIntentFrames.IsPlaceOfPeople(tokens[end - 1]);
    }

    /// <summary>
    /// "every pit and quarry in the land", "every starter flat in this borough", "all the wells in the shire", "every
    /// farm in Marrow County", "every bakery in Wessex": a universal at <paramref name="start"/>, a set of
    /// up to <see cref="SetWords"/> words and a place that bounds it — "in"/"across"/"throughout" + a polity or a
    /// locality (<see cref="AudienceIntentFrames.IsPlaceOfPeople"/>: "the county", "this city") or a capitalised name
    /// of a place. All of a kind across a whole place is a total scope. Returns the end of the place, or null: "every
    /// loophole in the tax code" names no place.
    /// </summary>
    public static int? UniversalAcrossPlaceEnd(ImmutableArray<Token> tokens, int start, int end) => UniversalAcrossPlaceEnd(tokens, start, end, out _);

    /// <summary>As <see cref="UniversalAcrossPlaceEnd(ImmutableArray{Token}, int, int)"/>, with the set's head, the word before the place's preposition.</summary>
    public static int? UniversalAcrossPlaceEnd(ImmutableArray<Token> tokens, int start, int end, out int head)
    {
        head = -1;
        if (start + 1 >= end || tokens[start].Norm is not ("every" or "all" or "each")) return null;
        for (var k = start + 1; k + 1 < end && k - start <= SetWords + 1 && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is not ("in" or "across" or "throughout")) continue;
            head = k - 1;
            var place = k + 1;
            if (tokens[place].Norm is "the" or "this" or "our" or "your" or "their") place++;
            if (place >= end || !tokens[place].IsWord) return null;
            if (!tokens[place].IsCapitalized)
                return AudienceIntentFrames.IsPlaceOfPeople(tokens[place]) ? place + 1 : null;
            // "in Marrow County", "in Wessex": a name, its head a locality or a place by its WordNet type.
            var name = place;
            while (name + 1 < end && name - place < 2 && tokens[name + 1].IsWord && tokens[name + 1].IsCapitalized) name++;
            return AudienceIntentFrames.IsPlaceOfPeople(tokens[name]) || NounTypes.Of(tokens[name]) is NounType.Location ? name + 1 : null;
        }
        return null;
    }
}
