using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using static CraftMarket.Catalogue.Tests.Domain.ProductBuilder;

namespace CraftMarket.Catalogue.Tests.Domain;

public sealed class LifecycleTests
{
    [Fact]
    public void Draft_to_submitted_to_published_by_the_right_people()
    {
        var p = Draft();
        p.Submit(Stranger, Now).Error!.Kind.ShouldBe(ErrorKind.NotFound, "another member's product does not exist for them");
        p.Submit(Producer, Now).IsSuccess.ShouldBeTrue();
        p.Submit(Producer, Now).Error!.Code.ShouldBe("product_not_draft");
        p.Approve(Producer, Now).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        p.Approve(Admin, Now.AddHours(1)).IsSuccess.ShouldBeTrue();
        p.Status.ShouldBe(ProductStatus.Published);
        p.PublishedAt.ShouldBe(Now.AddHours(1));
    }

    [Fact]
    public void Changes_are_requested_with_a_comment_and_go_back_to_the_makers()
    {
        var p = Draft();
        p.RequestChanges("Sửa ảnh", Admin, Now).Error!.Code.ShouldBe("product_not_in_review", "a draft is not under review");
        p.Submit(Producer, Now);
        p.RequestChanges("  ", Admin, Now).Error!.Fields!.Keys.ShouldContain("comment");
        p.RequestChanges("Sửa ảnh", Producer, Now).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        p.RequestChanges(" Bổ sung kích thước thùng ", Admin, Now).Value.ShouldBe(Visibility.Unchanged);
        p.Status.ShouldBe(ProductStatus.ChangesRequested);
        p.ReviewComment.ShouldBe("Bổ sung kích thước thùng");
        p.Submit(Producer, Now).IsSuccess.ShouldBeTrue("the makers resubmit after changing it");
        p.Approve(Admin, Now).IsSuccess.ShouldBeTrue();
        p.ReviewComment.ShouldBeNull();
    }

    [Fact]
    public void Requesting_changes_on_a_published_product_withdraws_it()
    {
        var p = Published();
        p.RequestChanges("Ảnh chưa đúng màu", Admin, Now).Value.ShouldBe(Visibility.Withdrawn);
    }

    [Fact]
    public void A_makers_edit_of_a_published_product_sends_it_back_to_review()
    {
        var p = Published();
        var edited = p.Edit(Details() with { BasePrice = Vnd(430_000) }, Producer, Now);
        edited.Value.ShouldBe(Visibility.Withdrawn);
        p.Status.ShouldBe(ProductStatus.Submitted);
        p.BasePrice.ShouldBe(Vnd(430_000));
    }

    [Fact]
    public void An_admins_edit_of_a_published_product_keeps_it_live_but_only_when_still_complete()
    {
        var p = Published();
        p.Edit(Details() with { BasePrice = Vnd(440_000) }, Admin, Now).Value.ShouldBe(Visibility.Published);
        p.Status.ShouldBe(ProductStatus.Published);
        p.Edit(Details() with { Name = new LocalizedText("Bình") }, Admin, Now).Error!.Fields!.Keys.ShouldContain("name.en");
    }

    [Fact]
    public void Producers_keep_themselves_among_the_makers_and_cannot_edit_others_products()
    {
        var p = Draft();
        p.Edit(Details() with { Makers = [OtherMaker] }, Producer, Now).Error!.Fields!.Keys.ShouldContain("makers");
        p.Edit(Details(), Stranger, Now).Error!.Kind.ShouldBe(ErrorKind.NotFound);
        p.Edit(Details() with { Makers = [Maker, OtherMaker] }, Producer, Now).IsSuccess.ShouldBeTrue("a common design made by two households");
        p.Submit(Stranger, Now).IsSuccess.ShouldBeTrue("the second household is now a maker too");
    }

    [Fact]
    public void Archiving_is_for_the_association_and_final()
    {
        var p = Published();
        p.Archive(Producer, Now).Error!.Kind.ShouldBe(ErrorKind.Forbidden);
        p.Archive(Admin, Now).Value.ShouldBe(Visibility.Withdrawn);
        p.Archive(Admin, Now).Error!.Code.ShouldBe("product_archived");
        p.Edit(Details(), Admin, Now).Error!.Code.ShouldBe("product_archived");
        Draft().Archive(Admin, Now).Value.ShouldBe(Visibility.Unchanged, "a draft was never public");
    }
}
