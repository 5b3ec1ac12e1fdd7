using System;

namespace Atlas.Client.Testing;

/// <summary>
/// How a restore job created through the API moves along Atlas's restore workflow as the simulator's clock runs:
/// <c>QUEUED</c> from its creation, <c>RUNNING</c> after the queue time, <c>COMPLETED</c> (with
/// <c>restoreFinishedDate</c>) after the run time, unless <see cref="SimulatedCluster{TSnapshot, TRestoreJob}.FailRestoreJob"/>
/// stopped it with <c>FAILED</c> first.
/// </summary>
internal sealed class RestoreSchedule
{
    public RestoreSchedule(DateTimeOffset queuedAt, TimeSpan queueTime, TimeSpan runTime)
    {
        QueuedAt = queuedAt;
        StartsAt = queuedAt + queueTime;
        FinishesAt = StartsAt + runTime;
    }

    public DateTimeOffset QueuedAt { get; }

    public DateTimeOffset StartsAt { get; }

    public DateTimeOffset FinishesAt { get; }

    /// <summary>When the job was failed, if it was (a failure before <see cref="FinishesAt"/> is what ends it).</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>The job's phase at <paramref name="now"/>, and its finish date once it has one.</summary>
    public (RestoreJobStatus Status, DateTimeOffset? FinishedAt) PhaseAt(DateTimeOffset now)
    {
        if (FailedAt is { } failed && failed < FinishesAt && now >= failed)
        {
            return (RestoreJobStatus.Failed, null);
        }

        if (now >= FinishesAt)
        {
            return (RestoreJobStatus.Completed, FinishesAt);
        }

        return (now >= StartsAt ? RestoreJobStatus.Running : RestoreJobStatus.Queued, null);
    }
}
