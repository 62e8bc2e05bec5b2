namespace CainiaoDashboard.Features.Overview;

/// <summary>The parts of a KPI card's content, in the order the card shows them (<see cref="KpiCardContent"/>).</summary>
public enum KpiCardPart
{
    /// <summary>The title and its info icon: the same for every figure of the KPI.</summary>
    Heading,

    /// <summary>The value, the sparkline and the change since yesterday: new with each figure.</summary>
    Figures,

    /// <summary>The formula, hidden for screen readers and as the tooltip: the same for every figure of the KPI.</summary>
    Formula,
}
