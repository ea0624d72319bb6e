using System.Text.Json;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Domain;
using CraftMarket.Members.Features;
using CraftMarket.Members.Features.InviteMember;
using CraftMarket.Members.Features.ListMembers;
using CraftMarket.Members.Features.PublicDirectory;
using CraftMarket.Members.Features.UpdateMember;
using CraftMarket.Members.Tests.Support;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members.Tests.InProcess;

/// <summary>Handlers and the DbContext through DI, with the tenant set explicitly as a background job would.</summary>
public abstract class InviteAndIsolationTests(MembersApp app)
{
    internal static MemberProfileRequest Request(string phone, MemberKind kind = MemberKind.Household) => new(
        kind, "Hộ gốm Thử", "Nguyễn Văn Thử", phone, "Bát Tràng, Gia Lâm, Hà Nội", "Xóm 1", ["men rạn"],
        [new EquipmentDto("lò gas", 2)], [new CapacityDto("bình hoa", 300, "chiếc")], ["vi"], false, null);

    private async Task<MemberDto> Invite(string slug, string phone)
    {
        await using var scope = app.ScopeFor(slug);
        var result = await scope.ServiceProvider.GetRequiredService<InviteMemberHandler>().Handle(Request(phone), default);
        return result.Value ?? throw new InvalidOperationException(result.Error!.Message);
    }

    [Fact]
    public async Task Inviting_writes_the_member_and_its_MemberInvited_event_together()
    {
        var phone = Phones.Next();
        var invited = await Invite("bat-trang", phone);

        await using var scope = app.ScopeFor("bat-trang");
        var db = MembersApp.Db(scope);
        var member = await db.Members.SingleAsync(m => m.Id == new MemberId(invited.Id));
        member.Status.ShouldBe(MemberStatus.Invited);
        member.PhoneE164.ShouldBe("+84" + phone[1..]);

        var row = await db.Outbox.SingleAsync(m => m.Payload.Contains(invited.Id.ToString()));
        row.Name.ShouldBe("members.member-invited");
        row.OccurredAt.ShouldBe(member.InvitedAt);
        var payload = JsonDocument.Parse(row.Payload).RootElement;
        payload.GetProperty("phoneE164").GetString().ShouldBe(member.PhoneE164);
        payload.GetProperty("tenantId").GetProperty("value").GetGuid().ShouldBe(app.TenantIdOf("bat-trang").Value);
    }

    [Fact]
    public async Task A_duplicate_phone_in_the_same_association_is_a_conflict_and_publishes_nothing()
    {
        var phone = Phones.Next();
        await Invite("bat-trang", phone);

        await using var scope = app.ScopeFor("bat-trang");
        var db = MembersApp.Db(scope);
        var outboxBefore = await db.Outbox.CountAsync();
        var again = await scope.ServiceProvider.GetRequiredService<InviteMemberHandler>()
            .Handle(Request("+84 " + phone[1..], MemberKind.Enterprise), default);

        again.Error!.Kind.ShouldBe(ErrorKind.Conflict);
        again.Error.Code.ShouldBe("member_phone_taken");
        (await db.Outbox.CountAsync()).ShouldBe(outboxBefore);
    }

    [Fact]
    public async Task Concurrent_invitations_of_one_phone_make_one_member_and_one_event()
    {
        var phone = Phones.Next();
        async Task<Result<MemberDto>> InviteOnce()
        {
            await using var scope = app.ScopeFor("bat-trang");
            return await scope.ServiceProvider.GetRequiredService<InviteMemberHandler>().Handle(Request(phone), default);
        }

        await using (app.ScopeFor("bat-trang")) { }   // start the host (and its seeding) once, before the race
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(InviteOnce)));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        results.Where(r => r.IsFailure).ShouldAllBe(r => r.Error!.Code == "member_phone_taken");
        await using var check = app.ScopeFor("bat-trang");
        var db = MembersApp.Db(check);
        var e164Digits = "84" + phone[1..];   // the JSON payload escapes the leading '+'
        (await db.Members.CountAsync(m => m.PhoneE164 == "+" + e164Digits)).ShouldBe(1);
        (await db.Outbox.CountAsync(m => m.Payload.Contains(e164Digits))).ShouldBe(1);
    }

    [Fact]
    public async Task The_pages_clamp_a_huge_page_number_instead_of_overflowing_the_offset()
    {
        // The directory and register pages bind ?p= straight into these queries; PostgreSQL refuses a negative OFFSET.
        await using var scope = app.ScopeFor("bat-trang");
        var register = await scope.ServiceProvider.GetRequiredService<ListMembersHandler>().Handle(new MemberQuery(int.MaxValue, 20), default);
        register.Page.ShouldBe(10_000);
        register.Items.ShouldBeEmpty();
        var directory = await scope.ServiceProvider.GetRequiredService<PublicDirectoryHandler>().List(new PublicMemberQuery(int.MaxValue, 24), default);
        directory.Page.ShouldBe(10_000);
    }

    [Fact]
    public async Task The_same_phone_may_belong_to_members_of_two_associations()
    {
        var phone = Phones.Next();
        await Invite("bat-trang", phone);
        (await Invite("van-phuc", phone)).Phone.ShouldBe("+84" + phone[1..]);
    }

    [Fact]
    public async Task Another_association_cannot_see_or_edit_a_member_through_the_context_or_the_directory()
    {
        var invited = await Invite("bat-trang", Phones.Next());
        var id = new MemberId(invited.Id);

        await using var scope = app.ScopeFor("van-phuc");
        (await MembersApp.Db(scope).Members.AnyAsync(m => m.Id == id)).ShouldBeFalse();
        (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().FindAsync(id, default)).ShouldBeNull();
        (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default)).ShouldNotContain(s => s.Id == id);
        var edit = await scope.ServiceProvider.GetRequiredService<UpdateMemberHandler>()
            .Handle(id, m => m.Profile with { DisplayName = "Hijacked" }, activate: false, default);
        edit.Error!.Kind.ShouldBe(ErrorKind.NotFound);

        await using var own = app.ScopeFor("bat-trang");
        (await own.ServiceProvider.GetRequiredService<IMemberDirectory>().FindAsync(id, default))!.DisplayName.ShouldBe("Hộ gốm Thử");
    }

    [Fact]
    public async Task SaveChanges_refuses_a_member_of_another_association()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var db = MembersApp.Db(scope);
        var foreign = Member.Invite(app.TenantIdOf("van-phuc"), Request(Phones.Next()).ToProfile(), DateTimeOffset.UtcNow).Value!;
        db.Members.Add(foreign);

        await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Without_a_tenant_nothing_is_visible_and_nothing_can_be_written()
    {
        await Invite("bat-trang", Phones.Next());
        await using var scope = app.Services.CreateAsyncScope();
        var db = MembersApp.Db(scope);
        (await db.Members.AnyAsync()).ShouldBeFalse();
        db.Members.Add(Member.Invite(app.TenantIdOf("bat-trang"), Request(Phones.Next()).ToProfile(), DateTimeOffset.UtcNow).Value!);
        await Should.ThrowAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqliteInviteAndIsolationTests(SqliteInviteAndIsolationTests.App app)
    : InviteAndIsolationTests(app), IClassFixture<SqliteInviteAndIsolationTests.App>
{
    public sealed class App() : MembersApp();
}
