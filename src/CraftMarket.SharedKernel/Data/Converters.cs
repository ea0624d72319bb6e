using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.SharedKernel.Data;

public sealed class TenantIdConverter() : ValueConverter<TenantId, Guid>(id => id.Value, value => new TenantId(value));

/// <summary>UTC ticks keep ordering and comparison in SQL on SQLite; the offset is always zero here.</summary>
public sealed class DateTimeOffsetToTicksConverter()
    : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
