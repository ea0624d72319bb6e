using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>The association's translation step and its machine-translation service (ADR 0068). Households never reach these.</summary>
internal static class TranslationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/products/{id:guid}/translations", async (Guid id, string? language, bool? machine, TranslationWorkbench workbench, CancellationToken ct) =>
                (await workbench.GetAsync(new ProductId(id), language ?? "en", machine ?? false, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationStaff)
            .WithName("GetProductTranslation")
            .WithSummary("A product's Vietnamese texts beside one language (en, fr, ja) with glossary terms, translation-memory suggestions and, with machine=true, machine drafts to confirm.")
            .Produces<TranslationView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/products/{id:guid}/translations", async (Guid id, TranslationInput body, CurrentActor current, TranslationWorkbench workbench, CancellationToken ct) =>
                Actor.From(current) is { } actor ? (await workbench.SaveAsync(new ProductId(id), body, actor, ct)).ToHttp() : ProductEndpoints.NotAllowed())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("SaveProductTranslation")
            .WithSummary("Save one language's texts of a product (machine-drafted fields only with confirmed=true); the translation memory learns them.")
            .Produces<TranslationView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/machine-translation", async (MachineTranslationSetup setup, CancellationToken ct) => TypedResults.Ok(await setup.GetAsync(ct)))
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("GetMachineTranslation")
            .WithSummary("The association's machine-translation service (off by default); the key is never shown.");

        api.MapPut("/machine-translation", async (MachineTranslationInput body, MachineTranslationSetup setup, CancellationToken ct) =>
                (await setup.ChangeAsync(body, ct)).ToHttp())
            .RequireAuthorization(Policies.AssociationAdmin)
            .WithName("SetMachineTranslation")
            .WithSummary("Turn machine translation on (an HTTPS address of a public LibreTranslate-style service, and its key) or off (no address).")
            .Produces<MachineTranslationDto>().ProducesValidationProblem();
    }
}
