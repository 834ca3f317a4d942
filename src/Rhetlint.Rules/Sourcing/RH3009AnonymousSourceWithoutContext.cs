using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3009 — anonymous source without access or reason.</summary>
public sealed class RH3009AnonymousSourceWithoutContext : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        SeverityNote = "suggestion when access and reason are given",
        WhatItDoes = """
            Flags an anonymous source — "a source said", "security sources say", "a senior official told reporters",
            "officials said", "my contacts in the ministry say", "according to people familiar with the matter", "a diplomat who attended the talks", "port
            bosses privately concede" — and says what the attribution lacks:

            - **how the source knows** ("who attended", "familiar with", "who has seen", "briefed on"), and
            - **why anonymity was granted** ("speaking on condition of anonymity because …", "who asked not to be named
              because …").

            Plural sources with no count get a note: Reuters asks writers never to make one source plural. A source
            phrase with two cues ("One official, speaking to reporters, said …") is one source and gets one finding, and
            a source after another attribution in the same sentence ("An aide said the deal is dead, according to a
            source") is judged too. A person introduced as anonymous by a relative clause is a source wherever the phrase
            stands, with or without a reporting verb: "I spoke to a croupier who asked not to be named." Staff of a named body who
            tell the writer are the writer's unnamed interviewees: "Nurses at the Brenmoor Clinic told me the ward will close."
            A case put to the writer names its agent as the source, as "was said to me by" does: "The case for closing the
            depot was put to us by insiders at the council" ("put to members", "put to the vote" report nothing).
            """,
        WhyIsThisBad = """
            Anonymous material is the weakest sourcing there is. AP, NPR, the New York Times and Reuters require the
            story to say how an anonymous source knows and why anonymity was granted; the New York Times' 2010 memo
            warns against boilerplate reasons.
            """,
        MoreSections =
        [
            new("Severity", """
                | access | reason | severity |
                |---|---|---|
                | no | none | warning; **error** under the `news` profile (the default) when the source is bare ("a source", "sources") |
                | yes | none | warning |
                | no | specific | warning |
                | yes | boilerplate only ("not authorized to speak") | warning |
                | no | boilerplate only | suggestion |
                | yes | specific | suggestion — still reported, because anonymous material needs an editor's approval |
                """),
        ],
        NotFlagged = """
            - A spokesperson or representative ("a spokeswoman for Northline Rail", "a ministry spokesman"): they speak
              on the record for their organization.
            - A named group of professionals speaking in public ("economists at the Harlow Institute said", "Treasury
              economists said"), unless they are people named by where they live ("residents of the Carrow estate say",
              "villagers in Penmarric say": a place is no body that speaks for them), or the sentence puts them off the record ("privately"), gives a reason for anonymity, or has them tell the writer
              ("nurses at the Brenmoor Clinic told me", "engineers at Vastra Grid told this paper"): the writer's own unnamed
              interviewees are anonymous whichever body they work for. A group whose only description is how it knows names
              no body and is flagged: "engineers who were briefed on the inspection say".
            - Officials described by their field whose body the next sentence names as its speaker: "state health
              officials said. The Varn Department of Health said the clinic would close" (the field word recurs,
              capitalized, in the named source). "Health officials said" with no body named after it is flagged.
            - The source is inside a direct quotation.
            - The source acts rather than speaks ("an official rejected the proposal", "two officials pleaded guilty"), or
              announces an act rather than a claim ("officials announced a new ring road", "authorities announced the
              closure of the pier"; "officials announced on Monday that the pier would close" reports a claim).
            - The source is a share of a group ("31 per cent of the union's members said", "half of Brenmoor's nurses
              said"): a survey's result, not a person who spoke. A count is still a source: "three officials said".
            - The source attacks a person's character: RH3010 reports that instead.
            - "Who declined to be named" in another sense of naming ("named in the will", "named as a suspect"), or
              describing a named person ("Ana Ruiz, a croupier who asked not to be named").
            """,
        Examples = ["[[A source says]] the minister will resign within days."],
        UseInstead =
        [
            """
            Cabinet secretary Mara Holt told reporters on Monday that the minister will resign within days.
            """,
        ],
        UseInsteadNote = """
            If the source cannot be named, say how they know and why anonymity was granted: "A cabinet aide who attended
            Monday's meeting, speaking on condition of anonymity because the talks are secret, said the minister will
            resign within days." That is still reported, as a suggestion, for an editor's approval.
            """,
        Rewrite = """
            A display-only template:
            `a [role] who [how they know], speaking on condition of anonymity because [specific reason],`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3009",
        "Anonymous source lacks access or reason",
        "'{0}' is an anonymous source; {1}",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An anonymous source is quoted without saying how they know or why they were not named.",
        helpLinkUri: RuleCategories.HelpUri("RH3009"));

    /// <summary>Reasons in form only: the boilerplate the New York Times' 2010 memo warns against.</summary>
    private static readonly HashSet<string> RoteReasonStarts = new(StringComparer.Ordinal) { "not", "was", "were" };

    public static readonly RuleOption<bool> RequireReason = RuleOption.Bool("RH3009", "require_reason", true,
        "Whether the story must say why anonymity was granted. A newsroom whose policy is that stated access is enough sets `false`: an anonymous "
        + "source whose access is given is then a suggestion for an editor, whatever the reason, and a source without access is asked only how it "
        + "knows (a bare \"a source said\" is still an error in news copy).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override ImmutableArray<RuleOption> SupportedOptions => [RequireReason];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        Reason? sentenceReason = null;
        var requireReason = context.Options.Get(RequireReason);
        foreach (var frame in document.FramesIn(sentence))
        {
            var reason = sentenceReason ??= ReasonFor(document, sentence);
            if (!IsAnonymous(document, frame, reason) || !SourceFrames.IsAuthorAttribution(document, frame)) continue;
            if (SourceFrames.IsAnonymousAttack(document, frame) || SourceFrames.IsActionNotClaim(document, frame) || SourceFrames.IsShareOfGroup(document, frame)) continue;
            // "state health officials said. The Varn Department of Health said …": the next sentence names their body.
            if (BodyNamedNext.Names(document, frame)) continue;

            var access = Vocabulary.SourceAccessCues.OccursIn(document.Tokens, frame.SourceStart, frame.SourceEnd);
            var severity = (reason is Reason.Specific || !requireReason) && access || reason is Reason.Rote && !access ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            // News copy (RULES.md §1): a bare "a source said", with neither access nor reason, blocks publication.
            if (frame.Speaker == SpeakerClass.AnonymousBare && !access && reason == Reason.None && context.Profile == GenreProfile.News)
                severity = DiagnosticSeverity.Error;
            var span = SourceFrames.AttributionSpan(document, frame);
            var template = Rewrite.Template("Say how they know and why they are anonymous", document.SpanOf(frame.SourceStart, frame.SourceEnd),
                "a [role] who [how they know], speaking on condition of anonymity because [specific reason],");
            context.Report(Descriptor, severity, span, [template], document.Excerpt(span), Missing(document, frame, access, reason, requireReason));
        }
        foreach (var (start, end) in SourcesIntroducedAsAnonymous(document, sentence))
        {
            var span = document.SpanOf(start, end);
            var template = Rewrite.Template("Say how they know and why they are anonymous", span,
                "a [role] who [how they know], speaking on condition of anonymity because [specific reason],");
            context.Report(Descriptor, DiagnosticSeverity.Warning, span, [template], document.Excerpt(span), "say how the source knows");
        }
    }

    /// <summary>
    /// "I spoke to a ferry pilot who asked not to be identified": an indefinite person (any noun: "who" makes it one) whose relative clause says they would
    /// not be named is an anonymous source wherever the phrase stands, with or without a reporting verb of its own. A
    /// phrase that already heads an attribution frame is judged with that frame.
    /// </summary>
    private static IEnumerable<(int Start, int End)> SourcesIntroducedAsAnonymous(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var who = sentence.FirstToken + 2; who < sentence.EndToken - 1; who++)
        {
            if (tokens[who].Norm != "who") continue;
            var reasonLength = Vocabulary.AnonymityReasons.LongestAt(tokens, who + 1, sentence.EndToken);
            if (reasonLength == 0) continue;
            // "who" says the head is a person, whatever the noun ("a signaller", "a croupier"); a name is no anonymous source.
            if (!tokens[who - 1].IsWord || tokens[who - 1].IsCapitalized) continue;
            if (IndefiniteStart(tokens, sentence, who - 1) is not int start) continue;
            var end = who + 1 + reasonLength;
            // "declined to be named in the will", "named as a suspect", "named after her aunt": another sense of naming.
            if (end < sentence.EndToken && tokens[end].Norm is "in" or "as" or "after" or "to" or "on") continue;
            // "Ana Ruiz, a ferry pilot who asked not to be identified": the appositive describes a named person.
            if (start - 2 >= sentence.FirstToken && tokens[start - 1].Text == "," && tokens[start - 2].IsCapitalized) continue;
            // The phrase's own frame ("a trader who declined to be named said …") is judged above; the "asked" of "who
            // asked not to be named" is the relative clause, not a report.
            if (HasOwnFrame(document, sentence, start, end, who)) continue;
            yield return (start, end);
        }
    }

    /// <summary>Whether a frame's source overlaps the phrase with its cue outside the relative clause (a loop: a lambda in the caller was a closure per token).</summary>
    private static bool HasOwnFrame(DocumentModel document, Sentence sentence, int start, int end, int who)
    {
        foreach (var f in document.FramesIn(sentence))
            if (f.SourceStart < end && start < f.SourceEnd && (f.CueToken < who || f.CueToken >= end)) return true;
        return false;
    }

    /// <summary>The "a"/"an"/"one" that opens the noun phrase of <paramref name="head"/>, over at most three lower-case modifiers.</summary>
    private static int? IndefiniteStart(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        for (var k = head - 1; k >= sentence.FirstToken && head - k <= 4; k--)
        {
            if (FunctionWords.IndefiniteSingular.Contains(tokens[k])) return k;
            if (!tokens[k].IsWord || tokens[k].IsCapitalized && k > sentence.FirstToken) return null;
        }
        return null;
    }

    private static bool IsAnonymous(DocumentModel document, AttributionFrame frame, Reason reason)
    {
        if (frame.Speaker == SpeakerClass.AnonymousBare) return true;
        if (frame.Speaker != SpeakerClass.AnonymousDescribed) return false;
        var head = document.Tokens[frame.SourceHeadEnd - 1];
        // Documents ("court documents", "police reports") are judged by the research and hearsay rules, not as people.
        if (Vocabulary.IsSpokesperson(head) || Vocabulary.IsDocumentNoun(head) || Vocabulary.IsPluralDocumentNoun(head)) return false;
        // A named group of professionals ("economists at the Harlow Institute") speaks in public unless the sentence says otherwise.
        if (Vocabulary.IsPluralRoleNoun(head) && !Vocabulary.IsAnonymousSourceNoun(head) && !AccessOnlyGroups.NamesNoBody(document, frame)
            && !PlacedCrowds.Are(document, frame))
            return IsOffTheRecord(document, frame) || reason != Reason.None;
        return true;
    }

    private static bool IsOffTheRecord(DocumentModel document, AttributionFrame frame)
    {
        for (var i = frame.SourceEnd; i <= frame.CueToken && i < document.Tokens.Length; i++)
            if (FunctionWords.AnonymityAdverbs.Contains(document.Tokens[i])) return true;
        return SourceFrames.TellsTheWriter(document.Tokens, frame.CueToken);
    }

    private enum Reason { None, Rote, Specific }

    /// <summary>The reason for anonymity given in the sentence: "because …" after any cue makes it specific.</summary>
    private static Reason ReasonFor(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var found = Reason.None;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var length = Vocabulary.AnonymityReasons.LongestAt(tokens, k, sentence.EndToken);
            if (length == 0) continue;
            var rote = RoteReasonStarts.Contains(tokens[k].Norm) && !HasBecauseAfter(tokens, sentence, k + length);
            if (!rote) return Reason.Specific;
            found = Reason.Rote;
        }
        return found;
    }

    private static bool HasBecauseAfter(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from < 8; k++)
            if (tokens[k].Norm is "because" or "since") return true;
        return false;
    }

    private static string Missing(DocumentModel document, AttributionFrame frame, bool access, Reason reason, bool requireReason)
    {
        var plural = document.Tokens[frame.SourceHeadEnd - 1].Norm.EndsWith('s') && frame.Speaker == SpeakerClass.AnonymousBare && !SourceFrames.IsCounted(document, frame)
            ? "; if there are several, say how many"
            : "";
        var what = (access, reason) switch
        {
            (false, _) when !requireReason => "say how the source knows",
            (true, _) when !requireReason => "access is given; an editor should still approve it",
            (false, Reason.None) => "say how the source knows and why they were not named",
            (false, _) => "say how the source knows",
            (true, Reason.None) => "say why the source was not named",
            (true, Reason.Rote) => "the reason for anonymity is boilerplate; give the specific reason",
            _ => "access and reason are given; an editor should still approve it",
        };
        return what + plural;
    }
}
