using CraftMarket.Identity;
using CraftMarket.Members;
using CraftMarket.Tenancy;
using CraftMarket.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddTenancyModule();
builder.AddIdentityModule();
builder.AddMembersModule();

var app = builder.Build();
if (await app.RunCommandAsync(args)) return;   // `migrate` and friends: do the job and exit

app.UsePlatform();
app.MapTenancyModule();
app.MapIdentityModule();
app.MapMembersModule();
app.MapPlatformEndpoints();
await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
