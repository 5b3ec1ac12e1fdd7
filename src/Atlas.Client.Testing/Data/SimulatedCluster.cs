using System;
using System.Collections.Generic;

namespace Atlas.Client.Testing;

/// <summary>
/// A cluster's snapshots and restore jobs, in the order they were added (the order the list endpoints page through).
/// Added items get an id (when they have none) and a <c>self</c> link (when they have no links), as Atlas's do.
/// </summary>
/// <typeparam name="TSnapshot">The snapshot model of the cluster's endpoint family.</typeparam>
/// <typeparam name="TRestoreJob">The restore-job model of the cluster's endpoint family.</typeparam>
public abstract class SimulatedCluster<TSnapshot, TRestoreJob>
    where TSnapshot : class
    where TRestoreJob : class
{
    private readonly object _gate = new();
    private readonly List<TSnapshot> _snapshots = new();
    private readonly List<TRestoreJob> _restoreJobs = new();

    private protected SimulatedCluster(string groupId, string name, SimulatorLinks links, SimulatorClock clock)
    {
        GroupId = groupId;
        Name = name;
        Links = links;
        Clock = clock;
    }

    /// <summary>The id of the group the cluster belongs to.</summary>
    public string GroupId { get; }

    /// <summary>The cluster's name.</summary>
    public string Name { get; }

    /// <summary>A copy of the snapshots, oldest first.</summary>
    public IReadOnlyList<TSnapshot> Snapshots
    {
        get
        {
            lock (_gate)
            {
                return _snapshots.ToArray();
            }
        }
    }

    /// <summary>A copy of the restore jobs, oldest first.</summary>
    public IReadOnlyList<TRestoreJob> RestoreJobs
    {
        get
        {
            lock (_gate)
            {
                return _restoreJobs.ToArray();
            }
        }
    }

    private protected SimulatorLinks Links { get; }

    private protected SimulatorClock Clock { get; }

    /// <summary>
    /// Adds a snapshot and returns it as the API will serve it. <see langword="null"/> adds a completed snapshot taken
    /// an hour before the simulator's clock.
    /// </summary>
    /// <exception cref="ArgumentException">The snapshot's id is not 24 lowercase hexadecimal digits, or is taken.</exception>
    public TSnapshot AddSnapshot(TSnapshot? snapshot = null)
    {
        var normalized = NormalizeSnapshot(snapshot, SnapshotIdOf(snapshot) ?? ObjectIds.New());
        lock (_gate)
        {
            RequireUnique(_snapshots, SnapshotIdOf, SnapshotIdOf(normalized)!, "snapshot");
            _snapshots.Add(normalized);
        }

        return normalized;
    }

    /// <summary>Adds a restore job and returns it as the API will serve it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="restoreJob"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The job's id is not 24 lowercase hexadecimal digits, or is taken.</exception>
    public TRestoreJob AddRestoreJob(TRestoreJob restoreJob)
    {
        if (restoreJob is null)
        {
            throw new ArgumentNullException(nameof(restoreJob));
        }

        var normalized = NormalizeRestoreJob(restoreJob, RestoreJobIdOf(restoreJob) ?? ObjectIds.New());
        lock (_gate)
        {
            RequireUnique(_restoreJobs, RestoreJobIdOf, RestoreJobIdOf(normalized)!, "restore job");
            _restoreJobs.Add(normalized);
        }

        return normalized;
    }

    /// <summary>Removes every snapshot and restore job.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _snapshots.Clear();
            _restoreJobs.Clear();
        }
    }

    internal TSnapshot? FindSnapshot(string id) => Find(_snapshots, SnapshotIdOf, id);

    internal TRestoreJob? FindRestoreJob(string id) => Find(_restoreJobs, RestoreJobIdOf, id);

    private protected abstract string? SnapshotIdOf(TSnapshot? snapshot);

    private protected abstract string? RestoreJobIdOf(TRestoreJob restoreJob);

    private protected abstract TSnapshot NormalizeSnapshot(TSnapshot? snapshot, string id);

    private protected abstract TRestoreJob NormalizeRestoreJob(TRestoreJob restoreJob, string id);

    private T? Find<T>(List<T> items, Func<T, string?> idOf, string id)
        where T : class
    {
        lock (_gate)
        {
            return items.Find(item => string.Equals(idOf(item), id, StringComparison.Ordinal));
        }
    }

    private static void RequireUnique<T>(List<T> items, Func<T, string?> idOf, string id, string what)
    {
        ObjectIds.Require(id, "id");
        if (items.Exists(item => string.Equals(idOf(item), id, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"A {what} with id {id} already exists.", "id");
        }
    }
}
