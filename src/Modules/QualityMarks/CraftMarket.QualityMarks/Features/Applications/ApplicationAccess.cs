using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>
/// Who may see an application and its evidence: the association's staff, and the member it is
/// for. Anyone else (another household of the village, a buyer, another association through its
/// tenant filter) is told it does not exist, never that it is someone else's.
/// </summary>
internal sealed class ApplicationAccess(QualityMarksDb db)
{
    public static bool MaySee(MarkApplication application, CurrentActor actor) =>
        actor.IsStaff || (actor.IsProducerFor(out var member) && application.MemberId == member);

    /// <summary>The application, tracked for a change, or null when missing or not the actor's to see.</summary>
    public async Task<MarkApplication?> FindAsync(MarkApplicationId id, CurrentActor actor, CancellationToken ct)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct);
        return application is not null && MaySee(application, actor) ? application : null;
    }

    /// <summary>The name an audit row gives the person acting.</summary>
    public static string Who(CurrentActor actor) => actor.UserId?.ToString() ?? actor.DisplayName;
}
