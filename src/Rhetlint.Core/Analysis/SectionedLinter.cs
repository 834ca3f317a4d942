using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Lints a large document in sections, so that its memory is bounded by the sections in flight rather than by the
/// document, and its sections run on every core. The document is cut into chunks (<see cref="Chunker"/>: paragraphs
/// between blank lines, never inside a fence, comment or front matter), and consecutive chunks are gathered into
/// sections of <see cref="SectionSizes.SectionSize"/> characters. Each section is analyzed with
/// <see cref="SectionSizes.Margin"/> chunks of context before and after it (an attribution may sit in the paragraph
/// before, a rebuttal in the next), and only the findings that start in the section are kept; its model is dropped
/// before the core takes the next section. A quotation that reaches from the section into the first or last chunk of
/// the margin widens the margin by as many chunks again, since it may go on beyond, with its speaker.
/// <para>
/// What needs the whole document is done on the whole document, as <see cref="AnalyzerDriver"/> does it: page
/// furniture (decided on every section's blocks), suppression comments (a <c>rhetlint-disable</c> reaches to its
/// <c>rhetlint-enable</c> or the end of the file, wherever the sections are cut; unused and malformed ones are reported
/// once), fingerprints (they count equal findings in equal sentences across the file) and statistics (each section
/// counts the words and quotations that start in it). Rule failures (RH0005) are reported once per rule, as there.
/// RH1013 reads one paragraph, which a section never cuts.
/// </para>
/// <para>
/// Where sectioned findings can differ from the whole document's (the language server's windows document the same,
/// more often, since its windows are a paragraph wide): (1) capitalization evidence for names — a word written in
/// lower case, or capitalized mid-sentence, only outside a section and its margins does not tell the section whether a
/// sentence-initial capitalized word is a name; (2) a quotation that echoes words of an attributed quotation more than
/// a margin before its section (it inherits that speaker in the whole document), or a chain of continued quote
/// paragraphs longer than the margin; (3) a rule that fails in two sections with different messages is reported with
/// the first section's. A document that cannot be cut into two sections (one paragraph of half a megabyte) is analyzed whole.
/// </para>
/// </summary>
public static class SectionedLinter
{
    /// <summary>Directive problems are computed on the whole document; a section's own would be wrong.</summary>
    private static readonly HashSet<string> WholeDocumentIds = [EngineDescriptors.UnusedSuppression.Id, EngineDescriptors.BadDirective.Id];

    /// <summary>The report of <paramref name="source"/> analyzed in sections, or null when it cannot be cut into two.</summary>
    public static LintReport? TryLint(AnalyzerDriver driver, string path, SourceText source, DocumentFormat format, DocumentOptions options,
        SectionSizes sizes, CancellationToken cancellationToken)
    {
        var text = source.ToString();
        var (starts, definitions) = Chunker.Split(text, format);
        var chunks = new Chunks(starts, text.Length);
        var sections = Sections(chunks, sizes.SectionSize);
        if (sections.Count < 2) return null;
        // Checked once, before any section runs: a wrong rule option is the document's configuration error, not a section's.
        driver.OptionValues(options);
        var appendix = definitions.Length == 0 ? "" : "\n\n" + definitions + "\n";
        var furniture = options.SkipPageFurniture ? Furniture(text, chunks, sections, appendix, format, cancellationToken) : [];
        var results = new SectionResult[sections.Count];
        // A document of tens of thousands of findings says the same few thousand things: each message is kept once.
        var messages = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.For(0, sections.Count, parallel, i =>
                results[i] = Analyze(driver, path, source, text, chunks, sections[i], sizes.Margin, appendix, furniture, format, options, messages, cancellationToken));
        }
        catch (AggregateException e)
        {
            // A section's exception is the document's (a bug reported as that file's internal error, a cancellation).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return Finish(driver, path, source, text, format, options, furniture, results);
    }

    /// <summary>Where each chunk starts and ends in the document.</summary>
    private sealed class Chunks(List<int> starts, int textLength)
    {
        public int Count => starts.Count;

        public int Start(int chunk) => starts[chunk];

        public int End(int chunk) => chunk + 1 < starts.Count ? starts[chunk + 1] : textLength;
    }

