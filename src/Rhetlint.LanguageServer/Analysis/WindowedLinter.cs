using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.LanguageServer.Analysis;

/// <summary>
/// Lints one open document so that a keystroke costs a few paragraphs, not the whole draft. The document is cut into
/// chunks (<see cref="Chunker"/>: paragraphs between blank lines); each chunk's findings come from analyzing a window
/// of the chunk with its neighbours before and after (rules read the sentence after a claim, an attribution may sit in
/// the previous paragraph, a rebuttal in the next), and are cached by the window's text. A neighbour is a chunk with
/// prose: past a comment or a code block, the window takes the next chunk too. An edit changes one chunk,
/// so three windows are analyzed again; every other chunk's findings are reused, moved to where the chunk now starts.
/// <para>
/// A window grows while a quotation reaches into its center from an edge chunk (a quotation continued over several
/// paragraphs): it takes the chunk before the quotation's first paragraph, where its speaker may be introduced, and
/// the chunk after its last. It also grows backwards, up to <see cref="MaxSpeakerLookback"/> chunks, while a quotation
/// in its center has no speaker and the first chunk holds a quotation, whose speaker a quote paragraph inherits.
/// What needs the whole document is done on the whole document: page furniture (a repeated widget, the headline and
/// standfirst: decided on every chunk's blocks, each chunk read once), suppression comments (a <c>rhetlint-disable</c>
/// reaches to its <c>rhetlint-enable</c> or the end of the file; unused ones are reported) and fingerprints (they
/// count equal findings in equal sentences across the file).
/// </para>
/// <para>
/// Where windowed findings can differ from <c>rhetlint check</c> (WindowedLinterTests shows they agree otherwise):
/// (1) capitalization evidence for names — a word written in lower case, or capitalized mid-sentence, only more than one
/// chunk away does not tell the window whether a sentence-initial capitalized word is a name ("Kestrel analysts say"
/// is a vague source unless "Kestrel Partners" appears somewhere; a test pins this); (2) a quotation that echoes words of
/// an attributed quotation further back than the window reaches (it inherits that speaker in the whole document), or a
/// run of unattributed quote paragraphs longer than <see cref="MaxSpeakerLookback"/>; (3) other context two steps away —
/// a neighbour's own analysis that depends on the chunk beyond it; (4) a rule failure (RH0005) is reported once per rule
/// and message, whichever window it happened in.
/// </para>
/// Not thread-safe: the server runs one analysis of a document at a time.
/// </summary>
internal sealed class WindowedLinter(string path, DocumentFormat format, DocumentOptions options, Linter linter)
{
    /// <summary>Directive problems are computed on the whole document; a window's own would be wrong.</summary>
    private static readonly HashSet<string> WholeDocumentIds = [EngineDescriptors.UnusedSuppression.Id, EngineDescriptors.BadDirective.Id];

    private readonly IReadOnlySet<string> _knownIds = linter.Driver.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Windows used by the last complete analysis (and by cancelled ones since), then those of the one before: an undo finds its windows.</summary>
    private Dictionary<WindowKey, WindowResult> _recent = [];
    private Dictionary<WindowKey, WindowResult> _older = [];

    /// <summary>The chunks of the last analysis by hash, so an unchanged chunk is the same string object next time (keys compare by reference first).</summary>
    private Dictionary<int, Chunk> _chunks = [];

    /// <summary>The fingerprints the last analysis computed (a hash each): an edit changes the findings of a few sentences, not the others'.</summary>
    private Dictionary<(string Id, string Sentence, int Occurrence), string> _fingerprints = [];

    /// <summary>How many windows the last analysis took from the cache and how many it analyzed (for tests and the bench).</summary>
    public (int Reused, int Analyzed) LastRun { get; private set; }

    /// <summary>How many chunks the last analysis read for page furniture: the others' blocks were kept from before (for tests).</summary>
    public int LastFurnitureReads { get; private set; }

    public DocumentOptions Options => options;

    public Linter Linter => linter;

