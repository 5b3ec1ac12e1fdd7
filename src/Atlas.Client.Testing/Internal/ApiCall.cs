using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Http;

namespace Atlas.Client.Testing;

/// <summary>The paging query of a list operation (<c>pageNum</c> from 1, <c>itemsPerPage</c> 1–500, <c>includeCount</c>).</summary>
internal readonly record struct Paging(int PageNum, int ItemsPerPage, bool IncludeCount)
{
    public static Paging Default { get; } = new(1, 100, true);
}

/// <summary>An authenticated, routed, version-checked call to one backup operation.</summary>
internal sealed class ApiCall
{
    public ApiCall(HttpContext context, ApiOperation operation, IReadOnlyDictionary<string, string> values, bool envelope, bool pretty, Paging paging, DateTimeOffset now)
    {
        Context = context;
        Operation = operation;
        Values = values;
        Envelope = envelope;
        Pretty = pretty;
        Paging = paging;
        Now = now;
    }

    public HttpContext Context { get; }

    public ApiOperation Operation { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    public bool Envelope { get; }

    public bool Pretty { get; }

    public Paging Paging { get; }

    public DateTimeOffset Now { get; }

    public string Path => Context.Request.Path.Value ?? string.Empty;

    public string GroupId => Values["groupId"];

    /// <summary>The cluster: <c>clusterName</c> on the tenant paths, <c>name</c> on the Flex ones.</summary>
    public string ClusterName => Values.TryGetValue("clusterName", out var name) ? name : Values["name"];

    /// <summary>The snapshot or restore job the path names, if it names one.</summary>
    public string? ItemId => Values.TryGetValue("snapshotId", out var id) || Values.TryGetValue("restoreId", out id) || Values.TryGetValue("restoreJobId", out id) ? id : null;

    public SimulatorAnswer Error(ApiError error) => SimulatorAnswer.Error(error, Pretty);

    public SimulatorAnswer Entity<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        => SimulatorAnswer.Entity(value, typeInfo, Operation.Version, Pretty, Envelope);
}

/// <summary>Reads the flags every operation takes (<c>envelope</c>, <c>pretty</c>) and the paging of list operations.</summary>
internal static class QueryFlags
{
    public static ApiError? TryRead(IQueryCollection query, bool isList, out bool envelope, out bool pretty, out Paging paging)
    {
        envelope = pretty = false;
        paging = Paging.Default;
        if (!Bool(query, "envelope", false, out envelope))
        {
            return ApiErrors.InvalidQueryParameter("envelope");
        }

        if (!Bool(query, "pretty", false, out pretty))
        {
            return ApiErrors.InvalidQueryParameter("pretty");
        }

        if (!isList)
        {
            return null;
        }

        if (!Int(query, "pageNum", Paging.Default.PageNum, 1, int.MaxValue, out var pageNum))
        {
            return ApiErrors.InvalidQueryParameter("pageNum");
        }

        if (!Int(query, "itemsPerPage", Paging.Default.ItemsPerPage, 1, 500, out var itemsPerPage))
        {
            return ApiErrors.InvalidQueryParameter("itemsPerPage");
        }

        if (!Bool(query, "includeCount", Paging.Default.IncludeCount, out var includeCount))
        {
            return ApiErrors.InvalidQueryParameter("includeCount");
        }

        paging = new Paging(pageNum, itemsPerPage, includeCount);
        return null;
    }

    private static bool Bool(IQueryCollection query, string name, bool fallback, out bool value)
    {
        value = fallback;
        if (!query.TryGetValue(name, out var raw))
        {
            return true;
        }

        return bool.TryParse(raw[0], out value);
    }

    private static bool Int(IQueryCollection query, string name, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (!query.TryGetValue(name, out var raw))
        {
            return true;
        }

        return int.TryParse(raw[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value >= min && value <= max;
    }
}
