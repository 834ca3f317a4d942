using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>What <see cref="QuotationSpeakers.Resolve"/> decides for each quotation, parallel to <see cref="ProseDocument.Quotations"/>.</summary>
internal readonly record struct QuotationUses(ImmutableArray<bool> Mentioned, ImmutableArray<QuoteAttribution?> Speakers);

/// <summary>
/// Decides for every quotation whether its words are mentioned (a term, a title, a nickname) and, for a
/// top-level quotation that is speech, who speaks it (RULES.md §3 M4, M8). Quotations are visited in document
/// order so that echoes and continuations can look back at what was already attributed. Words after a doubt
/// cue ("the so-called “Harbor Accord”") are never mentioned: the cue makes them scare quotes (RH3005).
/// </summary>
internal sealed class QuotationSpeakers
{
    /// <summary>Longest fragment checked as an echo: partial quotes are short, and the n-gram index stays linear.</summary>
    private const int MaxEchoWords = 12;
    /// <summary>
    /// Longest attributed quotation one of whose words, quoted alone, echoes it. A partial quote of a few words is the
    /// speaker's own choice of words, which the writer may quote back; one word lifted from a quoted sentence is not
    /// ("We need a deal with the unions by Friday," the secretary said … the mayor's “deal”): that is the writer's own
    /// scare quote.
    /// </summary>
    private const int MaxSingleWordEchoSource = 3;
    private const int MaxIndexedRuns = 100_000;

    /// <summary>How many frames of a sentence a quotation is compared with (real sentences have a handful).</summary>
    private const int MaxFramesPerSentence = 16;
    /// <summary>How far before a quotation a naming verb with an object may stand ("called the deal “a farce”").</summary>
    private const int MaxNamingVerbDistance = 8;
    /// <summary>Longest subject between a closing mark and its verb ("“…” the retired harbour master Ilse Brandt went on").</summary>
    private const int MaxSubjectTokens = 8;
    /// <summary>A dash line is a name, perhaps with an outlet and a date, not a sentence.</summary>
    private const int MaxDashLineTokens = 12;

    private static readonly Lazy<PhraseList> MentionCues = new(() => PhraseList.Load(LexiconStore.Engine, "mention_cues"));
    private static readonly Lazy<string[][]> WorkNouns = new(() =>
    [
        .. PhraseList.Load(LexiconStore.Engine, "work_nouns").Phrases.SelectMany(p => new[] { p, [.. p[..^1], Vocabulary.Plural(p[^1])] }),
    ]);

