using CraftMarket.Identity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CraftMarket.Identity.Features.Sessions;

internal sealed class AccountSessionMapping : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> e)
    {
        e.ToTable("account_sessions");
        e.HasKey(s => s.Id);
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(s => s.SecurityStamp).HasMaxLength(AccountSession.StampLength);
        e.Property(s => s.IpAddress).HasMaxLength(AccountSession.AddressLength);
        e.Property(s => s.Device).HasMaxLength(AccountSession.DeviceLength);
        // The owner's list and revocations go by user; the cleanup job goes by expiry.
        e.HasIndex(s => s.UserId);
        e.HasIndex(s => s.ExpiresAt);
        e.HasOne<CraftMarketUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
