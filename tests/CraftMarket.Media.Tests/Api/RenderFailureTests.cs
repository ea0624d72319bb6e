using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Features;
using CraftMarket.Media.Features.Render;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Tests.Support;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Tests.Api;

/// <summary>
/// A render that fails for a reason other than the image (its original lost, the blob store down)
/// is retried by the outbox, then the photo is rejected with a reason, never left "processing".
/// </summary>
public sealed class RenderFailureTests(TwoRenderAttemptsApp app) : IClassFixture<TwoRenderAttemptsApp>
{
    [Fact]
    public async Task A_photo_whose_original_is_gone_is_rejected_after_the_last_attempt_with_a_reason_in_vietnamese_and_english()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (uploaded, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 701));
        // Accepted like any upload, but its original is no longer in the store (lost, or an older backup restored).
        var photo = await AcceptedWithoutOriginal(product.Id, await app.MemberOf("bat-trang", MediaApp.BatTrangProducer));

        var settled = await producer.Settled(product.Id, photo.Value);

        settled.GetProperty("state").GetString().ShouldBe("rejected");
        var reason = settled.GetProperty("rejectionReason").GetString()!;
        reason.ShouldBe(RenderFailures.OriginalMissing);
        reason.ShouldContain("Hãy xoá ảnh này rồi tải lên lại");
        reason.ShouldContain("Remove the photo and upload it again");
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = MediaApp.Db(scope);
            var message = await db.Outbox.SingleAsync(m => m.Name == "media.photo-uploaded" && m.Payload.Contains(photo.Value.ToString()));
            message.ProcessedAt.ShouldNotBeNull("delivered at last: the job rejected the photo instead of failing again");
            message.Attempts.ShouldBe(1, "one failed attempt, retried once, then given up");
            (await db.Photos.SingleAsync(p => p.Id == photo)).Renders.ShouldBe(0);
        }

        var page = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var list = await page.ListAsync(product.Id);
        PhotoPage.StateOf(list, photo.Value).ShouldBe("rejected");
        list.ShouldContain("Máy chủ không còn giữ ảnh gốc nên không xử lý được ảnh này. Hãy xoá ảnh này rồi tải lên lại.</p>", customMessage: "the page shows the Vietnamese half");
        (await producer.GetAsync($"/api/products/{product.Id.Value}/photos/{uploaded}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await producer.GetAsync($"/api/products/{product.Id.Value}/photos/{uploaded}")).Json()).GetProperty("isCover").GetBoolean()
            .ShouldBeTrue("the rendered photo stays the cover");
    }

    private async Task<Contracts.PhotoId> AcceptedWithoutOriginal(ProductId product, Members.Contracts.MemberId producer)
    {
        await using var scope = app.ScopeFor("bat-trang");
        var db = MediaApp.Db(scope);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        var tenant = app.TenantIdOf("bat-trang");
        var photo = Photo.Accept(tenant, product, null, sha, new ImageHeader(ImageFormat.Jpeg, 800, 600), 50_000, producer, 1, DateTimeOffset.UtcNow);
        db.Photos.Add(photo);
        db.Outbox.Add(new PhotoUploaded(Guid.CreateVersion7(), tenant, photo.Id, product, sha), TimeProvider.System);
        await db.SaveChangesAsync();
        app.Originals().ShouldNotContain(f => f.EndsWith(sha));
        return photo.Id;
    }
}
