namespace Nhp.Periods;

// The one Parse built on each period type's TryParse, so every period refuses text with the same message shape.
internal static class PeriodText
{
    public delegate bool TryParser<T>(string? text, out T value);

    public static T Parse<T>(string text, TryParser<T> tryParse, string what, IReadOnlyList<string> acceptedForms)
    {
        ArgumentNullException.ThrowIfNull(text);
        return tryParse(text, out var value)
            ? value
            : throw new NhpInputException($"'{text}' is not {what}.", acceptedForms: acceptedForms);
    }
}
