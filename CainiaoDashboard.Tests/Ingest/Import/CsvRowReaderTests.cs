using System.Text;
using CainiaoDashboard.Ingest.Import;

namespace CainiaoDashboard.Tests.Ingest.Import;

public sealed class CsvRowReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var rows = Read("a,b,c\r\n1,\"two, too\",\"say \"\"hi\"\"\"\r\n2,\"line one\nline two\",\n");

        Assert.Equal(["a", "b", "c"], rows[0].Fields);
        Assert.Equal(["1", "two, too", "say \"hi\""], rows[1].Fields);
        Assert.Equal(["2", "line one\nline two", ""], rows[2].Fields);
        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Line));
    }

    [Fact]
    public void Skips_blank_lines_and_a_byte_order_mark_and_reads_a_last_row_without_a_line_break()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("name,city\n\r\nLi,杭州\n\nWang,成都")).ToArray();

        var rows = Read(bytes);

        Assert.Equal(["name", "city"], rows[0].Fields);
        AssertRow(3, ["Li", "杭州"], rows[1]);
        AssertRow(5, ["Wang", "成都"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_rejects_that_line_only()
    {
        var rows = Read("a,b\n1,ab\"c\n2,ok\n");

        Assert.Equal((2L, "broken quoting: a quote inside an unquoted field (field 2): quote the whole field and double the quotes in it"),
            (rows[1].Line, rows[1].Error));
        Assert.Empty(rows[1].Fields);
        Assert.Equal(["2", "ok"], rows[2].Fields);
    }

    [Fact]
    public void Text_after_a_closing_quote_rejects_that_line_only()
    {
        var rows = Read("a,b\n1,\"ab\"c\n2,ok\n");

        Assert.Equal("broken quoting: text after the closing quote of field 2", rows[1].Error);
        Assert.Equal(["2", "ok"], rows[2].Fields);
    }

    [Fact]
    public void A_quote_never_closed_costs_its_own_line_and_reading_goes_on_at_the_next()
    {
        var rows = Read("a,b\n1,\"never closed\n2,ok\n3,\"fine\"\n");

        Assert.Equal((2L, "broken quoting: a quoted field is never closed"), (rows[1].Line, rows[1].Error));
        AssertRow(3, ["2", "ok"], rows[2]);
        AssertRow(4, ["3", "fine"], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void A_quote_closed_lines_later_by_a_broken_row_costs_the_first_line_and_the_broken_row_is_reported_on_its_own()
    {
        var rows = Read("a,b\n1,\"opened\n2,ab\"c\n3,ok\n");

        Assert.Equal((2L, "broken quoting: a quoted field is never closed"), (rows[1].Line, rows[1].Error));
        Assert.Equal((3L, "broken quoting: a quote inside an unquoted field (field 2): quote the whole field and double the quotes in it"),
            (rows[2].Line, rows[2].Error));
        AssertRow(4, ["3", "ok"], rows[3]);
    }

    [Fact]
    public void A_file_ending_inside_quotes_costs_the_line_the_quote_opened_on()
    {
        var rows = Read("a,b\n1,ok\n2,\"never closed\n3,ok");

        AssertRow(2, ["1", "ok"], rows[1]);
        Assert.Equal((3L, "broken quoting: a quoted field is never closed"), (rows[2].Line, rows[2].Error));
        AssertRow(4, ["3", "ok"], rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Line_breaks_inside_quotes_are_kept_as_written_and_the_next_rows_are_counted_from_the_right_line()
    {
        var rows = Read("a,b\r\n1,\"one\r\ntwo\"\r\n2,ok\r\n");

        AssertRow(2, ["1", "one\r\ntwo"], rows[1]);
        AssertRow(4, ["2", "ok"], rows[2]);
    }

    [Fact]
    public void A_broken_row_after_a_properly_closed_field_over_several_lines_costs_that_row_and_no_text_of_the_field_becomes_a_row()
    {
        var rows = Read("a,b,c\n1,\"text\nB,C\",z\"w\n2,ok,ok\n");

        Assert.Equal((2L, "broken quoting: a quote inside an unquoted field (field 3): quote the whole field and double the quotes in it"),
            (rows[1].Line, rows[1].Error));
        AssertRow(4, ["2", "ok", "ok"], rows[2]);
        Assert.Equal(3, rows.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_ten_megabyte_field_rejects_its_row_and_the_next_row_is_read(bool quoted)
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var rows = Read($"a,b\n1,{(quoted ? $"\"{huge}\"" : huge)}\n2,ok\n");

        Assert.Equal((2L, $"row longer than {CsvRowReader.MaxRowChars:N0} characters"), (rows[1].Line, rows[1].Error));
        AssertRow(3, ["2", "ok"], rows[2]);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_reject_their_row_and_the_rows_around_it_read_as_written()
    {
        byte[] gb18030 = [0xCD, 0xF5, 0xB7, 0xBC]; // 王芳 as a Chinese Windows export writes it
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,李伟\n").Concat(Encoding.UTF8.GetBytes("2,")).Concat(gb18030)
            .Concat(Encoding.UTF8.GetBytes("\n3,王芳\n")).ToArray();

        var rows = Read(bytes);

        Assert.Equal(["1", "李伟"], rows[1].Fields);
        Assert.Equal((3L, "not UTF-8 text: save the file as UTF-8"), (rows[2].Line, rows[2].Error));
        Assert.Equal(["3", "王芳"], rows[3].Fields);
    }

    [Fact]
    public void Written_fields_read_back_as_they_were()
    {
        string[] fields = ["plain", "with, comma", "with \"quotes\"", "two\nlines", " edge spaces ", "", "中文"];

        var rows = Read(CsvText.Line(fields) + "\n");

        Assert.Equal(fields, rows[0].Fields);
    }

    [Fact]
    public void Rows_over_many_buffers_read_back_as_written_with_their_line_numbers()
    {
        // Plain rows take the quick path and quoted or broken-up ones the full parse, and rows straddle the reader's
        // buffer: a mix of both, far longer than one buffer, must come back exactly.
        string[] values = ["ZTO", "plain text", "", "with, comma", "with \"quotes\"", "two\nlines", "中文", "2026-05-01T08:00:00+08:00"];
        var random = new Random(20261206);
        var text = new StringBuilder();
        var expected = new List<(long Line, string[] Fields)>();
        long line = 1;
        for (var i = 0; i < 20_000; i++)
        {
            if (random.Next(50) == 0)
            {
                text.Append(random.Next(2) == 0 ? "\n" : "\r\n"); // a blank line, which is no row
                line++;
                continue;
            }

            var fields = Enumerable.Range(0, random.Next(2, 9)).Select(_ => values[random.Next(values.Length)]).ToArray();
            var written = CsvText.Line(fields);
            text.Append(written).Append(random.Next(3) == 0 ? "\r\n" : "\n");
            expected.Add((line, fields));
            line += 1 + written.Count(c => c == '\n');
        }

        var rows = Read(text.ToString());

        Assert.All(rows, row => Assert.Null(row.Error));
        Assert.Equal(expected.Select(e => $"{e.Line}: {string.Join("|", e.Fields)}"), rows.Select(r => $"{r.Line}: {string.Join("|", r.Fields)}"));
    }

    private static void AssertRow(long line, string[] fields, CsvRow row)
    {
        Assert.Equal(line, row.Line);
        Assert.Null(row.Error);
        Assert.Equal(fields, row.Fields);
    }

    private static List<CsvRow> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static List<CsvRow> Read(byte[] bytes)
    {
        using var reader = new CsvRowReader(new MemoryStream(bytes));
        var rows = new List<CsvRow>();
        while (reader.TryRead(out var row)) rows.Add(row);
        return rows;
    }
}
