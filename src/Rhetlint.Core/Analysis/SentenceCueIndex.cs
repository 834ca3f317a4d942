using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Which registered sentence cues (<see cref="AnalysisContext.RegisterSentenceAction(Action{SentenceContext}, Func{string, bool})"/>)
/// a sentence holds, as a bit mask: each distinct word of a document is asked of every cue once, and a sentence's mask
/// is the union of its words' (Harper's and Ruff's way of deciding once which rules can fire). Cues share a bit when
/// there are more than 64: a shared bit is set when any of its cues is met, which runs an action more often than
/// needed, never less. One index per analysis: it is not shared between threads.
/// </summary>
internal sealed class SentenceCueIndex(ImmutableArray<Func<string, bool>> cues)
{
    /// <summary>
    /// Each word met, with its mask, by its token's <see cref="Token.WordKey"/>: hashing every token's word again here
    /// showed in profiles (issue 18). The first word of a key keeps the entry; another word with that key is asked of
    /// the cues each time.
    /// </summary>
    private readonly Dictionary<uint, (string Word, ulong Mask)> _byKey = [];

    /// <summary>The bit of the cue at <paramref name="index"/>.</summary>
    public static ulong Bit(int index) => 1UL << (index % 64);

    /// <summary>The bits of the cues some token of <paramref name="sentence"/> meets.</summary>
    public ulong Of(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var mask = 0UL;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++) mask |= OfWord(tokens[k]);
        return mask;
    }

    private ulong OfWord(Token token)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_byKey, token.WordKey, out var known);
        if (known) return entry.Word == token.Norm ? entry.Mask : CuesOf(token.Norm);
        entry = (token.Norm, CuesOf(token.Norm));
        return entry.Mask;
    }

    private ulong CuesOf(string word)
    {
        var mask = 0UL;
        for (var c = 0; c < cues.Length; c++)
            if (cues[c](word)) mask |= Bit(c);
        return mask;
    }
}
