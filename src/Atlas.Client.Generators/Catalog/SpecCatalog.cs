using System;
using System.Collections.Generic;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Catalog;

/// <summary>
/// The Admin API catalog, decoded from <see cref="SpecCatalogData"/> the first time an analyzer needs it and then kept
/// for the life of the process: compilations share it, none parses it again. The tenant → Flex rules
/// (<see cref="SunsetCatalog"/>) are attached to their catalog entries here, so one index answers both "which operation
/// is this route" and "is it sunset, and what replaces it".
/// </summary>
internal static class SpecCatalog
{
    private static readonly Lazy<SpecRouteIndex> LazyIndex = new(Build);

    public static SpecRouteIndex Index => LazyIndex.Value;

    private static SpecRouteIndex Build()
    {
        var operations = Decode(SpecCatalogData.Operations);
        var byKey = new Dictionary<string, SpecOperation>(StringComparer.Ordinal);
        foreach (var op in operations)
        {
            byKey[op.Display] = op;
        }

        foreach (var sunset in SunsetCatalog.Operations)
        {
            // The generator of both tables checks that every rule names catalog operations; a mismatch here is a bug.
            var op = byKey[sunset.Method + " " + sunset.Path];
            op.Sunset = sunset;
            op.DocsUrl = sunset.DocsUrl;
            op.Replacement = sunset.ReplacementPath is null ? null : byKey[sunset.ReplacementMethod + " " + sunset.ReplacementPath];
            if (op.Replacement is not null)
            {
                op.Replacement.DocsUrl = sunset.ReplacementDocsUrl;
            }
        }

        return new SpecRouteIndex(operations);
    }

    internal static SpecOperation[] Decode(string data)
    {
        var lines = data.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        var operations = new SpecOperation[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            var versionFields = fields[5].Split(',');
            var versions = new SpecVersion[versionFields.Length];
            for (var v = 0; v < versionFields.Length; v++)
            {
                var equals = versionFields[v].IndexOf('=');
                versions[v] = equals < 0
                    ? new SpecVersion(versionFields[v], null)
                    : new SpecVersion(versionFields[v].Substring(0, equals), versionFields[v].Substring(equals + 1));
            }

            operations[i] = new SpecOperation(
                fields[0], fields[1], fields[2], NullIfEmpty(fields[3]), fields[4] == "D", versions, NullIfEmpty(fields[6]));
        }

        return operations;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
