using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class FilterSelectMarkupTests
{
    private static readonly IReadOnlyList<FilterOption> Options = [new("ZTO", "ZTO Express"), new("A&B", "Tom & Jerry <Post>")];

    [Fact]
    public void Only_the_chosen_option_is_selected_and_the_empty_code_stands_for_all()
    {
        Assert.Equal("""<option value="" selected>All carriers</option><option value="ZTO">ZTO Express</option><option value="A&amp;B">Tom &amp; Jerry &lt;Post&gt;</option>""",
            FilterSelectMarkup.Options(Options, "All carriers", "").Value);
        Assert.Equal("""<option value="ZTO" selected>ZTO Express</option><option value="A&amp;B">Tom &amp; Jerry &lt;Post&gt;</option>""",
            FilterSelectMarkup.Options(Options, null, "ZTO").Value);
    }

    [Fact]
    public void A_code_that_is_not_offered_selects_nothing()
    {
        Assert.DoesNotContain("selected", FilterSelectMarkup.Options(Options, "All carriers", "DHL").Value);
    }

    [Fact]
    public void The_same_list_and_choice_give_the_same_string_to_every_circuit()
    {
        Assert.Same(FilterSelectMarkup.Options(Options, "All carriers", "ZTO").Value, FilterSelectMarkup.Options(Options, "All carriers", "ZTO").Value);
    }

    [Fact]
    public void The_label_names_its_select_and_both_texts_are_encoded()
    {
        Assert.EndsWith("""for="overview-filter-region">Region &amp; more</label>""", FilterSelectMarkup.Label("overview-filter-region", "Region & more").Value);
        Assert.Contains("<legend>Region &amp; more</legend>", FilterSelectMarkup.Outline("Region & more").Value);
    }
}
