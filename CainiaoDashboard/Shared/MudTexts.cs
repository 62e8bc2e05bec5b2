using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CainiaoDashboard.Shared;

/// <summary>
/// MudBlazor's own words (pager, date pickers, dialogs' close buttons, data grid menus) in the reader's language:
/// <c>Resources/Shared/MudTexts.zh-CN.resx</c>, keyed by MudBlazor's resource names (<c>MudDataGridPager_RowsPerPage</c>).
/// Where it has none (English), MudBlazor keeps its own English.
/// </summary>
public sealed class MudTexts : MudLocalizer
{
    private static readonly IStringLocalizer Text = Translations.For<MudTexts>();

    public override LocalizedString this[string key] => Text[key];

    public override LocalizedString this[string key, params object[] arguments] => Text[key, arguments];
}
