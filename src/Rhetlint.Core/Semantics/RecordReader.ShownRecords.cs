using System.Collections.Frozen;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

internal sealed partial class RecordReader
{
    /// <summary>
    /// Records someone keeps as they go, by entry: the record nouns of <c>record_cues.txt</c> that name a kept file
    /// rather than a past ("history") or a run of episodes ("series"), with "minutes", which in this slot can only be
    /// a meeting's. A single "record" is left out: "her record shows" is a track record, a judgement.
    /// </summary>
    private static readonly FrozenSet<string> KeptFileNouns = FrozenSet.ToFrozenSet(
        ["records", "register", "registers", "database", "databases", "log", "logs", "archive", "archives", "minutes", "ledger", "ledgers",
         "logbook", "logbooks"],
        StringComparer.Ordinal);

    /// <summary>Verbs of showing whose subject can be a document: the record itself bears the claim out.</summary>
    private static readonly FrozenSet<string> ShowingVerbs = FrozenSet.ToFrozenSet(
        ["show", "shows", "showed", "reveal", "reveals", "revealed", "confirm", "confirms", "confirmed", "indicate", "indicates", "indicated"],
        StringComparer.Ordinal);

    /// <summary>How many words may stand before the record noun: "the league's match records", "its monthly minutes".</summary>
    private const int MaxKeeperWords = 4;

    /// <summary>
    /// "…, club records show.", "…, the maintenance logs show.", "…, its minutes show.", "The league's records show
    /// that …": a kept file as the subject of a verb of showing, opening the sentence or closing it after a comma. Its
    /// keeper is named by a possessive ("the league's", "its"), a noun before it ("club records", "maintenance logs")
    /// or a definite article that refers back; a reader can ask the keeper for it, as for "the ministry's figures". Bare
    /// "records show" names no keeper and is left alone.
    /// </summary>
    private (int First, int End, SpeakerClass Publisher)? ShownRecordAt(Sentence sentence, int noun)
    {
        if (!KeptFileNouns.Contains(_t[noun].Norm) || !ShowingVerbs.Contains(Norm(sentence, noun + 1))) return null;
        var start = noun;
        var named = false;
        while (start - 1 >= sentence.FirstToken && noun - start < MaxKeeperWords && _t[start - 1].IsWord
               && !FunctionWords.NounPhraseBreakers.Contains(_t[start - 1].Norm) && !FunctionWords.PersonPronouns.Contains(_t[start - 1].Norm)
               && !FunctionWords.AuthorPronouns.Contains(_t[start - 1].Norm))
        {
            named |= IsNameWord(sentence, --start);
            if (_t[start].Norm is "the" or "its" or "their" or "our") break;
        }
        if (start == noun) return null;
        var opens = start == sentence.FirstToken || _t[start - 1].Text == ",";
        if (!opens) return null;
        // After a comma the tag closes the sentence: "…, the logs show." A clause after it is the report's own.
        if (start != sentence.FirstToken)
            for (var k = noun + 2; k < sentence.EndToken; k++)
                if (_t[k].IsWord || _t[k].Kind == TokenKind.Number) return null;
        // Opening the sentence the file shows a claim only through "that": "the club records show jumpers and scarves"
        // is a display of things, not a finding.
        if (start == sentence.FirstToken && Norm(sentence, noun + 2) != "that") return null;
        return (start, noun + 2, named ? SpeakerClass.NamedOrganization : SpeakerClass.DefiniteRole);
    }
}
