namespace Rhetlint.Cli.Tests;

/// <summary>Which files a walk of a folder reads: default skips, --exclude, rhetlint.exclude and .gitignore.</summary>
public sealed class FileDiscoveryTests
{
    private static List<string> Relative(TempFolder folder, IEnumerable<string> files) =>
        [.. files.Select(f => Path.GetRelativePath(folder.Path, Path.GetFullPath(f)).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Dependency_build_and_hidden_folders_are_skipped_when_walking()
    {
        using var folder = new TempFolder();
        foreach (var name in new[] { "draft.md", "node_modules/pkg/README.md", "bin/Debug/notes.txt", "obj/x.txt", "vendor/lib/README.md",
                     ".git/description.txt", ".cache/a.md", "docs/.hidden.md", "docs/guide.md", "docs/binder/b.md" })
            folder.Write(name, "A plain sentence.\n");

        var (files, errors) = FileCollector.Collect([folder.Path]);

        Assert.Empty(errors);
        Assert.Equal(["docs/binder/b.md", "docs/guide.md", "draft.md"], Relative(folder, files));
    }

    [Fact]
    public void A_skipped_folder_or_hidden_file_named_on_the_command_line_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("node_modules/pkg/README.md", "A plain sentence.\n");
        var hidden = folder.Write(".notes.md", "A plain sentence.\n");

        var (files, errors) = FileCollector.Collect([Path.Combine(folder.Path, "node_modules"), hidden]);

        Assert.Empty(errors);
        Assert.Equal([".notes.md", "node_modules/pkg/README.md"], Relative(folder, files));
    }
}