    /// <summary>Runs of whole chunks of at least <paramref name="size"/> characters each (the last may be shorter), as [First, End) chunk ranges.</summary>
    private static List<(int First, int End)> Sections(Chunks chunks, int size)
    {
        var sections = new List<(int First, int End)>();
        var first = 0;
        for (var c = 0; c < chunks.Count; c++)
        {
            if (chunks.End(c) - chunks.Start(first) < size && c + 1 < chunks.Count) continue;
            sections.Add((first, c + 1));
            first = c + 1;
        }
        return sections;
    }

    /// <summary>
    /// Page furniture is decided on the whole document (a section's first blocks are no headline, and a repeat may lie
    /// in another section), from every section's blocks: whole chunks parse the same alone as in place.
    /// </summary>
    private static ImmutableArray<TextSpan> Furniture(string text, Chunks chunks, List<(int First, int End)> sections, string appendix,
        DocumentFormat format, CancellationToken cancellationToken)
    {
        var blocks = new ImmutableArray<FurnitureBlock>[sections.Count];
        Parallel.For(0, sections.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (start, end) = (chunks.Start(sections[i].First), chunks.End(sections[i].End - 1));
            var prose = MarkupReader.Read(SourceText.From(string.Concat(text.AsSpan(start, end - start), appendix)), format);
            blocks[i] = [.. PageFurniture.BlocksOf(prose).Where(b => b.Span.Start < end - start).Select(b => b.MovedBy(start))];
        });
        return PageFurniture.Find([.. blocks.SelectMany(b => b)], format);
    }

    private static SectionResult Analyze(AnalyzerDriver driver, string path, SourceText document, string text, Chunks chunks, (int First, int End) section, int margin,
        string appendix, ImmutableArray<TextSpan> furniture, DocumentFormat format, DocumentOptions options, ConcurrentDictionary<string, string> messages,
        CancellationToken cancellationToken)
    {
        var (lo, hi) = (Math.Max(0, section.First - margin), Math.Min(chunks.Count, section.End + margin));
        while (true)
        {
            var window = new Window(chunks, lo, hi, section);
            var result = Analyze(driver, path, document, text, window, appendix, furniture, format, options, messages, cancellationToken, out var reach);
            if (reach.Before && lo > 0) lo = Math.Max(0, lo - margin);
            else if (reach.After && hi < chunks.Count) hi = Math.Min(chunks.Count, hi + margin);
            else return result;
        }
    }

    /// <summary>A section's chunks with the margin chunks [Lo, Hi) around them, in document offsets.</summary>
    private readonly struct Window(Chunks chunks, int lo, int hi, (int First, int End) section)
    {
        public int Start => chunks.Start(lo);
        public int End => chunks.End(hi - 1);
        public int CenterStart => chunks.Start(section.First);
        public int CenterEnd => chunks.End(section.End - 1);
        public bool CenterIsLast => section.End == chunks.Count;
        public bool HasMarginBefore => lo < section.First;
        public bool HasMarginAfter => hi > section.End;
        public int FirstChunkEnd => chunks.End(lo);
        public int LastChunkStart => chunks.Start(hi - 1);
    }

    private static SectionResult Analyze(AnalyzerDriver driver, string path, SourceText document, string text, Window window, string appendix,
        ImmutableArray<TextSpan> furniture, DocumentFormat format, DocumentOptions options, ConcurrentDictionary<string, string> messages, CancellationToken cancellationToken,
        out (bool Before, bool After) reach)
    {
        var shift = window.Start;
        var windowText = string.Concat(text.AsSpan(shift, window.End - shift), appendix);
        var source = SourceText.From(windowText);
        ImmutableArray<TextSpan> inWindow = [.. furniture.Where(f => f.Start >= shift && f.Start < window.End).Select(f => new TextSpan(f.Start - shift, f.Length))];
        var model = Linter.BuildModel(path, source, format, options.Lexicons, inWindow);
        var analysis = driver.AnalyzeSection(model, options, cancellationToken);

        var (centerStart, centerEnd) = (window.CenterStart - shift, window.CenterEnd - shift);
        // The document's end belongs to its last section; what lies beyond the window's chunks is the appendix, nobody's.
        bool InCenter(int position) => position >= centerStart && (position < centerEnd || window.CenterIsLast && position == centerEnd);
        var (firstChunkEnd, lastChunkStart) = (window.FirstChunkEnd - shift, window.LastChunkStart - shift);
        reach = (false, false);
        foreach (var quotation in model.Syntax.Quotations)
        {
            if (quotation.Span.Start >= centerEnd || quotation.Span.End <= centerStart) continue;
            // It began in the first chunk: it may have begun earlier, its speaker in the paragraph before.
            reach.Before |= window.HasMarginBefore && quotation.Span.Start < firstChunkEnd;
            // It runs into the last chunk: it may go on beyond, with its attribution.
            reach.After |= window.HasMarginAfter && quotation.Span.End > lastChunkStart;
        }
        if (reach.Before || reach.After) return SectionResult.Empty;

        var sentences = model.Syntax.Sentences.Select(s => s.Span).ToArray();
        // Where each finding's fingerprint text lies, in the document: its text is read when the findings are counted (Finish).
        TextSpan SentenceOf(TextSpan span)
        {
            var sentence = FingerprintSentence.SpanOf(sentences, span, p => source.Lines.GetLineFromPosition(p).Span);
            // A window's text is the document's but for the link definitions appended to it, which no finding of the
            // section should reach; if one did, its fingerprint keeps to the document.
            return TextSpan.FromBounds(sentence.Start + shift, Math.Min(sentence.End + shift, text.Length));
        }
        var findings = new List<SectionFinding>();
        var failures = new List<string>();
        foreach (var finding in analysis.Findings)
        {
            if (finding.Id == EngineDescriptors.RuleFailed.Id) failures.Add(finding.Message);
            else if (!WholeDocumentIds.Contains(finding.Id) && InCenter(finding.Span.Start))
                findings.Add(new(Moved(finding, shift, path, document, messages), SentenceOf(finding.Span), Superseded: false));
        }
        foreach (var dropped in analysis.Superseded)
            if (InCenter(dropped.Finding.Span.Start)) findings.Add(new(Moved(dropped.Finding, shift, path, document, messages), SentenceOf(dropped.Finding.Span), Superseded: true));
        return new SectionResult(findings, [.. sentences.Where(s => InCenter(s.Start)).Select(s => new TextSpan(s.Start + shift, s.Length))], failures,
            DocumentStatistics.Of(model, TextSpan.FromBounds(centerStart, centerEnd)));
    }

    /// <summary>The finding in the document's offsets, lines and columns, without the section's suppression mark or fingerprint.</summary>
    /// <param name="messages">The document's messages so far: an equal message is the same string.</param>
    private static Finding Moved(Finding finding, int shift, string path, SourceText document, ConcurrentDictionary<string, string> messages)
    {
        var span = new TextSpan(finding.Span.Start + shift, finding.Span.Length);
        // The section's message, formatted, is the one argument of the rule's relay descriptor: a descriptor made per
        // finding (with its message as the format) was a sixth of a 10 MB document's findings in memory (issue 18).
        return new Finding(Relays.GetValue(finding.Descriptor, Relay), path, span, LineMap.Of(document), finding.Severity,
            [messages.GetOrAdd(finding.Message, static m => m)], [.. finding.Rewrites.Select(r => r with
        {
            Changes = [.. r.Changes.Select(c => new TextChange(new TextSpan(c.Span.Start + shift, c.Span.Length), c.NewText ?? ""))],
        })]);
    }

    /// <summary>Each rule descriptor's relay (<see cref="Relay"/>), for as long as the descriptor lives.</summary>
    private static readonly ConditionalWeakTable<DiagnosticDescriptor, DiagnosticDescriptor> Relays = new();

    /// <summary>
    /// The descriptor as it is but for its message format, "{0}": a moved finding's one argument is the message its
    /// section formatted, and it reports the same title, category, severities, help link and tags.
    /// </summary>
    private static DiagnosticDescriptor Relay(DiagnosticDescriptor descriptor) =>
        new(descriptor.Id, descriptor.Title, "{0}", descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault, descriptor.Description,
            descriptor.HelpLinkUri, [.. descriptor.CustomTags]);

    /// <summary>
    /// What <see cref="AnalyzerDriver"/> does after the rules ran, on the whole document: suppression comments mark what
    /// they cover, their problems and rule failures join, fingerprints are computed (superseded findings, as there,
    /// count as used for directives and as occurrences for fingerprints, and are not reported).
    /// </summary>
    private static LintReport Finish(AnalyzerDriver driver, string path, SourceText source, string text, DocumentFormat format, DocumentOptions options,
        ImmutableArray<TextSpan> furniture, SectionResult[] results)
    {
        var placed = results.SelectMany(r => r.Findings).ToList();
        var sentences = results.SelectMany(r => r.Sentences).ToList();
        // Only a document that mentions a directive pays for reading its markup once more.
        var directives = format is DocumentFormat.Markdown or DocumentFormat.Html && text.Contains("rhetlint-", StringComparison.Ordinal)
            ? SuppressionDirectives.Read(PageFurniture.Without(MarkupReader.Read(source, format), furniture), driver.SupportedIds)
            : null;
        var all = new List<SectionFinding>(placed.Count);
        foreach (var p in placed)
        {
            var suppression = directives?.SuppressionOf(p.Finding.Id, p.Finding.Span.Start);
            all.Add(p.Superseded || suppression is null ? p : p with { Finding = p.Finding with { Suppression = suppression } });
        }
        var meta = driver.MetaSink(path, source, options);
        if (directives is not null)
            foreach (var (descriptor, span, message) in directives.Problems())
                meta.Add(descriptor, span, [], [message], null);
        foreach (var message in results.SelectMany(r => r.Failures))
            meta.Add(EngineDescriptors.RuleFailed, new TextSpan(0, 0), [], [message], null);
        foreach (var finding in meta.ToImmutable())
            all.Add(new(finding, FingerprintSentence.SpanOf(sentences, finding.Span, p => source.Lines.GetLineFromPosition(p).Span), Superseded: false));

        // Equal findings in equal sentence texts are counted by a digest of the text, and each sentence is normalized
        // once, here, while its findings are fingerprinted: keeping every normalized sentence until the last finding
        // is counted held a second copy of the document (issue 18).
        var seen = new Dictionary<(string Id, UInt128 Sentence), int>();
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var suppressed = ImmutableArray.CreateBuilder<Finding>();
        (TextSpan Span, UInt128 Digest, SentenceFingerprints Fingerprints)? current = null;
        try
        {
            foreach (var (finding, sentenceSpan, superseded) in all.OrderBy(p => p.Finding.Span.Start).ThenBy(p => p.Finding.Span.Length).ThenBy(p => p.Finding.Id, StringComparer.Ordinal))
            {
                // In document order, a sentence's findings come one after another: its text is normalized once, and
                // hashed once per rule.
                if (current?.Span != sentenceSpan)
                {
                    current?.Fingerprints.Dispose();
                    var normalized = FindingFingerprint.NormalizeSentence(text.Substring(sentenceSpan.Start, sentenceSpan.Length));
                    current = (sentenceSpan, FindingFingerprint.Digest(normalized), new SentenceFingerprints(normalized));
                }
                var (_, digest, fingerprints) = current.Value;
                var occurrence = seen.GetValueOrDefault((finding.Id, digest));
                seen[(finding.Id, digest)] = occurrence + 1;
                if (superseded) continue;
                var fingerprinted = finding with { Fingerprint = fingerprints.Of(finding.Id, occurrence) };
                (finding.Suppression is null ? findings : suppressed).Add(fingerprinted);
            }
        }
        finally
        {
            current?.Fingerprints.Dispose();
        }
        var statistics = results.Aggregate(DocumentStatistics.Empty, (sum, r) => sum.Add(r.Statistics));
        return new LintReport(findings.ToImmutable(), suppressed.ToImmutable(), statistics);
    }

    /// <param name="Finding">In the document's offsets.</param>
    /// <param name="Sentence">Where the text of its fingerprint lies in the document: the sentence it starts in (<see cref="FingerprintSentence.SpanOf"/>).</param>
    /// <param name="Superseded">Rule precedence dropped it: it is not reported, but it marks a directive used and counts in fingerprints.</param>
    private readonly record struct SectionFinding(Finding Finding, TextSpan Sentence, bool Superseded);

    /// <param name="Findings">The findings that start in the section, in document order.</param>
    /// <param name="Sentences">The sentences that start in the section, in document offsets.</param>
    /// <param name="Failures">The messages of rule failures (RH0005) anywhere in the window.</param>
    /// <param name="Statistics">The words and quotations that start in the section.</param>
    private sealed record SectionResult(List<SectionFinding> Findings, ImmutableArray<TextSpan> Sentences, List<string> Failures, DocumentStatistics Statistics)
    {
        public static SectionResult Empty { get; } = new([], [], [], DocumentStatistics.Empty);
    }
}
