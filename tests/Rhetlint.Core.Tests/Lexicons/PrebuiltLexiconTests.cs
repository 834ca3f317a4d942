using System.Runtime.CompilerServices;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Tests.Shared;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>
/// A table prebuilt from a lexicon (<c>rules/lexicons/prebuilt/</c>) must be the one its lexicon gives now: a lexicon,
/// the irregular forms or the kinds changed without the table built again would make the engine read old entries.
/// <c>tools/gen_prebuilt_lexicons.sh</c> builds them again (this test with <c>RHETLINT_UPDATE_GOLDEN=1</c>).
/// </summary>
public sealed class PrebuiltLexiconTests
{
    [Fact]
    public void NounTypesTableIsBuiltFromTheCurrentLexicon() =>
        AssertCurrent("noun_types", TaggedNouns<NounType>.Prebuild(LexiconStore.Engine, "noun_types"));

    [Fact]
    public void CommonWordsTableIsBuiltFromTheCurrentLexicon() =>
        AssertCurrent("common_words", WordImage.SetOf(LexiconStore.Engine, "common_words"));

    [Fact]
    public void PrebuiltCommonWordsAnswerAsTheLexiconReadAtRunTime()
    {
        var read = WordTable.Load(LexiconStore.Engine, "common_words");
        var prebuilt = new WordImage(LexiconStore.Engine.Prebuilt("common_words"), 0);
        var words = new List<string> { "zzyzx", "Harbour", "harbours", "" };
        LexiconStore.Engine.ReadEntries("common_words", entry => words.Add(Token.Normalize(entry.ToString())));
        foreach (var word in words) Assert.True(read.Contains(word) == prebuilt.Contains(word), word);
    }

    [Fact]
    public void PrebuiltNounTypesAnswerAsTheLexiconReadAtRunTime()
    {
        var prebuilt = TaggedNouns<NounType>.LoadPrebuilt(LexiconStore.Engine, "noun_types");
        var read = TaggedNouns<NounType>.Load(LexiconStore.Engine, "noun_types");
        // Lemmas, irregular and regular plurals, a word listed as a lemma before it is another's plural, and words not held.
        foreach (var word in new[] { "abacus", "abacuses", "crisis", "crises", "children", "child", "physics", "arms", "cities", "boxes", "mice", "zzyzx", "quickly", "" })
            Assert.Equal(read.WordKind(word), prebuilt.WordKind(word));
    }

    [Fact]
    public void ATableOfLongerEntriesIsRefused() =>
        Assert.Throws<InvalidOperationException>(() => TaggedNouns<ThreatDomain>.Prebuild(LexiconStore.Engine, "threat_referents"));

    private static void AssertCurrent(string lexicon, byte[] built, [CallerFilePath] string testFile = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "..", "rules", "lexicons", "prebuilt", lexicon + ".bin"));
        if (GoldenFile.Updating)
        {
            File.WriteAllBytes(path, built);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run tools/gen_prebuilt_lexicons.sh");
        Assert.True(File.ReadAllBytes(path).AsSpan().SequenceEqual(built), $"{path} was built from another {lexicon}.txt, irregular_forms.txt or kind list: run tools/gen_prebuilt_lexicons.sh");
        using var embedded = typeof(LexiconStore).Assembly.GetManifestResourceStream("prebuilt/" + lexicon + ".bin")!;
        var bytes = new byte[embedded.Length];
        embedded.ReadExactly(bytes);
        Assert.True(bytes.AsSpan().SequenceEqual(built), $"The engine embeds another {lexicon} table than {path}: build again");
    }
}
