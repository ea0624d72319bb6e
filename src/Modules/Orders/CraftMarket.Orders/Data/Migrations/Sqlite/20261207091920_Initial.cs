using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "orders_inspection_photos",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_inspection_photos", x => x.FileId);
                });

            migrationBuilder.CreateTable(
                name: "orders_ledger_transactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BookedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_ledger_transactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_member_ledgers",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_member_ledgers", x => new { x.TenantId, x.MemberId });
                });

            migrationBuilder.CreateTable(
                name: "orders_order_settings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BankAccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BankAccountNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    BankSwift = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    BankAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aql = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DefectTypes = table.Column<string>(type: "TEXT", nullable: false),
                    FeeBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeFixedDong = table.Column<long>(type: "INTEGER", nullable: false),
                    PayoutTiming = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SurplusPolicy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_order_settings", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "orders_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    InquiryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InquiryNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    QuoteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuoteVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SellerKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadFirm = table.Column<Guid>(type: "TEXT", nullable: true),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    TotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    VndPerUnit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    RateDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PaidMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceTerms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Incoterm = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    DestinationPort = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DestinationCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    DeliveryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ShipmentReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Buyer_Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Buyer_Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Buyer_Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Buyer_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Buyer_UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_outbox_messages",
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
                    table.PrimaryKey("PK_orders_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProofFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StripeCheckoutSessionId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    StripePaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CheckoutUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SucceededAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_payouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransactionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_payouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "orders_quality_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotSize = table.Column<int>(type: "INTEGER", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Aql = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AcceptNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Defects = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcceptedQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ReworkQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PhotoIds = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InspectorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_quality_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Completed = table.Column<bool>(type: "INTEGER", nullable: false),
                    StripeRefundId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RefundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_refunds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_timeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ForBuyer = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_timeline", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_work_order_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Finished = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExpectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PhotoIds = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_work_order_updates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_work_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShareId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantSku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Specification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MemberUnitPriceDong = table.Column<long>(type: "INTEGER", nullable: false),
                    BuyerUnitPriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    BuyerCurrencyCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    BuyerUnitPriceDong = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FinishedQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ReworkQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenProblem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ExpectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PhotoIds = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InspectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_work_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "orders_ledger_entries",
                columns: table => new
                {
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TransactionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginalMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    OriginalCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_ledger_entries", x => new { x.TransactionId, x.Position });
                    table.ForeignKey(
                        name: "FK_orders_ledger_entries_orders_ledger_transactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "orders_ledger_transactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "orders_order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantSku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPriceMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    LineTotalMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PiecesPerCarton = table.Column<int>(type: "INTEGER", nullable: false),
                    NetGramsPerPiece = table.Column<int>(type: "INTEGER", nullable: true),
                    GrossGramsPerCarton = table.Column<int>(type: "INTEGER", nullable: true),
                    CountryOfOrigin = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_orders_order_lines_orders_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_inspection_photos_TenantId",
                table: "orders_inspection_photos",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_inspection_photos_TenantId_WorkOrderId",
                table: "orders_inspection_photos",
                columns: new[] { "TenantId", "WorkOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_ledger_entries_Account",
                table: "orders_ledger_entries",
                column: "Account");

            migrationBuilder.CreateIndex(
                name: "IX_orders_ledger_entries_MemberId",
                table: "orders_ledger_entries",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_ledger_transactions_TenantId",
                table: "orders_ledger_transactions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_ledger_transactions_TenantId_BookedOn",
                table: "orders_ledger_transactions",
                columns: new[] { "TenantId", "BookedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_ledger_transactions_TenantId_OrderId",
                table: "orders_ledger_transactions",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_ledger_transactions_TenantId_SourceKey",
                table: "orders_ledger_transactions",
                columns: new[] { "TenantId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_member_ledgers_TenantId",
                table: "orders_member_ledgers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_order_lines_OrderId",
                table: "orders_order_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_order_settings_TenantId",
                table: "orders_order_settings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_TenantId",
                table: "orders_orders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_TenantId_InquiryId",
                table: "orders_orders",
                columns: new[] { "TenantId", "InquiryId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_TenantId_Number",
                table: "orders_orders",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_orders_TenantId_State_CreatedAt",
                table: "orders_orders",
                columns: new[] { "TenantId", "State", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "orders_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_StripeCheckoutSessionId",
                table: "orders_payments",
                column: "StripeCheckoutSessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_StripePaymentIntentId",
                table: "orders_payments",
                column: "StripePaymentIntentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_TenantId",
                table: "orders_payments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_TenantId_OrderId",
                table: "orders_payments",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_TenantId_OrderId_IdempotencyKey",
                table: "orders_payments",
                columns: new[] { "TenantId", "OrderId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_payouts_TenantId",
                table: "orders_payouts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_payouts_TenantId_MemberId_PaidOn",
                table: "orders_payouts",
                columns: new[] { "TenantId", "MemberId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_quality_checks_TenantId",
                table: "orders_quality_checks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_quality_checks_TenantId_OrderId",
                table: "orders_quality_checks",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_quality_checks_TenantId_WorkOrderId_At",
                table: "orders_quality_checks",
                columns: new[] { "TenantId", "WorkOrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_StripeRefundId",
                table: "orders_refunds",
                column: "StripeRefundId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_TenantId",
                table: "orders_refunds",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_refunds_TenantId_OrderId",
                table: "orders_refunds",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_timeline_TenantId",
                table: "orders_timeline",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_timeline_TenantId_OrderId_At",
                table: "orders_timeline",
                columns: new[] { "TenantId", "OrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_work_order_updates_TenantId",
                table: "orders_work_order_updates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_work_order_updates_TenantId_WorkOrderId_At",
                table: "orders_work_order_updates",
                columns: new[] { "TenantId", "WorkOrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_work_orders_TenantId",
                table: "orders_work_orders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_work_orders_TenantId_MemberId_State",
                table: "orders_work_orders",
                columns: new[] { "TenantId", "MemberId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_work_orders_TenantId_OrderId",
                table: "orders_work_orders",
                columns: new[] { "TenantId", "OrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_work_orders_TenantId_ShareId",
                table: "orders_work_orders",
                columns: new[] { "TenantId", "ShareId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_inbox_messages");

            migrationBuilder.DropTable(
                name: "orders_inspection_photos");

            migrationBuilder.DropTable(
                name: "orders_ledger_entries");

            migrationBuilder.DropTable(
                name: "orders_member_ledgers");

            migrationBuilder.DropTable(
                name: "orders_order_lines");

            migrationBuilder.DropTable(
                name: "orders_order_settings");

            migrationBuilder.DropTable(
                name: "orders_outbox_messages");

            migrationBuilder.DropTable(
                name: "orders_payments");

            migrationBuilder.DropTable(
                name: "orders_payouts");

            migrationBuilder.DropTable(
                name: "orders_processed_messages");

            migrationBuilder.DropTable(
                name: "orders_quality_checks");

            migrationBuilder.DropTable(
                name: "orders_refunds");

            migrationBuilder.DropTable(
                name: "orders_timeline");

            migrationBuilder.DropTable(
                name: "orders_work_order_updates");

            migrationBuilder.DropTable(
                name: "orders_work_orders");

            migrationBuilder.DropTable(
                name: "orders_ledger_transactions");

            migrationBuilder.DropTable(
                name: "orders_orders");
        }
    }
}
