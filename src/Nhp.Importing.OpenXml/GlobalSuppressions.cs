using System.Diagnostics.CodeAnalysis;

// The Word and Excel importers have the path and stream overloads of every importer (a document has no reader
// overload), each with the same optional parameters (a source name, import options).
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same overloads: path and stream.", Scope = "type", Target = "~T:Nhp.Importing.OpenXml.PlanDocx")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same overloads: path and stream.", Scope = "type", Target = "~T:Nhp.Importing.OpenXml.PlanXlsx")]
