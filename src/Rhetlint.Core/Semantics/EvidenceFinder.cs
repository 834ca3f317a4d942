using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Finds the evidence items of a document once (RULES.md §3 M6): links, citations, sources (the attribution frames),
/// datasets, kept records and figures. Whether an item supports a claim is decided per claim by <see cref="EvidenceLinker"/>.
/// </summary>
internal static class EvidenceFinder
{
    public static ImmutableArray<EvidenceItem> Find(ProseDocument document, ImmutableArray<AttributionFrame> frames, NameEvidence names)
    {
        var items = new List<EvidenceItem>();
        var records = new RecordReader(document, names);
        foreach (var sentence in document.Sentences)
        {
            Citations(document, sentence, items);
            records.Read(sentence, items);
            FigureReader.Read(document, sentence, items);
        }
        foreach (var link in document.Prose.Links)
        {
            var (first, end) = TokensIn(document, link.Span);
            if (first < end && IsCallToAction(document, first, end)) continue;
            if (first < end)
                items.Add(new EvidenceItem(EvidenceKind.Link, document.SentenceOfToken(first).Index, first, end));
            // An autolink is masked and has no tokens: it is the link of the sentence around it, shown by the word before it.
            else if (SentenceAt(document, link.Span.Start) is { } sentence)
                items.Add(new EvidenceItem(EvidenceKind.Link, sentence.Index, Math.Max(sentence.FirstToken, first - 1), Math.Max(sentence.FirstToken, first - 1) + 1));
        }
        for (var f = 0; f < frames.Length; f++)
        {
            var frame = frames[f];
            if (frame.Speaker == SpeakerClass.Author) continue;
            var speaker = frame.Speaker == SpeakerClass.Pronoun && frame.Antecedent is int antecedent ? frames[antecedent].Speaker : frame.Speaker;
            items.Add(new EvidenceItem(EvidenceKind.Source, frame.SentenceIndex, frame.SourceStart, frame.SourceEnd) { FrameIndex = f, Publisher = speaker });
        }
        return [.. items.OrderBy(i => i.SentenceIndex).ThenBy(i => i.First).ThenBy(i => i.Kind)];
    }

    /// <summary>
    /// "[Write to your councillor](…) today.", "[Sign up](…) for the newsletter.", "[Read more](…)": a link whose text opens
    /// its sentence with an imperative asks the reader to act and cites nothing (issue 16). The verb is a base form of
    /// imperative_verbs_wordnet.txt followed by a function word or by nothing, so a headline link ("[Share prices fall]
    /// (…)") and a link that names its source ("[the council's report](…)", "[Report of the inquiry](…)", "[a 2024 study]
    /// (…)") stay citations.
    /// </summary>
    private static bool IsCallToAction(ProseDocument document, int first, int end)
    {
        var tokens = document.Tokens;
        var sentence = document.SentenceOfToken(first);
        var opening = sentence.FirstToken;
        while (opening < first && !tokens[opening].IsWord) opening++;
        return opening == first && Imperatives.IsCallToActionAt(tokens, sentence, first, end);
    }

    /// <summary>A footnote marker ("¹", "†"), a reference number ("[1]") or a parenthetical citation ("(Moss 2021)").</summary>
    private static void Citations(ProseDocument document, Sentence sentence, List<EvidenceItem> items)
    {
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Symbol && token.Text.Length == 1 && "¹²³⁴⁵⁶⁷⁸⁹†‡".Contains(token.Text[0]))
                items.Add(new EvidenceItem(EvidenceKind.Citation, sentence.Index, i, i + 1));
            else if (FigureReader.IsReferenceNumber(tokens, sentence, i))
                items.Add(new EvidenceItem(EvidenceKind.Citation, sentence.Index, i - 1, i + 2));
            else if (token.IsYear && FigureReader.IsParentheticalCitation(tokens, sentence, i))
                items.Add(new EvidenceItem(EvidenceKind.Citation, sentence.Index, OpeningParenthesis(tokens, i), i + 2));
        }
    }

    private static int OpeningParenthesis(ImmutableArray<Token> tokens, int year)
    {
        var k = year - 1;
        while (tokens[k].Text != "(") k--;
        return k;
    }

    private static Sentence? SentenceAt(ProseDocument document, int position)
    {
        var sentences = document.Sentences;
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var span = sentences[mid].Span;
            if (position < span.Start) hi = mid - 1;
            else if (position >= span.End) lo = mid + 1;
            else return sentences[mid];
        }
        return null;
    }

    /// <summary>The tokens inside <paramref name="span"/>, as a half-open range.</summary>
    private static (int First, int End) TokensIn(ProseDocument document, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var tokens = document.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Span.End <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        var end = lo;
        while (end < tokens.Length && tokens[end].Span.Start < span.End) end++;
        return (lo, end);
    }
}
