using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace Atlas.Client.Testing;

/// <summary>
/// The groups (projects), clusters, snapshots and restore jobs the simulator serves. Everything added here is visible
/// to the next request; restore jobs created through the API land here too.
/// </summary>
public sealed class SimulatorData
{
    private readonly ConcurrentDictionary<string, SimulatedGroup> _groups = new(StringComparer.Ordinal);
    private readonly SimulatorLinks _links;
    private readonly SimulatorClock _clock;

    internal SimulatorData(SimulatorLinks links, SimulatorClock clock)
    {
        _links = links;
        _clock = clock;
    }

    /// <summary>Every group, in no particular order.</summary>
    public IReadOnlyCollection<SimulatedGroup> Groups => _groups.Values.ToArray();

    /// <summary>Adds a group.</summary>
    /// <param name="id">Its 24-hexadecimal digit id; a new random one when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not 24 lowercase hexadecimal digits, or the group exists.</exception>
    public SimulatedGroup AddGroup(string? id = null)
    {
        id ??= ObjectIds.New();
        ObjectIds.Require(id, nameof(id));
        var group = new SimulatedGroup(id, _links, _clock);
        if (!_groups.TryAdd(id, group))
        {
            throw new ArgumentException($"A group with id {id} already exists.", nameof(id));
        }

        return group;
    }

    /// <summary>Finds a group by id.</summary>
    public bool TryGetGroup(string id, out SimulatedGroup group) => _groups.TryGetValue(id, out group!);

    /// <summary>Removes a group and all it holds; <see langword="false"/> if there was none.</summary>
    public bool RemoveGroup(string id) => _groups.TryRemove(id, out _);
}

/// <summary>A group (project) with its tenant (M2/M5) and Flex clusters.</summary>
public sealed class SimulatedGroup
{
    private readonly ConcurrentDictionary<string, SimulatedTenantCluster> _tenantClusters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimulatedFlexCluster> _flexClusters = new(StringComparer.Ordinal);
    private readonly SimulatorLinks _links;
    private readonly SimulatorClock _clock;

    internal SimulatedGroup(string id, SimulatorLinks links, SimulatorClock clock)
    {
        Id = id;
        _links = links;
        _clock = clock;
    }

    /// <summary>The group's 24-hexadecimal digit id.</summary>
    public string Id { get; }

    /// <summary>The M2/M5 clusters, served by the tenant endpoints.</summary>
    public IReadOnlyCollection<SimulatedTenantCluster> TenantClusters => _tenantClusters.Values.ToArray();

    /// <summary>The Flex clusters, served by the Flex endpoints.</summary>
    public IReadOnlyCollection<SimulatedFlexCluster> FlexClusters => _flexClusters.Values.ToArray();

    /// <summary>Adds an M2/M5 cluster.</summary>
    /// <exception cref="ArgumentException">The name does not match <c>^[a-zA-Z0-9][a-zA-Z0-9-]*$</c> or is taken.</exception>
    public SimulatedTenantCluster AddTenantCluster(string name)
        => Add(_tenantClusters, name, n => new SimulatedTenantCluster(Id, n, _links, _clock));

    /// <summary>Adds a Flex cluster.</summary>
    /// <exception cref="ArgumentException">The name does not match <c>^[a-zA-Z0-9][a-zA-Z0-9-]*$</c> or is taken.</exception>
    public SimulatedFlexCluster AddFlexCluster(string name)
        => Add(_flexClusters, name, n => new SimulatedFlexCluster(Id, n, _links, _clock));

    /// <summary>Finds an M2/M5 cluster by name.</summary>
    public bool TryGetTenantCluster(string name, out SimulatedTenantCluster cluster) => _tenantClusters.TryGetValue(name, out cluster!);

    /// <summary>Finds a Flex cluster by name.</summary>
    public bool TryGetFlexCluster(string name, out SimulatedFlexCluster cluster) => _flexClusters.TryGetValue(name, out cluster!);

    private static T Add<T>(ConcurrentDictionary<string, T> clusters, string name, Func<string, T> create)
    {
        if (name is null || !ClusterNames.IsValid(name))
        {
            throw new ArgumentException("A cluster name matches ^[a-zA-Z0-9][a-zA-Z0-9-]*$.", nameof(name));
        }

        var cluster = create(name);
        return clusters.TryAdd(name, cluster) ? cluster : throw new ArgumentException($"A cluster named {name} already exists.", nameof(name));
    }
}
