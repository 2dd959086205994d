using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrleansTrading.TestSupport.Bots;

namespace OrleansTrading.ApiTests.Bots;

/// <summary>Every bot endpoint over real HTTP: status codes, JSON field names and types, problem bodies.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class BotEndpointTests(ApiServerFixture fixture)
{
    private static readonly string[] BotFields =
    [
        "id", "name", "status", "capital", "trading_frequency", "indicators", "risk_management", "symbols",
        "start_hour", "start_minute", "end_hour", "end_minute", "created_at", "updated_at", "last_run_at",
        "is_active", "error_count",
    ];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcTimestamp();

    private HttpClient Http => fixture.Server.Client;

    private async Task<JsonElement> CreateAsync(JsonObject? form = null)
    {
        using var response = await Http.PostAsJsonAsync("/api/bots", form ?? BotForms.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var bot = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/bots/{bot.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        return bot;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        // Seed 002 §15.3: every error has a human detail and a stable error_code.
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Matches("^[a-z][a-z0-9_]*$", problem.GetProperty("error_code").GetString());
        return problem;
    }

    private static string Id(JsonElement bot) => bot.GetProperty("id").GetString()!;

    [Fact]
    public async Task Create_returns_the_bot_with_the_dashboard_shape()
    {
        var bot = await CreateAsync();

        Assert.Equal(BotFields.Order(), bot.EnumerateObject().Select(p => p.Name).Order());
        Assert.True(Guid.TryParseExact(Id(bot), "D", out _));
        Assert.Equal("Momentum bot", bot.GetProperty("name").GetString());
        Assert.Equal("stopped", bot.GetProperty("status").GetString());
        Assert.Equal(25000m, bot.GetProperty("capital").GetDecimal());
        Assert.Equal(60, bot.GetProperty("trading_frequency").GetInt32());
        Assert.Equal(JsonValueKind.Object, bot.GetProperty("indicators").ValueKind);
        Assert.Equal(14, bot.GetProperty("indicators").GetProperty("RSI").GetProperty("period").GetInt32());
        Assert.Equal(2, bot.GetProperty("indicators").GetProperty("Bollinger Bands").GetProperty("stdDev").GetDouble());
        Assert.Equal(JsonValueKind.Object, bot.GetProperty("indicators").GetProperty("OBV").ValueKind);
        var risk = bot.GetProperty("risk_management");
        Assert.Equal(["max_concurrent_positions", "max_daily_loss", "max_position_size", "stop_loss", "take_profit"],
            risk.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(2.5m, risk.GetProperty("stop_loss").GetDecimal());
        Assert.Equal(["AAPL", "MSFT"], bot.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal((9, 30, 16, 0), (bot.GetProperty("start_hour").GetInt32(), bot.GetProperty("start_minute").GetInt32(),
            bot.GetProperty("end_hour").GetInt32(), bot.GetProperty("end_minute").GetInt32()));
        Assert.Matches(UtcTimestamp(), bot.GetProperty("created_at").GetString());
        Assert.Matches(UtcTimestamp(), bot.GetProperty("updated_at").GetString());
        Assert.Equal(JsonValueKind.Null, bot.GetProperty("last_run_at").ValueKind);
        Assert.False(bot.GetProperty("is_active").GetBoolean());
        Assert.Equal(0, bot.GetProperty("error_count").GetInt32());
    }

    [Fact]
    public async Task Get_returns_what_create_returned()
    {
        var created = await CreateAsync();

        var fetched = await fixture.Server.GetJsonAsync($"/api/bots/{Id(created)}");

        Assert.Equal(created.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task List_contains_created_bots_newest_first()
    {
        var first = await CreateAsync(BotForms.Valid("first"));
        var second = await CreateAsync(BotForms.Valid("second"));

        var list = await fixture.Server.GetJsonAsync("/api/bots");

        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var ids = list.EnumerateArray().Select(Id).ToList();
        Assert.True(ids.IndexOf(Id(second)) < ids.IndexOf(Id(first)));
        var createdAts = list.EnumerateArray().Select(b => DateTimeOffset.Parse(b.GetProperty("created_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(createdAts.OrderDescending(), createdAts);
        Assert.All(list.EnumerateArray(), b => Assert.Subset(b.EnumerateObject().Select(p => p.Name).ToHashSet(), BotFields.ToHashSet()));
    }

    [Fact]
    public async Task Put_replaces_the_whole_configuration_and_bumps_updated_at()
    {
        var created = await CreateAsync();
        var replacement = BotForms.With(f =>
        {
            f["name"] = "Replaced";
            f["symbols"] = new JsonArray("SPY");
            f["indicators"] = new JsonObject { ["EMA"] = new JsonObject { ["period"] = 9 } };
        });

        using var response = await Http.PutAsJsonAsync($"/api/bots/{Id(created)}", replacement);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Replaced", updated.GetProperty("name").GetString());
        Assert.Equal(["SPY"], updated.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["EMA"], updated.GetProperty("indicators").EnumerateObject().Select(p => p.Name));
        Assert.Equal(created.GetProperty("created_at").GetString(), updated.GetProperty("created_at").GetString());
        Assert.True(updated.GetProperty("updated_at").GetDateTimeOffset() > created.GetProperty("updated_at").GetDateTimeOffset());
        Assert.Equal(updated.GetRawText(), (await fixture.Server.GetJsonAsync($"/api/bots/{Id(created)}")).GetRawText());
    }

    [Fact]
    public async Task Invalid_put_is_422_and_changes_nothing()
    {
        var created = await CreateAsync();

        using var response = await Http.PutAsJsonAsync($"/api/bots/{Id(created)}", BotForms.With(f => f["capital"] = -5));

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["capital"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(created.GetRawText(), (await fixture.Server.GetJsonAsync($"/api/bots/{Id(created)}")).GetRawText());
    }

    [Fact]
    public async Task Start_pause_stop_return_success_and_move_the_status()
    {
        var id = Id(await CreateAsync());

        foreach (var (verb, status, active) in new[] { ("start", "running", true), ("pause", "paused", true), ("start", "running", true), ("stop", "stopped", false) })
        {
            using var response = await Http.PostAsync($"/api/bots/{id}/{verb}", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
            var bot = await fixture.Server.GetJsonAsync($"/api/bots/{id}");
            Assert.Equal(status, bot.GetProperty("status").GetString());
            Assert.Equal(active, bot.GetProperty("is_active").GetBoolean());
        }
    }

    [Fact]
    public async Task Pausing_a_stopped_bot_is_409_and_changes_nothing()
    {
        var id = Id(await CreateAsync());
        var before = await fixture.Server.GetJsonAsync($"/api/bots/{id}");

        using var response = await Http.PostAsync($"/api/bots/{id}/pause", null);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("stopped", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("illegal_transition", problem.GetProperty("error_code").GetString());
        Assert.Equal(before.ToString(), (await fixture.Server.GetJsonAsync($"/api/bots/{id}")).ToString());
    }

    [Theory]
    [InlineData(new[] { "stop" }, "stopped")]
    [InlineData(new[] { "start", "start" }, "running")]
    [InlineData(new[] { "start", "pause", "pause" }, "paused")]
    [InlineData(new[] { "start", "stop", "stop" }, "stopped")]
    public async Task Repeating_a_command_whose_target_already_holds_succeeds_and_changes_nothing(string[] verbs, string status)
    {
        var id = Id(await CreateAsync());
        foreach (var verb in verbs[..^1])
        {
            (await Http.PostAsync($"/api/bots/{id}/{verb}", null)).EnsureSuccessStatusCode();
        }
        var before = await fixture.Server.GetJsonAsync($"/api/bots/{id}");
        Assert.Equal(status, before.GetProperty("status").GetString());

        // The dashboard's double click: the same command again.
        using var response = await Http.PostAsync($"/api/bots/{id}/{verbs[^1]}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
        var after = await fixture.Server.GetJsonAsync($"/api/bots/{id}");
        Assert.Equal(status, after.GetProperty("status").GetString());
        Assert.Equal(before.GetProperty("updated_at").GetString(), after.GetProperty("updated_at").GetString());
        Assert.Equal(before.GetProperty("is_active").GetBoolean(), after.GetProperty("is_active").GetBoolean());
        await Http.PostAsync($"/api/bots/{id}/stop", null);
    }

    [Fact]
    public async Task Delete_of_a_stopped_bot_succeeds_and_the_bot_is_gone()
    {
        var id = Id(await CreateAsync());

        using var response = await Http.DeleteAsync($"/api/bots/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
        await ProblemAsync(await Http.GetAsync($"/api/bots/{id}"), HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, (await fixture.Server.GetJsonAsync("/api/bots")).EnumerateArray().Select(Id));
    }

    [Fact]
    public async Task Delete_of_a_running_bot_is_409_and_keeps_it()
    {
        var id = Id(await CreateAsync());
        (await Http.PostAsync($"/api/bots/{id}/start", null)).EnsureSuccessStatusCode();

        using var response = await Http.DeleteAsync($"/api/bots/{id}");

        await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("running", (await fixture.Server.GetJsonAsync($"/api/bots/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/start")]
    [InlineData("POST", "/stop")]
    [InlineData("POST", "/pause")]
    public async Task Unknown_ids_are_404(string method, string suffix)
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "not-a-uuid" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/bots/{id}{suffix}");
            if (method == "PUT")
            {
                request.Content = JsonContent.Create(BotForms.Valid());
            }
            using var response = await Http.SendAsync(request);

            var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
            Assert.Contains(id, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> InvalidForms => new()
    {
        { """{"name": ""}""", "name" },
        { """{"name": "x{101}"}""", "name" },
        { """{"capital": 0}""", "capital" },
        { """{"trading_frequency": 86401}""", "trading_frequency" },
        { """{"symbols": []}""", "symbols" },
        { """{"symbols": ["AAPL", "AAPL"]}""", "symbols[1]" },
        { """{"symbols": ["AAPL", "N0T VALID"]}""", "symbols[1]" },
        { """{"start_hour": 24}""", "start_hour" },
        { """{"end_minute": 60}""", "end_minute" },
        { """{"start_hour": 17}""", "end_hour" },
        { """{"indicators": {"Ichimoku": {}}}""", "indicators.Ichimoku" },
        { """{"indicators": {"RSI": {"period": 0}}}""", "indicators.RSI.period" },
        { """{"indicators": {"MACD": {"fast": 30, "slow": 26}}}""", "indicators.MACD.fast" },
        { """{"risk_management": {"stop_loss": 0, "take_profit": 5, "max_position_size": 10, "max_daily_loss": 3}}""", "risk_management.stop_loss" },
        { """{"risk_management": {"stop_loss": 2, "take_profit": 5, "max_position_size": 100.5, "max_daily_loss": 3}}""", "risk_management.max_position_size" },
        { """{"risk_management": {"stop_loss": 2, "take_profit": 5, "max_position_size": 10, "max_daily_loss": 3, "max_concurrent_positions": 0}}""", "risk_management.max_concurrent_positions" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public async Task Invalid_create_is_422_naming_the_field_and_stores_nothing(string patch, string field)
    {
        var form = BotForms.Valid();
        foreach (var (key, value) in JsonNode.Parse(patch.Replace("x{101}", new string('x', 101), StringComparison.Ordinal))!.AsObject())
        {
            form[key] = value?.DeepClone();
        }
        var before = (await fixture.Server.GetJsonAsync("/api/bots")).GetArrayLength();

        using var response = await Http.PostAsJsonAsync("/api/bots", form);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(before, (await fixture.Server.GetJsonAsync("/api/bots")).GetArrayLength());
    }

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    public async Task Malformed_json_is_400_problem_details(string body)
    {
        using var response = await Http.PostAsync("/api/bots", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"capital": "lots"}""", "capital", "a number")]
    [InlineData("""{"trading_frequency": 1.5}""", "trading_frequency", "a whole number")]
    [InlineData("""{"symbols": "AAPL"}""", "symbols", "a JSON array")]
    [InlineData("""{"symbols": ["AAPL", 7]}""", "symbols[1]", "a string")]
    [InlineData("""{"risk_management": {"stop_loss": "two", "take_profit": 5, "max_position_size": 10, "max_daily_loss": 3}}""", "risk_management.stop_loss", "a number")]
    [InlineData("""{"risk_management": 5}""", "risk_management", "a JSON object")]
    public async Task A_wrongly_typed_field_is_422_naming_the_field_and_stores_nothing(string patch, string field, string expected)
    {
        var form = BotForms.Valid();
        foreach (var (key, value) in JsonNode.Parse(patch)!.AsObject())
        {
            form[key] = value?.DeepClone();
        }
        var before = (await fixture.Server.GetJsonAsync("/api/bots")).GetArrayLength();

        using var response = await Http.PostAsJsonAsync("/api/bots", form);

        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("validation_failed", problem.GetProperty("error_code").GetString());
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(field, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.Server.GetJsonAsync("/api/bots")).GetArrayLength());
    }

    [Fact]
    public async Task Problems_carry_stable_error_codes()
    {
        var id = Id(await CreateAsync());

        Assert.Equal("bot_not_found", (await ProblemAsync(await Http.GetAsync($"/api/bots/{Guid.NewGuid()}"), HttpStatusCode.NotFound))
            .GetProperty("error_code").GetString());
        Assert.Equal("illegal_transition", (await ProblemAsync(await Http.PostAsync($"/api/bots/{id}/pause", null), HttpStatusCode.Conflict))
            .GetProperty("error_code").GetString());
        (await Http.PostAsync($"/api/bots/{id}/start", null)).EnsureSuccessStatusCode();
        Assert.Equal("bot_not_stopped", (await ProblemAsync(await Http.DeleteAsync($"/api/bots/{id}"), HttpStatusCode.Conflict))
            .GetProperty("error_code").GetString());
        (await Http.PostAsync($"/api/bots/{id}/stop", null)).EnsureSuccessStatusCode();
        var invalid = await ProblemAsync(await Http.PostAsJsonAsync("/api/bots", BotForms.With(f => f["capital"] = 0)), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("validation_failed", invalid.GetProperty("error_code").GetString());
        Assert.Equal("capital must be greater than 0.", invalid.GetProperty("detail").GetString());
        Assert.Equal("malformed_request", (await ProblemAsync(
            await Http.PostAsync("/api/bots", new StringContent("{", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest))
            .GetProperty("error_code").GetString());
        Assert.Equal("route_not_found", (await ProblemAsync(await Http.GetAsync("/api/no-such-route"), HttpStatusCode.NotFound))
            .GetProperty("error_code").GetString());
        Assert.Equal("method_not_allowed", (await ProblemAsync(await Http.PatchAsync($"/api/bots/{id}", null), HttpStatusCode.MethodNotAllowed))
            .GetProperty("error_code").GetString());
    }

    [Fact]
    public async Task A_missing_body_is_400()
    {
        using var response = await Http.PostAsync("/api/bots", new StringContent("", Encoding.UTF8, "application/json"));

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Extensions_appear_only_when_set_and_round_trip()
    {
        var bot = await CreateAsync(BotForms.With(f =>
        {
            f["signal_rule"] = "any";
            f["risk_management"]!["max_drawdown"] = 12.5;
        }));

        Assert.Equal("any", bot.GetProperty("signal_rule").GetString());
        Assert.Equal(12.5m, bot.GetProperty("risk_management").GetProperty("max_drawdown").GetDecimal());
        Assert.False(bot.GetProperty("risk_management").TryGetProperty("max_symbol_notional", out _));
        Assert.Equal(bot.GetRawText(), (await fixture.Server.GetJsonAsync($"/api/bots/{Id(bot)}")).GetRawText());
    }
}
