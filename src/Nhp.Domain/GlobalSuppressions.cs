using System.Diagnostics.CodeAnalysis;

// Every importer has the same three public overloads, for a path, a stream and a reader, each with the same optional
// parameters (a source name, import options); the path and stream overloads open a reader through ImportInput.
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Delivery.PlanCsv")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Delivery.PlanText")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Delivery.PlanJson")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Delivery.StrategyObjectives")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Engagement.EngagementJson")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Integrity.CdiReviewCsv")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.PoliceUk.PoliceUkCrimeReader")]
[assembly: SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Every importer has the same three overloads: path, stream and reader.", Scope = "type", Target = "~T:Nhp.Metrics.PerformanceSetJson")]
