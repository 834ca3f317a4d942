using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

internal sealed partial class RecordReader
{
    /// <summary>
    /// A body that opens the sentence and acts on its own data: "The Kestrian Labour Office also revised its figures
    /// …", "The agency raised its estimate …", "The Bureau of Kestrian Statistics updated its count …". Whatever the verb, "its
    /// figures" are the subject's own, so the figures the sentence goes on to give are a dataset that body publishes,
    /// as "the office's figures" is. The subject is read as a source is (a named body, or a definite organization or
    /// role); the verb is a past tense, after at most one adverb ("also", "quietly").
    /// </summary>
    private (int First, int End, SpeakerClass Publisher)? OwnDataOfOpeningBody(Sentence sentence, int i)
    {
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && !_t[first].IsWord) first++;
        if (i != first) return null;
        if (new SourcePhraseReader(document, sentence, names).ReadClauseSubject(first, sentence.EndToken) is not { } subject || !IsPublisher(subject)) return null;
        var k = subject.End;
        // "The Bureau of Labor Statistics": a name that runs on past the head the source reader stops at.
        if (Norm(sentence, k) == "of" && k + 1 < sentence.EndToken && IsNameWord(sentence, k + 1))
            for (k++; k < sentence.EndToken && IsNameWord(sentence, k); k++) { }
        if (Norm(sentence, k) is "also" or "again" or "now" or "then" or "later" || Norm(sentence, k).EndsWith("ly", StringComparison.Ordinal)) k++;
        if (!Norm(sentence, k).EndsWith("ed", StringComparison.Ordinal) || FunctionWords.Auxiliaries.Contains(Norm(sentence, k))) return null;
        if (Norm(sentence, ++k) is not ("its" or "their")) return null;
        // "its figures", "its monthly figures", "its payroll estimates for November".
        for (var noun = k + 1; noun < sentence.EndToken && noun - k <= 3 && _t[noun].IsWord; noun++)
            if (Lexicon.Value.IsDataNoun(_t[noun])) return (subject.Start, noun + 1, subject.Speaker);
        return null;
    }
}
