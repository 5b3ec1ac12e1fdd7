using Atlas.Client.Shared;

namespace Atlas.Client.Generators.Catalog;

/// <summary>
/// What the generator asks the catalog: the sunset operation that exactly this request (HTTP method, route, resource
/// version) is, by the rule every analyzer and code fix uses (<see cref="SunsetRouteMatch.TryMatch"/>), so the
/// generated descriptor names a replacement exactly when the analyzers flag the route as that operation.
/// </summary>
internal static class CatalogRule
{
    public static SunsetOperation? SunsetOf(string httpMethod, string route, string version)
        => SunsetRouteMatch.TryMatch(route, httpMethod, version) is { MethodMatches: true } match ? match.Operation : null;
}
