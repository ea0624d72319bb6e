using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quality_marks_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductIds = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Renews = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductIds = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RenewalOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExpiryRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartRecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_code_revocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstSerial = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSerial = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_code_revocations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_expiry_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_expiry_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledFor = table.Column<long>(type: "INTEGER", nullable: true),
                    InspectorUserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PerformedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Findings = table.Column<string>(type: "TEXT", nullable: false),
                    Defects = table.Column<string>(type: "TEXT", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PhotoFileIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_label_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_label_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_other_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DocumentFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_other_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_outbox_messages",
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
                    table.PrimaryKey("PK_quality_marks_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_scheme_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_scheme_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_schemes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ImageFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Categories = table.Column<string>(type: "TEXT", nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Ja = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Vi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Name_Ja = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Name_Vi = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_schemes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_signing_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<long>(type: "INTEGER", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_signing_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "quality_marks_verification_scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    NetworkHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    AgentFamily = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_verification_scans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_applications_TenantId",
                table: "quality_marks_applications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_applications_TenantId_MemberId",
                table: "quality_marks_applications",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_applications_TenantId_Status_CreatedAt",
                table: "quality_marks_applications",
                columns: new[] { "TenantId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_audit_TenantId",
                table: "quality_marks_audit",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_audit_TenantId_At",
                table: "quality_marks_audit",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_audit_TenantId_SubjectId_At",
                table: "quality_marks_audit",
                columns: new[] { "TenantId", "SubjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_certificates_ExpiresOn_Status",
                table: "quality_marks_certificates",
                columns: new[] { "ExpiresOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_certificates_TenantId",
                table: "quality_marks_certificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_certificates_TenantId_ApplicationId",
                table: "quality_marks_certificates",
                columns: new[] { "TenantId", "ApplicationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_certificates_TenantId_MemberId",
                table: "quality_marks_certificates",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_certificates_TenantId_Number",
                table: "quality_marks_certificates",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_code_revocations_TenantId",
                table: "quality_marks_code_revocations",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_code_revocations_TenantId_BatchId",
                table: "quality_marks_code_revocations",
                columns: new[] { "TenantId", "BatchId" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_expiry_reminders_SubjectId_DaysBefore",
                table: "quality_marks_expiry_reminders",
                columns: new[] { "SubjectId", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_expiry_reminders_TenantId",
                table: "quality_marks_expiry_reminders",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_inspections_TenantId",
                table: "quality_marks_inspections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_inspections_TenantId_ApplicationId",
                table: "quality_marks_inspections",
                columns: new[] { "TenantId", "ApplicationId" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_inspections_TenantId_ScheduledFor",
                table: "quality_marks_inspections",
                columns: new[] { "TenantId", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_label_batches_KeyId_Number",
                table: "quality_marks_label_batches",
                columns: new[] { "KeyId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_label_batches_TenantId",
                table: "quality_marks_label_batches",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_label_batches_TenantId_Number",
                table: "quality_marks_label_batches",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_label_batches_TenantId_ProductId",
                table: "quality_marks_label_batches",
                columns: new[] { "TenantId", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_other_certificates_ExpiresOn",
                table: "quality_marks_other_certificates",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_other_certificates_TenantId",
                table: "quality_marks_other_certificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_other_certificates_TenantId_MemberId",
                table: "quality_marks_other_certificates",
                columns: new[] { "TenantId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "quality_marks_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_scheme_versions_TenantId",
                table: "quality_marks_scheme_versions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_scheme_versions_TenantId_SchemeId_Version",
                table: "quality_marks_scheme_versions",
                columns: new[] { "TenantId", "SchemeId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_schemes_TenantId",
                table: "quality_marks_schemes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_schemes_TenantId_Code",
                table: "quality_marks_schemes",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_signing_keys_KeyId",
                table: "quality_marks_signing_keys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_signing_keys_TenantId",
                table: "quality_marks_signing_keys",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_signing_keys_TenantId_RetiredAt",
                table: "quality_marks_signing_keys",
                columns: new[] { "TenantId", "RetiredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_verification_scans_TenantId",
                table: "quality_marks_verification_scans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_verification_scans_TenantId_At",
                table: "quality_marks_verification_scans",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_verification_scans_TenantId_BatchId_Serial_At",
                table: "quality_marks_verification_scans",
                columns: new[] { "TenantId", "BatchId", "Serial", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quality_marks_applications");

            migrationBuilder.DropTable(
                name: "quality_marks_audit");

            migrationBuilder.DropTable(
                name: "quality_marks_certificates");

            migrationBuilder.DropTable(
                name: "quality_marks_code_revocations");

            migrationBuilder.DropTable(
                name: "quality_marks_expiry_reminders");

            migrationBuilder.DropTable(
                name: "quality_marks_inbox_messages");

            migrationBuilder.DropTable(
                name: "quality_marks_inspections");

            migrationBuilder.DropTable(
                name: "quality_marks_label_batches");

            migrationBuilder.DropTable(
                name: "quality_marks_other_certificates");

            migrationBuilder.DropTable(
                name: "quality_marks_outbox_messages");

            migrationBuilder.DropTable(
                name: "quality_marks_processed_messages");

            migrationBuilder.DropTable(
                name: "quality_marks_scheme_versions");

            migrationBuilder.DropTable(
                name: "quality_marks_schemes");

            migrationBuilder.DropTable(
                name: "quality_marks_secrets");

            migrationBuilder.DropTable(
                name: "quality_marks_signing_keys");

            migrationBuilder.DropTable(
                name: "quality_marks_verification_scans");
        }
    }
}
