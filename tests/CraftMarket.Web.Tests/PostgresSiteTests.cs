using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>The whole site on a real PostgreSQL: migrations per module schema, demo data, pages.</summary>
public sealed class PostgresSiteTests(PostgresSiteTests.App app) : IClassFixture<PostgresSiteTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true, postgresConnectionString: PostgresDatabase.Create());

    [Fact]
    public async Task Demo_villages_are_served_from_postgres()
    {
        (await app.ClientFor(null).GetStringAsync("/health/ready")).ShouldBe("Healthy");
        (await app.ClientFor("van-phuc").GetStringAsync("/")).ShouldContain("Lụa Vạn Phúc");
        (await app.ClientFor(null).GetStringAsync("/")).ShouldContain("Bat Trang Ceramics Association");
    }
}
