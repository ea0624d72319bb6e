using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Features.OtherCertificates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.OtherCertificates;

/// <summary>Members' other certificates, all or one member's.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(OtherCertificateEditor editor, IMemberDirectory directory) : PageModel
{
    public IReadOnlyList<OtherCertificateDto> Certificates { get; private set; } = [];
    public IReadOnlyList<MemberSummary> Members { get; private set; } = [];
    public Guid? MemberId { get; private set; }
    public bool Withdrawn { get; private set; }

    public async Task OnGetAsync(Guid? memberId, bool withdrawn, CancellationToken ct)
    {
        (MemberId, Withdrawn) = (memberId, withdrawn);
        Members = [.. (await directory.ListAsync(ct)).OrderBy(m => m.DisplayName, StringComparer.Ordinal)];
        Certificates = await editor.ListAsync(memberId, withdrawn, ct);
    }
}
