global using OrleansTrading.TestSupport.Api;
