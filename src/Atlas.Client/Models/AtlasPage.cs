using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Atlas.Client;

/// <summary>
/// One page of a list answer: the shape every paginated view of the API shares (<c>PaginatedTenantSnapshotView</c>,
/// <c>PaginatedTenantRestoreView</c>, <c>PaginatedApiAtlasFlexBackupSnapshot20241113View</c>,
/// <c>PaginatedApiAtlasFlexBackupRestoreJob20241113View</c>): <c>{links, results, totalCount}</c>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class AtlasPage<T>
{
    private readonly IReadOnlyList<T> _results = Array.Empty<T>();

    /// <summary>The items on this page; empty (never <see langword="null"/>) when Atlas sent none.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<T> Results
    {
        get => _results;
        // A JSON null is read as "no items": a page without results is an empty page, not a missing page.
        init => _results = value ?? Array.Empty<T>();
    }

    /// <summary>
    /// The total number of items across all pages (an estimate, per the spec). <see langword="null"/> when the request
    /// said <c>includeCount=false</c>: Atlas then omits it.
    /// </summary>
    [JsonPropertyName("totalCount")]
    public int? TotalCount { get; init; }

    /// <summary>Links to related resources, e.g. <c>self</c>, <c>next</c> and <c>previous</c> pages.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<Link>? Links { get; init; }
}
