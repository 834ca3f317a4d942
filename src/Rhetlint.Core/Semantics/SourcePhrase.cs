using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>A source noun phrase found next to a cue: token range [Start, End), core phrase [Start, HeadEnd).</summary>
internal readonly record struct SourcePhrase(int Start, int HeadEnd, int End, SpeakerClass Speaker);

/// <summary>
/// Reads the noun phrase that names who is speaking, next to a reporting cue, within one sentence, and classifies
/// it. No tagger: the phrase is bounded by function words and punctuation, and its head must be a known role,
/// document or organization noun, a name, or a pronoun.
/// </summary>
internal sealed class SourcePhraseReader(ProseDocument document, Sentence sentence)
{
    private const int MaxPhraseWords = 8;
    private const int MaxClauseTokens = 16;
    private readonly ImmutableTokens _t = new(document.Tokens);
    private readonly int _first = sentence.FirstToken;
    private readonly int _end = sentence.EndToken;

    /// <summary>The source that ends right before <paramref name="cue"/> ("One columnist noted", "A diplomat who … told", "Brandt, a columnist, wrote").</summary>
    public SourcePhrase? ReadBefore(int cue)
    {
        var j = cue - 1;
        for (var skipped = 0; j >= _first && skipped < 3 && IsVerbPreModifier(_t[j]); skipped++) j--;
        if (j < _first) return null;
        var end = j + 1;

        if (_t[j].Text == ",")
        {
            // "Ilse Brandt, a columnist for the Gazette, wrote": the head precedes the appositive.
            var open = FindBackward(j - 1, t => t.Text == ",");
            if (open is not int comma) return null;
            return ReadCoreBackward(comma - 1) is { } head ? Classified(head.Start, head.End, end) : null;
        }

        var relative = FindBackward(j, t => t.Norm is "who" or "which");
        if (relative is int rel && ReadCoreBackward(rel - 1) is { } owner && IsRoleOrDocument(owner.End - 1))
            return Classified(owner.Start, owner.End, end);

        return ReadCoreBackward(j) is { } core ? Classified(core.Start, core.End, end) : null;
    }

    /// <summary>The source that starts at <paramref name="start"/> ("… said a senior diplomat.", "according to the ministry").</summary>
    public SourcePhrase? ReadAfter(int start)
    {
        var k = start;
        if (k >= _end || !_t[k].IsWord) return null;
        if (IsDeterminer(_t[k])) k++;
        var headEnd = k;
        while (headEnd < _end && headEnd - start < MaxPhraseWords && IsPhraseWord(_t[headEnd])) headEnd++;
        if (headEnd == k) return null;
        var end = headEnd;
        // Post-modifiers: "of the Harlow Institute", ", a columnist for the Gazette".
        if (end < _end && _t[end].Norm is "of" or "for" or "at" or "from" or "with" or "in" or "by")
            end = SkipWhile(end + 1, t => t.IsWord && !FunctionWords.NounPhraseBreakers.Contains(t.Norm) || IsDeterminer(t));
        if (end + 1 < _end && _t[end].Text == "," && IsDeterminer(_t[end + 1]))
        {
            var close = SkipWhile(end + 1, t => t.Text != "," && t.Kind != TokenKind.Quote && t.Text is not ("." or ";"));
            end = close;
        }
        return Classified(start, headEnd, end);
    }

    /// <summary>The subject that opens a clause: a determiner-led phrase whose head is a role or document noun.</summary>
    public SourcePhrase? ReadClauseSubject(int clauseStart, int limit)
    {
        var k = clauseStart;
        if (k >= limit || !IsDeterminer(_t[k])) return null;
        k++;
        int? head = null;
        for (; k < limit && k - clauseStart <= MaxPhraseWords && IsPhraseWord(_t[k]); k++)
        {
            if (IsRoleOrDocument(k)) { head = k; break; }
        }
        return head is int h ? Classified(clauseStart, h + 1, h + 1) : null;
    }

    private (int Start, int End)? ReadCoreBackward(int last)
    {
        if (last < _first || !_t[last].IsWord || IsDeterminer(_t[last]) || FunctionWords.NounPhraseBreakers.Contains(_t[last].Norm)) return null;
        var k = last;
        var words = 0;
        while (k >= _first && words < MaxPhraseWords)
        {
            var token = _t[k];
            if (IsDeterminer(token)) { k--; break; }
            var isWord = token.IsWord || (token.Kind == TokenKind.Number && k != last);
            if (!isWord || FunctionWords.NounPhraseBreakers.Contains(token.Norm)) break;
            k--;
            words++;
        }
        var start = k + 1;
        return IsHead(last, start) ? (start, last + 1) : null;
    }

    private SourcePhrase Classified(int start, int headEnd, int end) => new(start, headEnd, end, Classify(start, headEnd, end));

