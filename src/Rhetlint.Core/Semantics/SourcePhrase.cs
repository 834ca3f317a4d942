using System.Collections.Frozen;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>A source noun phrase found next to a cue: token range [Start, End), core phrase [Start, HeadEnd).</summary>
internal readonly record struct SourcePhrase(int Start, int HeadEnd, int End, SpeakerClass Speaker);

/// <summary>
/// Reads the noun phrase that names who is speaking, next to a reporting cue, within one sentence, and classifies
/// it. No tagger: the phrase is bounded by function words and punctuation, and its head must be a known role,
/// document or organization noun, a name, or a pronoun.
/// </summary>
internal sealed class SourcePhraseReader(ProseDocument document, Sentence sentence, NameEvidence names)
{
    private const int MaxPhraseWords = 8;
    private const int MaxClauseTokens = 16;
    /// <summary>How far back a post-modified source may start: "an envoy who has sat through the Varn talks told".</summary>
    private const int MaxPostModifierTokens = 14;
    private readonly ImmutableTokens _t = new(document.Tokens);
    private readonly int _first = sentence.FirstToken;
    private readonly int _end = sentence.EndToken;

    /// <summary>The source that ends right before <paramref name="cue"/> ("One columnist noted", "A diplomat who … told", "Brandt, a columnist, wrote").</summary>
    public SourcePhrase? ReadBefore(int cue)
    {
        if (ReadSubjectBefore(cue) is not { } source) return null;
        if (source.Start == _first || !FunctionWords.Prepositions.Contains(_t[source.Start - 1].Norm)) return source;
        // "one of the judges said", "some of the officials": the quantity is the subject, the phrase its partitive.
        var preposition = source.Start - 1;
        if (_t[preposition].Norm == "of" && preposition - 1 >= _first
            && (FunctionWords.Partitives.Contains(_t[preposition - 1].Norm) || _t[preposition - 1].Kind == TokenKind.Number))
            return Classified(preposition - 1, source.HeadEnd, source.End);
        // "the Commission on Presidential Debates says": the phrase is the object inside a larger subject, which the source spans.
        // Other prepositions ("rejected by officials who said", "despite officials") make it no subject at all.
        if (!NounPhrasePrepositions.Contains(_t[preposition].Norm)) return null;
        return ReadAnyNounBackward(preposition - 1) is { } owner ? Classified(owner.Start, owner.End, source.End) : source;
    }

