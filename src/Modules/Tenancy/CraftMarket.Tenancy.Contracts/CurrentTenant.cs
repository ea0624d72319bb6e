using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Tenancy.Contracts;

/// <summary>
/// The one way to read the current tenant (ADR 24): <see cref="ITenantContext"/> says which
/// association the request or job acts for (set by resolution, or by a consumer from its message);
/// its settings come from the directory by that id. A suspended or unknown association leaves the
/// context empty, so it has no settings either and nothing of it can be served.
/// </summary>
public static class CurrentTenant
{
    /// <summary>The settings snapshot of the current tenant; null on the platform host.</summary>
    public static ResolvedTenant? SettingsOf(this ITenantDirectory directory, ITenantContext current) =>
        current.TenantId is { } id && directory.FindById(id) is { IsActive: true } tenant ? tenant : null;
}
