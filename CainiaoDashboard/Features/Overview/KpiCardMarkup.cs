using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Features.Overview;

/// <summary>A KPI card's content as the shared HTML of its parts (<see cref="KpiCardPart"/>), one markup frame each.</summary>
public readonly record struct KpiCardMarkup(MarkupString Heading, MarkupString Figures, MarkupString Formula);
