using System.CommandLine;

namespace Rhetlint.Cli.Commands;

/// <summary><c>--exclude GLOB</c>: skips files and folders when walking a folder; shared by the commands that walk folders (check, fix, baseline).</summary>
internal static class ExcludeOption
{
    public static Option<string[]> Create() => new("--exclude")
    {
        Description = "Skip files and folders matching this glob (relative to each folder walked; ** spans folders; repeatable)",
    };
}
