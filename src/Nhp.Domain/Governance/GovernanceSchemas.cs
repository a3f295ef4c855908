namespace Nhp.Governance;

// The JSON schemas of the governance file formats, as published in docs/; a test keeps the two the same.
internal static class GovernanceSchemas
{
    public const string InspectionActions =
        """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Nhp register of inspection actions",
          "description": "A register of inspection actions (recommendations and areas for improvement).",
          "type": "object",
          "properties": {
            "format": { "type": "string", "const": "nhp-inspection-actions", "description": "What the file is; readers refuse other formats." },
            "version": { "type": "integer", "const": 1, "description": "The version of the format; readers refuse versions newer than they know." },
            "actions": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "id": { "type": "string", "minLength": 1, "description": "The tracker's reference, unique in the register." },
                  "kind": { "type": "string", "description": "recommendation (default) or area for improvement (AFI); case and spacing ignored." },
                  "inspection": { "type": "string", "minLength": 1, "description": "The inspection that set the action." },
                  "scope": { "type": "string", "description": "force-specific (force, local) or national (default)." },
                  "directorate": { "type": ["string", "null"] },
                  "owner": { "type": ["string", "null"] },
                  "raised": { "type": "string", "description": "The date the action was set: 2023-05-31 or 31/05/2023." },
                  "closed": { "type": ["string", "null"], "description": "The date the action was closed, or null while open." },
                  "status": { "type": ["string", "null"], "description": "The status as the tracker words it." },
                  "text": { "type": ["string", "null"], "description": "The action's wording." }
                },
                "required": ["id", "inspection", "raised"],
                "additionalProperties": false
              }
            }
          },
          "required": ["format", "version", "actions"],
          "additionalProperties": false
        }

        """;
}
