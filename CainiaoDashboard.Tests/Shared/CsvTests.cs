using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Li, Wei", "\"Li, Wei\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=HYPERLINK(\"a\",\"b\")", "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"")]
    [InlineData("-12", "-12")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_rfc_4180_says_and_formulas_defused(string value, string expected) =>
        Assert.Equal(expected, Csv.Field(value));

    [Fact]
    public void Lines_end_in_crlf()
    {
        Assert.Equal("a,\"b,c\",-1\r\n", Csv.Line(["a", "b,c", "-1"]));
    }

    [Fact]
    public void Chart_tables_are_written_with_it()
    {
        var table = new ChartTable("caption", ["period", "change"], [["=1+1", "-3"]]);

        Assert.Equal("period,change\r\n'=1+1,-3\r\n", table.ToCsv());
    }

    [Fact]
    public void Parcel_rows_are_written_with_it()
    {
        var created = new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc);
        var row = new ParcelRow(1, "ZT123", "ZTO", "NEXT_DAY", "TMALL", "CN-EAST", "US", ParcelStatus.InTransit, default, Lateness.OnTrack,
            false, created, created.AddDays(2), null, null, null, "=Li, \"Wei\"");
        var late = row with { Lateness = Lateness.Late, LateParty = LateParty.Customs };

        Assert.Equal(
            "ZT123,ZTO,NEXT_DAY,TMALL,CN-EAST,US,InTransit,None,OnTrack,no,2026-11-20T08:00:00Z,2026-11-22T08:00:00Z,,,,\"'=Li, \"\"Wei\"\"\",\r\n",
            ParcelCsvExport.Line(row));
        Assert.StartsWith("ZT123,ZTO,NEXT_DAY,TMALL,CN-EAST,US,InTransit,None,Late,no,", ParcelCsvExport.Line(late));
        Assert.EndsWith("\"'=Li, \"\"Wei\"\"\",customs\r\n", ParcelCsvExport.Line(late));
    }
}
