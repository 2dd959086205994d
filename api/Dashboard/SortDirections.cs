using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Dashboard;

/// <summary>The wire names of a sort direction (<c>sortDirection</c>, <c>sortOrder</c>).</summary>
public static class SortDirections
{
    public static IReadOnlyDictionary<string, SortDirection> Choices { get; } =
        new Dictionary<string, SortDirection>(StringComparer.OrdinalIgnoreCase)
        {
            ["asc"] = SortDirection.Ascending,
            ["desc"] = SortDirection.Descending,
        };
}
