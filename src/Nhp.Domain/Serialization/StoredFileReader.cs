using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Nhp.Findings;

namespace Nhp.Serialization;

/// <summary>
/// Reads the top-level values of a stored JSON file one by one, so that a bad value or list item becomes a located
/// finding (of the format's <see cref="StoredFormatRules"/>) instead of failing the whole file. Collects the findings;
/// <see cref="Usable"/> turns false when a required or top-level value could not be read.
/// </summary>
internal sealed class StoredFileReader
{
    private readonly StoredJson file;
    private readonly StoredFormatRules rules;
    private readonly string subject;

    private StoredFileReader(StoredJson file, StoredFormatRules rules, string subject)
    {
        this.file = file;
        this.rules = rules;
        this.subject = subject;
    }

    /// <summary>The findings so far, in the order made.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>False once a required value is missing or a top-level value could not be read.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>
    /// Parses the file and checks its format; a file without one is read as version 1 with a finding, unless it has
    /// none of <paramref name="signature"/>, when it is not this kind of file at all.
    /// </summary>
    /// <exception cref="NhpInputException">Not JSON, another format, a newer version, or not this kind of file.</exception>
    public static StoredFileReader Open(byte[] bytes, string? source, string format, int version, string what, StoredFormatRules rules, IReadOnlyList<string> accepted, IReadOnlyList<string> signature, IReadOnlyCollection<string> known)
    {
        var file = StoredJson.Parse(bytes, source, "a " + what + " file", accepted);
        var reader = new StoredFileReader(file, rules, source ?? what);
        if (!file.CheckFormat(format, version, what + " files"))
        {
            if (signature.All(name => file[name] is null))
            {
                throw new NhpInputException(
                    $"This is not a {what} file: it has no \"format\": \"{format}\" and none of {string.Join(", ", signature)}.", new SourceLocation(source, 1), "format", accepted);
            }

            reader.Findings.Add(rules.FormatMissing.Finding(reader.subject, "format",
                $"The file has no \"format\" and \"version\"; it was read as version 1 of {format}.", new SourceLocation(source, 1)));
        }

        foreach (var unknown in file.Properties.Where(p => p.Name is not ("format" or "version") && !known.Contains(p.Name)))
        {
            reader.Findings.Add(rules.PropertyUnknown.Finding(reader.subject, unknown.Name,
                $"The property \"{unknown.Name}\" is not part of the {format} format; it was ignored.", new SourceLocation(source, unknown.Line)));
        }

        return reader;
    }

    /// <summary>Whether the file has the top-level property <paramref name="name"/>.</summary>
    public bool Has(string name) => file[name] is not null;

    /// <summary>Reads one top-level value; default when absent (a finding when required) or unreadable (a finding).</summary>
    public T? One<T>(string name, JsonTypeInfo<T> info, bool required)
    {
        if (file[name] is not { } property)
        {
            if (required)
            {
                Usable = false;
                Findings.Add(rules.RequiredMissing.Finding(subject, name,
                    $"The file has no \"{name}\", which is required, so nothing was imported.", new SourceLocation(file.Source, 1)));
            }

            return default;
        }

        var value = file.Read(property.Value, info, out var problem);
        if (problem is not null)
        {
            Usable = false;
            Findings.Add(rules.ValueInvalid.Finding(subject, problem.Path,
                $"The value at {problem.Path} could not be read: {problem.Message} Nothing was imported.", new SourceLocation(file.Source, problem.Line)));
        }

        return value;
    }

    /// <summary>Reads a top-level list item by item: an unreadable item is left out with a finding naming its path and line.</summary>
    public List<T> Many<T>(string name, JsonTypeInfo<T> info, string what)
    {
        var list = new List<T>();
        if (file[name] is not { } property)
        {
            return list;
        }

        if (property.Token != JsonTokenType.StartArray)
        {
            Usable = false;
            Findings.Add(rules.ValueInvalid.Finding(subject, "$." + name,
                $"\"{name}\" must be a list ([ … ]), so nothing was imported.", new SourceLocation(file.Source, property.Line)));
            return list;
        }

        foreach (var item in property.Items)
        {
            var value = file.Read(item, info, out var problem);
            if (problem is null && value is not null)
            {
                list.Add(value);
            }
            else
            {
                Findings.Add(rules.ItemInvalid.Finding(subject, problem?.Path ?? item.Path,
                    $"The {what} at {item.Path} could not be read ({problem?.Path ?? item.Path}: {problem?.Message ?? "the value is null."}); it was left out.", new SourceLocation(file.Source, problem?.Line ?? item.Line)));
            }
        }

        return list;
    }

    /// <summary>
    /// Writes <paramref name="value"/> as a stored file: <c>format</c> and <c>version</c> first, then its properties
    /// as <see cref="NhpJson"/> writes them.
    /// </summary>
    public static string Write<T>(T value, JsonTypeInfo<T> info, string format, int version)
    {
        var body = JsonSerializer.SerializeToNode(value, info)!.AsObject();
        return NhpJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", format);
            json.WriteNumber("version", version);
            foreach (var (name, node) in body)
            {
                json.WritePropertyName(name);
                WriteNode(json, node);
            }

            json.WriteEndObject();
        });
    }

    private static void WriteNode(Utf8JsonWriter json, JsonNode? node)
    {
        if (node is null)
        {
            json.WriteNullValue();
        }
        else
        {
            node.WriteTo(json);
        }
    }
}
