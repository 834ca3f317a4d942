using System.Text;

namespace Rhetlint.Cli.Output;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it onto a <see cref="TextWriter"/>, so a serializer writes a
/// report to standard output (or a test's writer) without the whole report ever being built as one string.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    // Keeps a multi-byte character split across two writes until its last byte arrives.
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

    // The serializer may hand over the whole report in one write: it is decoded a chunk at a time, into one buffer.
    private const int ChunkBytes = 16 * 1024;
    private readonly char[] _chars = new char[Encoding.UTF8.GetMaxCharCount(ChunkBytes + 4)];

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var chunk = buffer[..Math.Min(ChunkBytes, buffer.Length)];
            var written = _decoder.GetChars(chunk, _chars, flush: false);
            writer.Write(_chars, 0, written);
            buffer = buffer[chunk.Length..];
        }
    }

    /// <summary>The writer's owner flushes it; a flush per serializer chunk would be a system call per chunk.</summary>
    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
