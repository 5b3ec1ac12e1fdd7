using System;

namespace Atlas.Client.Testing;

/// <summary>The times of a snapshot added without details: taken an hour ago, kept a week.</summary>
internal readonly struct SnapshotTimes
{
    public const string MongoDBVersion = "8.0.4";

    private SnapshotTimes(DateTimeOffset scheduled, DateTimeOffset start, DateTimeOffset finish, DateTimeOffset expiration)
    {
        Scheduled = scheduled;
        Start = start;
        Finish = finish;
        Expiration = expiration;
    }

    public DateTimeOffset Scheduled { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset Finish { get; }

    public DateTimeOffset Expiration { get; }

    public static SnapshotTimes Default(DateTimeOffset now)
    {
        // Whole seconds, as Atlas reports them.
        var hourAgo = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddHours(-1);
        return new SnapshotTimes(hourAgo, hourAgo, hourAgo.AddMinutes(2), hourAgo.AddDays(7));
    }
}