    /// <summary>Short words a title may leave in lower case ("Greatest Hits of the Year").</summary>
    private static readonly HashSet<string> TitleFunctionWords =
        ["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "per"];

    private static readonly HashSet<string> ObjectPronouns = ["it", "this", "that", "them", "itself", "themselves", "him", "her", "me", "us"];

    private readonly ProseDocument _document;
    private readonly NameEvidence _names;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ILookup<int, AttributionFrame> _framesBySentence;
    private readonly ImmutableDictionary<AttributionFrame, AttributionFrame> _hosted;
    private readonly bool[] _mentioned;
    private readonly QuoteAttribution?[] _speakers;
    /// <summary>Every run of up to <see cref="MaxEchoWords"/> words inside an attributed quotation, with the first quotation that holds it.</summary>
    private readonly Dictionary<string, int> _attributedWordRuns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _mentionedTexts = new(StringComparer.Ordinal);
    /// <summary>The last directly attributed quotation of each paragraph, which a following quote paragraph may continue.</summary>
    private readonly Dictionary<int, QuoteAttribution> _continuable = [];
    private int[]? _lastWordOfSentence;

    private QuotationSpeakers(ProseDocument document, ImmutableArray<AttributionFrame> frames, ImmutableDictionary<AttributionFrame, AttributionFrame> hosted, NameEvidence names)
    {
        _hosted = hosted;
        _document = document;
        _names = names;
        _tokens = document.Tokens;
        _framesBySentence = frames.ToLookup(f => f.SentenceIndex);
        _mentioned = new bool[document.Quotations.Length];
        _speakers = new QuoteAttribution?[document.Quotations.Length];
    }

    /// <param name="hosted">Frames reported from a relative clause, with its host as source (<see cref="ContactRelatives.Hosted"/>).</param>
    public static QuotationUses Resolve(ProseDocument document, ImmutableArray<AttributionFrame> frames, ImmutableDictionary<AttributionFrame, AttributionFrame> hosted, NameEvidence names)
    {
        var resolver = new QuotationSpeakers(document, frames, hosted, names);
        foreach (var quotation in document.Quotations) resolver.Visit(quotation);
        return new QuotationUses([.. resolver._mentioned], [.. resolver._speakers]);
    }

    private void Visit(Quotation quotation)
    {
        // An unclosed mark (RH0002) runs to its paragraph's end: it is neither mentioned nor attributed, and reading it
        // would make a run of stray marks quadratic.
        if (quotation.CloseToken is null) return;
        var words = ContentWords(quotation);
        var sentence = _document.SentenceOfToken(quotation.OpenToken);
        var namingFrame = NamingVerbFrame(quotation, sentence, out var namedWithoutSpeaker);
        var doubted = quotation.OpenToken > sentence.FirstToken && EndsWithCue(quotation.OpenToken - 1, sentence, Vocabulary.DoubtCues.Phrases);
        if (!doubted && (namedWithoutSpeaker || IsMentionedByCue(quotation, sentence) || IsTitle(quotation, sentence, words)
            || words.Length > 0 && _mentionedTexts.Contains(string.Join(' ', words))))
        {
            _mentioned[quotation.Index] = true;
            if (words.Length > 0) _mentionedTexts.Add(string.Join(' ', words));
            return;
        }
        if (quotation.Depth > 0) return;

        var attribution = SameSentence(quotation, namingFrame) ?? Echo(words) ?? DashLine(quotation) ?? Citation(quotation) ?? Adjacent(quotation) ?? CommunicationVerbBeside(quotation) ?? Continuation(quotation);
        _speakers[quotation.Index] = attribution;
        if (attribution is null) return;
        if (attribution.Kind != QuoteAttributionKind.Continuation)
            _continuable[quotation.LastParagraph] = attribution;
        IndexWordRuns(words, attribution.EchoOf ?? quotation.Index);
    }

    private QuoteAttribution? SameSentence(Quotation quotation, AttributionFrame? namingFrame)
    {
        var last = LastSentence(quotation);
        AttributionFrame? covering = null;
        for (var s = _document.SentenceOfToken(quotation.OpenToken).Index; s <= last; s++)
            foreach (var frame in _framesBySentence[s].Take(MaxFramesPerSentence))
            {
                if (frame.QuotationIndex == quotation.Index) return FromFrame(QuoteAttributionKind.SameSentence, frame);
                if (covering is null && frame.Content.Length > 0 && frame.Content.OverlapsWith(quotation.ContentSpan)) covering = frame;
            }
        covering ??= namingFrame;
        return covering is null ? null : FromFrame(QuoteAttributionKind.SameSentence, covering);
    }

    private QuoteAttribution? Echo(string[] words)
    {
        if (words.Length is 0 or > MaxEchoWords || !_attributedWordRuns.TryGetValue(string.Join(' ', words), out var source)) return null;
        var original = _speakers[source]!;
        return original with { Kind = QuoteAttributionKind.Echo, EchoOf = source };
    }

    /// <summary>"“…” — Ilse Brandt, Harbor Gazette": on the quotation's own line, or as the next paragraph.</summary>
    private QuoteAttribution? DashLine(Quotation quotation)
    {
        if (AfterClosingMark(quotation) is not var (paragraph, next, paragraphEnd)) return null;
        if (next < paragraphEnd)
        {
            // Quotes listed one per line ("“…” ― Name") share a paragraph: the dash line ends at the line break.
            var lineEnd = next + 1;
            while (lineEnd < paragraphEnd && lineEnd - next <= MaxDashLineTokens && !StartsLine(lineEnd)) lineEnd++;
            return lineEnd - next <= MaxDashLineTokens ? DashLineAt(next, lineEnd) : null;
        }
        if (paragraph.Index + 1 >= _document.Paragraphs.Length) return null;
        var following = _document.Paragraphs[paragraph.Index + 1];
        if (following.SentenceCount == 0) return null;
        var start = _document.Sentences[following.FirstSentence].FirstToken;
        var end = ParagraphEndToken(following);
        return end - start <= MaxDashLineTokens ? DashLineAt(start, end) : null;
    }

    /// <summary>
    /// The quotation's paragraph, the first token after its closing mark and the full stop or comma that may follow it
    /// (where a dash line or a citation starts), and the paragraph's end; null for an unclosed quotation.
    /// </summary>
    private (Paragraph Paragraph, int Next, int ParagraphEnd)? AfterClosingMark(Quotation quotation)
    {
        if (quotation.CloseToken is not int close) return null;
        var paragraph = _document.Paragraphs[_document.SentenceOfToken(close).ParagraphIndex];
        var paragraphEnd = ParagraphEndToken(paragraph);
        var next = close + 1;
        while (next < paragraphEnd && _tokens[next].Text is "." or ",") next++;
        return (paragraph, next, paragraphEnd);
    }

    private bool StartsLine(int token)
    {
        var source = _document.Source;
        for (var p = _tokens[token - 1].Span.End; p < _tokens[token].Span.Start; p++)
            if (source[p] == '\n') return true;
        return false;
    }

    /// <summary>
    /// A dash, or a hyphen touching the name ("”-Ilse Brandt"), then a capitalised word: a signature. A second dash on the
    /// line ("“Growth” — Lind's favourite word — won the day.") closes an aside in the writer's own sentence.
    /// </summary>
    private QuoteAttribution? DashLineAt(int dash, int end)
    {
        if (!IsSignatureDash(dash) || dash + 1 >= end || !_tokens[dash + 1].IsWord || !_tokens[dash + 1].IsCapitalized) return null;
        for (var k = dash + 1; k < end; k++)
            if (IsSignatureDash(k)) return null;
        var nameEnd = dash + 1;
        while (nameEnd < end && _tokens[nameEnd].Text != ",") nameEnd++;
        var name = TextSpan.FromBounds(_tokens[dash + 1].Span.Start, _tokens[nameEnd - 1].Span.End);
        var speaker = _tokens[dash + 1].Norm is "anonymous" or "unknown" ? SpeakerClass.VagueSingular : SpeakerClass.NamedPerson;
        return new QuoteAttribution(QuoteAttributionKind.DashLine, null, name, speaker);
    }

    private bool IsSignatureDash(int token) =>
        _tokens[token].Kind == TokenKind.Dash
        || _tokens[token].Text == "-" && token + 1 < _tokens.Length && _tokens[token + 1].Span.Start == _tokens[token].Span.End;

    /// <summary>
    /// "“…” (Reuters)", "“…” [The Harbor Gazette]", "“…” (Jonah 2:9)", "“…” (Lind, 2019)": a bracketed citation right
    /// after the closing mark, on the same line, or alone on the line or paragraph right under it, names the
    /// quotation's source. A stage direction or an editor's note is no source: "(Laughter)", "(sic)", "(emphasis
    /// added)", a bare "(2015)" (<see cref="IsCitation"/>).
    /// </summary>
    private QuoteAttribution? Citation(Quotation quotation)
    {
        if (AfterClosingMark(quotation) is not var (paragraph, open, paragraphEnd)) return null;
        if (open < paragraphEnd) return StartsLine(open) ? CitationLine(open, paragraphEnd) : CitationAt(open, paragraphEnd);
        if (paragraph.Index + 1 >= _document.Paragraphs.Length || _document.Paragraphs[paragraph.Index + 1] is not { SentenceCount: > 0 } following) return null;
        return CitationLine(_document.Sentences[following.FirstSentence].FirstToken, ParagraphEndToken(following));
    }

    /// <summary>Under the quotation, on a line of its own, the citation must be all the line says.</summary>
    private QuoteAttribution? CitationLine(int open, int end)
    {
        if (CitationAt(open, end) is not { } citation || CitationClose(open, end) is not int close) return null;
        for (var k = close + 1; k < end && !StartsLine(k); k++)
            if (_tokens[k].IsWord || _tokens[k].Kind == TokenKind.Number) return null;
        return citation;
    }

    private QuoteAttribution? CitationAt(int open, int end)
    {
        if (CitationClose(open, end) is not int close || !IsCitation(open + 1, close)) return null;
        return new QuoteAttribution(QuoteAttributionKind.Citation, null, TextSpan.FromBounds(_tokens[open + 1].Span.Start, _tokens[close - 1].Span.End), SpeakerClass.NamedDocument);
    }

    /// <summary>The bracket that closes the one at <paramref name="open"/>, within a dash line's length; null when <paramref name="open"/> opens none.</summary>
    private int? CitationClose(int open, int end)
    {
        var closing = _tokens[open].Text switch { "(" => ")", "[" => "]", _ => null };
        if (closing is null) return null;
        for (var k = open + 1; k < end && k - open <= MaxDashLineTokens; k++)
            if (_tokens[k].Text == closing) return k > open + 1 ? k : null;
        return null;
    }

    /// <summary>
    /// Whether the words in brackets cite a source: they open on a capitalised word and are written as a name (capitalised
    /// words, a title's function words, numbers, and . , : / - &amp;), and either one of the words is no common word
    /// ("Reuters", "Mother Jones", "NYT"), or "The" opens a title ("The Times"), or a number goes with a name (a chapter
    /// and verse, "Psalm 4:8"; a year, "Lind 2019"). Months and weekdays name no one: "(March 2019)" is a date. A common word alone, "(Laughter)", "(Applause.)", is a transcript's
    /// note, and lower case opens an editor's aside: "(sic)", "(emphasis added)".
    /// </summary>
    private bool IsCitation(int first, int end)
    {
        if (!_tokens[first].IsWord || !_tokens[first].IsCapitalized) return false;
        var named = false;
        var uncommon = false;
        var numbered = false;
        for (var k = first; k < end; k++)
        {
            var token = _tokens[k];
            if (token.IsWord)
            {
                if (!token.IsCapitalized && !TitleFunctionWords.Contains(token.Norm)) return false;
                if (!token.IsCapitalized || IsDateWord(token)) continue;
                named = true;
                uncommon |= !Vocabulary.IsCommonWord(token);
            }
            else if (token.Kind == TokenKind.Number) numbered = true;
            else if (token.Text is not ("." or "," or ":" or "/" or "-" or "&")) return false;
        }
        var titled = _tokens[first].Norm == "the" && end - first > 1 && _tokens[first + 1] is { IsWord: true, IsCapitalized: true };
        return uncommon || titled || numbered && named;
    }

    /// <summary>"(March 2019)", "(Tuesday)": a date says when, not who.</summary>
    private static bool IsDateWord(Token token) => FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token);

