using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1011 — capability exaggeration.</summary>
public sealed class RH1011CapabilityExaggeration : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags an actor's capability inflated in the writer's voice:
            - a magnitude word before a capability noun that an actor owns: "Varn's vast arsenal", "a massive Kestrian
              cyber army";
            - an omnipotence predicate: "Kestria's hackers are unstoppable", "the Kestrian army is ten feet tall", "is a
              juggernaut";
            - a limitless ability: "its missiles can now incinerate any city at will", "could shut down the grid
              whenever they like", "can wipe us off the map", "can strike anywhere", a link the reader depends on
              severed at the force's pleasure ("a cable that Russia can sever whenever it likes", "could snip our power
              lines any time it wants"); also by a speed or sweep idiom,
              in any domain: "Kestria's hackers can shut down the harbour cranes in an afternoon", "their botnet could
              empty our bank accounts overnight", "can clear our skies in a single night";
            - a speed or sweep idiom (`SPEED`: "in an afternoon", "overnight", "in a single year", "at a stroke") after a
              verb of ruin ("wipe out", "shut down", "cripple") for any other threat: a company, a party, a criminal
              group, a disease, a cyber attack ("Harbrook Holdings could wipe out every small grocer in a single year",
              "a cyberattack could shut down the port in an afternoon"). Their reach markers ("anywhere", "every")
              stay RH1012's;
            - a harm with no limit of object or manner, whoever holds it: "can/could", a verb of harm — forgery
              (fabricate, fake, forge, clone), intrusion (hack, hijack, breach) or ruin (destroy, wipe, cripple) — with a
              free-choice object ("any judge") and a second free-choice word in its clause ("anything", "anywhere", "any
              contract", or the holder's pleasure, "at will"): "voice-cloning software can now fake any judge saying
              anything", "the exploit kit can hijack any account from anywhere", "the new models can break into any
              bank's network at will" ("break" is intrusion only with its "into"), a force whose verb is no strike too:
              "their hackers can break into any hospital's records at will";
            - "capable of" and a gerund, read as "can": "Varn's drone fleet is capable of striking any port at will".

            Capability may be stated in a separate clause from its owner: "It"/"They" + "can" right after a sentence
            that names an owned capability ("Kestria's engineers have finished a new drone fleet. It can clear our
            skies in a single night."), and the owner may be the subject of a verb of having or fielding a force
            before the magnitude word (has, fields, wields, commands, boasts, has amassed, has built up): "Pyongyang now
            fields a vast arsenal of drones", "the Orvo cartel has amassed an enormous army of enforcers".

            Capability stated as certain arrival, in any domain: a threat — a capability ("tanks", "missiles"), an
            adversary, or a threat that is brought in (armed force, terror, crime, cyber attack, disease, poison: "the
            virus", "the gangs") heading the subject — then "will/could/can", a verb of
            arrival ("be in", "reach", "be at the gates of") and a deadline in its clause ("within three days", "in a
            matter of hours", "by spring", "before nightfall"): "Russian tanks will be in Harlow within three days",
            "the virus could reach every ward by Friday" (a "could" or "can" lowers it to a suggestion).

            Capability stated as sufficiency, for any threat: one small act said to be enough for a catastrophe, "all it
            takes/would take to" or "it (only) takes one/a single … to" before a catastrophic outcome — a verb
            catastrophic by itself, a destructive verb with a large object or with a group, an institution or a place as
            its object, or a verb of causing or starting before a catastrophe noun: "one doctored video is all it takes to
            topple a government", "it only takes one careless lab worker to start the next pandemic" (a "would" or
            "could" lowers it to a suggestion). The one act may also be said to be enough, or to be the agent of a
            passive ruin of something large or collective: "a single failed harvest would be enough to ruin the whole
            county", "the whole town can be wiped out by a single storm".

            The owner is a gazetteer actor or a name written as one ("Kestria's", "Kestrian"). A magnitude claim
            followed by an ability claim is one finding.
            """,
        WhyIsThisBad = """
            The "Red Juggernaut", the "Missile Gap" and the "ten-feet-tall" enemy are the classic inflations of
            capability: size and reach asserted instead of counted.
            """,
        NotFlagged = """
            - a number with a unit, or a citation, in the same or next sentence;
            - capabilities with no owner ("the team's offense looked unstoppable", "the vast army of volunteers"), and a
              possession that is no force or no magnitude ("Kestria has a vast coastline", "Kestria fields a new army"),
              and a collective whose "of" names no force ("Kestria has a vast fleet of fishing boats");
            - ordinary speed ("the plant can switch its line in a day", "the app can reach any user overnight": not a
              capability noun); for a threat that is no force, a verb that is no ruin ("Harbrook can cut prices
              overnight", "can reach every shop overnight"), a condition ("could shut down the plant overnight if sales
              fall"), or seconds and minutes ("the toxin can kill in minutes");
            - a product's reach, with one universal or a verb of use ("the app can open any file", "a good locksmith can
              crack any safe", "the editor can play any clip from anywhere", "the pump is capable of emptying any tank"),
              a "break" that is no intrusion ("can break any record at will"), and the writer's or the reader's side ("we
              can clone any voice saying anything for the radio play");
            - negated, quoted or reported claims;
            - a passive ruin of a collective that no community owns ("the entire season's data can be wiped out by a
              single power cut");
            - discretion of a holder that is no force ("the cat comes in whenever it likes", "tenants can disconnect the
              meter whenever they like");
            - arrival forecasts with a named source — a forecaster, an agency, a model ("the storm will reach the
              coast within 48 hours, the weather service said"); the deadline's own figure is no support, a figure
              elsewhere neither; the writer's side ("our troops will be home by Christmas"); a threat noun that only
              modifies the subject ("the flu vaccine will be in pharmacies within two weeks"); weather, climate and the
              economy, which plain news forecasts every day ("the heatwave will be in the south by Friday");
            - a sufficiency with no catastrophe ("all it takes to make a great loaf", "all it takes to ruin a souffle",
              "one pull of the cord is all it takes to shut down the whole conveyor": a universal quantifier alone is a
              machine's reach), or told of the past ("all it took to end the strike was a phone call", "one bad season
              was enough to relegate the club"); "a single dose is enough to protect you for a decade" names no
              catastrophe, "every file can be destroyed by a single keystroke" ruins nothing collective.

            A hedge ("could") or a question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "[[Varn's vast arsenal of hypersonic missiles can strike anywhere]] on the continent.",
            "[[Russian tanks will be in Harlow within three days]].",
            "Harbrook Holdings [[could wipe out every small grocer in a single year]].",
            "Voice-cloning software [[can now fake any judge saying anything]].",
            "One doctored video is [[all it takes to topple a government]].",
        ],
        UseInstead =
        [
            """
            Varn fields about 40 hypersonic missiles with a range of 1,500 km, according to the 2024 Harlow Military
            Balance.
            """,
        ],
        Rewrite = "Display-only template `[actor] has [number] [systems] with a range of [range] ([source])`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1011",
        "Capability exaggeration",
        "'{0}' inflates what the adversary can do; give numbers, ranges and a source",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer describes an actor's forces or weapons as vast, unstoppable or able to strike anything at will, with no figure or citation.",
        helpLinkUri: RuleCategories.HelpUri("RH1011"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    private static readonly Lazy<TaggedLexicon> Terms = new(() => TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms"));
    private static readonly Lazy<PhraseList> Magnitudes = new(() => Terms.Value.Phrases("MAGNITUDE"));
    private static readonly Lazy<PhraseList> Omnipotence = new(() => Terms.Value.Phrases("OMNIPOTENT"));
    private static readonly Lazy<PhraseList> Possession = new(() => Terms.Value.Phrases("POSSESS"));
    private static readonly Lazy<PhraseList> ForceMembers = new(() => Terms.Value.Phrases("FORCE-OF"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var actors = document.Actors;
        var previous = sentence.Index > 0 && document.Syntax.Sentences[sentence.Index - 1] is var before && before.ParagraphIndex == sentence.ParagraphIndex ? before : null;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var (arrival, modal) = (false, false);
            if ((MagnitudeClaimAt(actors, tokens, sentence, i) ?? PossessedMagnitudeAt(actors, tokens, sentence, i) ?? PredicateClaimAt(actors, tokens, sentence, i) ?? AbilityClaims.At(actors, tokens, sentence, i, previous)) is not (int start, int end))
            {
                if (AbilityClaims.ArrivalAt(actors, tokens, sentence, i) is var (from, to)) (start, end, arrival) = (from, to, true);
                else if (SufficiencyClaims.At(actors, tokens, sentence, i) is var (claimEnd, hedged)) (start, end, modal) = (i, claimEnd, hedged);
                else continue;
            }
            // "Varn's vast arsenal … can strike anywhere" is one inflated capability: one finding.
            for (var k = end; k < sentence.EndToken && k - end <= 4; k++)
                if (AbilityClaims.At(actors, tokens, sentence, k) is (_, int abilityEnd)) end = abilityEnd;
            if (document.Voices[i] != Voice.Author || document.Voices[end - 1] != Voice.Author || document.IsNegated(i)) continue;
            // A forecast carries its own deadline, a figure that measures nothing of the threat: only a source (a
            // forecaster, an agency, a named model) bears on it.
            var evidence = arrival ? context.EvidenceFor(Descriptor, new Claim(ClaimKind.Prediction, start, end)) : context.EvidenceFor(Descriptor, new Claim(ClaimKind.Magnitude, start, end));
            if (evidence.Strength >= (arrival ? EvidenceStrength.Strong : EvidenceStrength.Medium)) continue;

            var span = document.SpanOf(start, end);
            var lowered = document.IsHedged(end - 1) || tokens[i].Norm == "could" || modal || arrival && AbilityClaims.HasHedgingModal(tokens, start, end) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("Replace the image with numbers and a source", span,
                "[actor] has [number] [systems] with a range of [range] ([source])");
            context.Report(Descriptor, lowered ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>
    /// "Varn's vast arsenal", "the vast Kestrian arsenal", "the regime's massive new army": a magnitude word at
    /// <paramref name="i"/> (or the owner before it) and an owned capability noun within four words.
    /// </summary>
    private static (int Start, int End)? MagnitudeClaimAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        // The claim needs a magnitude word here or after an owner here: two probes, before the costlier owner lookup.
        if (Magnitudes.Value.LongestAt(tokens, i, end) == 0 && Magnitudes.Value.LongestAt(tokens, i + 1, end) == 0) return null;
        var magnitude = i;
        var owned = false;
        if (ThreatAgents.IsOwner(actors, tokens, sentence, i) && i + 1 < end)
        {
            magnitude = i + 1;
            owned = true;
        }
        if (Magnitudes.Value.LongestAt(tokens, magnitude, end) is not (> 0 and var length)) return null;
        for (var k = magnitude + length; k < end && k - magnitude <= 4 && tokens[k].IsWord; k++)
        {
            if (ThreatAgents.CapabilityAt(tokens, k, end) is > 0 and var noun)
                return owned ? (i, k + noun) : null;
            owned |= ThreatAgents.IsOwner(actors, tokens, sentence, k);
        }
        return null;
    }

    /// <summary>
    /// "Pyongyang now fields a vast arsenal of drones", "the cartel has amassed an enormous army of enforcers": the owner
    /// at <paramref name="i"/> as the subject of a verb of having or fielding (POSSESS), then a magnitude word and a
    /// capability noun, as <see cref="MagnitudeClaimAt"/> reads them inside one noun phrase. The owner opens its clause
    /// (the sentence's start, after "the", a comma or a conjunction), so "the vast army that Kestria has" is not read twice.
    /// </summary>
    private static (int Start, int End)? PossessedMagnitudeAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (i > sentence.FirstToken && tokens[i - 1].IsWord && tokens[i - 1].Norm is not ("the" or "and" or "but" or "now" or "meanwhile" or "today")) return null;
        if (!ThreatAgents.IsOwner(actors, tokens, sentence, i) || tokens[i].Norm.EndsWith("'s", StringComparison.Ordinal)) return null;
        // The owner's whole name ("the Orvo cartel", "North Kestria"), as the gazetteer reads it, or its capitalized words.
        var k = actors.Match(tokens.AsSpan(0, end), i) is { } actor ? i + actor.Length : i + 1;
        while (k < end && tokens[k].IsWord && tokens[k].IsCapitalized) k++;
        while (k < end && tokens[k].Norm is "now" or "already" or "still" or "quietly" or "also") k++;
        if (Possession.Value.LongestAt(tokens, k, end) is not (> 0 and var verb)) return null;
        k += verb;
        if (k < end && tokens[k].Norm is "a" or "an" or "its" or "their") k++;
        if (Magnitudes.Value.LongestAt(tokens, k, end) is not (> 0 and var length)) return null;
        for (var n = k + length; n < end && n - k <= 4 && tokens[n].IsWord; n++)
            if (ThreatAgents.CapabilityAt(tokens, n, end) is > 0 and var noun)
                return n + noun < end && tokens[n + noun].Norm == "of" && !NamesForce(tokens, n + noun + 1, end) ? null : (i, n + noun);
        return null;
    }

    /// <summary>
    /// After "a vast network of", the complement decides whether a collective noun is a force: a capability noun or a
    /// member of one (FORCE-OF: "informers", "gunmen") within three words ("attack drones"); "delivery vans", "clinics"
    /// and "volunteers" are no force.
    /// </summary>
    private static bool NamesForce(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var n = start; n < end && n - start < 3 && tokens[n].IsWord; n++)
            if (ThreatAgents.CapabilityAt(tokens, n, end) > 0 || ForceMembers.Value.LongestAt(tokens, n, end) > 0) return true;
        return false;
    }

    /// <summary>
    /// "Kestria's hackers are unstoppable", "the Kestrian army is ten feet tall": an owned capability noun at
    /// <paramref name="i"/>, "is/are", and an omnipotence predicate. A listed state alone may be the subject too.
    /// </summary>
    private static (int Start, int End)? PredicateClaimAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        var subjectEnd = ThreatAgents.CapabilityAt(tokens, i, end) is > 0 and var noun && OwnerBefore(actors, tokens, sentence, i) ? i + noun
            : tokens[i].IsCapitalized && actors.Match(tokens.AsSpan(0, end), i) is { } actor && actor.Class.FieldsForces() ? i + actor.Length
            : -1;
        if (subjectEnd < 0 || subjectEnd >= end || tokens[subjectEnd].Norm is not ("is" or "are" or "seems" or "seem" or "remains" or "remain")) return null;
        var k = subjectEnd + 1;
        while (k < end && tokens[k].Norm is "now" or "simply" or "virtually" or "practically" or "effectively" or "all" or "but" or "truly" or "utterly") k++;
        return Omnipotence.Value.LongestAt(tokens, k, end) is > 0 and var omnipotent ? (i, k + omnipotent) : null;
    }

    private static bool OwnerBefore(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int noun)
    {
        for (var k = noun - 1; k >= sentence.FirstToken && noun - k <= 3; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (ThreatAgents.IsOwner(actors, tokens, sentence, k)) return true;
        }
        return false;
    }
}
