using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Finds the figures of a sentence, in digits or in words ("twelve", "a quarter of", "three in four"), and classifies
/// each by what it measures: a percentage, a count, a quantity with a unit, money, a multiple, a duration, an age, a
/// date, or a model number that is part of a name. The class decides whether a figure can bear on a claim: an age,
/// a date or a model number never measures a rank or a size.
/// </summary>
internal static class FigureReader
{
    /// <summary>Words that scale the number before them ("3.5 million", "£40m").</summary>
    private static readonly FrozenWordSet Multipliers = Set("hundred", "thousand", "million", "billion", "trillion", "m", "bn", "mn", "k", "tn", "crore", "lakh");

    /// <summary>Counts without a number: "dozens of", "thousands of".</summary>
    private static readonly FrozenWordSet VagueCounts = Set("dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens");

    private static readonly FrozenWordSet Fractions = Set(
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth", "sixths", "seventh", "sevenths", "eighth",
        "eighths", "ninth", "ninths", "tenth", "tenths");

    private static readonly FrozenWordSet MultipleWords = Set(
        "doubled", "tripled", "trebled", "quadrupled", "halved", "twofold", "threefold", "fourfold", "fivefold", "tenfold",
        "hundredfold", "twice");

    private static readonly FrozenWordSet PercentWords = Set("percent", "pc", "percentage");

    private static readonly FrozenWordSet CurrencySymbols = Set("£", "$", "€", "¥", "₹", "₽", "₩", "₺", "us$", "a$", "c$", "hk$");

    /// <summary>Words before a number that make it part of a name or a label ("Route 47", "No. 10", "version 5").</summary>
    private static readonly FrozenWordSet ModelCues = Set("model", "version", "v", "mark", "mk", "no.", "number", "route", "series", "generation", "gen", "room", "flight");

