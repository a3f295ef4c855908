namespace Nhp.Text;

/// <summary>One record read from a CSV input: its fields and the 1-based line on which it starts.</summary>
/// <param name="Line">The 1-based line number where the record starts (a quoted field may span lines).</param>
/// <param name="Fields">The fields, unquoted, exactly as written (no trimming, no formula-guard removal).</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
