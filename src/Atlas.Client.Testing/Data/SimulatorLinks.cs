using System;
using System.Collections.Generic;

namespace Atlas.Client.Testing;

/// <summary>The paths of the simulator's resources and the <c>links</c> that point at them.</summary>
internal sealed class SimulatorLinks
{
    private readonly string _origin;

    public SimulatorLinks(Uri baseAddress) => _origin = baseAddress.GetLeftPart(UriPartial.Authority);

    public IReadOnlyList<Link> Self(string path) => new[] { Create(path, "self") };

    public Link Create(string pathAndQuery, string rel) => new() { Href = _origin + pathAndQuery, Rel = rel };

    public string FlexSnapshot(string groupId, string name, string id) => FlexBackup(groupId, name) + "/snapshots/" + id;

    public string FlexRestoreJob(string groupId, string name, string id) => FlexBackup(groupId, name) + "/restoreJobs/" + id;

    public string TenantSnapshot(string groupId, string name, string id) => TenantBackup(groupId, name) + "/snapshots/" + id;

    public string TenantRestoreJob(string groupId, string name, string id) => TenantBackup(groupId, name) + "/restores/" + id;

    public string SnapshotDownloadUrl(string jobId) => _origin + "/simulator/downloads/" + jobId + ".tar.gz";

    private static string FlexBackup(string groupId, string name) => "/api/atlas/v2/groups/" + groupId + "/flexClusters/" + name + "/backup";

    private static string TenantBackup(string groupId, string name) => "/api/atlas/v2/groups/" + groupId + "/clusters/" + name + "/backup/tenant";
}
