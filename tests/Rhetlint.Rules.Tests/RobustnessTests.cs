namespace Rhetlint.Rules.Tests;

/// <summary>Every rule runs over odd input without throwing: the CLI must never end in a stack trace.</summary>
public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "“", "”", "‘", "’", "'", "«", "»", ",", ".", ":", ";", "—", "―", "-", "(", ")", "?", "!", " ", " ", " ", "\n", "\n\n",
        "said", "says", "told", "according to", "the", "a", "one", "critics", "sources", "officials", "Brandt", "Ilse", "she",
        "they", "who", "that", "so-called", "reportedly", "it is widely believed", "studies show", "coward", "per", "called",
        "continued", "in the words of", "Sen.", "(L-Halden)", "1999", "[1]", "http://x.example", "#", ">", "*",
    ];

    [Fact]
    public void Random_fragments_of_attribution_syntax_never_throw()
    {
        var random = new Random(20261128);
        for (var run = 0; run < 2000; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? " " : "")));
            var exception = Record.Exception(() => RuleHarness.Lint(text));
            Assert.True(exception is null, $"input {System.Text.Json.JsonSerializer.Serialize(text)} threw {exception}");
            exception = Record.Exception(() => RuleHarness.Lint(text, Core.Markup.DocumentFormat.Markdown));
            Assert.True(exception is null, $"markdown input {System.Text.Json.JsonSerializer.Serialize(text)} threw {exception}");
        }
    }
}