    /// <summary>Every finding of <paramref name="text"/>, suppressed ones included (marked), in document order.</summary>
    public ImmutableArray<DocumentFinding> Lint(string text, CancellationToken cancellationToken)
    {
        var (starts, definitions) = Chunker.Split(text, format);
        var chunks = Intern(text, starts);
        var appendix = definitions.Length == 0 ? "" : "\n\n" + definitions + "\n";
        var furniture = options.SkipPageFurniture ? Furniture(chunks, starts, appendix) : [];
        var used = new Dictionary<WindowKey, WindowResult>();
        var findings = new List<Placed>();
        var sentences = new List<TextSpan>();
        var failures = new List<Finding>();
        var analyzed = 0;
        try
        {
            analyzed += AnalyzeMissingInParallel(chunks, starts, furniture, appendix, used, cancellationToken);
            for (var c = 0; c < chunks.Length; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (lo, hi) = Neighbours(c, chunks.Length);
                WindowResult result;
                while (true)
                {
                    var key = Window(chunks, starts, furniture, lo, hi, c, appendix);
                    if (!TryGetCached(key, used, out result))
                    {
                        result = Analyze(key, cancellationToken);
                        analyzed++;
                    }
                    used[key] = result;
                    if (result.NeedsBefore && lo > 0) lo--;
                    else if (result.WantsSpeakerBefore && lo > 0 && c - lo < MaxSpeakerLookback) lo--;
                    else if (result.NeedsAfter && hi < chunks.Length - 1) hi++;
                    else break;
                }
                Place(result, starts[c], findings, sentences);
                failures.AddRange(result.Failures);
            }
        }
        catch (OperationCanceledException)
        {
            // Keep what was analyzed: the next edit is usually close to this one.
            foreach (var (key, result) in used) _recent[key] = result;
            if (_recent.Count > 3 * chunks.Length + 64) (_recent, _older) = (used, []);
            throw;
        }
        (_older, _recent) = (_recent, used);
        LastRun = (used.Count - analyzed, analyzed);
        return Finish(text, findings, sentences, failures);
    }

    /// <summary>
    /// How many chunks before its center a window may take to find the speaker of a quotation that has none in it (a
    /// quote paragraph inherits the speaker of the quotation before it, which may get its own from further back): a
    /// bound, so that a long run of quote paragraphs (an interview) does not make every window reach its start.
    /// </summary>
    private const int MaxSpeakerLookback = 6;

    /// <summary>
    /// An edit leaves the three windows that hold its chunk to analyze, opening a draft (or a configuration change) every
    /// window: from two, they run side by side on the cores there are, so a keystroke waits for its slowest window, not for all three.
    /// </summary>
    private const int ParallelFrom = 2;

    private bool TryGetCached(WindowKey key, Dictionary<WindowKey, WindowResult> used, out WindowResult result) =>
        used.TryGetValue(key, out result!) || _recent.TryGetValue(key, out result!) || _older.TryGetValue(key, out result!);

    /// <summary>The chunks before and after the center (the first and last chunk have one neighbour).</summary>
    private static (int Lo, int Hi) Neighbours(int center, int count) => (Math.Max(0, center - 1), Math.Min(count - 1, center + 1));

    private static WindowKey Window(Chunk[] chunks, List<int> starts, ImmutableArray<TextSpan> furniture, int lo, int hi, int center, string appendix)
    {
        var (start, end) = (starts[lo], starts[hi] + chunks[hi].Text.Length);
        ImmutableArray<TextSpan> inWindow = [.. furniture.Where(f => f.Start >= start && f.Start < end).Select(f => new TextSpan(f.Start - start, f.Length))];
        return new(chunks[lo..(hi + 1)], center - lo, appendix, center == chunks.Length - 1, inWindow);
    }

