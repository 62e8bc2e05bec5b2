using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest.Webhooks;

namespace CainiaoDashboard.Tests.Ingest.Webhooks;

/// <summary>The mapping tables kept as data: every format's table loads, and a line naming nothing real stops start-up.</summary>
public sealed class WebhookTableTests
{
    [Fact]
    public void Every_formats_table_loads_and_maps_codes_to_statuses_a_scan_can_have()
    {
        Assert.Equal(["kuaidi100", "usps-v3", "aftership", "easypost"], WebhookFormats.All.Select(f => f.Name));
        foreach (var format in WebhookFormats.All)
        {
            Assert.NotEmpty(format.Table.Codes);
            Assert.All(format.Table.Codes, code => Assert.NotEqual(ParcelStatus.Unknown, format.Table.StatusOf(code).Status));
        }

        Assert.Equal((ParcelStatus.Unknown, ParcelSubStatus.None), WebhookFormats.Find("KUAIDI100")!.Table.StatusOf("转投"));
    }

    [Theory]
    [InlineData("status,X,Teleported", "line 2: not a status a scan can have")]
    [InlineData("status,X,Unknown", "line 2: not a status a scan can have")]
    [InlineData("status,X,Delivered,NotHome", "line 2: not a sub-status of that status")]
    [InlineData("hub,LONDON,LHR", "line 2: unknown hub")]
    [InlineData("partner,zto,ZTO", "line 2: not a hand-over partner")]
    [InlineData("status,1,PickedUp", "line 2: the key is already in the table")]
    [InlineData("route,X,Y", "line 2: unknown kind")]
    [InlineData("status,X", "line 2: a line needs a kind, a key and a value")]
    public void A_line_that_names_nothing_real_is_refused_with_its_line_number(string line, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WebhookTable.Parse("test", $"status,1,PickedUp\n{line}\n"));

        Assert.Contains($"test.csv {reason}", error.Message);
    }
}
