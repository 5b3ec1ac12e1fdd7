using System;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Catalog;

/// <summary>One resource version of an operation and its sunset date (<c>yyyy-MM-dd</c>), if it has one.</summary>
internal sealed class SpecVersion
{
    public SpecVersion(string version, string? sunset)
    {
        Version = version;
        Sunset = sunset;
    }

    public string Version { get; }

    public string? Sunset { get; }
}

/// <summary>One operation of the Atlas Admin API v2 catalog, decoded once per process from <see cref="SpecCatalogData"/>.</summary>
internal sealed class SpecOperation
{
    public const string ApiRoot = "/api/atlas/v2";

    public SpecOperation(string method, string path, string operationId, string? @override, bool deprecated, SpecVersion[] versions, string? removedBy)
    {
        Method = method;
        Path = path;
        OperationId = operationId;
        Override = @override;
        Deprecated = deprecated;
        Versions = versions;
        RemovedBy = removedBy;
        Segments = path.Length > ApiRoot.Length ? path.Substring(ApiRoot.Length + 1).Split('/') : new string[0];
    }

    public string Method { get; }

    /// <summary>The path as the spec writes it, starting with <c>/api/atlas/v2</c>.</summary>
    public string Path { get; }

    public string OperationId { get; }

    public string? Override { get; }

    public bool Deprecated { get; }

    public SpecVersion[] Versions { get; }

    /// <summary>The spec snapshot from which the operation is gone, or null while it exists.</summary>
    public string? RemovedBy { get; }

    /// <summary>The path's segments below <c>/api/atlas/v2/</c>; a placeholder keeps its braces.</summary>
    public string[] Segments { get; }

    /// <summary>The tenant → Flex rule of this operation, when it is one of the sunset operations with a replacement.</summary>
    public SunsetOperation? Sunset { get; internal set; }

    /// <summary>The replacement operation named by <see cref="Sunset"/>.</summary>
    public SpecOperation? Replacement { get; internal set; }

    /// <summary>
    /// MongoDB's documentation page of the operation, when the catalog knows it: only the tenant and Flex backup
    /// operations, from the sunset rules (the OpenAPI subsets' <c>x-xgen-docs-url</c>).
    /// </summary>
    public string? DocsUrl { get; internal set; }

    public string Display => Method + " " + Path;

    public SpecVersion? Find(string version)
    {
        foreach (var candidate in Versions)
        {
            if (candidate.Version == version)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The version to move to: the newest one with no sunset date; failing that, the newest whose sunset is after
    /// <paramref name="referenceDate"/>. <c>preview</c> is never recommended. Null when every version is past its sunset.
    /// </summary>
    public string? RecommendedVersion(string referenceDate)
    {
        string? undated = null;
        string? notYetSunset = null;
        foreach (var candidate in Versions)
        {
            if (candidate.Version == ResourceVersion.Preview)
            {
                continue;
            }

            if (candidate.Sunset is null)
            {
                undated = Newest(undated, candidate.Version);
            }
            else if (string.CompareOrdinal(candidate.Sunset, referenceDate) > 0)
            {
                notYetSunset = Newest(notYetSunset, candidate.Version);
            }
        }

        return undated ?? notYetSunset;
    }

    public string VersionList()
    {
        var names = new string[Versions.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Versions[i].Version;
        }

        return string.Join(", ", names);
    }

    private static string Newest(string? a, string b) => a is null || string.CompareOrdinal(b, a) > 0 ? b : a;
}
