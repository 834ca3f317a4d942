using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Syntax;

/// <summary>
/// A word as the tokens of one document share it: its text, its <see cref="Token.Norm"/> and its key, made once per
/// distinct spelling by the tokenizer, and what each word set has answered for it. Rules ask hundreds of word sets at
/// every token; each set's filter is its own table that does not stay in cache, while a word's answers do, so a word asked
/// again (most words of a long document) is answered by a bit (issue 18).
/// </summary>
public sealed class TokenWord
{
    /// <summary>
    /// Set numbers at or above this are asked without keeping answers: a set built per document would otherwise grow the
    /// answers of every word made after it.
    /// </summary>
    private const int MaxRemembered = 1024;

    /// <summary>Per 64 sets, a word of the sets that have answered and a word of those that hold it; made at the first question.</summary>
    private ulong[]? _answers;

    public TokenWord(string text, string norm)
    {
        Text = text;
        Norm = norm;
        Key = WordKeyMap.KeyOf(norm);
    }

    public string Text { get; }
    public string Norm { get; }
    public uint Key { get; }

    /// <summary>Whether set number <paramref name="set"/> holds the word, asking <paramref name="ask"/> only the first time.</summary>
    internal bool IsIn(int set, WordKeyMap<bool> ask)
    {
        var answers = _answers ?? Answers();
        var known = (set >> 6) * 2;
        if ((uint)known >= (uint)answers.Length) return ask.ContainsKey(Norm, Key);
        var bit = 1UL << set;
        if ((Volatile.Read(ref answers[known]) & bit) != 0) return (Volatile.Read(ref answers[known + 1]) & bit) != 0;
        var held = ask.ContainsKey(Norm, Key);
        // The answer before the bit that says there is one: a reader on another thread that sees the bit sees the answer.
        if (held) Interlocked.Or(ref answers[known + 1], bit);
        Interlocked.Or(ref answers[known], bit);
        return held;
    }

    private ulong[] Answers()
    {
        var made = new ulong[(Math.Min(FrozenWordSet.Made + 64, MaxRemembered) + 63) / 64 * 2];
        return Interlocked.CompareExchange(ref _answers, made, null) ?? made;
    }
}
