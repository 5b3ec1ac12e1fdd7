using System;
using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Finds a method's operation in the sunset catalog by HTTP method, route and version, whatever the method's
/// placeholders are called, so the emitted descriptor can name the replacement when Atlas answers 410 VERSION_GONE.
/// </summary>
internal static class SunsetMatcher
{
    public static string? Find(string httpMethod, string template, string version)
    {
        var normalized = RouteTemplateParser.Normalize(template);
        foreach (var operation in SunsetCatalog.Operations)
        {
            if (string.Equals(operation.Method, httpMethod, StringComparison.OrdinalIgnoreCase)
                && string.Equals(operation.Version, version, StringComparison.Ordinal)
                && string.Equals(RouteTemplateParser.Normalize(operation.Path), normalized, StringComparison.Ordinal))
            {
                return operation.OperationId;
            }
        }

        return null;
    }
}
