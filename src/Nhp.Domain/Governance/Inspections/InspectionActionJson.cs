using System.Text.Json;
using Nhp.Findings;
using Nhp.Importing;
using Nhp.Serialization;

namespace Nhp.Governance.Inspections;

/// <summary>
/// Reads a register of inspection actions from JSON: <c>{ "format": "nhp-inspection-actions", "version": 1,
/// "actions": [ { "id": …, "kind": …, "inspection": …, "scope": …, "directorate": …, "owner": …, "raised": …,
/// "closed": …, "status": …, "text": … } ] }</c>, with the same fields and accepted values as
/// <see cref="InspectionActionCsv"/>. The JSON schema is <c>docs/inspection-actions.schema.json</c>. Thread-safe.
/// </summary>
public static class InspectionActionJson
{
    /// <summary>The format name a register file starts with.</summary>
    public const string Format = "nhp-inspection-actions";

    /// <summary>The newest version of the format this reader reads.</summary>
    public const int Version = 1;

    private static readonly string[] Accepted = [$"{{ \"format\": \"{Format}\", \"version\": 1, \"actions\": [ {{ \"id\": \"A1\", \"inspection\": \"PEEL 2021/22\", \"raised\": \"2022-08-12\" }} ] }}"];

    /// <summary>Reads the register in a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The file is not JSON, not this format, or a newer version.</exception>
    public static ImportResult<InspectionActionRegister> Read(string path) => Read(File.ReadAllBytes(path), path);

    /// <summary>Reads a register from a stream, leaving it open.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is not JSON, not this format, or a newer version.</exception>
    public static ImportResult<InspectionActionRegister> Read(Stream stream, string? source = null) => Read(StoredJson.Bytes(stream), source);

    /// <summary>Reads a register from text.</summary>
    /// <param name="reader">The input.</param>
    /// <param name="source">The input's name for findings.</param>
    /// <returns>The register and the findings made while reading.</returns>
    /// <exception cref="NhpInputException">The input is not JSON, not this format, or a newer version.</exception>
    public static ImportResult<InspectionActionRegister> Read(TextReader reader, string? source = null) => Read(StoredJson.Bytes(reader), source);

    /// <summary>The JSON Schema (draft 2020-12) of the format, as published in <c>docs/inspection-actions.schema.json</c>.</summary>
    /// <returns>The schema text, lines ending in <c>\n</c>.</returns>
    public static string Schema() => GovernanceSchemas.InspectionActions;

    private static ImportResult<InspectionActionRegister> Read(byte[] bytes, string? source)
    {
        var file = StoredJson.Parse(bytes, source, "a register of inspection actions", Accepted);
        var findings = new List<Finding>();
        if (!file.CheckFormat(Format, Version, "registers of inspection actions"))
        {
            if (file["actions"] is null)
            {
                throw new NhpInputException($"This is not a register of inspection actions: it has no \"format\": \"{Format}\" and no \"actions\".", new SourceLocation(source, 1), "format", Accepted);
            }

            findings.Add(GovernanceImportRules.FormatMissingRule.Finding(source ?? "register", "format",
                $"The file has no \"format\" and \"version\"; it was read as version 1 of {Format}.", new SourceLocation(source, 1)));
        }

        if (file["actions"] is not { Token: JsonTokenType.StartArray } actions)
        {
            throw new NhpInputException("\"actions\" must be a list ([ … ]) of actions.", new SourceLocation(source, file["actions"]?.Line ?? 1), "actions", Accepted);
        }

        foreach (var property in file.Properties.Where(p => p.Name is not ("format" or "version" or "actions")))
        {
            findings.Add(GovernanceImportRules.ColumnUnknownRule.Finding(source ?? "register", property.Name,
                $"The property \"{property.Name}\" is not part of a register, so it was not read.", new SourceLocation(source, property.Line)));
        }

        var rows = new ActionRows(source);
        var list = new List<InspectionAction>();
        foreach (var item in actions.Items)
        {
            var fields = file.Read(item, NhpJson.Context.DictionaryStringJsonElement, out var problem);
            if (problem is not null || fields is null)
            {
                findings.Add(GovernanceImportRules.ValueInvalidRule.Finding(item.Path, null,
                    $"The action at {item.Path} must be an object of text fields: {problem?.Message ?? "it is null."} It was not read.", new SourceLocation(source, problem?.Line ?? item.Line)));
                continue;
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (name, value) in fields)
            {
                if (ActionRows.Canonical(name) is not { } canonical)
                {
                    findings.Add(GovernanceImportRules.ColumnUnknownRule.Finding(item.Path, name,
                        $"The field \"{name}\" is not one the register reader knows, so it was not read.", new SourceLocation(source, item.Line)));
                    continue;
                }

                values[canonical] = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Null => null,
                    _ => value.GetRawText(),
                };
            }

            if (rows.Row(values, item.Line) is { } action)
            {
                list.Add(action);
            }
        }

        return new ImportResult<InspectionActionRegister>(new InspectionActionRegister(list), [.. findings, .. rows.Findings], source);
    }
}
