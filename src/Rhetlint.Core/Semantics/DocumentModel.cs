using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Syntax;

using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The syntax model plus what every rule needs to know about it, computed once per document: the voice of
/// each token, attribution frames, evidence items, and negation/hedge scope. Evidence is linked to a claim on
/// request (<see cref="EvidenceFor"/>).
/// </summary>
public sealed class DocumentModel
{
    private readonly ILookup<int, AttributionFrame> _framesBySentence;
    /// <summary>The same frames sorted once (stably) by cue: a rule reading them in text order sorts nothing per sentence.</summary>
    private readonly ILookup<int, AttributionFrame> _framesBySentenceInCueOrder;
    private readonly ImmutableArray<QuoteAttribution?> _quotationSpeakers;
    private readonly ImmutableDictionary<AttributionFrame, AttributionFrame> _hostedFrames;
    /// <summary>For each sentence, where its items start in <see cref="EvidenceItems"/> (one extra entry: the end).</summary>
    private readonly int[] _itemStarts;

    private DocumentModel(string path, ProseDocument syntax, ImmutableArray<Voice> voices, ImmutableArray<AttributionFrame> frames,
        ImmutableArray<EvidenceItem> evidence, ImmutableArray<QuoteAttribution?> quotationSpeakers,
        ImmutableDictionary<AttributionFrame, AttributionFrame> hostedFrames, ActorGazetteer actors, ImmutableArray<SentenceMood> moods)
    {
        _hostedFrames = hostedFrames;
        Actors = actors;
        Moods = moods;
        _quotationSpeakers = quotationSpeakers;
        Path = path;
        Syntax = syntax;
        Voices = voices;
        Frames = frames;
        EvidenceItems = evidence;
        _framesBySentence = frames.ToLookup(f => f.SentenceIndex);
        _framesBySentenceInCueOrder = frames.OrderBy(f => f.CueToken).ToLookup(f => f.SentenceIndex);
        _itemStarts = new int[syntax.Sentences.Length + 1];
        for (int s = 0, i = 0; s <= syntax.Sentences.Length; s++)
        {
            while (i < evidence.Length && evidence[i].SentenceIndex < s) i++;
            _itemStarts[s] = i;
        }
    }

    public string Path { get; }
    public ProseDocument Syntax { get; }
    public SourceText Source => Syntax.Source;
    public ImmutableArray<Token> Tokens => Syntax.Tokens;
    /// <summary>The voice of each token, parallel to <see cref="Tokens"/>.</summary>
    public ImmutableArray<Voice> Voices { get; }
    public ImmutableArray<AttributionFrame> Frames { get; }
    /// <summary>Every evidence item of the document (links, citations, sources, datasets, records, figures), by sentence.</summary>
    public ImmutableArray<EvidenceItem> EvidenceItems { get; }

    /// <summary>What each sentence does — asserts, asks, or asks to assert — parallel to <see cref="ProseDocument.Sentences"/>.</summary>
    public ImmutableArray<SentenceMood> Moods { get; }

    public SentenceMood MoodOf(Sentence sentence) => Moods[sentence.Index];

    /// <summary>Whether the sentence is a question of any kind, genuine or rhetorical: its claims are softened.</summary>
    public bool IsQuestion(Sentence sentence) => Moods[sentence.Index] != SentenceMood.Statement;

    /// <summary>
    /// The actor gazetteer of this document: the shipped actors, those its configuration adds, and the company, party
    /// and gang names the text itself introduces ("Harbrook Holdings" … "Harbrook", <see cref="ActorGazetteer.WithNamesIntroducedIn"/>).
    /// </summary>
    public ActorGazetteer Actors { get; }

