using System.Globalization;

namespace CainiaoDashboard.Features.Executive;

public sealed record PlacedNode(FlowNode Node, double X, double Y, double Height);

public sealed record PlacedLink(FlowLink Link, string Path, double Thickness);

/// <summary>
/// Positions a flow diagram: one column per <see cref="FlowColumn"/> that has nodes, node height proportional to
/// parcels (one scale for the whole diagram, so every column is comparable), links as bands whose thickness is
/// their parcels on that scale, stacked at each end in the order of the node at the other end.
/// </summary>
public sealed record SankeyLayout(double Width, double Height, IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<PlacedLink> Links)
{
    public const double NodeWidth = 14;
    private const double Gap = 10;
    private const double LabelRoom = 110;

    public static SankeyLayout Compute(FlowFigures figures, double width = 760, double height = 500)
    {
        var columns = figures.Nodes.Select(n => n.Column).Distinct().Order().ToList();
        if (columns.Count == 0) return new SankeyLayout(width, height, [], []);

        var scale = columns.Min(c =>
        {
            var nodes = figures.Nodes.Where(n => n.Column == c).ToList();
            var total = nodes.Sum(n => n.Parcels);
            return total > 0 ? (height - Gap * (nodes.Count - 1)) / total : double.MaxValue;
        });
        if (scale == double.MaxValue) scale = 0;

        var inner = width - 2 * LabelRoom - NodeWidth;
        var placed = new Dictionary<string, PlacedNode>();
        foreach (var column in columns)
        {
            var x = LabelRoom + (columns.Count == 1 ? 0 : inner * columns.IndexOf(column) / (columns.Count - 1));
            var y = 0.0;
            foreach (var node in figures.Nodes.Where(n => n.Column == column))
            {
                var h = Math.Max(1, node.Parcels * scale);
                placed[node.Id] = new PlacedNode(node, x, y, h);
                y += h + Gap;
            }
        }

        var outOffset = placed.Keys.ToDictionary(id => id, _ => 0.0);
        var inOffset = placed.Keys.ToDictionary(id => id, _ => 0.0);
        var startY = new Dictionary<FlowLink, double>();
        foreach (var link in figures.Links.OrderBy(l => placed[l.SourceId].Y).ThenBy(l => placed[l.TargetId].Y))
        {
            startY[link] = placed[link.SourceId].Y + outOffset[link.SourceId];
            outOffset[link.SourceId] += link.Parcels * scale;
        }

        var links = new List<PlacedLink>();
        foreach (var link in figures.Links.OrderBy(l => placed[l.TargetId].Y).ThenBy(l => placed[l.SourceId].Y))
        {
            var source = placed[link.SourceId];
            var target = placed[link.TargetId];
            var thickness = link.Parcels * scale;
            var endY = target.Y + inOffset[link.TargetId];
            inOffset[link.TargetId] += thickness;
            links.Add(new PlacedLink(link, Band(source.X + NodeWidth, startY[link], target.X, endY, Math.Max(thickness, 0.5)), thickness));
        }

        // Thick links first, so thin ones stay on top and can be hovered.
        return new SankeyLayout(width, height, [.. placed.Values], [.. links.OrderByDescending(l => l.Thickness)]);
    }

    private static string Band(double x0, double y0, double x1, double y1, double t)
    {
        var xm = (x0 + x1) / 2;
        return string.Create(CultureInfo.InvariantCulture,
            $"M{x0:0.##},{y0:0.##}C{xm:0.##},{y0:0.##} {xm:0.##},{y1:0.##} {x1:0.##},{y1:0.##}L{x1:0.##},{y1 + t:0.##}C{xm:0.##},{y1 + t:0.##} {xm:0.##},{y0 + t:0.##} {x0:0.##},{y0 + t:0.##}Z");
    }
}
