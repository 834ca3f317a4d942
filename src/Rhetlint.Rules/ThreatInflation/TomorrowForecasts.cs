using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// One target today and everything tomorrow, the second half a forecast with its own verb: "Today it is the Dunmore
/// depot; tomorrow every depot left in the county will be up for sale". The bare domino ("today the depot, tomorrow
/// every station") is RH1006's own reading; this one lets the universal half be a clause, which a weather line shares
/// ("today it is raining, tomorrow every county will be dry"). So the today half must be a target, a name or a
/// determiner phrase with no verb, not a day or a date; the tomorrow half's subject must be universal ("every",
/// "each", "all"), with a modal after it; and the set must be presupposed to be shrinking ("every branch left",
/// "all the farms still standing"), or a threat named within two sentences in the paragraph. A forecast in which the
/// members act ("every player remaining will fly home") is no fall (<see cref="ActingSubjects"/>).
/// </summary>
internal static class TomorrowForecasts
{
    /// <summary>Most words of the today target: "the old Harbour Street depot".</summary>
    private const int TargetWords = 5;

    /// <summary>Most words from the universal to its modal: "every credit union left in the north will".</summary>
    private const int SubjectWords = 8;

    private const int ThreatReach = 2;

    /// <summary>Returns the range from "today" to the end of the forecast, or null.</summary>
    public static (int, int)? Find(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        for (var today = sentence.FirstToken; today < end; today++)
        {
            if (tokens[today].Norm != "today" || today > sentence.FirstToken && tokens[today - 1].Text is not (":" or "," or ";" or "—")) continue;
            var target = today + 1;
            if (target < end && tokens[target].Norm == "it's") target++;
            else if (target + 1 < end && tokens[target].Norm == "it" && tokens[target + 1].Norm == "is") target += 2;
            var targetEnd = target;
            while (targetEnd < end && targetEnd - target < TargetWords && tokens[targetEnd].IsWord) targetEnd++;
            if (targetEnd == target || targetEnd + 1 >= end || tokens[targetEnd].Text is not ("," or ";" or "—") || !IsTarget(tokens, target, targetEnd)) continue;
            var tomorrow = targetEnd + 1;
            if (tokens[tomorrow].Norm == "and" && tomorrow + 1 < end) tomorrow++;
            if (tokens[tomorrow].Norm != "tomorrow") continue;
            var subject = tomorrow + 1;
            if (subject < end && tokens[subject].Text == ",") subject++;
            if (subject >= end || tokens[subject].Norm is not ("every" or "each" or "all")) continue;
            var modal = subject + 1;
            while (modal < end && modal - subject <= SubjectWords && tokens[modal].IsWord && !IsModal(tokens[modal])) modal++;
            if (modal >= end || !IsModal(tokens[modal])) continue;
            var last = modal + 1;
            while (last < end && tokens[last].IsWord) last++;
            if (!Shrinking(tokens, subject, modal) && !ThreatNear(document, sentence) || ActingSubjects.ActAfter(tokens, modal, last)) continue;
            return (today, last);
        }
        return null;
    }

    /// <summary>
    /// A target: a name or a phrase opened by a determiner, with no verb, no participle ("raining") and no day or month
    /// ("today it is Monday").
    /// </summary>
    private static bool IsTarget(ImmutableArray<Token> tokens, int from, int to)
    {
        var first = tokens[from];
        if (!(first.IsCapitalized || first.Norm is "the" or "our" or "your" or "their" or "its" or "a" or "an")) return false;
        for (var k = from; k < to; k++)
        {
            var norm = tokens[k].Norm;
            if (FunctionWords.Auxiliaries.Contains(norm) || FunctionWords.Copulas.Contains(norm) || norm.EndsWith("ing", StringComparison.Ordinal)) return false;
            if (tokens[k].IsCapitalized && (FunctionWords.Weekdays.Contains(norm) || FunctionWords.Months.Contains(norm))) return false;
        }
        return true;
    }

    private static bool IsModal(Token token) =>
        token.Norm is "will" or "could" or "may" or "might" or "would" || token.Norm.EndsWith("'ll", StringComparison.Ordinal);

    /// <summary>"every mutual left", "all the farms still standing", "each shop remaining": the set has lost members already.</summary>
    private static bool Shrinking(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from + 2; k < to; k++)
            if (tokens[k].Norm is "left" or "remaining" || tokens[k].Norm == "standing" && tokens[k - 1].Norm == "still") return true;
        return false;
    }

    private static bool ThreatNear(DocumentModel document, Sentence sentence)
    {
        foreach (var near in document.Syntax.SentencesAround(sentence, ThreatReach))
            if (ThreatReferents.InSentence(document.Actors, document.Tokens, near)) return true;
        return false;
    }
}
