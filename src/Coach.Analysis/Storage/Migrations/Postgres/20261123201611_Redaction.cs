using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coach.Analysis.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Redaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OriginalText",
                table: "Utterances",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OriginalText",
                table: "Utterances");
        }
    }
}
