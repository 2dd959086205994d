using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>Small HTTP assertions shared by the dashboard endpoint tests.</summary>
internal static class Http
{
    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} -> {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem with <paramref name="expected"/> status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        // Seed 002 §15.3: every error has a human detail and a stable error_code.
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Matches("^[a-z][a-z0-9_]*$", problem.GetProperty("error_code").GetString());
        return problem;
    }

    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        return await ProblemAsync(response, expected);
    }

    /// <summary>GET that must answer 422 with an error for exactly the parameter named.</summary>
    public static async Task AssertInvalidParameterAsync(this HttpClient client, string path, string parameter)
    {
        var problem = await client.GetProblemAsync(path, HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains(parameter, errors.GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object? body) =>
        body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);

    public static string[] Ids(this JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

    public static string[] Names(this JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
}
