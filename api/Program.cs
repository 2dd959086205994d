using OrleansTrading.Api.Hosting;

await TradingApi.Build(args).RunAsync();
