using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using Microsoft.EntityFrameworkCore;
using TestContext = Xunit.TestContext;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>The form writes through the real <see cref="CainiaoDashboard.Ingest.SupportDesk"/> into a fresh SQLite file.</summary>
public sealed class ComplaintFormTests : MudTestContext
{
    /// <summary>A save waits for the single writer's commit; the machine running the tests may be busy.</summary>
    [Theory]
    [InlineData(0, "Enter a description: it cannot be empty.")]
    [InlineData(ComplaintRules.MaxDescriptionLength + 1, "The description is too long: 2,001 characters, at most 2,000.")]
    public async Task Empty_or_oversized_text_is_refused_with_a_clear_message_and_nothing_reaches_the_store(int length, string message)
    {
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var commits = 0;
        data.Pipeline.Committed += _ => Interlocked.Increment(ref commits);
        var filed = 0;
        var cut = RenderForm(data, number, () => filed++);

        Popovers.Choose(cut, "complaint-category", "Damaged");
        Popovers.Choose(cut, "complaint-channel", "Chat");
        cut.TextBox("complaint-description").Input(new string('x', length));
        cut.Find("[data-testid=complaint-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=complaint-error]").TextContent), DatabaseWait);
        Assert.Equal("alert", cut.Find("[data-testid=complaint-error]").GetAttribute("role"));
        Assert.Equal("true", cut.TextBox("complaint-description").GetAttribute("aria-invalid"));
        Assert.Equal(0, commits);
        Assert.Equal(0, await ComplaintCountAsync(data));
        Assert.Equal(0, filed);
        Assert.DoesNotContain("Complaint logged", Snackbars.Markup);
        // What the user typed stays, so they can shorten it.
        Assert.Equal("Damaged", cut.Shown("complaint-category"));
    }

    [Theory]
    [InlineData(0, "请输入描述：不能为空。")]
    [InlineData(ComplaintRules.MaxDescriptionLength + 1, "描述过长：2,001个字符，最多2,000个。")]
    public async Task In_chinese_empty_or_oversized_text_is_refused_in_chinese(int length, string message)
    {
        using var scope = CultureScope.Chinese();
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var cut = RenderForm(data, number, () => { });

        Popovers.Choose(cut, "complaint-category", "破损");
        Popovers.Choose(cut, "complaint-channel", "在线客服");
        cut.TextBox("complaint-description").Input(new string('x', length));
        cut.Find("[data-testid=complaint-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=complaint-error]").TextContent), DatabaseWait);
        Assert.Equal(0, await ComplaintCountAsync(data));
        Assert.Equal(("破损", "在线客服"), (cut.Shown("complaint-category"), cut.Shown("complaint-channel")));
    }

    [Fact]
    public async Task In_chinese_a_complaint_without_a_category_is_refused_and_a_valid_one_is_logged_and_announced_in_chinese()
    {
        using var scope = CultureScope.Chinese();
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var filed = 0;
        var cut = RenderForm(data, number, () => filed++);
        Assert.Equal("登记投诉", cut.Find("[data-testid=complaint-submit]").TextContent.Trim());
        Assert.Equal(["投诉类型", "联系渠道", "描述"], cut.FindAll("label.mud-input-label").Select(l => l.TextContent.Trim()));

        Popovers.Choose(cut, "complaint-channel", "电话");
        cut.TextBox("complaint-description").Input("快递员对客户态度恶劣。");
        cut.Find("[data-testid=complaint-submit]").Click();
        cut.WaitForAssertion(() => Assert.Equal("请选择投诉类型。", cut.Find("[data-testid=complaint-error]").TextContent), DatabaseWait);

        Popovers.Choose(cut, "complaint-category", "快递员态度差");
        cut.Find("[data-testid=complaint-submit]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("投诉已登记", Snackbars.Markup), DatabaseWait);
        cut.WaitForAssertion(() => Assert.Equal(1, filed), DatabaseWait);
        await using var db = data.Contexts.CreateDbContext();
        var stored = await db.Complaints.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((ComplaintCategory.ImpoliteCourier, ContactChannel.Phone), (stored.Category, stored.ContactChannel));
    }

    [Fact]
    public async Task The_counter_turns_to_an_error_as_soon_as_the_text_passes_two_thousand_characters()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var cut = RenderForm(data, "ZT0000000001", () => { });

        cut.TextBox("complaint-description").Input(new string('x', ComplaintRules.MaxDescriptionLength));
        Assert.Equal("false", cut.TextBox("complaint-description").GetAttribute("aria-invalid"));
        Assert.Contains("2000 / 2000", cut.Markup);

        cut.TextBox("complaint-description").Input(new string('x', ComplaintRules.MaxDescriptionLength + 1));
        Assert.Equal("true", cut.TextBox("complaint-description").GetAttribute("aria-invalid"));
        Assert.Contains("2001 / 2000", cut.Markup);
    }

    [Fact]
    public async Task Without_a_category_the_desk_asks_for_one_and_the_category_field_is_marked()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var cut = RenderForm(data, number, () => { });

        Popovers.Choose(cut, "complaint-channel", "Email");
        cut.TextBox("complaint-description").Input("Box arrived crushed.");
        cut.Find("[data-testid=complaint-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Choose a complaint category.", cut.Find("[data-testid=complaint-error]").TextContent), DatabaseWait);
        Assert.Equal("true", cut.Find("input[data-testid=complaint-category]").GetAttribute("aria-invalid"));
        Assert.Equal("false", cut.Find("input[data-testid=complaint-channel]").GetAttribute("aria-invalid"));
        Assert.Equal(0, await ComplaintCountAsync(data));
    }

    [Fact]
    public async Task A_valid_complaint_is_stored_as_chosen_announced_in_a_snackbar_and_the_form_is_cleared()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var filed = 0;
        var cut = RenderForm(data, number, () => filed++);

        Popovers.Choose(cut, "complaint-category", "Impolite courier");
        Popovers.Choose(cut, "complaint-channel", "Phone");
        cut.TextBox("complaint-description").Input("  The courier shouted at the customer.  ");
        cut.Find("[data-testid=complaint-submit]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("Complaint logged", Snackbars.Markup), DatabaseWait);
        cut.WaitForAssertion(() => Assert.Equal(1, filed), DatabaseWait);
        await using (var db = data.Contexts.CreateDbContext())
        {
            var stored = await db.Complaints.SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal((ComplaintCategory.ImpoliteCourier, ContactChannel.Phone, "The courier shouted at the customer.", "amy", ComplaintState.Open, true),
                (stored.Category, stored.ContactChannel, stored.Description, stored.OpenedBy, stored.State, stored.IsValid));
        }

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=complaint-error]")));
        Assert.Equal("", cut.Shown("complaint-category"));
        Assert.Equal("", cut.TextBox("complaint-description").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Each_complaint_the_form_logs_is_stored_under_its_own_key_so_a_second_one_is_not_taken_for_a_repeat()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var filed = 0;
        var cut = RenderForm(data, number, () => filed++);

        foreach (var text in new[] { "Box crushed.", "Box crushed." })
        {
            Popovers.Choose(cut, "complaint-category", "Damaged");
            Popovers.Choose(cut, "complaint-channel", "Chat");
            cut.TextBox("complaint-description").Input(text);
            var before = filed;
            cut.Find("[data-testid=complaint-submit]").Click();
            cut.WaitForAssertion(() => Assert.Equal(before + 1, filed), DatabaseWait);
        }

        await using var db = data.Contexts.CreateDbContext();
        var keys = await db.Complaints.Select(c => c.IdempotencyKey).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, keys.Count);
        Assert.All(keys, key => Assert.False(string.IsNullOrEmpty(key)));
        Assert.NotEqual(keys[0], keys[1]);
    }

    private IRenderedComponent<ComplaintForm> RenderForm(SupportDatabase data, string trackingNumber, Action onFiled)
    {
        Services.AddSingleton(data.Desk);
        RenderProviders();
        return Render<ComplaintForm>(p => p
            .Add(f => f.TrackingNumber, trackingNumber)
            .Add(f => f.Actor, "amy")
            .Add(f => f.OnFiled, onFiled));
    }

    private static async Task<int> ComplaintCountAsync(SupportDatabase data)
    {
        await using var db = data.Contexts.CreateDbContext();
        return await db.Complaints.CountAsync(TestContext.Current.CancellationToken);
    }
}
