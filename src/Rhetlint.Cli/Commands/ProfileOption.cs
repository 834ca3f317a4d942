using System.CommandLine;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli.Commands;

/// <summary><c>--profile news|opinion</c>: the genre's severity policy, over the one .editorconfig sets; shared by the commands that run the rules.</summary>
internal static class ProfileOption
{
    public static Option<string?> Create()
    {
        var profile = new Option<string?>("--profile")
        {
            Description = "Genre profile (default: rhetlint.profile in .editorconfig, else news): news raises some superlative and sourcing rules, opinion lowers threat-inflation and superlative rules",
        };
        profile.AcceptOnlyFromAmong([.. GenreProfile.Names]);
        return profile;
    }

    /// <summary>The settings for a document: its .editorconfig files, with an explicit --profile taking precedence.</summary>
    public static Func<string, DocumentOptions> OptionsSource(string? explicitProfile)
    {
        var resolver = new EditorConfigResolver();
        var profile = explicitProfile is null ? null : GenreProfile.Named(explicitProfile);
        return path =>
        {
            var options = resolver.Resolve(path);
            return profile is null ? options : options with { Profile = profile };
        };
    }
}
