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
    private int position, length;
    private string? replay;
    private int replayPosition;
    private long line = 1;

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
        while (true)
        {
            row = default;
            fields.Clear();
            field.Clear();
            raw.Clear();
            var start = line;
            var state = State.FieldStart;
            var any = false;
            while (true)
            {
                if (!Next(out var c))
                {
                    if (!any) return false;
                    if (state == State.Quoted)
                    {
                        row = Unclosed(start);
                        return true;
                    }

                    row = Finish(start);
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
                    row = state == State.Quoted && raw.ToString().IndexOf('\n') is >= 0 ? Unclosed(start) : TooLong(start);
                    return true;
                }

                switch (state)
                {
                    case State.FieldStart when c == '"':
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
                    case State.FieldStart or State.Unquoted when c == '"':
                        row = Broken(start, $"a quote inside an unquoted field (field {fields.Count + 1}): quote the whole field and double the quotes in it");
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
                        row = Broken(start, $"text after the closing quote of field {fields.Count + 1}");
                        return true;
                }
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private void EndField()
    {
        fields.Add(field.ToString());
        field.Clear();
    }

    private CsvRow Finish(long start)
    {
        EndField();
        foreach (var value in fields)
        {
            if (value.Contains('\uFFFD')) return new CsvRow(start, [], "not UTF-8 text: save the file as UTF-8");
        }

        return new CsvRow(start, [.. fields], null);
    }

    private CsvRow Broken(long start, string reason)
    {
        // Over several lines, the row began with a quote that was never closed where it should have been.
        if (raw.ToString().Contains('\n')) return Unclosed(start);
        SkipLine();
        return new CsvRow(start, [], $"broken quoting: {reason}");
    }

    private CsvRow TooLong(long start)
    {
        // Quoted or not, the end of the line it reached ends the row: its rest is never held in memory.
        SkipLine();
        return new CsvRow(start, [], $"row longer than {MaxRowChars:N0} characters");
    }

    /// <summary>
    /// A quote opened and never closed swallowed the lines after it: the row is its first line, and reading goes on
    /// from the line after it, so that one stray quote costs one row.
    /// </summary>
    private CsvRow Unclosed(long start)
    {
        var text = raw.ToString();
        var firstBreak = text.IndexOf('\n');
        var rest = replay is null ? "" : replay[replayPosition..];
        replay = firstBreak >= 0 ? text[(firstBreak + 1)..] + rest : rest;
        replayPosition = 0;
        line = start + 1;
        return new CsvRow(start, [], "broken quoting: a quoted field is never closed");
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
