using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Insight.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "insight_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_certificate_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Valid = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_certificate_facts", x => new { x.TenantId, x.CertificateId });
                });

            migrationBuilder.CreateTable(
                name: "insight_defect_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_defect_facts", x => new { x.TenantId, x.CheckId, x.Type });
                });

            migrationBuilder.CreateTable(
                name: "insight_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "insight_inquiry_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstResponseAt = table.Column<long>(type: "INTEGER", nullable: true),
                    QuotedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_inquiry_facts", x => new { x.TenantId, x.InquiryId });
                });

            migrationBuilder.CreateTable(
                name: "insight_inspection_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    LotSize = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Rework = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedValueVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_inspection_facts", x => new { x.TenantId, x.CheckId });
                });

            migrationBuilder.CreateTable(
                name: "insight_member_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeftAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_member_facts", x => new { x.TenantId, x.MemberId });
                });

            migrationBuilder.CreateTable(
                name: "insight_order_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_order_facts", x => new { x.TenantId, x.OrderId });
                });

            migrationBuilder.CreateTable(
                name: "insight_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "insight_payout_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_payout_facts", x => new { x.TenantId, x.PayoutId });
                });

            migrationBuilder.CreateTable(
                name: "insight_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "insight_product_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstPublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MarkGranted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_product_facts", x => new { x.TenantId, x.ProductId });
                });

            migrationBuilder.CreateTable(
                name: "insight_work_facts",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReadyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InspectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_insight_work_facts", x => new { x.TenantId, x.WorkOrderId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_insight_audit_entries_TenantId",
                table: "insight_audit_entries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_audit_entries_TenantId_Area_At",
                table: "insight_audit_entries",
                columns: new[] { "TenantId", "Area", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_audit_entries_TenantId_At",
                table: "insight_audit_entries",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_certificate_facts_TenantId",
                table: "insight_certificate_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_certificate_facts_TenantId_MemberId",
                table: "insight_certificate_facts",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_defect_facts_TenantId",
                table: "insight_defect_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_defect_facts_TenantId_At",
                table: "insight_defect_facts",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_inquiry_facts_TenantId",
                table: "insight_inquiry_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_inquiry_facts_TenantId_SubmittedAt",
                table: "insight_inquiry_facts",
                columns: new[] { "TenantId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_inspection_facts_TenantId",
                table: "insight_inspection_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_inspection_facts_TenantId_At",
                table: "insight_inspection_facts",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_inspection_facts_TenantId_MemberId",
                table: "insight_inspection_facts",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_member_facts_TenantId",
                table: "insight_member_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_order_facts_TenantId",
                table: "insight_order_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_order_facts_TenantId_PlacedAt",
                table: "insight_order_facts",
                columns: new[] { "TenantId", "PlacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "insight_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_payout_facts_TenantId",
                table: "insight_payout_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_payout_facts_TenantId_MemberId",
                table: "insight_payout_facts",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_payout_facts_TenantId_PaidOn",
                table: "insight_payout_facts",
                columns: new[] { "TenantId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_product_facts_TenantId",
                table: "insight_product_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_work_facts_TenantId",
                table: "insight_work_facts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_insight_work_facts_TenantId_IssuedAt",
                table: "insight_work_facts",
                columns: new[] { "TenantId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_insight_work_facts_TenantId_MemberId",
                table: "insight_work_facts",
                columns: new[] { "TenantId", "MemberId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "insight_audit_entries");

            migrationBuilder.DropTable(
                name: "insight_certificate_facts");

            migrationBuilder.DropTable(
                name: "insight_defect_facts");

            migrationBuilder.DropTable(
                name: "insight_inbox_messages");

            migrationBuilder.DropTable(
                name: "insight_inquiry_facts");

            migrationBuilder.DropTable(
                name: "insight_inspection_facts");

            migrationBuilder.DropTable(
                name: "insight_member_facts");

            migrationBuilder.DropTable(
                name: "insight_order_facts");

            migrationBuilder.DropTable(
                name: "insight_outbox_messages");

            migrationBuilder.DropTable(
                name: "insight_payout_facts");

            migrationBuilder.DropTable(
                name: "insight_processed_messages");

            migrationBuilder.DropTable(
                name: "insight_product_facts");

            migrationBuilder.DropTable(
                name: "insight_work_facts");
        }
    }
}