    /// <summary>The phrase before the cue, which may be the object of a preposition inside the real subject.</summary>
    private SourcePhrase? ReadSubjectBefore(int cue)
    {
        var j = cue - 1;
        var offTheRecord = false;
        // An outlet's own words are not adverbs: "Critics Weekly said".
        for (var skipped = 0; j >= _first && skipped < 3 && IsVerbPreModifier(_t[j]) && names.OutletAt(j) is null; skipped++)
            offTheRecord |= FunctionWords.AnonymityAdverbs.Contains(_t[j--].Norm);
        // "Brandt paused and said": the source is the subject of the first verb.
        if (j - 1 > _first && _t[j].Norm == "and" && IsPastVerbShape(_t[j - 1]))
            for (j -= 2; j >= _first && IsVerbPreModifier(_t[j]);) j--;
        // "Sen. Ilse Brandt (L-Halden) said": a party or place tag after the name.
        if (j > _first && _t[j].Text == ")" && FindBackward(j - 1, t => t.Text == "(") is int paren && paren - 1 >= _first && IsName(paren - 1))
            j = paren - 1;
        if (j < _first) return null;
        var end = j + 1;
        // "tweets in which he called …", "she's said": a pronoun right before the verb is its subject.
        if (FunctionWords.PersonPronouns.Contains(_t[j].Norm) || FunctionWords.AuthorPronouns.Contains(_t[j].Norm))
            return Classified(j, j + 1, end);
        if (FunctionWords.IsPronounContraction(_t[j]) && _t[j].Norm is "he's" or "she's" or "they've" or "we've" or "i've")
            return new SourcePhrase(j, j + 1, end, _t[j].Norm is "we've" or "i've" ? SpeakerClass.Author : SpeakerClass.Pronoun);
        // "Amnesty said", "Steel told": one capitalized word right before the verb is a name, common word or not,
        // unless it is the kind of noun that stands for research rather than a speaker ("Research shows").
        // A plural ("Locals say") is a group.
        if (j == _first && cue == j + 1 && _t[j].IsCapitalized && Vocabulary.IsCommonWord(_t[j]) && !EvidenceNouns.Contains(_t[j].Norm)
            && !_t[j].Norm.EndsWith('s')
            && !Vocabulary.IsDocumentNoun(_t[j]) && !Vocabulary.IsPluralDocumentNoun(_t[j]) && !FunctionWords.SentenceStarters.Contains(_t[j].Norm)
            && !Vocabulary.IsRoleNoun(_t[j]) && !Vocabulary.IsPluralRoleNoun(_t[j]))
            return new SourcePhrase(j, j + 1, end, SpeakerClass.NamedOrganization);

        // "others note", "some argue", "though many believe": a quantifier standing for unnamed people.
        // ("Some state officials praised" is a determiner before a noun that happens to be a verb form.)
        if (FunctionWords.VaguePronouns.Contains(_t[j].Norm) && (j == _first || IsClauseBoundary(_t[j - 1]))
            && !(cue + 1 < _end && (Vocabulary.IsPluralRoleNoun(_t[cue + 1]) || Vocabulary.IsAnonymousSourceNoun(_t[cue + 1]) || IsPeopleWord(_t[cue + 1]))))
            return new SourcePhrase(j, j + 1, end, SpeakerClass.VagueCollective);

        if (_t[j].Text == ",")
        {
            // "Ilse Brandt, a columnist for the Gazette, wrote": the head precedes the appositive.
            var open = FindBackward(j - 1, t => t.Text == ",");
            if (open is not int comma) return null;
            return (ReadPostModifiedBackward(comma - 1) ?? ReadCoreBackward(comma - 1)) is { } head ? Classified(head.Start, head.End, end) : null;
        }

        if (ReadPostModifiedBackward(j) is { } owner) return Classified(owner.Start, owner.End, end);
        if (ReadCoreBackward(j) is { } core) return Classified(core.Start, core.End, end);
        // "Industry figures privately warned": speaking off the record makes the phrase a source, whatever its noun.
        return offTheRecord && ReadAnyNounBackward(j) is { } phrase
            ? new SourcePhrase(phrase.Start, phrase.End, end, IsName(phrase.End - 1) ? SpeakerClass.NamedOrganization : SpeakerClass.AnonymousBare)
            : null;
    }

    /// <summary>
    /// A source head followed by a relative clause or prepositional phrase that runs up to the cue ("a diplomat who
    /// has sat through the Varn talks", "people familiar with the talks", "analysts at Brenner Capital"). The
    /// leftmost owner wins, so "officials close to the minister" is read as officials, not the minister.
    /// </summary>
    private (int Start, int End)? ReadPostModifiedBackward(int last)
    {
        (int Start, int End)? found = null;
        var finiteVerb = false;
        for (var k = last; k > _first && last - k < MaxPostModifierTokens; k--)
        {
            var token = _t[k];
            if (token.Kind is TokenKind.Quote || token.Text is "," or ";" or ":" or "(" or ")" || token.Norm == "that") break;
            finiteVerb |= FunctionWords.Auxiliaries.Contains(token.Norm) || FunctionWords.PersonPronouns.Contains(token.Norm) || FunctionWords.AuthorPronouns.Contains(token.Norm);
            var relative = token.Norm is "who" or "which" || Vocabulary.SourceAccessCues.LongestAt(document.Tokens, k, _end) > 0;
            // "Ilse Brandt, who chairs the committee, said" / "Brandt, who said": a relative clause set off by a comma.
            if (token.Norm is "who" or "which" && k - 2 >= _first && _t[k - 1].Text == ","
                && ReadCoreBackward(k - 2) is { } described && IsSourceHead(described.End - 1, described.Start, k))
                return described;
            // A prepositional phrase holds no finite verb: "the source of the leak was never found" is not a source.
            if (!relative && (finiteVerb || !PostModifierPrepositions.Contains(token.Norm) || k == last)) continue;
            if (ReadCoreBackward(k - 1) is { } owner && IsSourceHead(owner.End - 1, owner.Start, k)) found = owner;
            if (relative) finiteVerb = false;
        }
        return found;
    }

