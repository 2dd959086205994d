using System.Globalization;
using System.Reflection;

namespace OrleansTrading.Grains.Database;

/// <summary>The <c>sql/*.sql</c> files embedded in this assembly, in version order.</summary>
public static class SchemaScripts
{
    private const string ResourcePrefix = "sql/";

    public static IReadOnlyList<SchemaScript> All { get; } = Load();

    private static SchemaScript[] Load()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var fileName = resource[ResourcePrefix.Length..];
            var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !int.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"SQL script '{fileName}' must be named NNNN_description.sql.");
            }
            scripts.Add(new SchemaScript(version, Path.GetFileNameWithoutExtension(fileName), Read(assembly, resource)));
        }
        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two SQL scripts share version {duplicate.Key}.");
        }
        return scripts.OrderBy(s => s.Version).ToArray();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
