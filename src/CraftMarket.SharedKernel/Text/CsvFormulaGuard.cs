namespace CraftMarket.SharedKernel.Text;

/// <summary>
/// Staff open the export in a spreadsheet, which runs a cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or carriage return as a formula (OWASP "CSV injection"). Such a cell goes
/// out with a leading single quote, which spreadsheets read as "this is text". So that the import
/// gives back exactly what was exported, a cell that itself starts with a quote gets one more, and
/// the import takes one quote off a cell whose next character is one of these (or a quote): the
/// round trip leaves every text as it was, "-20% sale" included. One rule for every export: the catalogue's CSV (and its import) and the
/// orders ledger's reconciliation.
/// </summary>
public static class CsvFormulaGuard
{
    public const char Quote = '\'';

    private static bool Triggers(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or Quote;

    public static string Neutralise(string cell) =>
        cell.Length > 0 && Triggers(cell[0]) ? Quote + cell : cell;

    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == Quote && Triggers(cell[1]) ? cell[1..] : cell;
}
