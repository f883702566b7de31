using Coach.Api.Apis;
using Coach.Api.Cli;
using Coach.Api.Hubs;
using Coach.Api.Infrastructure;
using Coach.Api.Security;
using Serilog;

if (CliVerbs.IsVerb(args))
{
    return await CliVerbs.RunAsync(args);
}

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddShippedSettings();
    builder.AddCoachLogging();
    builder.AddCoachAnalysis();
    builder.AddCoachEmbeddings();
    builder.AddCoachLlm();
    builder.AddCoachApiDefaults();
    builder.AddCoachSecurity();
    builder.AddCoachStorage();
    builder.AddCoachCalls();
    builder.AddCoachHub();

    var app = builder.Build();
    app.UseCoachApiDefaults();
    app.UseCoachSecurity();
    app.LoadCoachModels();
    await app.LoadCoachPlaybookAsync();
    await app.EnsureCoachStorageAsync();
    await app.SeedCoachUsersAsync();
    app.MapCoachHealth();
    app.MapAnalyzeApi();
    app.MapPlaybookApi();
    app.MapSignInApi();
    app.MapUsersApi();
    app.MapCoachCalls();
    app.MapModelsApi();
    app.MapCoachHub();
    app.MapCoachWebClient();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "SalesCoach stopped: {Reason}", ex.Message);
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

public partial class Program;
