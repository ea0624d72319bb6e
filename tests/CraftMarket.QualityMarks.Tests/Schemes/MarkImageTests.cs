using System.Net;
using System.Net.Http.Headers;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.QualityMarks.Tests.Schemes.SchemeRequests;

namespace CraftMarket.QualityMarks.Tests.Schemes;

/// <summary>The mark image: uploaded by the admin through Media's private files, served publicly on the association's host and the platform host, never on another village's.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class MarkImageTests(QualityMarksApp app)
{
    [Fact]
    public async Task An_admin_uploads_the_mark_image_and_buyers_load_it_from_the_village_and_platform_hosts_only()
    {
        var admin = await app.Admin("bat-trang");
        var scheme = await SchemeWithVersionAsync(admin);
        var uploaded = await OkAsync(await admin.PutAsync($"/api/quality/schemes/{scheme}/image", TestFiles.Form(TestFiles.Png(), "dau.png", "image/png")));
        var url = uploaded.GetProperty("imageUrl").GetString()!;
        url.ShouldStartWith($"/quality/schemes/{scheme}/image?v=");

        var buyer = app.Anonymous("bat-trang");
        var image = await buyer.GetAsync(url);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType!.ShouldStartWith("image/");
        image.Headers.CacheControl!.Public.ShouldBeTrue();
        image.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        var etag = image.Headers.ETag!;
        etag.Tag.ShouldBe($"\"{url.Split("v=")[1]}\"");
        (await image.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(100);

        var bare = await buyer.GetAsync($"/quality/schemes/{scheme}/image");
        bare.StatusCode.ShouldBe(HttpStatusCode.OK);
        bare.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromMinutes(5));
        var again = new HttpRequestMessage(HttpMethod.Get, $"/quality/schemes/{scheme}/image");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        (await buyer.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);

        // Another village's host does not know the scheme; the platform host (the registry across villages) serves it.
        (await app.Anonymous("van-phuc").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor(null).GetAsync($"/v/van-phuc{url}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var platform = await app.ClientFor(null).GetAsync(url);
        platform.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await platform.Content.ReadAsByteArrayAsync()).ShouldBe(await (await buyer.GetAsync(url)).Content.ReadAsByteArrayAsync());
        (await app.ClientFor(null).GetAsync($"/quality/schemes/{Guid.NewGuid()}/image")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await buyer.GetAsync($"/quality/schemes/{Guid.NewGuid()}/image")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = app.ScopeFor("bat-trang");
        (await QualityMarksSite.Db(scope).Audit.AsNoTracking().Where(a => a.SubjectId == Guid.Parse(scheme)).Select(a => a.Action).ToListAsync())
            .ShouldContain("image-changed");
    }

    [Fact]
    public async Task Only_a_photo_from_this_associations_admin_becomes_the_mark_image()
    {
        var admin = await app.Admin("bat-trang");
        var scheme = await SchemeWithVersionAsync(admin);
        await ShouldNameFieldAsync(await admin.PutAsync($"/api/quality/schemes/{scheme}/image", TestFiles.Form(TestFiles.Pdf(), "dau.pdf", "application/pdf")), "file");
        await ShouldNameFieldAsync(await admin.PutAsync($"/api/quality/schemes/{scheme}/image",
            TestFiles.Form("not an image at all"u8.ToArray(), "dau.png", "image/png")), "file");
        (await app.Anonymous("bat-trang").GetAsync($"/quality/schemes/{scheme}/image")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var vanPhuc = await app.Admin("van-phuc");
        (await vanPhuc.PutAsync($"/api/quality/schemes/{scheme}/image", TestFiles.Form(TestFiles.Png(), "dau.png", "image/png")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var exportDesk = await app.ExportDesk("bat-trang");
        (await exportDesk.PutAsync($"/api/quality/schemes/{scheme}/image", TestFiles.Form(TestFiles.Png(), "dau.png", "image/png")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await OkAsync(await admin.GetAsync($"/api/quality/schemes/{scheme}"))).GetProperty("imageUrl").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }
}
