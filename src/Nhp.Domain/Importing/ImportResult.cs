using Nhp.Findings;

namespace Nhp.Importing;

/// <summary>
/// What every Nhp importer returns: the value read (or none, when the input could not be used), and the findings
/// made while reading it: repairs, assumptions and problems, each with a rule id and a location.
/// </summary>
/// <typeparam name="T">What was imported: a delivery plan, a crime data integrity review, an engagement file, …</typeparam>
/// <remarks>
/// Immutable. Input that cannot be read at all (not the format, empty, truncated) is not a result: importers throw
/// <see cref="NhpInputException"/> for it. A result with <see cref="HasValue"/> false is input that was read but
/// could not be turned into a value; its error findings say why.
/// </remarks>
public sealed class ImportResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The value, or null when the input could not be used.</param>
    /// <param name="findings">The findings, in the order they were made.</param>
    /// <param name="source">The name of the input (a file name), when known.</param>
    public ImportResult(T? value, IEnumerable<Finding> findings, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Value = value;
        Findings = [.. findings];
        Source = source;
    }

    /// <summary>The value read, or null when the input could not be used (see <see cref="Findings"/>).</summary>
    public T? Value { get; }

    /// <summary>Whether a value was read.</summary>
    public bool HasValue => Value is not null;

    /// <summary>The findings made while reading, in order: repairs, assumptions, problems.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The name of the input, when known.</summary>
    public string? Source { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The value, or an <see cref="NhpInputException"/> that lists the error findings when there is none.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="NhpInputException">No value was read.</exception>
    public T GetValueOrThrow()
    {
        if (Value is not null)
        {
            return Value;
        }

        var errors = Findings.Where(f => f.Severity == Severity.Error).Select(f => f.ToString()).ToArray();
        var why = errors.Length == 0 ? "nothing usable was found" : string.Join("; ", errors);
        throw new NhpInputException($"The input could not be imported: {why}.", Source is null ? null : new SourceLocation(Source, null));
    }

    /// <summary>The same findings with another value, for importers built on other importers.</summary>
    /// <typeparam name="TOther">The new value's type.</typeparam>
    /// <param name="map">Turns the value into the new value; not called when there is no value.</param>
    /// <returns>The new result.</returns>
    public ImportResult<TOther> Select<TOther>(Func<T, TOther?> map)
        where TOther : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return new ImportResult<TOther>(Value is null ? null : map(Value), Findings, Source);
    }

    /// <summary>The source, whether there is a value, and the number of findings.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Source ?? "input"}: {(HasValue ? "imported" : "not imported")}, {Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} findings";
}
