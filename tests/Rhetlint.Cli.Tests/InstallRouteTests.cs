using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// The install routes kept at the repository root: the composite GitHub Action (action.yml), the pre-commit hook
/// (.pre-commit-hooks.yaml) and the release script (tools/publish.sh). The action's shell steps run here against a
/// stand-in <c>rhetlint</c> that records its arguments; packing the tool and installing it is .ci/run's step.
/// </summary>
[UnsupportedOSPlatform("windows")] // The tests that run bash scripts skip themselves there.
public sealed class InstallRouteTests
{
    private static readonly string[] ActionInputs = ["paths", "fail-on", "format", "sarif", "args"];

    [Fact]
    public void The_action_is_composite_and_every_input_reaches_a_run_step()
    {
        var action = LoadYaml("action.yml");
        var runs = (YamlMappingNode)action["runs"];
        Assert.Equal("composite", Scalar(runs, "using"));
        Assert.Equal(ActionInputs, ((YamlMappingNode)action["inputs"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!));

        var shellSteps = ((YamlSequenceNode)runs["steps"]).Cast<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).ToList();
        foreach (var input in ActionInputs)
        {
            // An input reaches a script through the step's environment (never pasted into it), and the script reads it.
            var reaching = shellSteps.SelectMany(step => EnvironmentOf(step)
                    .Where(variable => variable.Value == $"${{{{ inputs.{input} }}}}")
                    .Select(variable => (Script: Scalar(step, "run"), Variable: variable.Key)))
                .ToList();
            Assert.True(reaching.Count > 0, $"input '{input}' is passed to no run step");
            Assert.All(reaching, r => Assert.Contains("$" + r.Variable, r.Script));
            Assert.DoesNotContain(shellSteps, step => Scalar(step, "run").Contains($"inputs.{input}"));
        }
        Assert.Equal("${{ steps.check.outputs.exit-code }}", Scalar((YamlMappingNode)((YamlMappingNode)action["outputs"])["exit-code"], "value"));
    }

