using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Account.Quality;

/// <summary>
/// One of the household's applications: status, next visit in Vietnam time, evidence (add while
/// open, remove while a draft), submit, withdraw. Another household's application is "not found".
/// </summary>
[Authorize(Policy = Policies.Producer)]
[UploadLimit]
internal sealed class ApplicationModel(ApplicationReads reads, EvidenceFiles evidence, ApplicationActions actions, HouseholdQuality household,
    ModuleText<QualityMarksText> t) : PageModel
{
    public ApplicationDto Application { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, MyProduct> Products { get; private set; } = new Dictionary<Guid, MyProduct>();
    public IReadOnlyList<MyVisit> Visits { get; private set; } = [];
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "submitted" => "Hồ sơ đã được nộp. Hội sẽ hẹn ngày đến kiểm tra qua tin nhắn.",
            "saved" => "Hồ sơ đã được lưu nháp.",
            "added" => "Đã nhận ảnh/tài liệu.",
            "removed" => "Đã xoá tệp.",
            "withdrawn" => "Hồ sơ đã được rút.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid file, CancellationToken ct) =>
        await evidence.OpenAsync(new MarkApplicationId(id), file, HttpContext.Actor(), ct) is { } content
            ? new ResultAdapter(EvidenceFiles.Serve(content, HttpContext)) : NotFound();

    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, string? caption, CancellationToken ct) =>
        await After(id, await evidence.AddAsync(new MarkApplicationId(id), EvidenceFiles.Chosen(Request.Form.Files), caption, HttpContext.Actor(), ct),
            "added", ct);

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid file, CancellationToken ct) =>
        await After(id, await evidence.RemoveAsync(new MarkApplicationId(id), file, HttpContext.Actor(), ct), "removed", ct);

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        await After(id, await actions.SubmitAsync(new MarkApplicationId(id), HttpContext.Actor(), ct), "submitted", ct);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) =>
        await After(id, await actions.WithdrawAsync(new MarkApplicationId(id), HttpContext.Actor(), ct), "withdrawn", ct);

    private async Task<IActionResult> After(Guid id, Result result, string done, CancellationToken ct)
    {
        if (result.IsFailure && result.Error!.Kind == ErrorKind.NotFound && !await Load(id, ct)) return NotFound();
        if (result.IsSuccess) return Redirect($"~/account/quality/{id}?done={done}");
        ModelState.Clear();
        ModelState.AddErrors(Vietnamese.Of(result.Error!, t), inputOf: _ => "");
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsProducerFor(out var member) || await reads.FindAsync(new MarkApplicationId(id), actor, ct) is not { } found) return false;
        Application = found;
        Products = (await household.ProductsOfAsync(member, ct)).ToDictionary(p => p.Id);
        Visits = await household.VisitsOfAsync(new MarkApplicationId(id), ct);
        return true;
    }
}

/// <summary>Lets a page handler answer with a minimal-API result (a private file's stream with its headers).</summary>
internal sealed class ResultAdapter(Microsoft.AspNetCore.Http.IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