    private SpeakerClass Classify(int start, int headEnd, int end)
    {
        var head = _t[headEnd - 1];
        var first = _t[start].Norm;
        if (headEnd - start == 1 && FunctionWords.AuthorPronouns.Contains(head.Norm)) return SpeakerClass.Author;
        if (headEnd - start == 1 && FunctionWords.PersonPronouns.Contains(head.Norm)) return SpeakerClass.Pronoun;

        var indefinite = FunctionWords.IndefiniteSingular.Contains(first);
        if (indefinite)
        {
            if (Vocabulary.IsRoleNoun(head))
            {
                if (HasNameAfterCue(headEnd, end, "named", "called") || AppositiveIsName(headEnd, end)) return SpeakerClass.NamedPerson;
                return HasNamedAffiliation(headEnd, end) ? SpeakerClass.AnonymousDescribed : SpeakerClass.VagueSingular;
            }
            if (Vocabulary.IsDocumentNoun(head) || Vocabulary.IsOrganizationNoun(head))
                return HasProperNameInside(start + 1, headEnd - 1) || HasNamedAffiliation(headEnd, end)
                    ? SpeakerClass.NamedDocument
                    : SpeakerClass.VagueSingular;
        }
        if (Vocabulary.IsPluralRoleNoun(head) || Vocabulary.IsPluralDocumentNoun(head))
            return HasNamedAffiliation(headEnd, end) ? SpeakerClass.AnonymousDescribed : SpeakerClass.VagueCollective;
        // "Varn's 2023 defense white paper", "the Harlow Institute's review": a document tied to a name.
        if (Vocabulary.IsDocumentNoun(head) && HasProperNameInside(start, headEnd - 1, includePlaces: true)) return SpeakerClass.NamedDocument;
        if (IsName(headEnd - 1)) return Vocabulary.IsOrganizationNoun(head) || Actors.Match(_t.Span, headEnd - 1) is not null || IsAcronym(head)
            ? SpeakerClass.NamedOrganization
            : SpeakerClass.NamedPerson;
        return SpeakerClass.DefiniteRole;
    }

    private bool IsHead(int index, int phraseStart)
    {
        var token = _t[index];
        if (FunctionWords.PersonPronouns.Contains(token.Norm) || FunctionWords.AuthorPronouns.Contains(token.Norm))
            return index == phraseStart;
        return IsRoleOrDocument(index) || Vocabulary.IsPluralRoleNoun(token) || Vocabulary.IsPluralDocumentNoun(token)
            || Vocabulary.IsOrganizationNoun(token) || IsName(index);
    }

    private bool IsRoleOrDocument(int index) => Vocabulary.IsRoleNoun(_t[index]) || Vocabulary.IsDocumentNoun(_t[index]);

    /// <summary>A capitalized word that is not just capitalized because it opens the sentence.</summary>
    private bool IsName(int index)
    {
        var token = _t[index];
        if (!token.IsWord || !token.IsCapitalized) return false;
        if (FunctionWords.Months.Contains(token.Norm) || FunctionWords.Weekdays.Contains(token.Norm)) return false;
        return index != _first || !FunctionWords.SentenceStarters.Contains(token.Norm) && !Vocabulary.IsPluralRoleNoun(token) && !IsRoleOrDocument(index);
    }

    private static bool IsAcronym(Token token) => token.Text.Length >= 2 && token.Text.All(c => char.IsUpper(c) || c == '.');

    private bool HasProperNameInside(int from, int to, bool includePlaces = false)
    {
        for (var k = from; k < to; k++)
            if (IsName(k) && (includePlaces || !Actors.IsPlaceWord(_t[k]))) return true;
        return false;
    }

    /// <summary>"… for/at/of/with/from/by the Harlow Institute" among the post-modifiers.</summary>
    private bool HasNamedAffiliation(int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (_t[k].Norm is not ("for" or "at" or "of" or "with" or "from" or "by")) continue;
            var n = k + 1;
            if (n < to && FunctionWords.Definite.Contains(_t[n].Norm)) n++;
            if (n < to && IsName(n) && !Actors.IsPlaceWord(_t[n])) return true;
        }
        return false;
    }

    private bool HasNameAfterCue(int from, int to, params string[] cues)
    {
        for (var k = from; k + 1 < to; k++)
            if (cues.Contains(_t[k].Norm) && IsName(k + 1)) return true;
        return false;
    }

    /// <summary>", Dana Reyes," right after the head.</summary>
    private bool AppositiveIsName(int from, int to) =>
        from + 1 < to && _t[from].Text == "," && IsName(from + 1) && !Actors.IsPlaceWord(_t[from + 1]);

    private static bool IsDeterminer(Token token) =>
        FunctionWords.IndefiniteSingular.Contains(token.Norm) || FunctionWords.Definite.Contains(token.Norm)
        || FunctionWords.Possessive.Contains(token.Norm) || FunctionWords.VagueQuantifiers.Contains(token.Norm);

    private static bool IsPhraseWord(Token token) =>
        (token.IsWord || token.Kind == TokenKind.Number) && !FunctionWords.NounPhraseBreakers.Contains(token.Norm);

    private static bool IsVerbPreModifier(Token token) =>
        token.IsWord && (FunctionWords.VerbPreModifiers.Contains(token.Norm)
            || token.Norm.Length > 4 && token.Norm.EndsWith("ly", StringComparison.Ordinal));

    private int? FindBackward(int from, Func<Token, bool> match)
    {
        for (var k = from; k >= _first && from - k <= MaxClauseTokens; k--)
        {
            var token = _t[k];
            if (match(token)) return k;
            if (token.Kind == TokenKind.Quote || token.Text is ";" or ":" or "(" or ")") return null;
        }
        return null;
    }

    private int SkipWhile(int from, Func<Token, bool> match)
    {
        var k = from;
        while (k < _end && k - from < MaxClauseTokens && match(_t[k])) k++;
        return k;
    }

    /// <summary>Index access to the document's tokens without copying the array.</summary>
    private readonly struct ImmutableTokens(System.Collections.Immutable.ImmutableArray<Token> tokens)
    {
        public Token this[int index] => tokens[index];
        public ReadOnlySpan<Token> Span => tokens.AsSpan();
    }
}