    /// <summary>
    /// When more than one window is new, analyzes them on all cores first (analyzers are stateless; the model is per window);
    /// the windows a quotation widens are left to the loop. Returns how many it analyzed.
    /// </summary>
    private int AnalyzeMissingInParallel(Chunk[] chunks, List<int> starts, ImmutableArray<TextSpan> furniture, string appendix, Dictionary<WindowKey, WindowResult> used,
        CancellationToken cancellationToken)
    {
        var missing = Enumerable.Range(0, chunks.Length)
            .Select(c =>
            {
                var (lo, hi) = Neighbours(c, chunks.Length);
                return Window(chunks, starts, furniture, lo, hi, c, appendix);
            })
            .Distinct().Where(key => !TryGetCached(key, used, out _)).ToList();
        if (missing.Count < ParallelFrom || Environment.ProcessorCount == 1) return 0;
        var results = new WindowResult[missing.Count];
        try
        {
            Parallel.For(0, missing.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => results[i] = Analyze(missing[i], cancellationToken));
        }
        catch (AggregateException e)
        {
            // A configuration problem (a rule option the rule does not have) reaches the server as itself; every window has the same.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        for (var i = 0; i < missing.Count; i++) used[missing[i]] = results[i];
        return missing.Count;
    }

    /// <summary>
    /// Page furniture is decided on the whole draft (a window's first blocks are no headline, and a repeat may lie
    /// outside it), from every chunk's blocks: a chunk parses the same alone as in place, so its blocks are read once,
    /// when it first appears, and an edit re-reads only the chunk it changed.
    /// </summary>
    private ImmutableArray<TextSpan> Furniture(Chunk[] chunks, List<int> starts, string appendix)
    {
        var blocks = new List<FurnitureBlock>();
        var reads = 0;
        for (var c = 0; c < chunks.Length; c++)
        {
            if (chunks[c].FurnitureBlocks(appendix) is not { } own)
            {
                own = chunks[c].ReadFurnitureBlocks(format, appendix);
                reads++;
            }
            foreach (var block in own) blocks.Add(block.MovedBy(starts[c]));
        }
        LastFurnitureReads = reads;
        return PageFurniture.Find(blocks, format);
    }

    private Chunk[] Intern(string text, List<int> starts)
    {
        var chunks = new Chunk[starts.Count];
        var next = new Dictionary<int, Chunk>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var span = text.AsSpan(starts[i], (i + 1 < starts.Count ? starts[i + 1] : text.Length) - starts[i]);
            var hash = string.GetHashCode(span);
            chunks[i] = _chunks.TryGetValue(hash, out var known) && known.Text.AsSpan().SequenceEqual(span) ? known : new Chunk(span.ToString(), hash);
            next.TryAdd(hash, chunks[i]);
        }
        _chunks = next;
        return chunks;
    }