    /// <summary>
    /// A frame in the sentence before or after, within the paragraph; or a paragraph that ends "Brandt said:" before a
    /// quote paragraph. An unnamed group next door speaks no stand-alone quotation ("Tenants say the noise is
    /// constant. “Nobody here sleeps past five.”"): the quotation stays unattributed. The sentence before is nearer in
    /// the reading: when it attributes anything, the writer reporting their own doings in the sentence after ("… “The
    /// money is gone.” I wrote about it that night.") does not take the quotation from it.
    /// </summary>
    private QuoteAttribution? Adjacent(Quotation quotation)
    {
        var first = _document.SentenceOfToken(quotation.OpenToken);
        var paragraph = _document.Paragraphs[first.ParagraphIndex];
        var framesBefore = first.Index > paragraph.FirstSentence ? SpeakingFrames(first.Index - 1) : [];
        if (framesBefore.LastOrDefault(CanSpeakQuotation) is { } before)
            return FromFrame(QuoteAttributionKind.PreviousSentence, before);

        var last = LastSentence(quotation);
        var lastParagraph = _document.Paragraphs[_document.Sentences[last].ParagraphIndex];
        if (last + 1 < lastParagraph.EndSentence && SpeakingFrames(last + 1).FirstOrDefault(CanSpeakQuotation) is { } after
            && !(after.Speaker == SpeakerClass.Author && framesBefore.Count > 0))
            return FromFrame(QuoteAttributionKind.NextSentence, after);

        if (first.Index == paragraph.FirstSentence && paragraph.Index > 0 && _document.Paragraphs[paragraph.Index - 1] is { SentenceCount: > 0 } previous)
        {
            var introducing = _document.Sentences[previous.EndSentence - 1];
            if (_tokens[introducing.EndToken - 1].Text == ":" && _framesBySentence[introducing.Index].LastOrDefault(CanSpeakQuotation) is { } intro)
                return FromFrame(QuoteAttributionKind.PreviousSentence, intro);
        }
        return last + 1 == lastParagraph.EndSentence && PointsBack(last + 1) is { } pointing ? FromFrame(QuoteAttributionKind.NextSentence, pointing) : null;
    }

