using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// The date that decides whether a sunset date is past: the MSBuild property <c>AtlasApiReferenceDate</c> (made visible
/// to analyzers by the package's build/Atlas.Client.props) or, without it, the build's UTC date.
/// </summary>
internal readonly struct SpecReferenceDate
{
    public const string PropertyKey = "build_property.AtlasApiReferenceDate";

    private SpecReferenceDate(string date, string? invalidValue)
    {
        Date = date;
        InvalidValue = invalidValue;
    }

    /// <summary>The reference date, <c>yyyy-MM-dd</c>: compares ordinally with the catalog's sunset dates.</summary>
    public string Date { get; }

    /// <summary>The property's value when it was set but is not a date (reported as ATLAS0107), otherwise null.</summary>
    public string? InvalidValue { get; }

    public static SpecReferenceDate Read(AnalyzerConfigOptions globalOptions, DateTime utcNow)
    {
        var today = utcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!globalOptions.TryGetValue(PropertyKey, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return new SpecReferenceDate(today, null);
        }

        value = value.Trim();
        return DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? new SpecReferenceDate(value, null)
            : new SpecReferenceDate(today, value);
    }
}
