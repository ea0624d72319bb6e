using System.Net;
using System.Net.Http.Json;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.QualityMarks.Tests.Applications;

/// <summary>
/// An application is its household's and its association's business: another household of the
/// same village, another association's staff, a buyer and an anonymous visitor learn nothing,
/// not even that it exists.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class ApplicationPrivacyTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Another_household_of_the_village_is_told_the_application_does_not_exist()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var owner = await ApplicationsGiven.HouseholdAsync(app, Village);
        var neighbour = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await (await owner.Client.ApplyAsync(scheme.Id.Value, owner.ProductId)).CreatedId();
        await ApplicationsGiven.AttachEvidenceRowAsync(app, Village, id);
        var fileId = (await (await owner.Client.GetAsync($"/api/quality/applications/{id}")).Json())
            .GetProperty("evidence")[0].GetProperty("fileId").GetGuid();

        (await neighbour.Client.GetAsync($"/api/quality/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Client.GetAsync($"/api/quality/applications/{id}/evidence/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Client.DeleteAsync($"/api/quality/applications/{id}/evidence/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Client.PostAsync($"/api/quality/applications/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Client.PostAsync($"/api/quality/applications/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.Client.PostAsync($"/api/quality/applications/{id}/evidence",
            ApplicationsGiven.Files(("x.jpg", ApplicationsGiven.Jpeg(), "image/jpeg")))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = await (await neighbour.Client.GetAsync("/api/quality/applications")).Json();
        theirs.GetProperty("items").EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetGuid() == id);
        (await (await neighbour.Client.GetAsync($"/api/quality/applications?memberId={owner.MemberId}")).Json())
            .GetProperty("total").GetInt32().ShouldBe(0);

        // Households have no say over visits.
        (await neighbour.Client.GetAsync("/api/quality/inspections")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.Client.PostAsJsonAsync("/api/quality/inspections", new { applicationId = id, scheduledFor = ApplicationsGiven.Tomorrow9() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The owner and the association's staff do see it.
        (await owner.Client.GetAsync($"/api/quality/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.Inspector(Village)).GetAsync($"/api/quality/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var staffList = await (await (await app.ExportDesk(Village)).GetAsync($"/api/quality/applications?memberId={owner.MemberId}")).Json();
        staffList.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ShouldBe([id]);
    }

    [Fact]
    public async Task Another_associations_staff_get_not_found_for_this_villages_ids()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var owner = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, owner, scheme.Id.Value);
        var visit = await ApplicationsGiven.ScheduledAsync(app, Village, id);

        var vanPhuc = await app.Admin("van-phuc");
        (await vanPhuc.GetAsync($"/api/quality/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsJsonAsync($"/api/quality/applications/{id}/reject", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsJsonAsync("/api/quality/inspections", new { applicationId = id, scheduledFor = ApplicationsGiven.Tomorrow9() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/api/quality/inspections/{visit}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsync($"/api/quality/inspections/{visit}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Inspector("van-phuc")).PostAsJsonAsync($"/api/quality/inspections/{visit}/record", new { sampleSize = 1, outcome = "Failed" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.ApplyAsync(scheme.Id.Value, owner.ProductId, memberId: owner.MemberId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await vanPhuc.GetAsync("/api/quality/applications?pageSize=100")).Json();
        list.GetProperty("items").EnumerateArray().ShouldNotContain(a => a.GetProperty("id").GetGuid() == id);

        // Still untouched for its own association.
        (await (await (await app.Admin(Village)).GetAsync($"/api/quality/inspections/{visit}")).Json()).GetProperty("cancelled").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Buyers_and_anonymous_visitors_are_refused()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var owner = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await (await owner.Client.ApplyAsync(scheme.Id.Value, owner.ProductId)).CreatedId();
        var buyer = await app.ClientFor(Village).SignedInAs("buyer@decor.example");

        (await buyer.GetAsync($"/api/quality/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.GetAsync("/api/quality/applications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.ApplyAsync(scheme.Id.Value, owner.ProductId)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.GetAsync("/api/quality/inspections")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync($"/api/quality/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Anonymous(Village).GetAsync("/account/quality")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await app.Anonymous(Village).GetAsync($"/admin/quality/applications/{id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}