    /// <summary>
    /// A verb of communicating the frame finder does not read as attribution ("beamed", "touted", "continued", "stated"),
    /// right beside the quotation, whose subject is one voice (<see cref="IsOneVoice"/>): inverted right after the closing
    /// mark ("“…” beamed Ilse Brandt of Lisk."), after it with its subject ("“…” she gushed to the crowd."), in the sentence
    /// before in the same paragraph ("Brandt touted the plan. “…”"), or ending the paragraph a quote paragraph opens after
    /// ("Stated Brandt:", "Brandt went further in her speech."). News names the speaker of a verbatim quote with a far
    /// wider class of verbs than those that pass on a claim (issue 17). A group, "they", the writer, or a person doing
    /// anything but communicating ("Brandt left the hall. “…”") names no speaker.
    /// </summary>
    private QuoteAttribution? CommunicationVerbBeside(Quotation quotation)
    {
        var close = quotation.CloseToken!.Value;
        var last = _document.Sentences[LastSentence(quotation)];
        var after = close + 1;
        while (after < last.EndToken && _tokens[after].Text == ",") after++;
        // Only words that hand over to a tag ("“…,” / “…!” / “…?” beamed Brandt"): "“Growth” dominated the talk" is a noun phrase.
        if (after < last.EndToken && LastContentToken(quotation) is int end && _tokens[end].Text is "," or "!" or "?" or "…"
            && SpeakerAfterQuotation(quotation, last, after) is { } inverted)
            return FromFrame(QuoteAttributionKind.SameSentence, inverted);

        var first = _document.SentenceOfToken(quotation.OpenToken);
        var paragraph = _document.Paragraphs[first.ParagraphIndex];
        // A scare quote inside the writer's sentence ("the deal is a “pre-agreement”") is nobody's speech, whoever
        // spoke in the sentence before: only words that end a sentence of speech get a speaker from there.
        if (!IsSpokenSentence(quotation)) return null;
        if (first.Index > paragraph.FirstSentence)
            return SpeakerOfSentence(quotation, _document.Sentences[first.Index - 1]) is { } before ? FromFrame(QuoteAttributionKind.PreviousSentence, before) : null;
        if (first.FirstToken != quotation.OpenToken || paragraph.Index == 0
            || _document.Paragraphs[paragraph.Index - 1] is not { SentenceCount: > 0 } previous) return null;
        return SpeakerOfSentence(quotation, _document.Sentences[previous.EndSentence - 1]) is { } intro ? FromFrame(QuoteAttributionKind.Continuation, intro) : null;
    }

