using System;
using System.Collections.Generic;
using Atlas.Client.Shared;

namespace Atlas.Client.Testing;

/// <summary>What an operation does, the same for its tenant and its Flex form.</summary>
internal enum OperationKind
{
    GetSnapshot,
    ListSnapshots,
    Download,
    CreateRestoreJob,
    ListRestoreJobs,
    GetRestoreJob,
}

/// <summary>One of the twelve backup operations the simulator serves.</summary>
internal sealed class ApiOperation
{
    public ApiOperation(string operationId, string method, string template, string version, bool isTenant, OperationKind kind)
    {
        OperationId = operationId;
        Method = method;
        Template = template;
        Segments = template.Split('/');
        Version = version;
        IsTenant = isTenant;
        Kind = kind;
    }

    public string OperationId { get; }

    public string Method { get; }

    public string Template { get; }

    public string[] Segments { get; }

    /// <summary>The only resource version the operation has (<c>2023-01-01</c> tenant, <c>2024-11-13</c> Flex).</summary>
    public string Version { get; }

    /// <summary>A tenant (M2/M5) operation: deprecated, then gone after the sunset date.</summary>
    public bool IsTenant { get; }

    public OperationKind Kind { get; }

    public bool IsList => Kind is OperationKind.ListSnapshots or OperationKind.ListRestoreJobs;
}

/// <summary>
/// The route table, built from the sunset catalog (each tenant operation and its Flex replacement), so that the
/// simulator serves exactly the paths the analyzers and code fixes know.
/// </summary>
internal static class ApiRoutes
{
    // The catalog lists the tenant operations in this order; the kind is the same for the Flex replacement.
    private static readonly Dictionary<string, OperationKind> KindByTenantOperation = new(StringComparer.Ordinal)
    {
        ["getSharedClusterBackup"] = OperationKind.GetSnapshot,
        ["listSharedClusterBackups"] = OperationKind.ListSnapshots,
        ["downloadSharedClusterBackup"] = OperationKind.Download,
        ["createSharedClusterBackupRestoreJob"] = OperationKind.CreateRestoreJob,
        ["listSharedClusterBackupRestoreJobs"] = OperationKind.ListRestoreJobs,
        ["getSharedClusterBackupRestoreJob"] = OperationKind.GetRestoreJob,
    };

    public static IReadOnlyList<ApiOperation> All { get; } = Build();

    /// <summary>
    /// Finds the operation whose template matches <paramref name="path"/> (segment by segment, <c>{name}</c> matching any
    /// one non-empty segment) and method. <paramref name="values"/> receives the placeholders' values.
    /// </summary>
    public static ApiOperation? Match(string method, string path, out Dictionary<string, string> values)
    {
        var segments = path.Split('/');
        foreach (var operation in All)
        {
            if (!string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase) || operation.Segments.Length != segments.Length)
            {
                continue;
            }

            values = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < segments.Length && matched; i++)
            {
                var template = operation.Segments[i];
                if (template.Length > 2 && template[0] == '{' && template[template.Length - 1] == '}')
                {
                    matched = segments[i].Length > 0;
                    values[template.Substring(1, template.Length - 2)] = segments[i];
                }
                else
                {
                    matched = string.Equals(template, segments[i], StringComparison.Ordinal);
                }
            }

            if (matched)
            {
                return operation;
            }
        }

        values = new Dictionary<string, string>();
        return null;
    }

    private static List<ApiOperation> Build()
    {
        var operations = new List<ApiOperation>();
        foreach (var sunset in SunsetCatalog.Operations)
        {
            if (!KindByTenantOperation.TryGetValue(sunset.OperationId, out var kind))
            {
                continue; // a future catalog entry outside the backup surface: not simulated
            }

            operations.Add(new ApiOperation(sunset.OperationId, sunset.Method, sunset.Path, sunset.Version, isTenant: true, kind));
            operations.Add(new ApiOperation(
                sunset.ReplacementOperationId!, sunset.ReplacementMethod!, sunset.ReplacementPath!, sunset.ReplacementVersion!, isTenant: false, kind));
        }

        return operations;
    }
}
