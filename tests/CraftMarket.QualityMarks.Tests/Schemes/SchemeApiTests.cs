using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.QualityMarks.Tests.Schemes.SchemeRequests;

namespace CraftMarket.QualityMarks.Tests.Schemes;

/// <summary>
/// The mark schemes API on both providers (criteria are JSON, categories a primitive collection):
/// create, read, change, retire, publish versions; validation; isolation between associations and roles; the audit trail.
/// </summary>
public abstract class SchemeApiSuite(QualityMarksSite app)
{
    [Fact]
    public async Task An_admin_creates_reads_lists_changes_and_retires_a_scheme()
    {
        var admin = await app.Admin("bat-trang");
        var categories = await CategoriesAsync(admin);
        var code = NewCode();
        var created = await CreatedAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(code, [categories[0], categories[1]], validity: 36)));
        var id = created.GetProperty("id").GetString()!;
        created.GetProperty("code").GetString().ShouldBe(code);
        created.GetProperty("currentVersion").GetInt32().ShouldBe(0);

        var read = await OkAsync(await admin.GetAsync($"/api/quality/schemes/{id}"));
        read.GetProperty("name").GetProperty("en").GetString().ShouldBe("Genuine Bat Trang ceramics");
        read.GetProperty("name").GetProperty("ja").GetString().ShouldBe("正真正銘のバチャン焼");
        read.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe([categories[0], categories[1]]);
        read.GetProperty("validityMonths").GetInt32().ShouldBe(36);
        read.GetProperty("current").ValueKind.ShouldBe(JsonValueKind.Null);

        var changed = await OkAsync(await admin.PutAsJsonAsync($"/api/quality/schemes/{id}", new
        {
            name = new { vi = "Gốm Bát Tràng", en = "Bat Trang ceramics", fr = "Céramique de Bat Trang" },
            description = new { vi = "Mô tả mới", en = "New description" },
            categories = new[] { categories[1] },
            validityMonths = 12,
        }));
        changed.GetProperty("name").GetProperty("fr").GetString().ShouldBe("Céramique de Bat Trang");
        changed.GetProperty("name").TryGetProperty("ja", out _).ShouldBeFalse();
        changed.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe([categories[1]]);
        changed.GetProperty("validityMonths").GetInt32().ShouldBe(12);
        changed.GetProperty("code").GetString().ShouldBe(code);

        (await admin.GetStringAsync("/api/quality/schemes")).ShouldContain(id);
        (await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/retire", new { reason = "Thay bằng dấu mới" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetStringAsync("/api/quality/schemes")).ShouldNotContain(id);
        var retired = await OkAsync(await admin.GetAsync("/api/quality/schemes?includeRetired=true"));
        retired.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id).GetProperty("retired").GetBoolean().ShouldBeTrue();
        var refused = await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions", Version(Criterion("clay-origin")));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var scope = app.ScopeFor("bat-trang");
        var audit = await QualityMarksSite.Db(scope).Audit.AsNoTracking().Where(a => a.SubjectId == Guid.Parse(id)).OrderBy(a => a.At).ToListAsync();
        audit.Select(a => a.Action).ShouldBe(["created", "updated", "retired"]);
        audit[1].Detail!.ShouldContain("Bat Trang ceramics");
        audit[2].Detail.ShouldBe("Thay bằng dấu mới");
        audit.ShouldAllBe(a => a.SubjectKind == "scheme" && a.Actor.Length > 0 && a.Actor != "anonymous");
    }

    [Fact]
    public async Task A_scheme_code_is_unique_in_its_association_only()
    {
        var code = NewCode();
        var batTrang = await app.Admin("bat-trang");
        await CreatedAsync(await batTrang.PostAsJsonAsync("/api/quality/schemes", Scheme(code, [(await CategoriesAsync(batTrang))[0]])));
        (await batTrang.PostAsJsonAsync("/api/quality/schemes", Scheme(code, [(await CategoriesAsync(batTrang))[0]])))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var vanPhuc = await app.Admin("van-phuc");
        await CreatedAsync(await vanPhuc.PostAsJsonAsync("/api/quality/schemes", Scheme(code, [(await CategoriesAsync(vanPhuc))[0]])));
    }

    [Fact]
    public async Task Publishing_version_2_keeps_version_1_readable_and_unchanged_for_its_certificates()
    {
        var given = await RegistryGiven.CertificateAsync(app, "bat-trang");
        var admin = await app.Admin("bat-trang");
        var v1Before = await OkAsync(await admin.GetAsync($"/api/quality/schemes/{given.SchemeId}/versions/1"));
        v1Before.GetProperty("criteria").GetArrayLength().ShouldBe(1);

        var v2 = await CreatedAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{given.SchemeId}/versions",
            Version(Criterion("origin", vi: "Đất sét Bát Tràng, có hóa đơn"), Criterion("glaze", "Technique", "Men rạn thủ công"))));
        v2.GetProperty("version").GetInt32().ShouldBe(2);

        var scheme = await OkAsync(await admin.GetAsync($"/api/quality/schemes/{given.SchemeId}"));
        scheme.GetProperty("currentVersion").GetInt32().ShouldBe(2);
        scheme.GetProperty("current").GetProperty("criteria").GetArrayLength().ShouldBe(2);

        var v1After = await OkAsync(await admin.GetAsync($"/api/quality/schemes/{given.SchemeId}/versions/1"));
        v1After.GetRawText().ShouldBe(v1Before.GetRawText());
        v1After.GetProperty("criteria")[0].GetProperty("text").GetProperty("vi").GetString().ShouldBe("Đất sét Bát Tràng");
        var certificate = await RegistryGiven.ReadAsync(app, given);
        certificate.SchemeVersion.ShouldBe(1);

        var versions = await OkAsync(await admin.GetAsync($"/api/quality/schemes/{given.SchemeId}/versions"));
        versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
        (await admin.GetAsync($"/api/quality/schemes/{given.SchemeId}/versions/3")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // An inspector reads the criteria too (staff read); only the admin writes.
        var inspector = await app.Inspector("bat-trang");
        (await OkAsync(await inspector.GetAsync($"/api/quality/schemes/{given.SchemeId}/versions/2"))).GetProperty("criteria")[1]
            .GetProperty("kind").GetString().ShouldBe("Technique");
        (await inspector.PostAsJsonAsync($"/api/quality/schemes/{given.SchemeId}/versions", Version(Criterion("x")))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var scope = app.ScopeFor("bat-trang");
        var audit = await QualityMarksSite.Db(scope).Audit.AsNoTracking().Where(a => a.SubjectId == given.SchemeId).ToListAsync();
        audit.ShouldContain(a => a.Action == "version-published" && a.Detail!.StartsWith("v2: 2 criteria"));
    }

    [Fact]
    public async Task Bad_schemes_are_refused_with_a_problem_naming_each_field()
    {
        var admin = await app.Admin("bat-trang");
        var category = (await CategoriesAsync(admin))[0];
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", new
        {
            code = NewCode(), name = new { vi = "Chỉ tiếng Việt" }, description = new { vi = "Mô tả", en = "Description" },
            categories = new[] { category }, validityMonths = 24,
        }), "name.en");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [category], validity: 0)), "validityMonths");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [category], validity: 121)), "validityMonths");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme("Bad Code!", [category])), "code");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [])), "categories");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [Guid.NewGuid().ToString()])), "categories[0]");
        // Another association's category is not one of this catalogue's.
        var vanPhucCategory = (await CategoriesAsync(await app.Admin("van-phuc")))[0];
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [category, vanPhucCategory])), "categories[1]");

        var id = (await CreatedAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [category])))).GetProperty("id").GetString();
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions", Version()), "criteria");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions",
            Version([.. Enumerable.Range(0, 31).Select(i => Criterion($"c{i}"))])), "criteria");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions", Version(Criterion("a"), Criterion("b", kind: "Magic"))), "criteria[1].kind");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions", Version(Criterion("a", kind: "2"))), "criteria[0].kind");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions", Version(Criterion("a"), Criterion("a"))), "criteria[1].key");
        await ShouldNameFieldAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions", Version(Criterion("a", vi: " "))), "criteria[0].text.vi");

        // Exactly 30 is allowed, and nothing refused above was kept.
        var thirty = await CreatedAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions",
            Version([.. Enumerable.Range(0, 30).Select(i => Criterion($"c{i}", i % 2 == 0 ? "ProductStandard" : "madeinvillagebymember"))])));
        thirty.GetProperty("version").GetInt32().ShouldBe(1);
        thirty.GetProperty("criteria")[1].GetProperty("kind").GetString().ShouldBe("MadeInVillageByMember");
    }

    [Fact]
    public async Task Another_association_cannot_read_or_change_a_scheme_and_households_and_buyers_are_refused()
    {
        var given = await RegistryGiven.CertificateAsync(app, "bat-trang");
        var scheme = given.SchemeId;
        var vanPhuc = await app.Admin("van-phuc");
        (await vanPhuc.GetAsync($"/api/quality/schemes/{scheme}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/api/quality/schemes/{scheme}/versions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/api/quality/schemes/{scheme}/versions/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PutAsJsonAsync($"/api/quality/schemes/{scheme}", new
        {
            name = new { vi = "Chiếm", en = "Taken" }, description = new { vi = "x", en = "x" },
            categories = await CategoriesAsync(vanPhuc), validityMonths = 1,
        })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsJsonAsync($"/api/quality/schemes/{scheme}/versions", Version(Criterion("x")))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsJsonAsync($"/api/quality/schemes/{scheme}/retire", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetStringAsync("/api/quality/schemes?includeRetired=true")).ShouldNotContain(scheme.ToString());
        // The bat-trang admin's token on van-phuc's host is an ordinary signed-in user there.
        var crossHost = app.ClientFor("van-phuc");
        crossHost.DefaultRequestHeaders.Authorization = (await app.Admin("bat-trang")).DefaultRequestHeaders.Authorization;
        (await crossHost.GetAsync($"/api/quality/schemes/{scheme}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var household = await app.InviteHousehold("bat-trang");
        var producer = await app.Producer("bat-trang", household.Phone);
        (await producer.GetAsync($"/api/quality/schemes/{scheme}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.GetAsync("/api/quality/schemes")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var buyer = await app.Staff("bat-trang", "buyer@homeware.example");
        (await buyer.GetAsync($"/api/quality/schemes/{scheme}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), []))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous("bat-trang").GetAsync("/api/quality/schemes")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Anonymous(null!).GetAsync("/api/quality/schemes")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The export desk reads (staff) but may not write.
        var exportDesk = await app.ExportDesk("bat-trang");
        (await exportDesk.GetAsync($"/api/quality/schemes/{scheme}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await exportDesk.PostAsJsonAsync($"/api/quality/schemes/{scheme}/retire", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var unchanged = await OkAsync(await (await app.Admin("bat-trang")).GetAsync($"/api/quality/schemes/{scheme}"));
        unchanged.GetProperty("retired").GetBoolean().ShouldBeFalse();
        unchanged.GetProperty("currentVersion").GetInt32().ShouldBe(1);
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class SchemeApiTests(QualityMarksApp app) : SchemeApiSuite(app);

[Collection(PostgresQualityMarksCollection.Name)]
public sealed class PostgresSchemeApiTests(PostgresQualityMarksApp app) : SchemeApiSuite(app);
