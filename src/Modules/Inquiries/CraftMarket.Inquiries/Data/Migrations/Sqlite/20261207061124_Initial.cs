using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inquiries_capacity_commitments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CapacityKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_capacity_commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "inquiries_inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssigneeUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstResponseAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RequiredBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Incoterm = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DestinationPort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DestinationCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Packaging = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Labelling = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WantsMarkedGoods = table.Column<bool>(type: "INTEGER", nullable: false),
                    SampleRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Buyer_Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Buyer_Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Buyer_Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Buyer_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Buyer_UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_inquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_outbox_messages",
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
                    table.PrimaryKey("PK_inquiries_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "inquiries_quotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    VndPerUnit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    RateDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeadTimeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Incoterm = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DestinationPort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DepositBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceTerms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SellerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadFirm = table.Column<Guid>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SentByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MarkSchemeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_quotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_shares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MemberUnitPriceDong = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CounterQuantity = table.Column<int>(type: "INTEGER", nullable: true),
                    CounterDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_shares", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_trade_settings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DepositBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceTerms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ShareCapBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferHours = table.Column<int>(type: "INTEGER", nullable: false),
                    QuoteValidityDays = table.Column<int>(type: "INTEGER", nullable: false),
                    QuoteCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    SellerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadFirm = table.Column<Guid>(type: "TEXT", nullable: true),
                    NumberPrefix = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_trade_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "inquiries_inquiry_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantSku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    TargetCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries_inquiry_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inquiries_inquiry_lines_inquiries_inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalTable: "inquiries_inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_capacity_commitments_TenantId",
                table: "inquiries_capacity_commitments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_capacity_commitments_TenantId_SourceKind_SourceId",
                table: "inquiries_capacity_commitments",
                columns: new[] { "TenantId", "SourceKind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_capacity_commitments_TenantId_To_From",
                table: "inquiries_capacity_commitments",
                columns: new[] { "TenantId", "To", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_inquiries_TenantId",
                table: "inquiries_inquiries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_inquiries_TenantId_ListId",
                table: "inquiries_inquiries",
                columns: new[] { "TenantId", "ListId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_inquiries_TenantId_Number",
                table: "inquiries_inquiries",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_inquiries_TenantId_Status_CreatedAt",
                table: "inquiries_inquiries",
                columns: new[] { "TenantId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_inquiry_lines_InquiryId",
                table: "inquiries_inquiry_lines",
                column: "InquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_messages_TenantId",
                table: "inquiries_messages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_messages_TenantId_InquiryId_At",
                table: "inquiries_messages",
                columns: new[] { "TenantId", "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "inquiries_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_quotes_Status_ValidUntil",
                table: "inquiries_quotes",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_quotes_TenantId",
                table: "inquiries_quotes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_quotes_TenantId_InquiryId_Version",
                table: "inquiries_quotes",
                columns: new[] { "TenantId", "InquiryId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_shares_Status_Deadline",
                table: "inquiries_shares",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_shares_TenantId",
                table: "inquiries_shares",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_shares_TenantId_InquiryId",
                table: "inquiries_shares",
                columns: new[] { "TenantId", "InquiryId" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_shares_TenantId_MemberId_Status",
                table: "inquiries_shares",
                columns: new[] { "TenantId", "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_trade_settings_TenantId",
                table: "inquiries_trade_settings",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inquiries_capacity_commitments");

            migrationBuilder.DropTable(
                name: "inquiries_inbox_messages");

            migrationBuilder.DropTable(
                name: "inquiries_inquiry_lines");

            migrationBuilder.DropTable(
                name: "inquiries_messages");

            migrationBuilder.DropTable(
                name: "inquiries_outbox_messages");

            migrationBuilder.DropTable(
                name: "inquiries_processed_messages");

            migrationBuilder.DropTable(
                name: "inquiries_quotes");

            migrationBuilder.DropTable(
                name: "inquiries_shares");

            migrationBuilder.DropTable(
                name: "inquiries_trade_settings");

            migrationBuilder.DropTable(
                name: "inquiries_inquiries");
        }
    }
}