    private WindowResult Analyze(WindowKey key, CancellationToken cancellationToken)
    {
        var text = key.Text;
        var (centerStart, centerEnd) = key.Center;
        var source = SourceText.From(text);
        var model = Linter.BuildModel(path, source, format, options.Lexicons, key.Furniture, options.Html);
        var analysis = linter.Driver.AnalyzeIncludingSuperseded(model, options, cancellationToken);

        var sentenceSpans = model.Syntax.Sentences.Select(s => s.Span).ToArray();
        // The document's end belongs to its last chunk; what lies beyond the window's chunks is the appendix, nobody's.
        bool InCenter(int position) => position >= centerStart && (position < centerEnd || key.CenterIsLast && position == centerEnd);
        var findings = ImmutableArray.CreateBuilder<WindowFinding>();
        var failures = ImmutableArray.CreateBuilder<Finding>();
        WindowFinding Placed(Finding finding, bool superseded) => new(finding, finding.Span.Start - centerStart, finding.Message,
            FingerprintSentence.Of(sentenceSpans, text, finding.Span, p => source.Lines.GetLineFromPosition(p).ToString()), superseded);
        foreach (var finding in analysis.Findings)
        {
            if (finding.Id == EngineDescriptors.RuleFailed.Id) failures.Add(finding);
            else if (!WholeDocumentIds.Contains(finding.Id) && InCenter(finding.Span.Start)) findings.Add(Placed(finding, superseded: false));
        }
        foreach (var dropped in analysis.Superseded)
            if (InCenter(dropped.Finding.Span.Start)) findings.Add(Placed(dropped.Finding, superseded: true));

        var (firstChunkEnd, lastChunkStart, chunksEnd) = key.Edges;
        var quotations = model.Syntax.Quotations;
        // A neighbour is a paragraph: an edge chunk without prose (a comment, a code block) does not count as one.
        var needsBefore = centerStart > 0 && !sentenceSpans.Any(s => s.Start < firstChunkEnd);
        var needsAfter = lastChunkStart >= centerEnd && !sentenceSpans.Any(s => s.Start >= lastChunkStart && s.Start < chunksEnd);
        foreach (var quotation in quotations)
        {
            if (quotation.Span.Start >= centerEnd || quotation.Span.End <= centerStart) continue;
            // The quotation began in the first chunk: its speaker may be introduced in the paragraph before.
            needsBefore |= quotation.Span.Start < centerStart && quotation.Span.Start < firstChunkEnd;
            // It runs into the last chunk: it may go on beyond, with its attribution.
            needsAfter |= quotation.Span.End > centerEnd && quotation.Span.End > lastChunkStart;
        }
        // A quote paragraph inherits the speaker of the quotation before it, which may have its own from further back.
        var wantsSpeakerBefore = centerStart > 0
            && quotations.Any(q => q.Span.Start < firstChunkEnd)
            && quotations.Any(q => InCenter(q.Span.Start) && q.ParentIndex is null && !model.IsMention(q) && model.QuotationSpeaker(q.Index) is null);
        return new WindowResult(findings.ToImmutable(),
            [.. sentenceSpans.Where(s => InCenter(s.Start)).Select(s => new TextSpan(s.Start - centerStart, s.Length))],
            failures.ToImmutable(), needsBefore, needsAfter, wantsSpeakerBefore);
    }

    private static void Place(WindowResult result, int chunkStart, List<Placed> findings, List<TextSpan> sentences)
    {
        foreach (var f in result.Findings)
        {
            var shift = chunkStart - (f.Finding.Span.Start - f.Offset);
            findings.Add(new Placed(new DocumentFinding(f.Finding.Descriptor, new TextSpan(chunkStart + f.Offset, f.Finding.Span.Length),
                f.Finding.Severity, f.Message, shift == 0 ? f.Finding.Rewrites : [.. f.Finding.Rewrites.Select(r => Shifted(r, shift))], f.Finding), f.Sentence, f.Superseded));
        }
        foreach (var s in result.Sentences) sentences.Add(new TextSpan(chunkStart + s.Start, s.Length));
    }

    private static Rewrite Shifted(Rewrite rewrite, int shift) =>
        rewrite with { Changes = [.. rewrite.Changes.Select(c => new TextChange(new TextSpan(c.Span.Start + shift, c.Span.Length), c.NewText ?? ""))] };

    /// <summary>A finding in the document with the normalized text of its sentence, until its fingerprint is computed.</summary>
    /// <param name="Superseded">Rule precedence dropped it: it is not shown, but it marks a directive used and counts in fingerprints.</param>
    private sealed record Placed(DocumentFinding Finding, string Sentence, bool Superseded = false);

