using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Features;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Catalogue.Features.CreateProduct;
using CraftMarket.Catalogue.Features.Csv;
using CraftMarket.Catalogue.Features.Lifecycle;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.Catalogue.Features.Translation;
using CraftMarket.Catalogue.Features.UpdateProduct;
using CraftMarket.Catalogue.Seeding;
using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Contracts;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue;

/// <summary>Each association's shared catalogue: categories, products and their review, public browsing, CSV.</summary>
public static class CatalogueModule
{
    public static WebApplicationBuilder AddCatalogueModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(CatalogueModule).Assembly);
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Storefront, "Products", "~/products", 100, NavigationAudience.Everyone),
            new NavigationEntry(NavigationArea.Admin, "Catalogue", "~/admin/catalogue", 1300, NavigationAudience.AssociationStaff),
            new NavigationEntry(NavigationArea.Account, "Sản phẩm của tôi", "~/account/products", 1500, NavigationAudience.Producer) { TextLanguage = "vi" });
        // Admins open any product where they work; the page is the makers' edit page.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddPageRoute("/Account/Products/Edit", "/admin/catalogue/products/{id:guid}"));
        services.AddModuleDb<CatalogueDb, SqliteCatalogueDb, PostgresCatalogueDb>(settings.Database, CatalogueDb.SchemaName);
        services.AddOutbox<CatalogueDb>(settings.Role);
        services.AddIntegrationEvent<ProductPublished>();
        services.AddIntegrationEvent<ProductWithdrawn>();

        services.AddMemoryCache();
        services.AddSingleton<CatalogueVersions>();
        services.AddSingleton<ListingCache>();
        services.AddScoped<PublicCategories>();
        services.AddScoped<PublicProducts>();
        services.AddScoped<BrowseCatalogue>();
        services.AddScoped<ProductWrites>();
        services.AddScoped<ProductReads>();
        services.AddScoped<CreateProductHandler>();
        services.AddScoped<UpdateProductHandler>();
        services.AddScoped<ProductLifecycleHandler>();
        services.AddScoped<ManageCategoriesHandler>();
        services.AddScoped<TranslationLanguages>();
        services.AddScoped<TranslationMemory>();
        services.AddScoped<TranslationWorkbench>();
        services.AddScoped<MachineTranslationSetup>();
        services.AddMachineTranslation(builder.Configuration);
        services.AddIntegrationEvent<NotificationRequested>();
        services.AddScoped<ExportCatalogueHandler>();
        services.AddScoped<ImportCatalogueHandler>();
        services.AddScoped<ICatalogue, ReadModel.Catalogue>();
        services.AddScoped<ICrossVillageCatalogue, ReadModel.CrossVillageCatalogue>();
        services.AddScoped<ICatalogueCategories, ReadModel.CatalogueCategories>();   // quality marks: the categories a mark covers
        services.AddScoped<IMakerCatalogue, Pages.Storefront.MakerCatalogue>();   // storefront: a member's products
        services.AddSingleton<IDemoDataSeeder, CatalogueDemoSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCatalogueModule(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/catalogue/public").WithTags("Catalogue").RequireActor(ActorRequirement.InAssociation);
        PublicCatalogueEndpoints.Map(open);

        var api = app.MapGroup("/api/catalogue").WithTags("Catalogue").RequireActor(ActorRequirement.InAssociation);
        ProductEndpoints.Map(api);
        CreateProductHandler.Map(api);
        UpdateProductHandler.Map(api);
        LifecycleEndpoints.Map(api);
        TranslationEndpoints.Map(api);
        CategoryEndpoints.Map(api);
        CsvEndpoints.Map(api);
        return app;
    }
}