    /// <summary>Right after the closing mark: "beamed Ilse Brandt", or a short subject and the verb, "she gushed", "Brandt went on".</summary>
    private AttributionFrame? SpeakerAfterQuotation(Quotation quotation, Sentence sentence, int start)
    {
        var reader = new SourcePhraseReader(_document, sentence, _names);
        if (Vocabulary.IsCommunicationVerb(_tokens[start]) && reader.ReadAfter(start + 1) is { } inverted)
            return OneVoiceFrame(quotation, sentence, inverted, start);
        for (var verb = start + 1; verb < sentence.EndToken && verb - start <= MaxSubjectTokens; verb++)
        {
            if (!Vocabulary.IsCommunicationVerb(_tokens[verb])) continue;
            return reader.ReadBefore(verb) is { } subject && subject.Start == start ? OneVoiceFrame(quotation, sentence, subject, verb) : null;
        }
        return null;
    }

    /// <summary>
    /// The last verb of communicating in a sentence with one voice as its subject, or inverted at its start ("Stated
    /// Brandt:"). A sentence the frame finder read has had its say: "Okafor said …, but the inspector said …" is two
    /// speakers, and <see cref="Adjacent"/> and <see cref="Continuation"/> already decided.
    /// </summary>
    private AttributionFrame? SpeakerOfSentence(Quotation quotation, Sentence sentence)
    {
        if (_framesBySentence[sentence.Index].Any()) return null;
        var reader = new SourcePhraseReader(_document, sentence, _names);
        for (var verb = sentence.EndToken - 1; verb >= sentence.FirstToken; verb--)
        {
            if (!Vocabulary.IsCommunicationVerb(_tokens[verb]) || _tokens[verb].IsCapitalized && verb > sentence.FirstToken) continue;
            var subject = verb == sentence.FirstToken ? reader.ReadAfter(verb + 1) : reader.ReadBefore(verb);
            if (subject is { } phrase && !IsUnsaid(sentence, phrase) && OneVoiceFrame(quotation, sentence, phrase, verb) is { } frame) return frame;
        }
        return null;
    }

    /// <summary>A wish or a command says nothing yet: "May Saint Brigid intercede for us.", "Let Lind explain it."</summary>
    private bool IsUnsaid(Sentence sentence, SourcePhrase subject) =>
        subject.Start > sentence.FirstToken && _tokens[subject.Start - 1].Norm is "may" or "let";

    private AttributionFrame? OneVoiceFrame(Quotation quotation, Sentence sentence, SourcePhrase subject, int verb)
    {
        var frame = new AttributionFrame(sentence.Index, subject.Start, subject.HeadEnd, subject.End, verb, subject.Speaker, ContentSide.After, quotation.ContentSpan, quotation.Index);
        return IsOneVoice(frame) ? frame : null;
    }

