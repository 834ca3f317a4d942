using Rhetlint.Cli.Output;

namespace Rhetlint.Cli;

/// <summary>
/// Which of standard output and standard error are terminals. <see cref="Program.Main"/> asks the console; tests
/// run the CLI in-process with neither, or say which one they pretend is a terminal.
/// </summary>
internal sealed record Terminals(bool Out, bool Error)
{
    public static Terminals None { get; } = new(false, false);
}

/// <summary>
/// Whether the text report is coloured: <c>--color always|never</c> decides outright (a flag given for this run beats
/// the environment, as no-color.org asks); with <c>auto</c>, a non-empty <c>NO_COLOR</c> turns colour off, then a
/// <c>FORCE_COLOR</c> other than empty, <c>0</c> or <c>false</c> turns it on (as Node, chalk and pytest read it, for
/// CI logs that render colour), and otherwise colour needs standard output to be a terminal whose <c>TERM</c> is not
/// <c>dumb</c>.
/// </summary>
internal static class TerminalStyle
{
    public static readonly string[] ColorChoices = ["auto", "always", "never"];

    public static Palette For(string choice, CommandIO io) => choice switch
    {
        "always" => Palette.Ansi,
        "never" => Palette.Plain,
        _ => AutoColour(io) ? Palette.Ansi : Palette.Plain,
    };

    private static bool AutoColour(CommandIO io)
    {
        if (!string.IsNullOrEmpty(io.Environment("NO_COLOR"))) return false;
        if (io.Environment("FORCE_COLOR") is { Length: > 0 } force && force != "0" && !force.Equals("false", StringComparison.OrdinalIgnoreCase)) return true;
        return io.Terminals.Out && !IsDumb(io);
    }

    /// <summary>A terminal that cannot move the cursor or show colour (Emacs' shell, some CI consoles).</summary>
    public static bool IsDumb(CommandIO io) => io.Environment("TERM") == "dumb";
}
