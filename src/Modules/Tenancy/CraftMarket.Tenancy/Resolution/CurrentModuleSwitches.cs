using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>The current association's switches, read from the tenant cache (a dictionary lookup per check).</summary>
internal sealed class CurrentModuleSwitches(ITenantContext tenant, ITenantDirectory directory) : IModuleSwitches
{
    public bool IsOn(string moduleKey) =>
        tenant.TenantId is not { } id || directory.FindById(id) is not { } current || current.Runs(moduleKey);
}