    /// <summary>
    /// "“…” / That was said to me by a retired judge.", "“…” / That was how a neighbour put it.": a quote paragraph followed
    /// by a paragraph that opens with a demonstrative subject whose only reported content is that demonstrative — the
    /// sentence attributes what came before.
    /// </summary>
    private AttributionFrame? PointsBack(int sentenceIndex)
    {
        if (sentenceIndex >= _document.Sentences.Length) return null;
        var sentence = _document.Sentences[sentenceIndex];
        if (_document.Paragraphs[sentence.ParagraphIndex].FirstSentence != sentenceIndex
            || _tokens[sentence.FirstToken].Norm is not ("that" or "this" or "those" or "these")) return null;
        return _framesBySentence[sentenceIndex].FirstOrDefault(frame => frame.Side == ContentSide.Before && (frame.CueToken < frame.SourceStart || IsHowPutIt(frame))
            && frame.Content.Start == _tokens[sentence.FirstToken].Span.Start && CanSpeakQuotation(frame));
    }

    /// <summary>"That was how a neighbour put it": the source comes after "how", with the demonstrative as its content.</summary>
    private bool IsHowPutIt(AttributionFrame frame) => frame.SourceStart > 0 && _tokens[frame.SourceStart - 1].Norm == "how";

    private bool CanSpeakQuotation(AttributionFrame frame) => !frame.IsUnnamedGroup(_tokens);

    /// <summary>The frames of a sentence, each with the speaker a quotation next door would have (<see cref="ContactRelatives"/>).</summary>
    private List<AttributionFrame> SpeakingFrames(int sentenceIndex) =>
        [.. _framesBySentence[sentenceIndex].Take(MaxFramesPerSentence).Select(frame => _hosted.GetValueOrDefault(frame, frame))];

    /// <summary>
    /// A quote paragraph directly after a paragraph that names who is speaking inherits that speaker (AP: for one paragraph
    /// only). The speaker is the one the previous paragraph ends on: the speaker of its last sentence ("Brandt said the
    /// pier was unsafe.", "Brandt, asked about the pier, shrugged, saying it would hold.") when that sentence reports
    /// anything through one speaker, else the speaker of the paragraph's last attributed quotation (also when two sources
    /// share that sentence: "“…,” Gray recalled, as he said of …"). News runs a paraphrase and then the speaker's own words
    /// without restating the tag (real news, issue 17: the largest class of orphan-quote false alarms). Only one voice
    /// speaks on (<see cref="IsOneVoice"/>); otherwise the paragraph's last attributed quotation decides; a vague single source passes
    /// on its vagueness ("a source said …" then a quote paragraph is still that source's). A quotation that does not end a
    /// sentence of speech ("“Safe” is not the word …") takes a speaker only from an attributed quotation, as before.
    /// </summary>
    private QuoteAttribution? Continuation(Quotation quotation)
    {
        var paragraph = _document.Paragraphs[quotation.FirstParagraph];
        if (paragraph.SentenceCount == 0 || _document.Sentences[paragraph.FirstSentence].FirstToken != quotation.OpenToken || paragraph.Index == 0) return null;
        var previousParagraph = _document.Paragraphs[paragraph.Index - 1];
        if (previousParagraph.SentenceCount > 0 && IsSpokenSentence(quotation) && LastReportingFrame(previousParagraph.EndSentence - 1) is { } frame
            && IsOneVoice(frame))
            return FromFrame(QuoteAttributionKind.Continuation, frame);
        return _continuable.TryGetValue(paragraph.Index - 1, out var previous) ? previous with { Kind = QuoteAttributionKind.Continuation, EchoOf = null } : null;
    }

    /// <summary>
    /// The frame a sentence ends its reporting on: its last frame, when every frame of the sentence has the same source
    /// words; null when none, or when two sources share the sentence (perhaps one speaker and a pronoun for them, perhaps
    /// two speakers). A source inside another's report ("Carter said that critics had been predicting a withdrawal") is
    /// the reporter's words, no second voice in the writer's sentence.
    /// </summary>
    private AttributionFrame? LastReportingFrame(int sentenceIndex)
    {
        var all = SpeakingFrames(sentenceIndex);
        var frames = all.Where(frame => !all.Any(other => other != frame && other.Content.Contains(_tokens[frame.SourceStart].Span.Start))).ToList();
        if (frames.Count == 0) return null;
        var last = frames[^1];
        var speaker = SourceText(last);
        return frames.All(frame => SourceText(frame) == speaker) ? last : null;
    }