    /// <summary>
    /// What <see cref="AnalyzerDriver.AnalyzeIncludingSuperseded"/> does after the rules ran, on the whole document:
    /// suppression comments mark what they cover, their problems and rule failures join, fingerprints are computed
    /// (superseded findings, as there, count as used for directives and as occurrences for fingerprints, and are not shown).
    /// </summary>
    private ImmutableArray<DocumentFinding> Finish(string text, List<Placed> placed, List<TextSpan> sentences, List<Finding> failures)
    {
        SourceText? source = null;
        string LineAt(int position) => (source ??= SourceText.From(text)).Lines.GetLineFromPosition(position).ToString();
        var all = placed;
        var meta = new List<Placed>();
        // Only a document that mentions a directive pays for reading its markup once more.
        if (format is DocumentFormat.Markdown or DocumentFormat.Html && text.Contains("rhetlint-", StringComparison.Ordinal))
        {
            var directives = SuppressionDirectives.Read(MarkupReader.Read(source ??= SourceText.From(text), format, options.Html), _knownIds);
            all = [.. placed.Select(p => directives.SuppressionOf(p.Finding.Id, p.Finding.Span.Start) is { } s ? p with { Finding = p.Finding with { Suppression = s } } : p)];
            foreach (var (descriptor, span, message) in directives.Problems())
                if (options.Apply(descriptor, descriptor.DefaultSeverity) is { } severity)
                    meta.Add(new Placed(DocumentFinding.Made(descriptor, span, severity, message), FingerprintSentence.Of(sentences, text, span, LineAt)));
        }
        foreach (var failure in failures.DistinctBy(f => f.Message))
            meta.Add(new Placed(DocumentFinding.Made(failure.Descriptor, new TextSpan(0, 0), failure.Severity, failure.Message),
                FingerprintSentence.Of(sentences, text, new TextSpan(0, 0), LineAt)));
        // As the engine's sink: one finding per rule and span (a directive can be both unknown and unmatched; the first problem says it).
        all.AddRange(meta.DistinctBy(p => (p.Finding.Id, p.Finding.Span)));

        var seen = new Dictionary<(string Id, string Sentence), int>();
        var fingerprints = new Dictionary<(string Id, string Sentence, int Occurrence), string>(_fingerprints.Count);
        var result = ImmutableArray.CreateBuilder<DocumentFinding>(all.Count);
        foreach (var (finding, sentence, superseded) in all.OrderBy(p => p.Finding.Span.Start).ThenBy(p => p.Finding.Span.Length).ThenBy(p => p.Finding.Id, StringComparer.Ordinal))
        {
            var occurrence = seen.GetValueOrDefault((finding.Id, sentence));
            seen[(finding.Id, sentence)] = occurrence + 1;
            if (superseded) continue;
            var key = (finding.Id, sentence, occurrence);
            if (!_fingerprints.TryGetValue(key, out var fingerprint)) fingerprint = FindingFingerprint.Of(finding.Id, sentence, occurrence);
            fingerprints[key] = fingerprint;
            result.Add(finding with { Fingerprint = fingerprint });
        }
        _fingerprints = fingerprints;
        return result.ToImmutable();
    }

    /// <summary>A chunk's text with its hash, computed once, and its blocks as page furniture reads them, once read.</summary>
    private sealed class Chunk(string text, int hash)
    {
        private (string Appendix, ImmutableArray<FurnitureBlock> Blocks)? _furniture;

        public string Text { get; } = text;
        public int Hash { get; } = hash;

        /// <summary>The blocks read with <paramref name="appendix"/> (link definitions change what is a link), or null when not read with it.</summary>
        public ImmutableArray<FurnitureBlock>? FurnitureBlocks(string appendix) =>
            _furniture is { } read && read.Appendix == appendix ? read.Blocks : null;

        /// <summary>Reads the chunk alone, followed by the document's link definitions; offsets are relative to its start.</summary>
        public ImmutableArray<FurnitureBlock> ReadFurnitureBlocks(DocumentFormat format, string appendix)
        {
            var prose = MarkupReader.Read(SourceText.From(Text + appendix), format);
            var blocks = PageFurniture.BlocksOf(prose).RemoveAll(b => b.Span.Start >= Text.Length);
            _furniture = (appendix, blocks);
            return blocks;
        }
    }

    /// <param name="Offset">Where the finding starts, relative to the start of the window's center chunk.</param>
    /// <param name="Sentence">The normalized text of the sentence it starts in (<see cref="FingerprintSentence"/>).</param>
    /// <param name="Superseded">Rule precedence dropped it (<see cref="AnalysisResult.Superseded"/>).</param>
    private sealed record WindowFinding(Finding Finding, int Offset, string Message, string Sentence, bool Superseded);

