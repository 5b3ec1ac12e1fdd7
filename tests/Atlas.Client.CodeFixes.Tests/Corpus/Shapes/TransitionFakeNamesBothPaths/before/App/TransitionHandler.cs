using System.Net;

namespace Shop.Testing;

// A fake written for the migration: it answers the tenant path as today's Atlas does (410) and the Flex path with
// data. Rewriting its tenant strings would make two keys, branches and set entries one, so they stay for a person.
public sealed class TransitionHandler : HttpMessageHandler
{
    public static readonly Dictionary<string, string> Owners = new()
    {
        { "/api/atlas/v2/groups/g1/clusters/c1/backup/tenant/snapshots", "legacy team" },
        { "/api/atlas/v2/groups/g1/flexClusters/c1/backup/snapshots", "platform team" },
    };

    public static readonly HashSet<string> KnownPaths =
    [
        "/api/atlas/v2/groups/g1/clusters/c1/backup/tenant/snapshots",
        "/api/atlas/v2/groups/g1/flexClusters/c1/backup/snapshots",
    ];

    public static HttpStatusCode StatusFor(string path, string groupId)
    {
        if (path == $"/api/atlas/v2/groups/{groupId}/clusters/c1/backup/tenant/snapshots") return HttpStatusCode.Gone;
        if (path == $"/api/atlas/v2/groups/{groupId}/flexClusters/c1/backup/snapshots") return HttpStatusCode.OK;
        return HttpStatusCode.NotFound;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => Task.FromResult(new HttpResponseMessage(StatusFor(request.RequestUri!.AbsolutePath, "g1")));
}
