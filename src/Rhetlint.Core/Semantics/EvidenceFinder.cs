using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>Grades each sentence by the checkable support it carries (RULES.md §3 M6).</summary>
internal static class EvidenceFinder
{
    public static ImmutableArray<EvidenceStrength> Grade(ProseDocument document, ImmutableArray<AttributionFrame> frames)
    {
        var grades = new EvidenceStrength[document.Sentences.Length];
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            var grade = EvidenceStrength.None;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                grade = Max(grade, TokenEvidence(tokens, sentence, i));
            // A figure together with a named source or dataset ("18.6 per cent … tracked by Fjell Analytics").
            if (grade == EvidenceStrength.Medium && HasNameAfterStart(tokens, sentence)) grade = EvidenceStrength.Strong;
            grades[sentence.Index] = grade;
        }
        foreach (var link in document.Prose.Links)
        {
            var sentence = SentenceAt(document, link.Span.End - 1) ?? SentenceAt(document, link.Span.Start);
            if (sentence is not null) grades[sentence.Index] = EvidenceStrength.Strong;
        }
        foreach (var frame in frames)
        {
            var strength = frame.Speaker switch
            {
                SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument => EvidenceStrength.Strong,
                SpeakerClass.AnonymousDescribed => EvidenceStrength.Medium,
                // "the minister said" is a checkable source; "Research shows" only sounds like one.
                SpeakerClass.DefiniteRole when IsPersonOrBody(tokens[frame.SourceHeadEnd - 1]) => EvidenceStrength.Medium,
                _ => EvidenceStrength.None,
            };
            grades[frame.SentenceIndex] = Max(grades[frame.SentenceIndex], strength);
        }
        return [.. grades];
    }

    private static bool IsPersonOrBody(Token head) =>
        Vocabulary.IsRoleNoun(head) || Vocabulary.IsPluralRoleNoun(head) || Vocabulary.IsOrganizationNoun(head) || Vocabulary.IsSpokesperson(head);

    /// <summary>A citation in the sentence: a link, a footnote marker or "[1]", or a parenthetical (Author Year).</summary>
    public static bool HasCitation(ProseDocument document, Sentence sentence)
    {
        if (HasLinkIn(document, sentence)) return true;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (TokenEvidence(document.Tokens, sentence, i) == EvidenceStrength.Strong) return true;
        return false;
    }

    /// <summary>Whether a link starts inside the sentence; links are in document order, so this is a binary search.</summary>
    public static bool HasLinkIn(ProseDocument document, Sentence sentence)
    {
        var links = document.Prose.Links;
        int lo = 0, hi = links.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var start = links[mid].Span.Start;
            if (start < sentence.Span.Start) lo = mid + 1;
            else if (start >= sentence.Span.End) hi = mid - 1;
            else return true;
        }
        return false;
    }

    private static EvidenceStrength TokenEvidence(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            // "[1]" and "(Moss 2021)" are citations; a bare year only dates a claim.
            if (i > sentence.FirstToken && i + 1 < sentence.EndToken && tokens[i - 1].Text == "[" && tokens[i + 1].Text == "]")
                return EvidenceStrength.Strong;
            // "the 1970s" dates a claim the way a bare year does; it is no figure.
            if (IsDecade(token)) return EvidenceStrength.Weak;
            if (token.IsYear)
            {
                if (i + 1 < sentence.EndToken && tokens[i + 1].Text == ")" && i > sentence.FirstToken + 1 && IsParentheticalCitation(tokens, sentence, i))
                    return EvidenceStrength.Strong;
                var afterMonth = i > sentence.FirstToken && FunctionWords.Months.Contains(tokens[i - 1].Norm);
                return afterMonth ? EvidenceStrength.Medium : EvidenceStrength.Weak;
            }
            return EvidenceStrength.Medium;
        }
        if (token.Kind == TokenKind.Symbol && token.Text.Length == 1 && "¹²³⁴⁵⁶⁷⁸⁹†‡".Contains(token.Text[0]))
            return EvidenceStrength.Strong;
        return EvidenceStrength.None;
    }

    /// <summary>"(Moss 2021)", "(Harlow Institute, 2023)": a capitalized word after the parenthesis, a year before it closes.</summary>
    private static bool IsParentheticalCitation(ImmutableArray<Token> tokens, Sentence sentence, int year)
    {
        for (var k = year - 1; k >= sentence.FirstToken && year - k <= 6; k--)
        {
            if (tokens[k].Text == "(") return k + 1 < year && tokens[k + 1].IsCapitalized;
            if (tokens[k].Text == ")") return false;
        }
        return false;
    }

    private static bool HasNameAfterStart(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (token.IsWord && token.IsCapitalized && !FunctionWords.Months.Contains(token.Norm) && !FunctionWords.Weekdays.Contains(token.Norm)
                && tokens[i - 1].Kind != TokenKind.Quote && tokens[i - 1].Text is not (":" or "(" or "—"))
                return true;
        }
        return false;
    }

    private static bool IsDecade(Token token) => token.Text.Length == 5 && token.Text[4] == 's' && Token.IsYearText(token.Text[..4]);

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

    private static EvidenceStrength Max(EvidenceStrength a, EvidenceStrength b) => a > b ? a : b;
}
