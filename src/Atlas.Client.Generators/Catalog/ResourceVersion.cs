using System;
using System.Globalization;

namespace Atlas.Client.Generators.Catalog;

/// <summary>
/// The values an Atlas resource version can take, as the versioned media type <c>application/vnd.atlas.{version}+json</c>
/// carries them: a real calendar date in <c>yyyy-MM-dd</c> form, or <c>preview</c> for an operation (or a version of one)
/// that Atlas publishes before it is stable. One rule for the generator, the validation analyzer and the spec checks.
/// </summary>
internal static class ResourceVersion
{
    /// <summary>The preview version: <c>Accept: application/vnd.atlas.preview+json</c>.</summary>
    public const string Preview = "preview";

    /// <summary>True for a <c>yyyy-MM-dd</c> date that exists, or exactly <c>preview</c>.</summary>
    public static bool IsValid(string version) => version == Preview || IsDate(version);

    /// <summary>True for a real calendar date written <c>yyyy-MM-dd</c> (four-digit year, two-digit month and day).</summary>
    public static bool IsDate(string version)
        => version.Length == 10
           && DateTime.TryParseExact(version, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
