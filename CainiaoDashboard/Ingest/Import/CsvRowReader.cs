using System.Text;

namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// Streams the rows of an RFC 4180 CSV file (comma-separated, fields in double quotes may hold commas, doubled quotes
/// and line breaks). A row that cannot be read becomes an error row and reading goes on at the next line: a quote inside
/// an unquoted field or text after a closing quote skips the rest of that line; a quote never closed is taken back to
/// the line after the one it opened on; a row longer than <see cref="MaxRowChars"/> is never held in memory whole.
/// Bytes that are not UTF-8 make their row an error rather than silently wrong text.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    /// <summary>The longest row read: the widest valid row (a 2,000-character complaint text, a 300-character address) is far shorter.</summary>
    public const int MaxRowChars = 65_536;

    private enum State { FieldStart, Unquoted, Quoted, QuoteInQuoted }

    private readonly Stream stream;
    private readonly StreamReader reader;
    private readonly char[] buffer = new char[1 << 16];
    private readonly StringBuilder raw = new();
    private readonly StringBuilder field = new();
    private readonly List<string> fields = [];
    private readonly RepeatedText repeated = new();
    private int position, length;
    private string? replay;
    private int replayPosition;
    private long line = 1;

    /// <summary>Where in <see cref="raw"/> the row's current (or last) quoted field opened; -1 before any.</summary>
    private int quoteAt;

    public CsvRowReader(Stream stream)
    {
        this.stream = stream;
        // Invalid bytes decode to U+FFFD, which marks their row; a byte order mark (UTF-8 from Excel, UTF-16) is honoured.
        reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
            detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>How far into the file reading has come, in bytes (read ahead by a buffer).</summary>
    public long BytesRead => stream.Position;

    public bool TryRead(out CsvRow row)
    {
        if (replay is null && TryReadPlainLine(out row)) return true;
        row = default;
        fields.Clear();
        field.Clear();
        raw.Clear();
        var start = line;
        var state = State.FieldStart;
        var any = false;
        quoteAt = -1;
        while (true)
        {
            if (!Next(out var c))
            {
                if (!any) return false;
                row = state == State.Quoted ? Unclosed(start, "broken quoting: a quoted field is never closed") : Finish(start);
                return true;
            }

            if (state == State.FieldStart && c == '\n' && fields.Count == 0 && !any)
            {
                start = line; // a blank line is no row
                raw.Clear();
                continue;
            }

            if (c != '\r') any = true;
            raw.Append(c);
            if (raw.Length > MaxRowChars)
            {
                var tooLong = $"row longer than {MaxRowChars:N0} characters";
                row = state == State.Quoted && QuotedFieldSpansLines() ? Unclosed(start, $"{tooLong} (or a quoted field never closed)") : Skipped(start, tooLong);
                return true;
            }

            switch (state)
            {
                case State.FieldStart when c == '"':
                    quoteAt = raw.Length - 1;
                    state = State.Quoted;
                    break;
                case State.FieldStart or State.Unquoted when c == ',':
                    EndField();
                    state = State.FieldStart;
                    break;
                case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == '\n':
                    row = Finish(start);
                    return true;
                case State.FieldStart or State.Unquoted or State.QuoteInQuoted when c == '\r':
                    break; // CRLF line ends, and a stray CR, are ignored outside quotes
                case State.Unquoted when c == '"':
                    row = Skipped(start, $"broken quoting: a quote inside an unquoted field (field {fields.Count + 1}): quote the whole field and double the quotes in it");
                    return true;
                case State.FieldStart or State.Unquoted:
                    field.Append(c);
                    state = State.Unquoted;
                    break;
                case State.Quoted when c == '"':
                    state = State.QuoteInQuoted;
                    break;
                case State.Quoted:
                    field.Append(c);
                    break;
                case State.QuoteInQuoted when c == '"':
                    field.Append('"');
                    state = State.Quoted;
                    break;
                case State.QuoteInQuoted when c == ',':
                    EndField();
                    state = State.FieldStart;
                    break;
                case State.QuoteInQuoted:
                    // Text right after a quoted field that ran over lines: its opening quote was most likely stray.
                    row = QuotedFieldSpansLines()
                        ? Unclosed(start, "broken quoting: a quoted field is never closed")
                        : Skipped(start, $"broken quoting: text after the closing quote of field {fields.Count + 1}");
                    return true;
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private void EndField()
    {
        fields.Add(field.ToString());
        field.Clear();
    }

    /// <summary>
    /// The common row, read without the parse character by character: a line the buffer holds whole, with no quote and no
    /// carriage return but a last one, split at its commas. Anything else (a quote, a stray carriage return, a blank or
    /// overlong line, a line only partly read yet) is left to the full parse, which reads it the same way from here.
    /// </summary>
    private bool TryReadPlainLine(out CsvRow row)
    {
        row = default;
        var rest = buffer.AsSpan(position, length - position);
        var lineEnd = rest.IndexOf('\n');
        // The full parse counts the line break in the row's length, so a line of MaxRowChars is already too long.
        if (lineEnd < 0 || lineEnd >= MaxRowChars) return false;
        var text = rest[..lineEnd];
        if (text.EndsWith('\r')) text = text[..^1];
        if (text.IsEmpty || text.IndexOfAny('"', '\r') >= 0) return false;

        fields.Clear();
        foreach (var range in text.Split(',')) fields.Add(repeated.Of(text[range]));
        position += lineEnd + 1;
        row = Completed(line++);
        return true;
    }

    private CsvRow Finish(long start)
    {
        EndField();
        return Completed(start);
    }

    private CsvRow Completed(long start)
    {
        foreach (var value in fields)
        {
            if (value.Contains('\uFFFD')) return new CsvRow(start, [], "not UTF-8 text: save the file as UTF-8");
        }

        return new CsvRow(start, [.. fields], null);
    }

    /// <summary>A row refused on its current line: the rest of that line goes with it.</summary>
    private CsvRow Skipped(long start, string reason)
    {
        SkipLine();
        return new CsvRow(start, [], reason);
    }

    private bool QuotedFieldSpansLines() => quoteAt >= 0 && raw.ToString(quoteAt, raw.Length - quoteAt).Contains('\n');

    /// <summary>
    /// A quoted field that swallowed line breaks and then went wrong (never closed, or text after its closing quote):
    /// its opening quote was stray. The row ends with the line that quote is on, and reading goes on from the next line,
    /// so that one stray quote costs one row and no text inside a properly closed earlier field is read as rows.
    /// </summary>
    private CsvRow Unclosed(long start, string reason)
    {
        var text = raw.ToString();
        var lineEnd = text.IndexOf('\n', quoteAt);
        if (lineEnd >= 0)
        {
            var rest = replay is null ? "" : replay[replayPosition..];
            replay = text[(lineEnd + 1)..] + rest;
            replayPosition = 0;
            line = start + 1 + text.AsSpan(0, lineEnd).Count('\n');
        }

        return new CsvRow(start, [], reason);
    }

    private void SkipLine()
    {
        while (Next(out var c) && c != '\n')
        {
        }
    }

    private bool Next(out char c)
    {
        if (replay is not null)
        {
            if (replayPosition < replay.Length)
            {
                c = replay[replayPosition++];
                if (c == '\n') line++;
                return true;
            }

            replay = null;
        }

        if (position == length)
        {
            length = reader.Read(buffer, 0, buffer.Length);
            position = 0;
            if (length == 0)
            {
                c = default;
                return false;
            }
        }

        c = buffer[position++];
        if (c == '\n') line++;
        return true;
    }
}