    /// <summary>
    /// A quotation that ends a sentence of speech: its words end on sentence or clause punctuation ("“We are ready.”",
    /// "“We are ready,” she added"), or nothing but punctuation follows it in its sentence. "“Safe” is not the word the
    /// divers used" opens the writer's sentence with a quoted word: the writer's scare quote, nobody's speech.
    /// </summary>
    private bool IsSpokenSentence(Quotation quotation)
    {
        if (LastContentToken(quotation) is not int end) return false;
        // "“… he said, ‘We already wrote them,’”": the words end inside a nested quotation's marks.
        while (end > quotation.OpenToken + 1 && _tokens[end].Kind == TokenKind.Quote) end--;
        if (_tokens[end].Text is "." or "!" or "?" or "," or "…") return true;
        return LastWordOf(_document.SentenceOfToken(quotation.CloseToken!.Value)) < quotation.CloseToken.Value;
    }

    /// <summary>
    /// The sentence's last word or number token (-1 when none). Asked for every quotation of a sentence, a scan to the
    /// sentence's end each time made a sentence of many quotations quadratic, so all sentences are read once.
    /// </summary>
    private int LastWordOf(Sentence sentence)
    {
        if (_lastWordOfSentence is null)
        {
            _lastWordOfSentence = new int[_document.Sentences.Length];
            foreach (var each in _document.Sentences)
            {
                var k = each.EndToken - 1;
                while (k >= each.FirstToken && !_tokens[k].IsWord && _tokens[k].Kind != TokenKind.Number) k--;
                _lastWordOfSentence[each.Index] = k >= each.FirstToken ? k : -1;
            }
        }
        return _lastWordOfSentence[sentence.Index];
    }

    /// <summary>
    /// Whether a paraphrase's speaker is one voice that can go on in its own words: a name, "he"/"she", a singular role
    /// or document ("the minister", "a senior official", "a Times article" — news quotes a document a paragraph after
    /// paraphrasing it). A ministry, "the researchers" or "they" speaks no verbatim quote paragraph, and neither does the
    /// writer ("I asked him whether …"): then the quote is the last quoted speaker's, as before.
    /// </summary>
    private bool IsOneVoice(AttributionFrame frame)
    {
        var head = _tokens[frame.SourceHeadEnd - 1];
        return frame.Speaker switch
        {
            SpeakerClass.NamedPerson or SpeakerClass.NamedDocument => true,
            SpeakerClass.Pronoun => _tokens[frame.SourceStart].Norm is "he" or "she",
            SpeakerClass.DefiniteRole or SpeakerClass.AnonymousDescribed or SpeakerClass.AnonymousBare or SpeakerClass.VagueSingular =>
                CanSpeakQuotation(frame) && !Vocabulary.IsPluralRoleNoun(head) && !Vocabulary.IsPluralDocumentNoun(head) && !Vocabulary.IsOrganizationNoun(head),
            _ => false,
        };
    }

    private string SourceText(AttributionFrame frame) =>
        _document.Source.ToString(TextSpan.FromBounds(_tokens[frame.SourceStart].Span.Start, _tokens[frame.SourceHeadEnd - 1].Span.End));

    /// <summary>
    /// A naming verb before the quotation ("Brandt called the vote “a farce”", "a tax dubbed “the levy”"): with a
    /// speaker as its subject the quotation is that speaker's; right before the quotation with no subject, or the
    /// author as subject, the quotation is a name that is mentioned.
    /// </summary>
    private AttributionFrame? NamingVerbFrame(Quotation quotation, Sentence sentence, out bool namedWithoutSpeaker)
    {
        namedWithoutSpeaker = false;
        var verb = -1;
        for (var k = quotation.OpenToken - 1; k >= sentence.FirstToken && quotation.OpenToken - k <= MaxNamingVerbDistance; k--)
        {
            var token = _tokens[k];
            if (token.IsWord && Vocabulary.NamingVerbs.Contains(token)) { verb = k; break; }
            if (!token.IsWord && token.Kind != TokenKind.Number) break;
        }
        if (verb < 0) return null;
        var subject = new SourcePhraseReader(_document, sentence, _names).ReadBefore(verb);
        if (subject is { Speaker: not SpeakerClass.Author } s)
            return new AttributionFrame(sentence.Index, s.Start, s.HeadEnd, s.End, verb, s.Speaker, ContentSide.After, quotation.ContentSpan, quotation.Index);
        var between = quotation.OpenToken - verb - 1;
        namedWithoutSpeaker = between == 0 || between == 1 && (IsArticle(_tokens[verb + 1]) || ObjectPronouns.Contains(_tokens[verb + 1].Norm));
        return null;
    }

