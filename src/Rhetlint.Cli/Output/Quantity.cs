using System.Globalization;

namespace Rhetlint.Cli.Output;

/// <summary>
/// "1 finding", "3 findings", "2,310 words": a count and one of the command line's own nouns, each of which takes an -s
/// in the plural. Humanizer's <c>ToQuantity</c> singularized and pluralized the noun through its English vocabulary, a
/// list of regular-expression rules built on first use: 1.6 MB allocated for a one-paragraph check's summary line
/// (issue 18).
/// </summary>
internal static class Quantity
{
    /// <param name="count">The number, written with <paramref name="format"/> in the current culture (as Humanizer did).</param>
    /// <param name="noun">The noun in the singular, with a regular plural: "finding", "direct quote", a severity's name.</param>
    public static string Of(long count, string noun, string? format = null) =>
        $"{count.ToString(format, CultureInfo.CurrentCulture)} {noun}{(count == 1 ? "" : "s")}";
}
