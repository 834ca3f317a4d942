using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>A line that introduces speech or a text and ends in a colon hands the next line to that speaker or text.</summary>
public class BlockQuotationsTests
{
    private static Voice VoiceOf(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        for (var i = 0; i < model.Tokens.Length; i++)
            if (model.Tokens[i].Text == word) return model.Voices[i];
        throw new ArgumentException($"'{word}' not in the text");
    }

    private static string Block(string introduction) =>
        introduction + "\nThe harbour plan is the costliest scheme Tarnby has seen. It must be stopped.\nVale has opposed the plan since 2019.\n";

    [Theory]
    [InlineData("In a long statement, Senator Ana Vale set out her doubts about the harbour, saying:")]
    [InlineData("In a statement on Friday, Senator Ana Vale said:")]
    [InlineData("Vale wrote on her campaign page on Sunday:")]
    [InlineData("The ruling ends with the following statement:")]
    public void The_line_after_an_introduction_ending_in_a_colon_is_reported(string introduction)
    {
        Assert.Equal(Voice.Reported, VoiceOf(Block(introduction), "costliest"));
        Assert.Equal(Voice.Reported, VoiceOf(Block(introduction), "stopped"));
    }

    [Theory]
    [InlineData("In a long statement, Senator Ana Vale set out her doubts about the harbour, saying:")]
    [InlineData("The harbour board's notice to residents stated:")]
    public void The_block_ends_with_its_line(string introduction) =>
        Assert.Equal(Voice.Author, VoiceOf(Block(introduction), "opposed"));

    [Theory]
    // The writer quoting themselves or speaking in their own manner still asserts it; nothing is introduced by the others.
    [InlineData("As I wrote last week:")]
    [InlineData("To put it plainly:")]
    [InlineData("Let me put it plainly:")]
    [InlineData("Here is what I think:")]
    [InlineData("The facts are simple:")]
    public void Other_introductions_leave_the_next_line_the_writers(string introduction) =>
        Assert.Equal(Voice.Author, VoiceOf(Block(introduction), "costliest"));

    [Fact]
    public void A_colon_inside_a_line_hands_nothing_over() =>
        Assert.Equal(Voice.Author, VoiceOf("Vale said one thing: the plan is late.\nThe harbour plan is the costliest scheme Tarnby has seen.\n", "costliest"));
}
