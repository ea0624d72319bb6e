using CraftMarket.Members.Tests.Api;
using CraftMarket.Members.Tests.InProcess;
using CraftMarket.Members.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Members.Tests;

// The same suites against real PostgreSQL: JSONB lists, text[] crafts, the unique phone index and
// the tenant filter behave differently enough from SQLite to need their own run.

public sealed class PostgresInviteAndIsolationTests(PostgresInviteAndIsolationTests.App app)
    : InviteAndIsolationTests(app), IClassFixture<PostgresInviteAndIsolationTests.App>
{
    public sealed class App() : MembersApp(PostgresDatabase.Create());
}

public sealed class PostgresMembersApiTests(PostgresMembersApiTests.App app)
    : MembersApiTests(app), IClassFixture<PostgresMembersApiTests.App>
{
    public sealed class App() : MembersApp(PostgresDatabase.Create());
}

public sealed class PostgresSelfServiceAndDirectoryTests(PostgresSelfServiceAndDirectoryTests.App app)
    : SelfServiceAndDirectoryTests(app), IClassFixture<PostgresSelfServiceAndDirectoryTests.App>
{
    public sealed class App() : MembersApp(PostgresDatabase.Create());
}

public sealed class PostgresUntrustedInputTests(PostgresUntrustedInputTests.App app)
    : UntrustedInputTests(app), IClassFixture<PostgresUntrustedInputTests.App>
{
    public sealed class App() : MembersApp(PostgresDatabase.Create());
}

public sealed class PostgresReactivationTests(PostgresReactivationTests.App app)
    : ReactivationTests(app), IClassFixture<PostgresReactivationTests.App>
{
    public sealed class App() : MembersApp(PostgresDatabase.Create());
}
