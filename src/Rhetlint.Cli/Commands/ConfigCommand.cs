using System.CommandLine;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli.Commands;

/// <summary><c>rhetlint config show FILE [--config PATH]</c>: the settings that apply to a draft and the file each comes from.</summary>
internal static class ConfigCommand
{
    public static Command Create(CommandIO io)
    {
        var file = new Argument<string>("file") { Description = "The draft whose settings to show (it need not exist yet)" };
        var configPath = new Option<string?>("--config") { Description = "Read this .editorconfig file only, as check --config does" };
        var show = new Command("show", "Show the settings that apply to a draft and where each comes from") { file, configPath };
        show.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            try
            {
                var resolver = result.GetValue(configPath) is { } explicitPath ? new EditorConfigResolver(explicitPath) : new EditorConfigResolver();
                var options = resolver.Resolve(path);
                // The draft's rules (built in, and its packs') check the rule ids and option keys here as check does.
                new RuleSets([]).For(options).Driver.OptionValues(options);
                io.Out.WriteLine($"{path}: profile {options.Profile.Name}");
                var settings = resolver.Explain(path);
                if (settings.IsEmpty) io.Out.WriteLine("  no .editorconfig setting for Rhetlint applies; every rule has its default severity");
                foreach (var (key, value, source) in settings)
                    io.Out.WriteLine($"  {key} = {value}    # {source}");
                foreach (var warning in resolver.Warnings) io.ErrorLine($"rhetlint: {warning}");
                return ExitCodes.Clean;
            }
            catch (ConfigException e)
            {
                io.ErrorLine($"rhetlint: {e.Message}");
                return ExitCodes.UsageOrInput;
            }
        });
        return new Command("config", "Inspect configuration") { show };
    }
}