    /// <summary>Mass nouns that stand for research or reasoning, never a speaker ("Research shows", "Experience suggests").</summary>
    private static readonly FrozenSet<string> EvidenceNouns = new[]
    {
        "research", "evidence", "data", "science", "history", "experience", "logic", "reason", "testing", "polling", "literature",
        "analysis", "economics", "physics", "biology", "medicine", "psychology", "precedent", "common", "wisdom", "tradition",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NounPhrasePrepositions =
        new[] { "of", "on", "at", "for", "to", "in", "from", "with" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PostModifierPrepositions =
        new[] { "at", "of", "for", "from", "with", "inside", "within", "in" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A bare noun phrase of words and names ending at <paramref name="last"/>.</summary>
    private (int Start, int End)? ReadAnyNounBackward(int last)
    {
        var k = last;
        while (k >= _first && last - k < MaxPhraseWords && IsPhraseWord(_t[k]) && !IsDeterminer(_t[k])) k--;
        return k < last ? (k + 1, last + 1) : null;
    }

    private static bool IsPastVerbShape(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Norm.Length > 3 && token.Norm.EndsWith("ed", StringComparison.Ordinal);

    private static bool IsClauseBoundary(Token token) =>
        token.Text is "," or ";" or "—" || token.Norm is "and" or "but" or "though" or "although" or "while" or "whereas" or "yet";

    /// <summary>The source that starts at <paramref name="start"/> ("… said a senior diplomat.", "according to the ministry").</summary>
    public SourcePhrase? ReadAfter(int start)
    {
        var k = start;
        if (k >= _end || !_t[k].IsWord) return null;
        if (IsDeterminer(_t[k])) k++;
        var headEnd = k;
        while (headEnd < _end && headEnd - start < MaxPhraseWords && IsPhraseWord(_t[headEnd])
               && Vocabulary.SourceAccessCues.LongestAt(document.Tokens, headEnd, _end) == 0) headEnd++;
        if (headEnd == k) return null;
        var end = headEnd;
        // Post-modifiers: "of the Harlow Institute", ", a columnist for the Gazette".
        if (Vocabulary.SourceAccessCues.LongestAt(document.Tokens, end, _end) is > 0 and var cue)
            end = SkipWhile(end + cue, t => t.IsWord && !FunctionWords.NounPhraseBreakers.Contains(t.Norm) || IsDeterminer(t));
        else if (end < _end && _t[end].Norm is "of" or "for" or "at" or "from" or "with" or "in" or "by")
            end = SkipWhile(end + 1, t => t.IsWord && !FunctionWords.NounPhraseBreakers.Contains(t.Norm) || IsDeterminer(t));
        if (end + 1 < _end && _t[end].Text == "," && IsDeterminer(_t[end + 1]))
        {
            var close = SkipWhile(end + 1, t => t.Text != "," && t.Kind != TokenKind.Quote && t.Text is not ("." or ";"));
            end = close;
        }
        return Classified(start, headEnd, end);
    }

    /// <summary>Exactly the tokens [<paramref name="start"/>, <paramref name="end"/>) as a source, if they end in a source head.</summary>
    public SourcePhrase? ReadExact(int start, int end)
    {
        if (end <= start || end - start > MaxPhraseWords || !IsHead(end - 1, IsDeterminer(_t[start]) ? start + 1 : start)) return null;
        for (var k = start; k < end; k++)
            if (!IsPhraseWord(_t[k]) && !IsDeterminer(_t[k])) return null;
        return Classified(start, end, end);
    }

    /// <summary>The subject that opens a clause: a determiner-led phrase whose head is a role or document noun.</summary>
    public SourcePhrase? ReadClauseSubject(int clauseStart, int limit)
    {
        var k = clauseStart;
        if (k < limit && _t[k].Norm == "as") clauseStart = ++k;
        if (k >= limit) return null;
        int? head = null;
        // "she continued, “…”": a pronoun subject with its verb.
        if (FunctionWords.PersonPronouns.Contains(_t[k].Norm) && k + 1 < limit)
            return new SourcePhrase(k, k + 1, k + 1, SpeakerClass.Pronoun);
        if (IsName(k) && !IsDeterminer(_t[k]))
            head = k;
        else if (IsDeterminer(_t[k]))
            for (k++; k < limit && k - clauseStart <= MaxPhraseWords && IsPhraseWord(_t[k]); k++)
                if (IsRoleOrDocument(k) || Vocabulary.IsPluralRoleNoun(_t[k])) { head = k; break; }
        if (head is not int h) return null;
        // "the historian Lena Moss": a name after the role is the head.
        while (h + 1 < limit && IsName(h + 1)) h++;
        // A bare name before a quotation is an apposition ("Kestria, “the hermit state,”"), not a speaker: it needs a predicate.
        if (h + 1 >= limit && !IsDeterminer(_t[clauseStart])) return null;
        return Classified(clauseStart, h + 1, h + 1);
    }

    private (int Start, int End)? ReadCoreBackward(int last)
    {
        if (last < _first || !_t[last].IsWord || IsDeterminer(_t[last]) || FunctionWords.NounPhraseBreakers.Contains(_t[last].Norm)) return null;
        var k = last;
        var words = 0;
        while (k >= _first && words < MaxPhraseWords)
        {
            var token = _t[k];
            // "says that Hillary Brandt called": "that" before a name introduces a clause, it does not determine the name.
            if (token.Norm == "that" && k < last && _t[k + 1].IsCapitalized) break;
            if (IsDeterminer(token)) { k--; break; }
            var isWord = token.IsWord || (token.Kind == TokenKind.Number && k != last);
            if (!isWord || FunctionWords.NounPhraseBreakers.Contains(token.Norm)) break;
            k--;
            words++;
        }
        var start = k + 1;
        // "Meanwhile student leaders have warned": an opening adverb is not part of the source.
        while (start < last && FunctionWords.SentenceStarters.Contains(_t[start].Norm) && !IsDeterminer(_t[start]) && names.OutletAt(start) is null) start++;
        return IsHead(last, start) ? (start, last + 1) : null;
    }

    private SourcePhrase Classified(int start, int headEnd, int end) => new(start, headEnd, end, Classify(start, headEnd, end));

    private SpeakerClass Classify(int start, int headEnd, int end)
    {
        var head = _t[headEnd - 1];
        var first = _t[start].Norm;
        if (headEnd - start == 1 && FunctionWords.AuthorPronouns.Contains(head.Norm)) return SpeakerClass.Author;
        if (headEnd - start == 1 && FunctionWords.PersonPronouns.Contains(head.Norm)) return SpeakerClass.Pronoun;
        if (headEnd - start == 1 && FunctionWords.VaguePronouns.Contains(head.Norm)) return SpeakerClass.VagueCollective;
        // A configured outlet is named whatever its words are ("Critics Weekly", "the Insider").
        if (names.OutletAt(headEnd - 1) is { } outlet && outlet.End == headEnd && outlet.First >= start) return SpeakerClass.NamedOrganization;

        if (HasNameAfterCue(headEnd, end, "named", "called") || AppositiveIsName(headEnd, end) || IsAppositiveOfName(start))
            return SpeakerClass.NamedPerson;
        var access = Vocabulary.SourceAccessCues.OccursIn(document.Tokens, headEnd, end);
        var definite = FunctionWords.Definite.Contains(first) || FunctionWords.Possessive.Contains(first) && !IsPeopleWord(head);
        if (Vocabulary.IsAnonymousSourceNoun(head) || IsPeopleWord(head) && access)
        {
            // "the source added": a source introduced earlier, judged where it was introduced.
            if (FunctionWords.Definite.Contains(first)) return SpeakerClass.DefiniteRole;
            return access || HasNamedAffiliation(headEnd, end) || HasProperNameInside(start, headEnd - 1)
                ? SpeakerClass.AnonymousDescribed
                : SpeakerClass.AnonymousBare;
        }
        if (IsPeopleWord(head) && (headEnd - start == 1 || FunctionWords.VagueQuantifiers.Contains(first))) return SpeakerClass.VagueCollective;

        var indefinite = FunctionWords.IndefiniteSingular.Contains(first);
        if (indefinite)
        {
            // A spokesperson speaks on the record for a body the story names, with or without repeating it here.
            if (Vocabulary.IsSpokesperson(head)) return SpeakerClass.AnonymousDescribed;
            if (Vocabulary.IsRoleNoun(head))
                return HasNamedAffiliation(headEnd, end) || access ? SpeakerClass.AnonymousDescribed : SpeakerClass.VagueSingular;
            if (Vocabulary.IsDocumentNoun(head) || Vocabulary.IsOrganizationNoun(head))
                return HasProperNameInside(start + 1, headEnd - 1) || HasNamedAffiliation(headEnd, end)
                    ? SpeakerClass.NamedDocument
                    : SpeakerClass.VagueSingular;
        }
        if (Vocabulary.IsPluralDocumentNoun(head) && !definite && (HasNamedAffiliation(headEnd, end) || HasProperNameInside(start, headEnd - 1)))
            return SpeakerClass.NamedDocument;
        if (Vocabulary.IsPluralRoleNoun(head) || Vocabulary.IsPluralDocumentNoun(head))
            return definite ? SpeakerClass.DefiniteRole : HasNamedAffiliation(headEnd, end) || access || HasProperNameInside(start, headEnd - 1)
                ? SpeakerClass.AnonymousDescribed
                : SpeakerClass.VagueCollective;
        // "Varn's 2023 defense white paper", "the Harlow Institute's review": a document tied to a name.
        if (Vocabulary.IsDocumentNoun(head) && HasProperNameInside(start, headEnd - 1, includePlaces: true)) return SpeakerClass.NamedDocument;
        if (IsName(headEnd - 1)) return Vocabulary.IsOrganizationNoun(head) || names.Actors.Match(_t.Span, headEnd - 1) is not null || IsAcronym(head)
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
            || Vocabulary.IsOrganizationNoun(token) || Vocabulary.IsAnonymousSourceNoun(token) || IsName(index)
            || IsPeopleWord(token) && (index == phraseStart || FunctionWords.VagueQuantifiers.Contains(_t[index - 1].Norm));
    }

    /// <summary>A head that may own a post-modifier: the usual heads, and "people" when an access cue follows it.</summary>
    private bool IsSourceHead(int index, int phraseStart, int modifier) =>
        !FunctionWords.PersonPronouns.Contains(_t[index].Norm) && !FunctionWords.AuthorPronouns.Contains(_t[index].Norm)
        && (IsHead(index, phraseStart) || IsPeopleWord(_t[index]) && Vocabulary.SourceAccessCues.LongestAt(document.Tokens, modifier, _end) > 0);

    private static bool IsPeopleWord(Token token) => token.Norm is "people" or "person" or "someone" or "those";

    private bool IsRoleOrDocument(int index) => Vocabulary.IsRoleNoun(_t[index]) || Vocabulary.IsDocumentNoun(_t[index]);

    /// <summary>A capitalized word that is not just capitalized because it opens the sentence.</summary>
    private bool IsName(int index)
    {
        var token = _t[index];
        if (names.OutletAt(index) is not null) return true;
        if (!token.IsWord || !token.IsCapitalized) return false;
        if (FunctionWords.Months.Contains(token.Norm) || FunctionWords.Weekdays.Contains(token.Norm)) return false;
        if (index != _first) return true;
        return !FunctionWords.SentenceStarters.Contains(token.Norm) && !Vocabulary.IsPluralRoleNoun(token) && !IsRoleOrDocument(index)
            && (names.IsCapitalizedInside(token) || !names.IsWrittenLowercase(token) && !Vocabulary.IsCommonWord(token));
    }

    /// <summary>A name used as a modifier must be known as one: "Aviation experts" opens a sentence, "Pentagon planners" names a body.</summary>
    private bool IsModifierName(int index) =>
        IsName(index) && (index != _first || names.IsCapitalizedInside(_t[index]) || names.Actors.Match(_t.Span, index) is not null
            || names.OutletAt(index) is not null);

    private static bool IsAcronym(Token token) => token.Text.Length >= 2 && token.Text.All(c => char.IsUpper(c) || c == '.');

    private bool HasProperNameInside(int from, int to, bool includePlaces = false)
    {
        for (var k = from; k < to; k++)
            if (IsModifierName(k) && (includePlaces || !names.Actors.IsPlaceWord(_t[k]))) return true;
        return false;
    }

    /// <summary>"… for/at/of/with/from/by the Harlow Institute" among the post-modifiers.</summary>
    private bool HasNamedAffiliation(int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (_t[k].Norm is not ("for" or "at" or "of" or "with" or "from" or "by" or "to")) continue;
            var n = k + 1;
            if (n < to && FunctionWords.Definite.Contains(_t[n].Norm)) n++;
            if (n < to && IsName(n) && !names.Actors.IsPlaceWord(_t[n])) return true;
        }
        return false;
    }

    private bool HasNameAfterCue(int from, int to, params string[] cues)
    {
        for (var k = from; k + 1 < to; k++)
            if (cues.Contains(_t[k].Norm) && IsName(k + 1)) return true;
        return false;
    }

    /// <summary>"David Moss, an associate professor at …": the phrase is an appositive to the name before it.</summary>
    private bool IsAppositiveOfName(int start) => start - 2 >= _first && _t[start - 1].Text == "," && IsName(start - 2);

    /// <summary>", Dana Reyes," right after the head.</summary>
    private bool AppositiveIsName(int from, int to)
    {
        // ", Dana Reyes," after the head or after its post-modifiers ("one resident of the old town, Dana Reyes,").
        for (var k = from; k + 1 < to; k++)
            if (_t[k].Text == "," && IsName(k + 1) && !names.Actors.IsPlaceWord(_t[k + 1]) && (k + 2 >= to || _t[k + 2].Text == "," || IsName(k + 2)))
                return true;
        return false;
    }

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
