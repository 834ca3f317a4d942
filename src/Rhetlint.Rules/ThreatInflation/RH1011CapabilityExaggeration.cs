using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// RH1011 — capability exaggeration.
///
/// What it does: flags an actor's capability inflated in the writer's voice: a magnitude word before a capability
/// noun it owns ("Varn's vast arsenal", "a massive Kestrian cyber army"), an omnipotence predicate ("Kestria's
/// hackers are unstoppable", "the Kestrian army is ten feet tall"), or a limitless ability ("its missiles can now
/// incinerate any city at will", "can shut down the grid whenever it likes", "can wipe us off the map").
/// Lexicons: <c>capability_nouns.txt</c>, <c>omnipotence_terms.txt</c>.
///
/// Why is this bad? The "Red Juggernaut", the "Missile Gap" and the "ten-feet-tall" enemy are the classic
/// inflations of capability: size and reach asserted instead of counted.
///
/// Example: Varn's vast arsenal of hypersonic missiles can strike anywhere on the continent.
/// Use instead: Varn fields about 40 hypersonic missiles with a range of 1,500 km, according to the 2024 Harlow Military Balance.
///
/// Not flagged: a number with a unit or a citation in the same or next sentence, capabilities with no owner
/// ("the team's offense looked unstoppable"), negated, quoted or reported claims. A hedge ("could") or a question
/// lowers it to a suggestion.
/// </summary>
public sealed class RH1011CapabilityExaggeration : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1011",
        "Capability exaggeration",
        "'{0}' inflates what the adversary can do; give numbers, ranges and a source",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer describes an actor's forces or weapons as vast, unstoppable or able to strike anything at will, with no figure or citation.",
        helpLinkUri: RuleCategories.HelpUri("RH1011"),
        customTags: EvidenceWindow.NextSentence.Tag);

    private static readonly Lazy<TaggedLexicon> Terms = new(() => TaggedLexicon.Load("omnipotence_terms"));
    private static readonly Lazy<PhraseList> Magnitudes = new(() => Terms.Value.Phrases("MAGNITUDE"));
    private static readonly Lazy<PhraseList> Omnipotence = new(() => Terms.Value.Phrases("OMNIPOTENT"));
    private static readonly Lazy<PhraseList> Reaches = new(() => Terms.Value.Phrases("REACH"));

    /// <summary>Verbs of striking, reaching or disabling whose ability, made limitless, is an omnipotence claim.</summary>
    private static readonly FrozenSet<string> StrikeVerbs = new[]
    {
        "strike", "hit", "reach", "destroy", "incinerate", "obliterate", "annihilate", "wipe", "flatten", "level", "shut", "switch", "take",
        "knock", "black", "cripple", "paralyse", "paralyze", "penetrate", "hack", "target", "sink", "overwhelm", "disable", "cut", "bring",
        "kill", "erase", "turn", "blind", "jam", "infiltrate", "crush", "defeat", "overrun", "conquer", "invade",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ModalAdverbs = new[] { "now", "already", "easily", "simply", "soon", "effortlessly", "also", "even", "still" }.ToFrozenSet(StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var actors = document.Actors;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if ((MagnitudeClaimAt(actors, tokens, sentence, i) ?? PredicateClaimAt(actors, tokens, sentence, i) ?? AbilityClaimAt(actors, tokens, sentence, i)) is not (int start, int end)) continue;
            // "Varn's vast arsenal … can strike anywhere" is one inflated capability: one finding.
            for (var k = end; k < sentence.EndToken && k - end <= 4; k++)
                if (AbilityClaimAt(actors, tokens, sentence, k) is (_, int abilityEnd)) end = abilityEnd;
            if (document.Voices[i] != Voice.Author || document.Voices[end - 1] != Voice.Author || document.IsNegated(i)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Magnitude, start, end)).Strength >= EvidenceStrength.Medium) continue;

            var span = document.SpanOf(start, end);
            var lowered = document.IsHedged(end - 1) || tokens[i].Norm == "could" || ClaimScope.EndsWithQuestion(tokens, sentence);
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
    /// "Kestria's hackers are unstoppable", "the Kestrian army is ten feet tall": an owned capability noun at
    /// <paramref name="i"/>, "is/are", and an omnipotence predicate. A listed state alone may be the subject too.
    /// </summary>
    private static (int Start, int End)? PredicateClaimAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        var subjectEnd = ThreatAgents.CapabilityAt(tokens, i, end) is > 0 and var noun && OwnerBefore(actors, tokens, sentence, i) ? i + noun
            : actors.Match(tokens.AsSpan(0, end), i) is { Class: not ActorClass.Group } actor && tokens[i].IsCapitalized ? i + actor.Length
            : -1;
        if (subjectEnd < 0 || subjectEnd >= end || tokens[subjectEnd].Norm is not ("is" or "are" or "seems" or "seem" or "remains" or "remain")) return null;
        var k = subjectEnd + 1;
        while (k < end && tokens[k].Norm is "now" or "simply" or "virtually" or "practically" or "effectively" or "all" or "but" or "truly" or "utterly") k++;
        return Omnipotence.Value.LongestAt(tokens, k, end) is > 0 and var omnipotent ? (i, k + omnipotent) : null;
    }

    /// <summary>
    /// "its missiles can now incinerate any city at will", "Kestria could shut down the grid whenever it likes": a
    /// "can/could" at <paramref name="i"/> whose subject is a capability or an actor, a striking verb, and a marker
    /// that makes the reach limitless. Returns the range from the modal to the last marker.
    /// </summary>
    public static (int Start, int End)? AbilityClaimAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("can" or "could") || !HasCapableSubject(actors, tokens, sentence, i)) return null;
        var verb = i + 1;
        while (verb < end && ModalAdverbs.Contains(tokens[verb].Norm)) verb++;
        if (verb >= end || !StrikeVerbs.Contains(tokens[verb].Norm)) return null;
        var claimEnd = -1;
        for (var k = verb + 1; k < end && k - verb <= 8; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Norm is "but" or "although" or "if" or "unless") break;
            if (Reaches.Value.LongestAt(tokens, k, end) is not (> 0 and var length)) continue;
            // "any" and "every" need their noun ("any American city"); the rest are whole markers ("at will").
            claimEnd = tokens[k].Norm is "any" or "every" ? NounRunEnd(tokens, sentence, k + 1) : k + length;
            k = claimEnd - 1;
        }
        return claimEnd > 0 ? (i, claimEnd) : null;
    }

    private static bool HasCapableSubject(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        for (var k = modal - 1; k >= sentence.FirstToken && modal - k <= 6; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return false;
            if (ThreatAgents.CapabilityAt(tokens, k, modal) > 0) return true;
            // A state or its capital; "Terrorists could strike anywhere" is ubiquity (RH1012), not a state's capability.
            if (actors.Match(tokens.AsSpan(0, modal), k) is { Class: not ActorClass.Group } && tokens[k].IsCapitalized) return true;
            // "it can shut down the grid whenever it likes": a pronoun whose antecedent the sentence makes a threat.
            if (tokens[k].Norm is "regime" or "enemy" or "adversary" or "it" or "they" && ThreatReferents.InSentence(actors, tokens, sentence)) return true;
        }
        return false;
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

    /// <summary>The end of the noun phrase after "any"/"every": up to three words, stopping at prepositions ("any city at will").</summary>
    private static int NounRunEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var j = k;
        while (j < sentence.EndToken && j - k < 3 && tokens[j].IsWord && tokens[j].Norm is not ("at" or "in" or "on" or "within" or "whenever" or "and" or "or" or "with" or "from" or "by"))
            j++;
        return j;
    }
}
