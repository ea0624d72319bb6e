using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Collections.Concurrent;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Support;

/// <summary>The trade site (<see cref="TradeSite"/>) with this module's database at hand. One started site per run: see <see cref="InquiriesCollection"/>.</summary>
public abstract class InquiriesSite(string? postgres) : TradeSite(postgres)
{
    internal static InquiriesDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<InquiriesDb>();
}

/// <summary>The demo buyer accounts (DEMO_ACCOUNTS.md); their password is the demo password.</summary>
public static class DemoBuyers
{
    public const string Homeware = TradeBuyers.Homeware;
    public const string Decor = TradeBuyers.Decor;
}

/// <summary>Fresh, valid and unique Vietnamese mobile numbers, so tests never collide with seeded members.</summary>
internal static class Phones
{
    private static int next = Random.Shared.Next(1_000_000, 8_000_000);
    public static string Next() => $"098{Interlocked.Increment(ref next):D7}";
}

/// <summary>The embedded default (SQLite). A suite that also needs PostgreSQL takes <see cref="InquiriesSite"/> and has two sealed subclasses, one per collection.</summary>
public sealed class InquiriesApp() : InquiriesSite(null);

/// <summary>One site for every SQLite test class of this project: starting one costs seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class InquiriesCollection : ICollectionFixture<InquiriesApp>
{
    public const string Name = "inquiries";
}

/// <summary>The PostgreSQL twin, one site for the suites that exercise the data layer.</summary>
public sealed class PostgresInquiriesApp() : InquiriesSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class PostgresInquiriesCollection : ICollectionFixture<PostgresInquiriesApp>
{
    public const string Name = "inquiries-postgres";
}
