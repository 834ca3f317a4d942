// HOUSE101: an exclamation mark in the writer's own words. An example C# rule file for Rhetlint.
//
// House style: the people a story quotes may exclaim; the reporter does not. The rule flags "!" where the writer
// speaks (Voice.Author) and leaves quotations alone ("Not one more closure!" the mayor shouted).
//
// How to enable it (docs/code-rules.md has the whole story):
//   1. Copy this file into a rule pack folder of your newsroom, e.g. style/house/ExclamationInReporting.rule.cs.
//   2. In the .editorconfig that covers your drafts, name the pack:
//          [*.md]
//          rhetlint.packs = style/house
//      A code rule runs with your permissions, so it is loaded only when you allow it for the run:
//      `--allow-code-rules`, RHETLINT_ALLOW_CODE_RULES=1, or the editor's rhetlint.allowCodeRules user setting.
//   3. Run the JIT build of rhetlint (`dotnet run --project src/Rhetlint.Cli -- check drafts/`); the native binary
//      loads YAML packs only. The first run compiles the file (a few seconds); later runs load it from the cache.
//
// The usings below are optional: a rule file gets System, System.Linq, System.Collections.Generic,
// System.Collections.Immutable, Microsoft.CodeAnalysis, Microsoft.CodeAnalysis.Text and the Rhetlint.Core.Analysis,
// .Semantics and .Syntax namespaces implicitly. They are written out here so the file also reads well in an editor.
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace HarborGazette.Style;

public sealed class ExclamationInReporting : RhetoricAnalyzer
{
    // Ids are letters followed by digits; RH… ids belong to the built-in rules.
    public static readonly DiagnosticDescriptor Descriptor = new(
        "HOUSE101",
        "Exclamation mark in reporting",
        "House style keeps exclamation marks for quotations; end the writer's own sentence with a full stop",
        "HouseStyle",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        customTags: RuleCategories.FixableTag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // Only the writer's own words: a quotation (or a quoted title) keeps its punctuation.
            if (!IsExclamation(document.Tokens[i]) || document.Voices[i] != Voice.Author) continue;
            // "!!!" is one finding, not three.
            var end = i + 1;
            while (end < sentence.EndToken && IsExclamation(document.Tokens[end]) && Adjacent(document.Tokens[end - 1], document.Tokens[end])) end++;

            var span = document.SpanOf(i, end);
            // Only a run that ends the sentence has a safe replacement ("the mayor (!) agreed" needs a rewrite by hand),
            // and after a question mark ("Who knew?!") the replacement is nothing.
            var afterQuestion = i > sentence.FirstToken && document.Tokens[i - 1].Text == "?" && Adjacent(document.Tokens[i - 1], document.Tokens[i]);
            var fix = afterQuestion
                ? new Rewrite("Drop the exclamation mark", [new TextChange(span, "")], Applicability.Safe)
                : new Rewrite("Use a full stop", [new TextChange(span, ".")], Applicability.Safe);
            context.Report(Descriptor, span, end == sentence.EndToken ? [fix] : []);
            i = end - 1;
        }
    }

    private static bool IsExclamation(Token token) => token.Kind == TokenKind.Punctuation && token.Text == "!";

    private static bool Adjacent(Token left, Token right) => left.Span.End == right.Span.Start;
}
