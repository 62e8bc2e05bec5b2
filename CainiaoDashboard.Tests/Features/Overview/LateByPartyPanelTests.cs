using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class LateByPartyPanelTests : MudTestContext
{
    private static readonly LateByParty Late = new(new PartyCounts(0, 12, 0, 3, 40, 0), 0, new PartyCounts(1, 5, 2, 0, 7, 0));

    [Fact]
    public void Each_count_links_to_the_late_parcels_counted_against_that_party_within_the_overviews_filter()
    {
        var cut = RenderPanel(Late, OverviewFilter.All with { CarrierId = Sto }, parcels => parcels.ToUrl());

        var recipient = cut.Find("tr[data-party=recipient]");
        Assert.Equal("Recipient", recipient.QuerySelector("th")!.TextContent);
        Assert.Equal("/parcels?view=late&late-party=recipient&carrier=STO", recipient.QuerySelector("[data-count=open] a")!.GetAttribute("href"));
        Assert.Equal("/parcels?view=delivered-today&late-party=recipient&carrier=STO",
            recipient.QuerySelector("[data-count=delivered] a")!.GetAttribute("href"));
        Assert.Equal("40", recipient.QuerySelector("[data-count=open]")!.TextContent.Trim());
        // A zero leads nowhere.
        Assert.Null(cut.Find("tr[data-party=customs] [data-count=delivered]").QuerySelector("a"));
        Assert.Equal(6, cut.FindAll("tbody tr").Count);
        Assert.Contains("not home", cut.Find("tr[data-party=recipient] abbr").GetAttribute("title"));
    }

    [Fact]
    public void Roles_that_may_not_open_the_parcel_list_see_the_counts_without_links()
    {
        var cut = RenderPanel(Late, OverviewFilter.All, _ => null);

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal("12", cut.Find("tr[data-party=courier] [data-count=open]").TextContent.Trim());
    }

    [Fact]
    public void Without_late_parcels_it_says_so_and_parcels_stored_without_a_party_are_counted_apart()
    {
        var none = RenderPanel(new LateByParty(default, 0, default), OverviewFilter.All, parcels => parcels.ToUrl());
        var unattributed = RenderPanel(new LateByParty(default, 4, default), OverviewFilter.All, parcels => parcels.ToUrl());

        Assert.Contains("No parcel is past its promise", none.Find("[data-testid=late-by-party-empty]").TextContent);
        Assert.Empty(none.FindAll("table"));
        Assert.Equal("4", unattributed.Find("tr[data-party=none] td").TextContent.Trim());
    }

    private IRenderedComponent<LateByPartyPanel> RenderPanel(LateByParty late, OverviewFilter filter, Func<ParcelListFilter, string?> linkFor) =>
        Render<LateByPartyPanel>(p => p.Add(a => a.Late, late).Add(a => a.Filter, filter).Add(a => a.LinkFor, linkFor));
}