    /// <param name="Findings">The findings that start in the center chunk.</param>
    /// <param name="Sentences">The sentences that start in the center chunk, relative to its start.</param>
    /// <param name="Failures">Rule failures (RH0005) anywhere in the window.</param>
    /// <param name="NeedsBefore">A quotation reaches into the center from the first chunk, or the first chunk has no prose: a chunk before is needed.</param>
    /// <param name="NeedsAfter">A quotation reaches from the center into the last chunk, or the last chunk has no prose: a chunk after is needed.</param>
    /// <param name="WantsSpeakerBefore">A quotation in the center has no speaker and the first chunk holds a quotation it may continue: a chunk before may give one.</param>
    private sealed record WindowResult(ImmutableArray<WindowFinding> Findings, ImmutableArray<TextSpan> Sentences, ImmutableArray<Finding> Failures,
        bool NeedsBefore, bool NeedsAfter, bool WantsSpeakerBefore);

    /// <summary>
    /// A window: consecutive chunks, which of them is the center, and the appendix (link definitions). Equal keys are
    /// equal texts with equal centers, so they have equal findings under one configuration.
    /// </summary>
    private sealed class WindowKey : IEquatable<WindowKey>
    {
        private readonly Chunk[] _chunks;
        private readonly int _center;
        private readonly string _appendix;
        private readonly int _hash;

        public WindowKey(Chunk[] chunks, int center, string appendix, bool centerIsLast, ImmutableArray<TextSpan> furniture)
        {
            _chunks = chunks;
            _center = center;
            _appendix = appendix;
            CenterIsLast = centerIsLast;
            Furniture = furniture;
            var hash = new HashCode();
            hash.Add(center);
            hash.Add(centerIsLast);
            hash.Add(appendix);
            foreach (var chunk in chunks) hash.Add(chunk.Hash);
            foreach (var span in furniture) hash.Add(span);
            _hash = hash.ToHashCode();
        }

        /// <summary>The center is the document's last chunk: a finding at its very end (an empty span at the end of the text) is its own.</summary>
        public bool CenterIsLast { get; }

        public string Text => string.Concat(_chunks.Select(c => c.Text)) + _appendix;

        /// <summary>The blocks of <see cref="Text"/> the whole draft shows to be page furniture: part of the window's identity, since a repeat elsewhere can make a block furniture.</summary>
        public ImmutableArray<TextSpan> Furniture { get; }

        /// <summary>The center chunk's extent in <see cref="Text"/>.</summary>
        public (int Start, int End) Center
        {
            get
            {
                var start = _chunks.Take(_center).Sum(c => c.Text.Length);
                return (start, start + _chunks[_center].Text.Length);
            }
        }

        /// <summary>Where the first chunk ends, the last one starts and the chunks end (the appendix follows), in <see cref="Text"/>.</summary>
        public (int FirstChunkEnd, int LastChunkStart, int ChunksEnd) Edges
        {
            get
            {
                var lastStart = _chunks.Take(_chunks.Length - 1).Sum(c => c.Text.Length);
                return (_chunks[0].Text.Length, lastStart, lastStart + _chunks[^1].Text.Length);
            }
        }

        public bool Equals(WindowKey? other)
        {
            if (other is null || other._hash != _hash || other._center != _center || other.CenterIsLast != CenterIsLast
                || other._chunks.Length != _chunks.Length || other._appendix != _appendix || !other.Furniture.SequenceEqual(Furniture))
                return false;
            for (var i = 0; i < _chunks.Length; i++)
                if (!ReferenceEquals(_chunks[i], other._chunks[i]) && (_chunks[i].Hash != other._chunks[i].Hash || _chunks[i].Text != other._chunks[i].Text))
                    return false;
            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as WindowKey);

        public override int GetHashCode() => _hash;
    }
}
