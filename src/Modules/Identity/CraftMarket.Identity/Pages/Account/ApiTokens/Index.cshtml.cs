using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Features.ApiTokens;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account.ApiTokens;

/// <summary>
/// A staff member's personal API tokens here: make one (its secret is shown on the answer to the form, once),
/// see and revoke theirs; the association admin also sees and revokes everyone's. Signed in with the cookie
/// only (a page never accepts an API token), which is the "normal sign-in" creating a token needs.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff), TranslateFormErrors]
internal sealed class IndexModel(PersonalApiTokens tokens) : PageModel
{
    public static readonly IReadOnlyList<int> DayChoices = [30, 90, 180, 365];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public int ExpiresInDays { get; set; } = ApiToken.DefaultDays;
    [BindProperty] public Guid Id { get; set; }

    public IReadOnlyList<string> HeldRoles { get; private set; } = [];
    public IReadOnlyList<ApiTokenView> Mine { get; private set; } = [];
    public IReadOnlyList<AssociationApiTokenView> Association { get; private set; } = [];
    public CreatedApiToken? Created { get; private set; }
    [TempData] public string? Done { get; set; }

    private CurrentActor Actor => HttpContext.Actor();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var created = await tokens.CreateAsync(Actor.UserId!.Value, new CreateApiToken(Name, Roles, ExpiresInDays), ct);
        if (created.IsFailure) return await Failed(created.Error!, ct);
        // Shown in this answer only: never put into TempData (a cookie) or a redirect.
        Created = created.Value;
        ModelState.Clear();
        Name = null;
        Roles = [];
        ExpiresInDays = ApiToken.DefaultDays;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        var revoked = await tokens.RevokeMineAsync(Actor.UserId!.Value, Id, ct);
        if (revoked.IsFailure) return NotFound();
        Done = "The token is revoked.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAnyAsync(CancellationToken ct)
    {
        if (!Actor.IsAssociationAdmin) return Forbid();
        var revoked = await tokens.RevokeInAssociationAsync(Actor.UserId!.Value, Id, ct);
        if (revoked.IsFailure) return NotFound();
        Done = "The token is revoked.";
        return RedirectToPage();
    }

    private async Task<IActionResult> Failed(Error error, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddErrors(error);
        if (error.Fields is null) ModelState.AddModelError("", error.Message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = Actor;
        HeldRoles = [.. TenantRoles.Staff.Where(actor.TenantRoles.Contains)];
        Mine = await tokens.MineAsync(actor.UserId!.Value, ct);
        Association = actor.IsAssociationAdmin ? await tokens.AssociationAsync(ct) : [];
    }
}
