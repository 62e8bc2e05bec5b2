using CainiaoDashboard.Ingest.Import;

namespace CainiaoDashboard.Tests.Ingest.Import;

public sealed class CsvColumnsTests
{
    private static readonly string[] Known = ["trackingNumber", "carrier", "statusText"];
    private static readonly string[] Required = ["trackingNumber", "carrier"];

    [Fact]
    public void Columns_bind_in_any_order_and_case_and_an_empty_cell_reads_as_missing()
    {
        var (columns, error) = CsvColumns.Bind(Header("CARRIER", "trackingnumber", "statusText"), Known, Required);

        Assert.Null(error);
        string[] row = ["ZTO", "ZT1", ""];
        Assert.Equal(("ZT1", "ZTO", null), (columns!.Value(row, "trackingNumber"), columns.Value(row, "carrier"), columns.Value(row, "statusText")));
    }

    [Fact]
    public void A_rejects_file_header_binds_its_line_and_reason_columns_being_ignored()
    {
        var (columns, error) = CsvColumns.Bind(Header("line", "trackingNumber", "carrier", "reason"), Known, Required);

        Assert.Null(error);
        Assert.Equal("ZT1", columns!.Value(["7", "ZT1", "ZTO", "unknown parcel"], "trackingNumber"));
    }

    [Theory]
    [InlineData("trackingNumber,carrier,colour", "unknown column 'colour' in its header; the columns are trackingNumber, carrier, statusText")]
    [InlineData("trackingNumber,carrier,Carrier", "column 'carrier' appears twice in its header")]
    [InlineData("statusText", "its header lacks the columns trackingNumber, carrier")]
    [InlineData("trackingNumber", "its header lacks the column carrier")]
    public void A_header_with_an_unknown_repeated_or_missing_column_is_refused_with_the_reason(string header, string reason) =>
        Assert.Equal(reason, CsvColumns.Bind(Header(header.Split(',')), Known, Required).Error);

    [Fact]
    public void A_row_with_another_number_of_fields_than_the_header_is_refused()
    {
        var (columns, _) = CsvColumns.Bind(Header("trackingNumber", "carrier"), Known, Required);

        Assert.Equal("3 fields where the header has 2", columns!.Check(new CsvRow(2, ["a", "b", "c"], null)));
        Assert.Null(columns.Check(new CsvRow(3, ["a", "b"], null)));
    }

    private static CsvRow Header(params string[] names) => new(1, names, null);
}
