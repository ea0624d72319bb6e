using CraftMarket.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftMarket.Identity.Features.ApiTokens;

internal sealed class ApiTokenMapping : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> e)
    {
        e.ToTable("api_tokens");
        e.HasKey(x => x.Id);
        e.Ignore(x => x.RoleList);
        e.Property(x => x.Name).HasMaxLength(ApiToken.NameLength);
        e.Property(x => x.Roles).HasMaxLength(100);
        e.Property(x => x.SecretHash).HasMaxLength(64);
        e.Property(x => x.Prefix).HasMaxLength(ApiToken.DisplayPrefixLength);
        // Sign-in finds a token by its hash alone: no comparison of secrets, so nothing to time.
        e.HasIndex(x => x.SecretHash).IsUnique();
        e.HasIndex(x => new { x.TenantId, x.UserId });
        e.HasOne<CraftMarketUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
