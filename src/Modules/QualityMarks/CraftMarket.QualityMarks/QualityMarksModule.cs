using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.QualityMarks.Features.Codes;
using CraftMarket.QualityMarks.Features.Registry;
using CraftMarket.QualityMarks.Features.Schemes;
using CraftMarket.QualityMarks.Features.Verification;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks;

/// <summary>
/// The quality-mark registry: schemes, applications, inspections and certificates; signed item codes
/// on printed labels; public verification and the public registry. Each feature folder registers
/// and maps itself (its <c>*Part</c>), so the module file stays the table of contents.
/// </summary>
public static class QualityMarksModule
{
    public static WebApplicationBuilder AddQualityMarksModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(QualityMarksModule).Assembly);
        services.AddModuleDb<QualityMarksDb, SqliteQualityMarksDb, PostgresQualityMarksDb>(settings.Database, QualityMarksDb.SchemaName);
        services.AddOutbox<QualityMarksDb>(settings.Role);
        services.AddIntegrationEvent<ProductQualityMarkChanged>();
        // Raised by the certificate and label features for insight, notifications and webhooks (issue 16).
        services.AddIntegrationEvent<CertificateChanged>();
        services.AddIntegrationEvent<LabelBatchRevoked>();
        services.AddScoped<AssociationKeys>();
        services.AddSingleton<SigningKeyCache>();
        services.AddScoped<Codes.LabelCodes>();

        SchemesPart.Add(services);
        ApplicationsPart.Add(services);
        CertificatesPart.Add(services);
        CodesPart.Add(services);
        VerificationPart.Add(services);
        RegistryPart.Add(services);
        Seeding.SeedingPart.Add(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapQualityMarksModule(this IEndpointRouteBuilder app)
    {
        SchemesPart.Map(app);
        ApplicationsPart.Map(app);
        CertificatesPart.Map(app);
        CodesPart.Map(app);
        VerificationPart.Map(app);
        RegistryPart.Map(app);
        return app;
    }
}
