using System.Globalization;

namespace OrleansTrading.Api.Dashboard;

/// <summary>
/// Reads query-string parameters by hand, so that a bad value becomes a 422 naming the parameter (model binding would
/// answer 400 without saying which). An empty value means "not given", as the dashboard sends empty strings for "all".
/// </summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> Errors => _errors;

    public void Add(string parameter, string message) => _errors[parameter] = [message];

    /// <summary>The parameter's value, or null when it is absent or empty.</summary>
    public static string? Text(IQueryCollection query, string parameter)
    {
        var value = query[parameter].ToString();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int WholeNumber(IQueryCollection query, string parameter, int fallback, int min, int max)
    {
        var text = Text(query, parameter);
        if (text is null)
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Add(parameter, $"{parameter} must be a whole number from {min} to {max}.");
        return fallback;
    }

    /// <summary>One of the named choices (case-insensitive), or <paramref name="fallback"/> when absent.</summary>
    public T Choice<T>(IQueryCollection query, string parameter, IReadOnlyDictionary<string, T> choices, T fallback)
    {
        var text = Text(query, parameter);
        if (text is null)
        {
            return fallback;
        }
        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }
        Add(parameter, $"{parameter} must be one of: {string.Join(", ", choices.Keys)}.");
        return fallback;
    }
}
