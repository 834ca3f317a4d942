using System.CommandLine;
using Rhetlint.Core.Config;
using Rhetlint.LanguageServer;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// <c>rhetlint lsp [--stdio]</c>: the language server (<see cref="RhetlintLanguageServer"/>) over standard input and
/// output, in this binary, so the native build serves editors too. Configuration comes from the .editorconfig files
/// above each document and its packs, as for <c>check</c>; a changed configuration file makes the server ask for a new
/// resolver and rule sets.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CommandIO io)
    {
        // vscode-languageclient appends --stdio (and, for some transports, --clientProcessId=N): accepted, and stdio is all there is.
        var stdio = new Option<bool>("--stdio") { Description = "Speak LSP over standard input and output (the only transport; accepted for editors that pass it)" };
        var command = new Command("lsp", "Run the language server (LSP over standard input and output; logs go to standard error)") { stdio };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (_, cancellationToken) =>
        {
            static LintEngine CreateEngine()
            {
                var resolver = new EditorConfigResolver();
                var rules = new RuleSets([]);
                return new LintEngine(resolver.Resolve, rules.For, rules.PacksFor);
            }
            var server = new RhetlintLanguageServer(CreateEngine, ToolVersion.Current, io.Error);
            // Standard output is the protocol: anything else written to it would corrupt a frame.
            var output = Console.OpenStandardOutput();
            Console.SetOut(io.Error);
            return await server.RunAsync(io.Stdin(), output, cancellationToken);
        });
        return command;
    }
}
