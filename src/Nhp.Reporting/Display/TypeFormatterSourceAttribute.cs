namespace Nhp.Reporting.Display;

/// <summary>
/// Names the formatter source .NET Interactive uses to display a type. .NET Interactive matches this attribute by its
/// name and reads <see cref="FormatterSourceType"/> and <see cref="PreferredMimeTypes"/> by name, so it is defined
/// here, internally, instead of referencing Microsoft.DotNet.Interactive.Formatting.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
