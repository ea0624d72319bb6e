using CraftMarket.Catalogue;
using CraftMarket.Identity;
using CraftMarket.Inquiries;
using CraftMarket.Insight;
using CraftMarket.Integrations;
using CraftMarket.Media;
using CraftMarket.Members;
using CraftMarket.Notifications;
using CraftMarket.Orders;
using CraftMarket.QualityMarks;
using CraftMarket.Search;
using CraftMarket.Tenancy;
using CraftMarket.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddTenancyModule();
builder.AddIdentityModule();
builder.AddMembersModule();
builder.AddCatalogueModule();
builder.AddMediaModule();
builder.AddSearchModule();
builder.AddQualityMarksModule();
builder.AddInquiriesModule();
builder.AddOrdersModule();
builder.AddInsightModule();
builder.AddNotificationsModule();
builder.AddIntegrationsModule();

var app = builder.Build();
if (await app.RunCommandAsync(args)) return;   // `migrate` and friends: do the job and exit

app.UsePlatform();
app.MapTenancyModule();
app.MapIdentityModule();
app.MapMembersModule();
app.MapCatalogueModule();
app.MapMediaModule();
app.MapSearchModule();
app.MapQualityMarksModule();
app.MapInquiriesModule();
app.MapOrdersModule();
app.MapInsightModule();
app.MapNotificationsModule();
app.MapIntegrationsModule();
app.MapPlatformEndpoints();
await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
