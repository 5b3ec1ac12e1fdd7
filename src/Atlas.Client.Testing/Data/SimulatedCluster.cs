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
    private readonly Dictionary<string, RestoreSchedule> _schedules = new(StringComparer.Ordinal);

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

    /// <summary>
    /// A copy of the restore jobs, oldest first, as the API serves them now: a restore created through the API shows the
    /// phase the simulator's clock has reached.
    /// </summary>
    public IReadOnlyList<TRestoreJob> RestoreJobs
    {
        get
        {
            var now = Clock.GetUtcNow();
            lock (_gate)
            {
                var jobs = new TRestoreJob[_restoreJobs.Count];
                for (var i = 0; i < jobs.Length; i++)
                {
                    jobs[i] = AsOf(_restoreJobs[i], now);
                }

                return jobs;
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

    /// <summary>
    /// Makes a restore job <c>FAILED</c> from the simulator's current time on, as Atlas reports a restore that could not
    /// finish: a job still queued or running fails; one already completed stays completed.
    /// </summary>
    /// <returns>The job as the API serves it now.</returns>
    /// <exception cref="ArgumentException">No restore job of this cluster has the id.</exception>
    public TRestoreJob FailRestoreJob(string id)
    {
        var now = Clock.GetUtcNow();
        lock (_gate)
        {
            var index = _restoreJobs.FindIndex(job => string.Equals(RestoreJobIdOf(job), id, StringComparison.Ordinal));
            if (index < 0)
            {
                throw new ArgumentException($"Cluster {Name} has no restore job with id {id}.", nameof(id));
            }

            if (_schedules.TryGetValue(id, out var schedule))
            {
                schedule.FailedAt ??= now;
            }
            else if (StatusOf(_restoreJobs[index]) != RestoreJobStatus.Completed)
            {
                _restoreJobs[index] = WithPhase(_restoreJobs[index], RestoreJobStatus.Failed, null);
            }

            return AsOf(_restoreJobs[index], now);
        }
    }

    /// <summary>Removes every snapshot and restore job.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _snapshots.Clear();
            _restoreJobs.Clear();
            _schedules.Clear();
        }
    }

    /// <summary>Adds a restore job created through the API: it starts queued and moves along <paramref name="schedule"/>.</summary>
    internal TRestoreJob AddScheduledRestoreJob(TRestoreJob restoreJob, RestoreSchedule schedule)
    {
        var added = AddRestoreJob(restoreJob);
        lock (_gate)
        {
            _schedules[RestoreJobIdOf(added)!] = schedule;
            return AsOf(added, schedule.QueuedAt);
        }
    }

    internal TSnapshot? FindSnapshot(string id) => Find(_snapshots, SnapshotIdOf, id);

    internal TRestoreJob? FindRestoreJob(string id)
    {
        var now = Clock.GetUtcNow();
        lock (_gate)
        {
            var job = _restoreJobs.Find(item => string.Equals(RestoreJobIdOf(item), id, StringComparison.Ordinal));
            return job is null ? null : AsOf(job, now);
        }
    }

    private protected abstract string? SnapshotIdOf(TSnapshot? snapshot);

    private protected abstract string? RestoreJobIdOf(TRestoreJob restoreJob);

    private protected abstract TSnapshot NormalizeSnapshot(TSnapshot? snapshot, string id);

    private protected abstract TRestoreJob NormalizeRestoreJob(TRestoreJob restoreJob, string id);

    private protected abstract RestoreJobStatus? StatusOf(TRestoreJob restoreJob);

    /// <summary>A copy of the job in another phase of the restore workflow.</summary>
    private protected abstract TRestoreJob WithPhase(TRestoreJob restoreJob, RestoreJobStatus status, DateTimeOffset? finishedAt);

    /// <summary>The job as served at <paramref name="now"/>; the caller holds the lock.</summary>
    private TRestoreJob AsOf(TRestoreJob job, DateTimeOffset now)
    {
        if (!_schedules.TryGetValue(RestoreJobIdOf(job)!, out var schedule))
        {
            return job;
        }

        var (status, finishedAt) = schedule.PhaseAt(now);
        return WithPhase(job, status, finishedAt);
    }

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
