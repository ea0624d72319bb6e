using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Features;
using CraftMarket.Media.Features.Gallery;
using CraftMarket.Media.Features.Manage;
using CraftMarket.Media.Features.Offline;
using CraftMarket.Media.Features.PrivateFiles;
using CraftMarket.Media.Features.Render;
using CraftMarket.Media.Features.Resumable;
using CraftMarket.Media.Features.Serve;
using CraftMarket.Media.Features.Upload;
using CraftMarket.Media.Features.Visibility;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Seeding;
using CraftMarket.Media.Storage;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CraftMarket.Media;

/// <summary>Product photographs: upload, the libvips render job, storage, serving, and the picture markup pages use.</summary>
public static class MediaModule
{
    public const string ConfigSection = "CraftMarket:Media";

    public static WebApplicationBuilder AddMediaModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        // Demo photos cost a render each: on by default where a developer runs the site, asked for by tests that need them.
        var options = new MediaOptions { SeedDemoPhotos = builder.Environment.IsDevelopment() };
        builder.Configuration.GetSection(ConfigSection).Bind(options);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddModulePages(typeof(MediaModule).Assembly);
        services.AddModuleDb<MediaDb, SqliteMediaDb, PostgresMediaDb>(settings.Database, MediaDb.SchemaName);
        services.AddOutbox<MediaDb>(settings.Role);
        services.AddIntegrationEvent<ProductCoverChanged>();
        services.AddIntegrationEventHandler<PhotoUploaded, RenderPhoto>();
        services.AddIntegrationEventHandler<ProductPublished, ProductVisibilityConsumers>();
        services.AddIntegrationEventHandler<ProductWithdrawn, ProductVisibilityConsumers>();

        services.AddSingleton<IBlobStore>(_ => options.BlobStore == BlobStoreKind.S3
            ? new S3BlobStore(options.S3)
            : new FileSystemBlobStore(options.FileSystemRoot is { Length: > 0 } root ? root : Path.Combine(settings.DataDirectory.Path, "media"),
                options.OrphanedTempAge));
        services.AddSingleton(_ => new StagingArea(Path.Combine(settings.DataDirectory.Path, "media-staging")));
        services.AddSingleton<PhotoRenderer>();
        services.AddSingleton<UploadRateLimits>();
        services.AddSingleton<RenditionStore>();
        services.AddScoped<UploadReceiver>();
        services.AddScoped<PhotoAccess>();
        services.AddScoped<UploadPhotoHandler>();
        services.AddScoped<UploadPipeline>();
        services.AddSingleton(_ => new ResumableUploadStore(Path.Combine(settings.DataDirectory.Path, "media-uploads")));
        services.AddScoped<ResumableUploads>();
        services.AddHostedService<ResumableSweep>();
        services.AddScoped<ManagePhotos>();
        services.AddScoped<IProductPhotos, ProductPhotos>();
        services.AddScoped<IPrivateFiles, PrivateFileStore>();
        services.AddSingleton<IDemoDataSeeder, MediaDemoSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapMediaModule(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/products").WithTags("Media").RequireAuthorization();
        UploadEndpoint.Map(products);
        ResumableEndpoints.Map(app);
        ManageEndpoints.Map(products);
        ServeRendition.Map(app);
        PhotoWorkerEndpoint.Map(app);
        return app;
    }
}