    [UnixFact]
    public void The_check_step_writes_sarif_runs_the_gate_and_reports_the_higher_exit_code()
    {
        using var run = new ActionStepRun(gateExit: 1);
        var result = run.CheckStep(new()
        {
            ["RHETLINT_PATHS"] = "drafts\nnotes/a.md  notes/b.md",
            ["RHETLINT_FAIL_ON"] = "warning",
            ["RHETLINT_FORMAT"] = "github",
            ["RHETLINT_SARIF"] = "out/rhetlint.sarif",
            ["RHETLINT_ARGS"] = "--profile opinion",
        });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
        [
            "check|--format|sarif|--output|out/rhetlint.sarif|--fail-on|none|--profile|opinion|--|drafts|notes/a.md|notes/b.md|",
            "check|--format|github|--fail-on|warning|--profile|opinion|--|drafts|notes/a.md|notes/b.md|",
        ], run.Calls());
        Assert.Equal("exit-code=1\n", run.Output());
    }

    [UnixFact]
    public void Without_a_sarif_path_only_the_gate_runs()
    {
        using var run = new ActionStepRun(gateExit: 0);
        var result = run.CheckStep(new()
        {
            ["RHETLINT_PATHS"] = ".",
            ["RHETLINT_FAIL_ON"] = "error",
            ["RHETLINT_FORMAT"] = "concise",
            ["RHETLINT_SARIF"] = "",
            ["RHETLINT_ARGS"] = "",
        });

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["check|--format|concise|--fail-on|error|--|.|"], run.Calls());
        Assert.Equal("exit-code=0\n", run.Output());
    }

    [UnixFact]
    public void The_last_step_fails_the_job_with_the_gate_that_failed()
    {
        var steps = ActionSteps();
        var fail = steps.Single(s => s.Children.ContainsKey("if"));
        Assert.Equal("steps.check.outputs.exit-code != '0'", Scalar(fail, "if"));

        var result = Bash(Scalar(fail, "run"), new() { ["RHETLINT_EXIT_CODE"] = "1", ["RHETLINT_FAIL_ON"] = "warning" });

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("::error title=rhetlint::findings reached --fail-on warning (or a gate passed in args failed)\n", result.Output);
    }

    [Fact]
    public void The_pre_commit_hook_builds_the_dotnet_tool_and_takes_the_drafts_check_reads()
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), ".pre-commit-hooks.yaml")));
        var stream = new YamlStream();
        stream.Load(reader);
        var hook = Assert.IsType<YamlMappingNode>(Assert.Single((YamlSequenceNode)stream.Documents[0].RootNode));

        Assert.Equal("rhetlint", Scalar(hook, "id"));
        Assert.Equal("dotnet", Scalar(hook, "language"));
        Assert.Equal("rhetlint check --format concise", Scalar(hook, "entry"));
        var files = new Regex(Scalar(hook, "files"));
        Assert.All(new[] { "a.md", "docs/b.markdown", "c.txt" }, path => Assert.Matches(files, path));
        Assert.All(new[] { "a.cs", "b.mdx", "c.txt.bak", "action.yml" }, path => Assert.DoesNotMatch(files, path));
    }

    [UnixFact]
    public void The_publish_script_names_every_missing_prerequisite_before_building()
    {
        using var bin = new TempFolder();
        // Only a uname that reports another machine: no dotnet, no C toolchain, no objcopy.
        WriteExecutable(bin, "uname", "#!/bin/sh\n[ \"$1\" = -s ] && echo Darwin || echo arm64\n");
        var output = Path.Combine(bin.Path, "out");

        var result = Run("bash", [Path.Combine(RepositoryRoot(), "tools", "publish.sh"), output], new() { ["PATH"] = bin.Path });

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(
            "tools/publish.sh: missing prerequisites:\n" +
            "  - dotnet: the .NET 10 SDK (https://dot.net/download)\n" +
            "  - clang: the C toolchain NativeAOT links with (Debian/Ubuntu: apt-get install clang zlib1g-dev)\n" +
            "  - objcopy: strips the native binary's symbols (Debian/Ubuntu: apt-get install binutils)\n" +
            "  - a Linux x64 machine: the NativeAOT build for linux-x64 links natively (this is Darwin-arm64)\n",
            result.Error);
        Assert.False(Directory.Exists(output));
    }

    /// <summary>Runs the action's shell steps in a temporary folder, with a <c>rhetlint</c> that records its
    /// arguments (one call a line, each argument followed by |) and exits 0 for the SARIF run and
    /// <paramref name="gateExit"/> for the gate.</summary>
    private sealed class ActionStepRun(int gateExit) : IDisposable
    {
        private readonly TempFolder folder = CreateFolder(gateExit);

        private string CallLog => Path.Combine(folder.Path, "calls.log");

        private string OutputFile => Path.Combine(folder.Path, "github_output");

        public ProcessResult CheckStep(Dictionary<string, string> inputs)
        {
            var check = ActionSteps().Single(s => s.Children.ContainsKey("id") && Scalar(s, "id") == "check");
            inputs["PATH"] = Path.Combine(folder.Path, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            inputs["GITHUB_OUTPUT"] = OutputFile;
            inputs["CALL_LOG"] = CallLog;
            return Bash(Scalar(check, "run"), inputs);
        }

        public string[] Calls() => File.ReadAllLines(CallLog);

        public string Output() => File.ReadAllText(OutputFile);

        public void Dispose() => folder.Dispose();

        private static TempFolder CreateFolder(int gateExit)
        {
            var folder = new TempFolder();
            WriteExecutable(folder, Path.Combine("bin", "rhetlint"),
                $"#!/bin/sh\nprintf '%s|' \"$@\" >> \"$CALL_LOG\"\necho >> \"$CALL_LOG\"\n[ \"$3\" = sarif ] && exit 0\nexit {gateExit}\n");
            return folder;
        }
    }

    private static void WriteExecutable(TempFolder folder, string name, string script) =>
        File.SetUnixFileMode(folder.Write(name, script), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

    private static List<YamlMappingNode> ActionSteps() =>
        [.. ((YamlSequenceNode)((YamlMappingNode)LoadYaml("action.yml")["runs"])["steps"]).Cast<YamlMappingNode>()];

    private static IEnumerable<KeyValuePair<string, string>> EnvironmentOf(YamlMappingNode step) =>
        step.Children.TryGetValue("env", out var env)
            ? ((YamlMappingNode)env).Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, ((YamlScalarNode)e.Value).Value!))
            : [];

    private static YamlMappingNode LoadYaml(string file)
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), file)));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    /// <summary>Runs a step's script as GitHub's <c>shell: bash</c> does (<c>bash -e -o pipefail</c>).</summary>
    private static ProcessResult Bash(string script, Dictionary<string, string> environment) =>
        Run("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], environment);

    private static ProcessResult Run(string program, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output, error.Result);
    }

    private sealed record ProcessResult(int ExitCode, string Output, string Error);

    /// <summary>The checkout this test file was compiled from: the action and the hooks file live at its root.</summary>
    private static string RepositoryRoot([CallerFilePath] string testFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", ".."));
}
