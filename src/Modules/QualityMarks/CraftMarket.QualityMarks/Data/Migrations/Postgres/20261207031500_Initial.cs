using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "quality_marks");

            migrationBuilder.CreateTable(
                name: "applications",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeVersion = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Renews = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeVersion = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RenewalOf = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpiryRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartRecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "code_revocations",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstSerial = table.Column<int>(type: "integer", nullable: false),
                    LastSerial = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_code_revocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "expiry_reminders",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    DaysBefore = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_expiry_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "quality_marks",
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
                name: "inspections",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InspectorUserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PerformedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    Defects = table.Column<string>(type: "text", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PhotoFileIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "label_batches",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<long>(type: "bigint", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Size = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_label_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "other_certificates",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DocumentFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_other_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "quality_marks",
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
                schema: "quality_marks",
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
                name: "scheme_versions",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchemeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Criteria = table.Column<string>(type: "text", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scheme_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "schemes",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ImageFileId = table.Column<Guid>(type: "uuid", nullable: true),
                    Categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    ValidityMonths = table.Column<int>(type: "integer", nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Fr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Ja = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Name_Fr = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Name_Ja = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Name_Vi = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "secrets",
                schema: "quality_marks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProtectedValue = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "signing_keys",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    KeyId = table.Column<long>(type: "bigint", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signing_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "verification_scans",
                schema: "quality_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Serial = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NetworkHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    AgentFamily = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_scans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_applications_TenantId",
                schema: "quality_marks",
                table: "applications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_applications_TenantId_MemberId",
                schema: "quality_marks",
                table: "applications",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_applications_TenantId_Status_CreatedAt",
                schema: "quality_marks",
                table: "applications",
                columns: new[] { "TenantId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_TenantId",
                schema: "quality_marks",
                table: "audit",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_TenantId_At",
                schema: "quality_marks",
                table: "audit",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_TenantId_SubjectId_At",
                schema: "quality_marks",
                table: "audit",
                columns: new[] { "TenantId", "SubjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_certificates_ExpiresOn_Status",
                schema: "quality_marks",
                table: "certificates",
                columns: new[] { "ExpiresOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_certificates_TenantId",
                schema: "quality_marks",
                table: "certificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_TenantId_ApplicationId",
                schema: "quality_marks",
                table: "certificates",
                columns: new[] { "TenantId", "ApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_TenantId_MemberId",
                schema: "quality_marks",
                table: "certificates",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_certificates_TenantId_Number",
                schema: "quality_marks",
                table: "certificates",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_code_revocations_TenantId",
                schema: "quality_marks",
                table: "code_revocations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_code_revocations_TenantId_BatchId",
                schema: "quality_marks",
                table: "code_revocations",
                columns: new[] { "TenantId", "BatchId" });

            migrationBuilder.CreateIndex(
                name: "IX_expiry_reminders_SubjectId_DaysBefore",
                schema: "quality_marks",
                table: "expiry_reminders",
                columns: new[] { "SubjectId", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_expiry_reminders_TenantId",
                schema: "quality_marks",
                table: "expiry_reminders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_TenantId",
                schema: "quality_marks",
                table: "inspections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_TenantId_ApplicationId",
                schema: "quality_marks",
                table: "inspections",
                columns: new[] { "TenantId", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_TenantId_ScheduledFor",
                schema: "quality_marks",
                table: "inspections",
                columns: new[] { "TenantId", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_label_batches_KeyId_Number",
                schema: "quality_marks",
                table: "label_batches",
                columns: new[] { "KeyId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_label_batches_TenantId",
                schema: "quality_marks",
                table: "label_batches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_label_batches_TenantId_Number",
                schema: "quality_marks",
                table: "label_batches",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_label_batches_TenantId_ProductId",
                schema: "quality_marks",
                table: "label_batches",
                columns: new[] { "TenantId", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_other_certificates_ExpiresOn",
                schema: "quality_marks",
                table: "other_certificates",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_other_certificates_TenantId",
                schema: "quality_marks",
                table: "other_certificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_other_certificates_TenantId_MemberId",
                schema: "quality_marks",
                table: "other_certificates",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "quality_marks",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_scheme_versions_TenantId",
                schema: "quality_marks",
                table: "scheme_versions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_scheme_versions_TenantId_SchemeId_Version",
                schema: "quality_marks",
                table: "scheme_versions",
                columns: new[] { "TenantId", "SchemeId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_schemes_TenantId",
                schema: "quality_marks",
                table: "schemes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_schemes_TenantId_Code",
                schema: "quality_marks",
                table: "schemes",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signing_keys_KeyId",
                schema: "quality_marks",
                table: "signing_keys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_signing_keys_TenantId",
                schema: "quality_marks",
                table: "signing_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_signing_keys_TenantId_RetiredAt",
                schema: "quality_marks",
                table: "signing_keys",
                columns: new[] { "TenantId", "RetiredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_verification_scans_TenantId",
                schema: "quality_marks",
                table: "verification_scans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_verification_scans_TenantId_At",
                schema: "quality_marks",
                table: "verification_scans",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_verification_scans_TenantId_BatchId_Serial_At",
                schema: "quality_marks",
                table: "verification_scans",
                columns: new[] { "TenantId", "BatchId", "Serial", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applications",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "audit",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "certificates",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "code_revocations",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "expiry_reminders",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "inspections",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "label_batches",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "other_certificates",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "processed_messages",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "scheme_versions",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "schemes",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "secrets",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "signing_keys",
                schema: "quality_marks");

            migrationBuilder.DropTable(
                name: "verification_scans",
                schema: "quality_marks");
        }
    }
}
