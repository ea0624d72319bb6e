using System.Net;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>The staff pages: an inspector grants on the phone form (no script), the admin suspends from the detail page.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class CertificatePagesTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task An_inspector_grants_a_subset_through_the_plain_form()
    {
        var application = await ApplicationAsync(app, Village, products: 2, published: true);
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        var url = $"/admin/quality/certificates/grant/{application.ApplicationId}";
        var page = await inspector.GetStringAsync(url);
        page.ShouldContain("id=\"grant\"");
        page.ShouldContain($"value=\"{application.ProductIds[0]}\"");
        page.ShouldNotContain("<script>");

        var response = await inspector.PostFormAsync(url, new Dictionary<string, string>
        {
            ["ProductIds"] = application.ProductIds[0].ToString(),
            ["IssuedOn"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, Forms.Antiforgery(page));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var detail = response.Headers.Location!.ToString();
        detail.ShouldContain("/admin/quality/certificates/");

        await using var scope = app.ScopeFor(Village);
        var certificate = await QualityMarksSite.Db(scope).Certificates.AsNoTracking()
            .SingleAsync(c => c.ApplicationId == new Contracts.MarkApplicationId(application.ApplicationId));
        certificate.ProductIds.ShouldBe([application.ProductIds[0]]);
        (await inspector.GetStringAsync(detail)).ShouldContain(certificate.Number);
        (await inspector.GetStringAsync(url)).ShouldNotContain("id=\"grant\"", customMessage: "granted once: no second form");
    }

    [Fact]
    public async Task The_grant_page_refuses_an_application_without_a_passed_inspection_and_the_export_desk()
    {
        var application = await ApplicationAsync(app, Village, inspections: [InspectionOutcome.Failed]);
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        var page = await inspector.GetStringAsync($"/admin/quality/certificates/grant/{application.ApplicationId}");
        page.ShouldNotContain("id=\"grant\"");
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        // Refused as pages refuse: to the access-denied page, never the form.
        var refused = await desk.GetAsync($"/admin/quality/certificates/grant/{application.ApplicationId}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Found);
        refused.Headers.Location!.ToString().ShouldContain("denied", Case.Insensitive);
    }

    [Fact]
    public async Task The_admin_suspends_from_the_detail_page_and_the_list_shows_it()
    {
        var member = (await ApplicationAsync(app, Village)).MemberId;
        var certificate = await CertificateAsync(app, Village, member, [Guid.NewGuid()], Today.AddDays(-5), Today.AddDays(300));
        var admin = await app.ClientFor(Village).SignedInWithCookie($"admin@{Village}.craftmarket.local");
        var url = $"/admin/quality/certificates/{certificate.Id}";
        var page = await admin.GetStringAsync(url);
        var response = await admin.PostFormAsync($"{url}?handler=Suspend", new Dictionary<string, string> { ["Reason"] = "Kiểm tra lại lò nung" }, Forms.Antiforgery(page));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        (await ReadAsync(app, Village, certificate.Id.Value)).Status.ShouldBe(CertificateStatus.Suspended);
        var after = await admin.GetStringAsync(url);
        after.ShouldContain("Kiểm tra lại lò nung");
        after.ShouldContain("id=\"reinstate\"");
        (await admin.GetStringAsync("/admin/quality/certificates?state=suspended")).ShouldContain(certificate.Number);
    }
}