    /// <summary>"the term “…”", "known as the “…”", "the slogan, “…”"; "her essay, “Why …,”" for a work's title.</summary>
    private bool IsMentionedByCue(Quotation quotation, Sentence sentence)
    {
        var k = quotation.OpenToken - 1;
        if (k >= sentence.FirstToken && _tokens[k].Text is "," or ":") k--;
        if (k < sentence.FirstToken) return false;
        if (EndsWithCue(k, sentence, MentionCues.Value.Phrases)) return true;
        if (IsArticle(_tokens[k]) && k - 1 >= sentence.FirstToken && EndsWithCue(k - 1, sentence, MentionCues.Value.Phrases)) return true;
        return EndsWithCue(k, sentence, WorkNouns.Value) && !EndsSentenceInside(quotation);
    }

    /// <summary>Title Case words that are not a sentence ("“Forest Road”", Earvin “Magic” Johnson); one word only mid-sentence, where speech rarely is.</summary>
    private bool IsTitle(Quotation quotation, Sentence sentence, string[] words)
    {
        if (IsInsideName(quotation, sentence)) return true;
        if (words.Length == 0 || EndsSentenceInside(quotation) || LastContentToken(quotation) is int end && _tokens[end].Text == "?") return false;
        if (words.Length == 1 && quotation.OpenToken == sentence.FirstToken) return false;
        var sawCapital = false;
        for (var k = quotation.OpenToken + 1; k <= LastContentToken(quotation); k++)
        {
            var token = _tokens[k];
            if (!token.IsWord) continue;
            if (token.IsCapitalized) sawCapital = true;
            else if (!TitleFunctionWords.Contains(token.Norm) || !sawCapital) return false;
        }
        return sawCapital;
    }

    /// <summary>Between two parts of a name, whatever the words: Jean “Never Again” Moreau.</summary>
    private bool IsInsideName(Quotation quotation, Sentence sentence) =>
        quotation.CloseToken is int close && quotation.OpenToken - 1 >= sentence.FirstToken && close + 1 < sentence.EndToken
        && _tokens[quotation.OpenToken - 1] is { IsWord: true, IsCapitalized: true } before && _tokens[close + 1] is { IsWord: true, IsCapitalized: true }
        && !FunctionWords.SentenceStarters.Contains(before);

    private bool EndsWithCue(int last, Sentence sentence, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
            if (PhraseList.MatchesAt(_tokens, last - phrase.Length + 1, last + 1, phrase) && last - phrase.Length + 1 >= sentence.FirstToken) return true;
        return false;
    }

    private bool EndsSentenceInside(Quotation quotation) => LastContentToken(quotation) is int end && _tokens[end].Text is "." or "!";

    private int? LastContentToken(Quotation quotation)
    {
        var end = (quotation.CloseToken ?? LastTokenOf(quotation) + 1) - 1;
        return end > quotation.OpenToken ? end : null;
    }

    private int LastTokenOf(Quotation quotation)
    {
        var paragraph = _document.Paragraphs[quotation.LastParagraph];
        return paragraph.SentenceCount == 0 ? quotation.OpenToken : ParagraphEndToken(paragraph) - 1;
    }

    private int LastSentence(Quotation quotation) => _document.SentenceOfToken(quotation.CloseToken ?? LastTokenOf(quotation)).Index;

    private int ParagraphEndToken(Paragraph paragraph) => _document.Sentences[paragraph.EndSentence - 1].EndToken;

    /// <summary>The normalized words and numbers of the quotation, nested quotations included, marks and punctuation left out.</summary>
    private string[] ContentWords(Quotation quotation)
    {
        var words = new List<string>();
        var end = LastContentToken(quotation) ?? quotation.OpenToken;
        for (var k = quotation.OpenToken + 1; k <= end; k++)
            if (_tokens[k].IsWord || _tokens[k].Kind == TokenKind.Number) words.Add(_tokens[k].Norm);
        return [.. words];
    }

    private void IndexWordRuns(string[] words, int source)
    {
        // Echoes are looked up in articles, not books: past the budget a huge input stops indexing rather than filling memory.
        for (var start = 0; start < words.Length && _attributedWordRuns.Count < MaxIndexedRuns; start++)
            for (var length = words.Length <= MaxSingleWordEchoSource ? 1 : 2; length <= MaxEchoWords && start + length <= words.Length; length++)
                _attributedWordRuns.TryAdd(string.Join(' ', words, start, length), source);
    }

    private QuoteAttribution FromFrame(QuoteAttributionKind kind, AttributionFrame frame) =>
        new(kind, frame, TextSpan.FromBounds(_tokens[frame.SourceStart].Span.Start, _tokens[frame.SourceHeadEnd - 1].Span.End), frame.Speaker);

    private static bool IsArticle(Token token) => token.Norm is "a" or "an" or "the";
}
