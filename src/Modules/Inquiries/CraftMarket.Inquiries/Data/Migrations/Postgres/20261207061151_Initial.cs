using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inquiries");

            migrationBuilder.CreateTable(
                name: "capacity_commitments",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    CapacityKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    SourceKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_commitments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "inquiries",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "inquiries",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ListId = table.Column<Guid>(type: "uuid", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssigneeUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FirstResponseAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RequiredBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Incoterm = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    DestinationPort = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DestinationCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Packaging = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Labelling = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WantsMarkedGoods = table.Column<bool>(type: "boolean", nullable: false),
                    SampleRequested = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Attachments = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Buyer_Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Buyer_Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Buyer_Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Buyer_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Buyer_UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Author = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsInternal = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "processed_messages",
                schema: "inquiries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "quotes",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrencyCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Lines = table.Column<string>(type: "text", nullable: false),
                    TotalMinor = table.Column<long>(type: "bigint", nullable: false),
                    TotalVnd = table.Column<long>(type: "bigint", nullable: false),
                    VndPerUnit = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: false),
                    RateDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LeadTimeDays = table.Column<int>(type: "integer", nullable: false),
                    Incoterm = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    DestinationPort = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DepositBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    BalanceTerms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SellerKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeadFirm = table.Column<Guid>(type: "uuid", nullable: true),
                    Language = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    MarkSchemeName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shares",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MemberUnitPriceDong = table.Column<long>(type: "bigint", nullable: true),
                    OfferedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReminderSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CounterQuantity = table.Column<int>(type: "integer", nullable: true),
                    CounterDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shares", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "trade_settings",
                schema: "inquiries",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepositBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    BalanceTerms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ShareCapBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    OfferHours = table.Column<int>(type: "integer", nullable: false),
                    QuoteValidityDays = table.Column<int>(type: "integer", nullable: false),
                    QuoteCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    SellerKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SellerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeadFirm = table.Column<Guid>(type: "uuid", nullable: true),
                    NumberPrefix = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trade_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_lines",
                schema: "inquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    VariantSku = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    TargetMinor = table.Column<long>(type: "bigint", nullable: true),
                    TargetCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    InquiryId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiry_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inquiry_lines_inquiries_InquiryId",
                        column: x => x.InquiryId,
                        principalSchema: "inquiries",
                        principalTable: "inquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_commitments_TenantId",
                schema: "inquiries",
                table: "capacity_commitments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_commitments_TenantId_SourceKind_SourceId",
                schema: "inquiries",
                table: "capacity_commitments",
                columns: new[] { "TenantId", "SourceKind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_commitments_TenantId_To_From",
                schema: "inquiries",
                table: "capacity_commitments",
                columns: new[] { "TenantId", "To", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TenantId",
                schema: "inquiries",
                table: "inquiries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TenantId_ListId",
                schema: "inquiries",
                table: "inquiries",
                columns: new[] { "TenantId", "ListId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TenantId_Number",
                schema: "inquiries",
                table: "inquiries",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TenantId_Status_CreatedAt",
                schema: "inquiries",
                table: "inquiries",
                columns: new[] { "TenantId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiry_lines_InquiryId",
                schema: "inquiries",
                table: "inquiry_lines",
                column: "InquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_TenantId",
                schema: "inquiries",
                table: "messages",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_messages_TenantId_InquiryId_At",
                schema: "inquiries",
                table: "messages",
                columns: new[] { "TenantId", "InquiryId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "inquiries",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_quotes_Status_ValidUntil",
                schema: "inquiries",
                table: "quotes",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_quotes_TenantId",
                schema: "inquiries",
                table: "quotes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quotes_TenantId_InquiryId_Version",
                schema: "inquiries",
                table: "quotes",
                columns: new[] { "TenantId", "InquiryId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shares_Status_Deadline",
                schema: "inquiries",
                table: "shares",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_shares_TenantId",
                schema: "inquiries",
                table: "shares",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_shares_TenantId_InquiryId",
                schema: "inquiries",
                table: "shares",
                columns: new[] { "TenantId", "InquiryId" });

            migrationBuilder.CreateIndex(
                name: "IX_shares_TenantId_MemberId_Status",
                schema: "inquiries",
                table: "shares",
                columns: new[] { "TenantId", "MemberId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_trade_settings_TenantId",
                schema: "inquiries",
                table: "trade_settings",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacity_commitments",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "inquiry_lines",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "messages",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "processed_messages",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "quotes",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "shares",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "trade_settings",
                schema: "inquiries");

            migrationBuilder.DropTable(
                name: "inquiries",
                schema: "inquiries");
        }
    }
}