    public static void Read(ProseDocument document, Sentence sentence, List<EvidenceItem> items)
    {
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (ReadAt(tokens, sentence, i) is not var (end, kind, dimension)) continue;
            items.Add(new EvidenceItem(EvidenceKind.Figure, sentence.Index, i, end) { Figure = kind, Dimension = dimension });
            i = end - 1;
        }
    }

    private static (int End, FigureKind Kind, Dimension Dimension)? ReadAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (CurrencySymbols.Contains(token) && i + 1 < sentence.EndToken && tokens[i + 1].Kind == TokenKind.Number)
            return (AfterMultiplier(tokens, sentence, i + 2), FigureKind.Money, Dimension.Money);
        if (token.Kind == TokenKind.Number) return ReadNumber(tokens, sentence, i);
        if (!token.IsWord) return null;
        if (MultipleWords.Contains(token)) return (i + 1, FigureKind.Multiple, Dimension.None);
        if (token.Norm.AsSpan().ContainsAnyInRange('0', '9')) return ReadNamedNumber(token, i);
        return ReadNumberWords(tokens, sentence, i);
    }

    /// <summary>A word with digits in it: "mid-2020s" dates, "X5", "A320", "COVID-19" name something.</summary>
    private static (int, FigureKind, Dimension)? ReadNamedNumber(Token token, int i)
    {
        if (!char.IsLetter(token.Text[0])) return null;
        var digits = new string([.. token.Norm.Where(char.IsAsciiDigit)]);
        return (i + 1, Token.IsYearText(digits) ? FigureKind.Date : FigureKind.ModelNumber, Dimension.None);
    }

    private static (int End, FigureKind Kind, Dimension Dimension)? ReadNumber(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        var text = token.Norm;
        // "[1]" and "(Moss 2021)" are citations, found as such.
        if (IsBracketed(tokens, sentence, i) || token.IsYear && IsParentheticalCitation(tokens, sentence, i)) return null;
        if (IsAge(tokens, sentence, i) is int ageEnd) return (ageEnd, FigureKind.Age, Dimension.Age);
        if (text.Contains(':') || IsDecade(text) || IsTimeOfDay(text) || IsNextToMonth(tokens, sentence, i) || IsClockTime(tokens, sentence, i))
            return (i + 1, FigureKind.Date, Dimension.None);
        if (text.Count(c => c == '.') > 1) return (i + 1, FigureKind.ModelNumber, Dimension.None);
        if (IsOrdinal(text)) return null;
        if (IsPartOfName(tokens, sentence, i)) return (i + 1, FigureKind.ModelNumber, Dimension.None);
        if (text.EndsWith("-fold", StringComparison.Ordinal)) return (i + 1, FigureKind.Multiple, Dimension.None);
        // "6.1kg", "12bn", "72-week": a unit or multiplier written onto the number.
        var suffix = new string([.. text.SkipWhile(c => char.IsAsciiDigit(c) || c is '.' or ',')]).TrimStart('-');
        if (suffix.Length > 0 && suffix.All(char.IsLetter))
        {
            if (Multipliers.Contains(suffix)) return Measured(tokens, sentence, i, i + 1, FigureKind.Count);
            if (Measures.UnitWord(suffix) is var dimension and not Dimension.None) return AsQuantity(tokens, sentence, i + 1, dimension);
            // "19.4C", "67F": a temperature scale written onto the number in capitals (one-letter symbols are not units
            // as words, where they are initials far more often).
            if (suffix is "c" or "f" && char.IsUpper(token.Text[^1])) return AsQuantity(tokens, sentence, i + 1, Dimension.Temperature);
            return (i + 1, FigureKind.ModelNumber, Dimension.None);
        }
        if (token.IsYear && !IsMeasuredAfter(tokens, sentence, i + 1)) return (i + 1, FigureKind.Date, Dimension.None);
        return Measured(tokens, sentence, i, AfterMultiplier(tokens, sentence, i + 1), FigureKind.Count);
    }

    /// <summary>Number words: "twelve schools", "a quarter of", "three in four", "dozens of", "a million".</summary>
    private static (int End, FigureKind Kind, Dimension Dimension)? ReadNumberWords(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        string Next(int k) => sentence.NormAt(tokens, k);
        if (VagueCounts.Contains(norm) && Next(i + 1) == "of") return (i + 1, FigureKind.Count, Dimension.None);
        // "two-thirds", "three-quarters".
        if (norm.IndexOf('-') is > 0 and var hyphen && Fractions.Contains(norm[(hyphen + 1)..]) && FunctionWords.IsCardinal(norm[..hyphen]))
            return (i + 1, FigureKind.Percentage, Dimension.None);
        // "a quarter of", "one third of", "half of", "half the".
        if (Fractions.Contains(norm) && (norm == "half" ? Next(i + 1) is "of" or "the" or "its" or "their" or "our" or "all" : Next(i + 1) == "of")
            && (norm == "half" || i > sentence.FirstToken && (tokens[i - 1].Norm is "a" or "one" || FunctionWords.IsCardinal(tokens[i - 1]))))
            return (i + 1, FigureKind.Percentage, Dimension.None);
        // "half a billion pounds", "a quarter of a million".
        if (Fractions.Contains(norm) && Next(i + 1) is "a" or "an" && Multipliers.Contains(Next(i + 2)))
            return Measured(tokens, sentence, i, AfterMultiplier(tokens, sentence, i + 2), FigureKind.Count);
        var isOne = norm == "one";
        if (!isOne && !FunctionWords.IsCardinal(tokens[i]) || norm == "dozen" && (i == sentence.FirstToken || tokens[i - 1].Norm != "a")) return null;
        if (InOneIn(tokens, sentence, i) is int share) return (share, FigureKind.Percentage, Dimension.None);
        // "one" is a pronoun and an article far more often than a figure: only "one million", "one in five" count.
        if (isOne) return Multipliers.Contains(Next(i + 1)) ? Measured(tokens, sentence, i, AfterMultiplier(tokens, sentence, i + 1), FigureKind.Count) : null;
        if (IsAge(tokens, sentence, i) is int ageEnd) return (ageEnd, FigureKind.Age, Dimension.Age);
        return Measured(tokens, sentence, i, AfterMultiplier(tokens, sentence, i + 1), FigureKind.Count);
    }

    /// <summary>"three in four", "one in five", "nine out of ten": a share. Returns the end, or null.</summary>
    private static int? InOneIn(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "in") k++;
        else if (k + 1 < sentence.EndToken && tokens[k].Norm == "out" && tokens[k + 1].Norm == "of") k += 2;
        else return null;
        return k < sentence.EndToken && (tokens[k].Kind == TokenKind.Number || FunctionWords.IsCardinal(tokens[k])) ? k + 1 : null;
    }

    /// <summary>What follows the number [<paramref name="start"/>, <paramref name="end"/>) tells what it measures.</summary>
    private static (int End, FigureKind Kind, Dimension Dimension) Measured(ImmutableArray<Token> tokens, Sentence sentence, int start, int end, FigureKind otherwise)
    {
        string Next(int k) => sentence.NormAt(tokens, k);
        if (Next(end) == "%" || PercentWords.Contains(Next(end))) return (end + (Next(end + 1) is "points" or "point" ? 2 : 1), FigureKind.Percentage, Dimension.None);
        if (Next(end) == "per" && Next(end + 1) == "cent") return (end + 2, FigureKind.Percentage, Dimension.None);
        if (Next(end) == "times") return (end + 1, FigureKind.Multiple, Dimension.None);
        if (InOneIn(tokens, sentence, start) is int share) return (share, FigureKind.Percentage, Dimension.None);
        if (start > sentence.FirstToken && CurrencySymbols.Contains(tokens[start - 1])) return (end, FigureKind.Money, Dimension.Money);
        if (Measures.UnitAt(tokens, end, sentence.EndToken) is var (length, dimension)) return AsQuantity(tokens, sentence, end + length, dimension);
        return (end, otherwise, Dimension.None);
    }

    /// <summary>A number with a unit: money, a duration (or, with "ago", a date), or a quantity of the unit's dimension.</summary>
    private static (int, FigureKind, Dimension) AsQuantity(ImmutableArray<Token> tokens, Sentence sentence, int end, Dimension dimension) => dimension switch
    {
        Dimension.Money => (end, FigureKind.Money, Dimension.Money),
        Dimension.Time when end < sentence.EndToken && tokens[end].Norm == "ago" => (end + 1, FigureKind.Date, Dimension.None),
        Dimension.Time => (end, FigureKind.Duration, Dimension.Time),
        _ => (end, FigureKind.Quantity, dimension),
    };

    private static int AfterMultiplier(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        while (k < sentence.EndToken && Multipliers.Contains(tokens[k])) k++;
        return k;
    }

    /// <summary>Whether a unit, a percent sign or a multiplier follows: "2015 tonnes" is a quantity, "in 2015" a year.</summary>
    private static bool IsMeasuredAfter(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && (tokens[k].Norm == "%" || PercentWords.Contains(tokens[k]) || Multipliers.Contains(tokens[k])
            || Measures.UnitAt(tokens, k, sentence.EndToken) is not null);

    /// <summary>
    /// "26-year-old", "a 10-year old", "aged 33", "at age 40", "33 years old", "40 years of age": an age. Returns the
    /// end of the figure, or null.
    /// </summary>
    private static int? IsAge(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int k) => sentence.NormAt(tokens, k);
        var text = tokens[i].Norm;
        if (text.EndsWith("-old", StringComparison.Ordinal)) return i + 1;
        if (text.EndsWith("-year", StringComparison.Ordinal) || text.EndsWith("-years", StringComparison.Ordinal) || text.EndsWith("-month", StringComparison.Ordinal))
            return Norm(i + 1) == "old" ? i + 2 : null;
        if (Norm(i - 1) is "aged" or "age") return i + 1;
        if (Norm(i + 1) is "year" or "years" or "month" or "months")
        {
            if (Norm(i + 2) == "old") return i + 3;
            if (Norm(i + 2) == "of" && Norm(i + 3) == "age") return i + 4;
        }
        return null;
    }

    /// <summary>"the Velo 7", "Route 47", "No. 10", "version 5": a number right after a name or a label is part of it.</summary>
    private static bool IsPartOfName(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i == sentence.FirstToken) return false;
        var before = tokens[i - 1];
        if (ModelCues.Contains(before)) return true;
        if (!before.IsWord || !before.IsCapitalized || FunctionWords.Months.Contains(before) || FunctionWords.Weekdays.Contains(before)) return false;
        // "In 2015", "About 40": a capitalized sentence opener is no name; neither is a unit or a currency ("USD 40").
        if (i - 1 == sentence.FirstToken && FunctionWords.SentenceStarters.Contains(before)) return false;
        if (before.Text.All(char.IsUpper) && Measures.UnitWord(before.Norm) == Dimension.Money) return false;
        return !IsMeasuredAfter(tokens, sentence, i + 1);
    }

    private static bool IsNextToMonth(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i > sentence.FirstToken && FunctionWords.Months.Contains(tokens[i - 1])
        || i + 1 < sentence.EndToken && FunctionWords.Months.Contains(tokens[i + 1]);

    private static bool IsBracketed(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i > sentence.FirstToken && i + 1 < sentence.EndToken && tokens[i - 1].Text == "[" && tokens[i + 1].Text == "]";

    /// <summary>"(Moss 2021)", "(Harlow Institute, 2023)": a capitalized word after the parenthesis, a year before it closes.</summary>
    public static bool IsParentheticalCitation(ImmutableArray<Token> tokens, Sentence sentence, int year)
    {
        if (year + 1 >= sentence.EndToken || tokens[year + 1].Text != ")") return false;
        for (var k = year - 1; k >= sentence.FirstToken && year - k <= 6; k--)
        {
            if (tokens[k].Text == "(") return k + 1 < year && tokens[k + 1].IsCapitalized;
            if (tokens[k].Text == ")") return false;
        }
        return false;
    }

    /// <summary>"[1]": a bracketed reference number.</summary>
    public static bool IsReferenceNumber(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Kind == TokenKind.Number && IsBracketed(tokens, sentence, i);

    private static bool IsDecade(string text) => text.Length == 5 && text[4] == 's' && Token.IsYearText(text[..4]);

    /// <summary>"10 p.m.", "9 am", "7 o'clock": an hour with its marker written apart is a time of day, as "10pm" is.</summary>
    private static bool IsClockTime(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i + 1 < sentence.EndToken && ClockMarkers.Contains(tokens[i + 1]);

    private static readonly FrozenWordSet ClockMarkers = Set("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock");

    private static bool IsTimeOfDay(string text) => text.EndsWith("am", StringComparison.Ordinal) || text.EndsWith("pm", StringComparison.Ordinal);

    private static bool IsOrdinal(string text) =>
        text.Length > 2 && char.IsAsciiDigit(text[^3]) && text[^2..] is "st" or "nd" or "rd" or "th";

    private static FrozenWordSet Set(params string[] words) => FrozenWordSet.Exact(words);
}