    /// <param name="lexicons">The lists configuration extends (actors, outlets); the shipped ones when null.</param>
    public static DocumentModel Build(string path, ProseDocument syntax, DocumentLexicons? lexicons = null)
    {
        var tokens = syntax.Tokens;
        // A running depth count marks quoted tokens in one pass, however many quotations overlap.
        var depthChange = new int[tokens.Length + 1];
        foreach (var quotation in syntax.Quotations)
        {
            var end = quotation.CloseToken ?? LastTokenBefore(tokens, quotation.Span.End);
            depthChange[quotation.OpenToken]++;
            depthChange[end + 1]--;
        }
        var quoted = new bool[tokens.Length];
        for (int i = 0, depth = 0; i < tokens.Length; i++)
        {
            depth += depthChange[i];
            quoted[i] = depth > 0;
        }

        var names = new NameEvidence(syntax, lexicons ?? DocumentLexicons.Default);
        var frames = AttributionFinder.Find(syntax, quoted, names);
        var voices = new Voice[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            if (quoted[i]) voices[i] = Voice.Quoted;
        var reportedChange = new int[tokens.Length + 1];
        foreach (var frame in frames)
        {
            // The writer's own and everyone's claims ("as any pilot would tell you, …") stay the writer's.
            if (frame.Speaker is SpeakerClass.Author or SpeakerClass.Universal || frame.Content.IsEmpty) continue;
            var (first, last) = (syntax.TokenIndexAt(frame.Content.Start), syntax.TokenIndexAt(frame.Content.End - 1));
            if (first < 0 || last < first) continue;
            reportedChange[first]++;
            reportedChange[last + 1]--;
            // The speaker and the verb of ", she said," are the writer's telling, not the speaker's words.
            if (frame.Parenthetical is { } aside)
            {
                reportedChange[syntax.TokenIndexAt(aside.Start)]--;
                reportedChange[syntax.TokenIndexAt(aside.End - 1) + 1]++;
            }
        }
        for (int i = 0, depth = 0; i < tokens.Length; i++)
        {
            depth += reportedChange[i];
            if (depth > 0 && voices[i] == Voice.Author) voices[i] = Voice.Reported;
        }
        MarkResearchFindings(syntax, voices, names.Actors, frames);
        // "Q: …", "BRENN: …": a transcript's speaker turn is its speaker's words, verbatim, as a quotation is.
        Mark(voices, SpeakerTurns.TokenRanges(syntax), Voice.Quoted);
        // "…, saying:" at a line's end: the next line is the speaker's block, set off without quotation marks.
        Mark(voices, BlockQuotations.TokenRanges(syntax), Voice.Reported);
        // The writer's own words that are someone's perception, or that the writer rejects, are not assertions.
        Mark(voices, PerceptionFinder.Find(syntax), Voice.Perceived);
        Mark(voices, RebuttalFinder.Find(syntax, voices), Voice.Rebutted);
        // "the report's claim that …", "widely described as …": content whose source is a noun or an agentless passive,
        // after the perceptions and rebuttals, which the writer's words about such content ("reject the claim that …") keep.
        Mark(voices, ReportedComplements.Find(syntax, frames), Voice.Reported);
        var hosted = ContactRelatives.Hosted(syntax, frames, names);
        var uses = QuotationSpeakers.Resolve(syntax, frames, hosted, names);
        foreach (var quotation in syntax.Quotations)
        {
            if (!uses.Mentioned[quotation.Index]) continue;
            var end = quotation.CloseToken ?? LastTokenBefore(tokens, quotation.Span.End);
            for (var i = quotation.OpenToken; i <= end; i++) voices[i] = Voice.Mention;
        }
        return new DocumentModel(path, syntax, [.. voices], frames, EvidenceFinder.Find(syntax, frames, names), uses.Speakers, hosted,
            names.Actors.WithNamesIntroducedIn(tokens), SentenceMoods.Classify(syntax));
    }

    /// <summary>
    /// What research is said to show is the research's claim, as what experts are said to say is theirs (the annotation
    /// guidelines' general rule 1: a vague source draws one finding, on the attribution, and its content is left alone).
    /// An appeal coordinated after an earlier report ("toxicologists believe X, and a widening set of studies ties
    /// them to Y") is a second attribution the writer adds, not more of the first source's words: its subject and verb
    /// are the writer's again.
    /// </summary>
    private static void MarkResearchFindings(ProseDocument syntax, Voice[] voices, ActorGazetteer actors, ImmutableArray<AttributionFrame> frames)
    {
        var tokens = syntax.Tokens;
        foreach (var report in AttributionFinder.ResearchReports(syntax, actors, frames))
        {
            var (appeal, sentence) = (report.Appeal, syntax.Sentences[report.SentenceIndex]);
            if (voices[appeal.Start] == Voice.Reported && SubjectCues.OpensCoordinateClause(tokens, sentence, appeal.Start))
                for (var i = appeal.Start; i <= appeal.Verb; i++)
                    if (voices[i] == Voice.Reported) voices[i] = Voice.Author;
            for (var i = report.ContentFirst; i < report.ContentEnd; i++)
                if (voices[i] == Voice.Author) voices[i] = Voice.Reported;
        }
    }

    private static void Mark(Voice[] voices, List<(int First, int End)> ranges, Voice voice)
    {
        foreach (var (first, end) in ranges)
            for (var i = first; i < end; i++)
                if (voices[i] == Voice.Author) voices[i] = voice;
    }

    public Sentence SentenceOf(int token) => Syntax.SentenceOfToken(token);

    public IEnumerable<AttributionFrame> FramesIn(Sentence sentence) => _framesBySentence[sentence.Index];

    /// <summary>The frames of <paramref name="sentence"/> by cue token, in text order (frames on one cue as <see cref="FramesIn"/> lists them).</summary>
    public IEnumerable<AttributionFrame> FramesInCueOrder(Sentence sentence) => _framesBySentenceInCueOrder[sentence.Index];

    /// <summary>
    /// The frame as a quotation next door would read its speaker: for a pronoun reporting inside a contact relative
    /// clause ("Farmers I spoke to were blunt."), the clause's host as source; otherwise the frame itself.
    /// </summary>
    public AttributionFrame AsSpeakerOfQuotationNextDoor(AttributionFrame frame) => _hostedFrames.GetValueOrDefault(frame, frame);

    /// <summary>
    /// Who speaks a top-level quotation and where the text says so, or null: a quotation nobody is said to speak,
    /// a nested one, or one whose words are mentioned (<see cref="IsMention"/>).
    /// </summary>
    public QuoteAttribution? QuotationSpeaker(int quotationIndex) => _quotationSpeakers[quotationIndex];

    /// <summary>Whether the quotation's words are mentioned (a term, a title, a nickname) rather than spoken.</summary>
    public bool IsMention(Quotation quotation) => Voices[quotation.OpenToken] == Voice.Mention;

    /// <summary>The evidence items of one sentence, in document order.</summary>
    public ReadOnlySpan<EvidenceItem> EvidenceIn(int sentenceIndex) =>
        EvidenceItems.AsSpan()[_itemStarts[sentenceIndex].._itemStarts[sentenceIndex + 1]];

    /// <summary>
    /// The evidence in <paramref name="window"/> around the claim that bears on it, each link with its reason, and
    /// what was found there but does not bear on it. Rules ask through <c>NodeContext.EvidenceFor</c>, which reads
    /// the window from the rule's descriptor.
    /// </summary>
    public ClaimEvidence EvidenceFor(Claim claim, EvidenceWindow window) => EvidenceLinker.Link(this, claim, window);

    public bool IsNegated(int token) => ScopeCues.Negation.Value.Governs(Tokens.AsSpan(), SentenceOf(token).FirstToken, token);

    public bool IsHedged(int token) => ScopeCues.Hedge.Value.Governs(Tokens.AsSpan(), SentenceOf(token).FirstToken, token);

    /// <summary>The negation cue governing <paramref name="token"/> as a token range (first, end exclusive), for explaining a decision.</summary>
    public (int First, int End)? NegationCueOf(int token) => ScopeCues.Negation.Value.GoverningCue(Tokens.AsSpan(), SentenceOf(token).FirstToken, token);

    /// <summary>The hedge cue governing <paramref name="token"/> as a token range (first, end exclusive), for explaining a decision.</summary>
    public (int First, int End)? HedgeCueOf(int token) => ScopeCues.Hedge.Value.GoverningCue(Tokens.AsSpan(), SentenceOf(token).FirstToken, token);

    /// <summary>The text of a span on one line (line breaks and runs of spaces collapsed), for messages.</summary>
    public string Excerpt(TextSpan span)
    {
        // Every message calls it: one pass over the span, no word array. An HTML page is quoted as its reader sees it,
        // entities decoded and tags left out (its masked prose without fillers).
        var prose = Syntax.Prose;
        var text = prose.Format == DocumentFormat.Html ? MarkupFiller.Strip(prose.Masked.Substring(span.Start, span.Length)) : Source.ToString(span);
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    public TextSpan SpanOf(int firstToken, int endToken) => TextSpan.FromBounds(Tokens[firstToken].Span.Start, Tokens[endToken - 1].Span.End);

    private static int LastTokenBefore(ImmutableArray<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.Start < position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
