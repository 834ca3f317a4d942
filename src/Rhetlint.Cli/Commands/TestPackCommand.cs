using System.CommandLine;
using Rhetlint.Cli.Output;
using Rhetlint.Packs;

namespace Rhetlint.Cli.Commands;

/// <summary>
/// <c>rhetlint test-pack PATH...</c>: loads each pack (a folder, or a bundled pack's name), reports its problems and
/// runs every rule's inline examples. Exit 0 when all pass, 1 when an example fails, 2 when a pack has problems.
/// </summary>
internal static class TestPackCommand
{
    public static Command Create(CommandIO io)
    {
        var paths = new Argument<string[]>("packs")
        {
            Description = "Pack folders (with pack.yaml) or names of bundled packs",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("test-pack", "Check a rule pack and run its rules' examples") { paths };
        command.SetAction(result =>
        {
            var broken = false;
            var failed = 0;
            var passed = 0;
            foreach (var location in result.GetValue(paths)!)
            {
                var pack = PackLoader.Load(location);
                foreach (var problem in pack.Problems) io.Error.WriteLine(problem);
                broken |= !pack.Problems.IsEmpty;
                var results = pack.RunExamples();
                foreach (var failure in results.Where(r => !r.Passed))
                    io.Out.WriteLine($"{failure.Path}({failure.Line},{failure.Column}): FAIL {failure.RuleId} {failure.Kind} example \"{failure.Text}\": {failure.Failure}");
                passed += results.Count(r => r.Passed);
                failed += results.Count(r => !r.Passed);
                io.Out.WriteLine($"{pack.Name} ({pack.Location}): {Quantity.Of(pack.Analyzers.Length, "rule")}, {results.Count(r => r.Passed)} of {Quantity.Of(results.Length, "example")} passed"
                    + (pack.Problems.IsEmpty ? "" : $", {Quantity.Of(pack.Problems.Length, "problem")}"));
            }
            io.Out.WriteLine($"{passed} passed, {failed} failed");
            return broken ? ExitCodes.UsageOrInput : failed > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }
}
