using System.Runtime.InteropServices;

namespace Atlas.Client.Benchmarks.Harness;

/// <summary>
/// CPU time, which the other work on a shared machine barely disturbs (unlike wall time): of the calling thread
/// (clock_gettime(CLOCK_THREAD_CPUTIME_ID), nanoseconds) and of all waited-for child processes (getrusage(RUSAGE_CHILDREN)).
/// Linux only; elsewhere both return null and the harnesses report wall time alone.
/// </summary>
internal static class CpuTime
{
    private const int ClockThreadCpuTimeId = 3;
    private const int RusageChildren = -1;

    public static bool IsAvailable => OperatingSystem.IsLinux();

    public static TimeSpan? CurrentThread()
    {
        if (!IsAvailable || clock_gettime(ClockThreadCpuTimeId, out var time) != 0)
        {
            return null;
        }

        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    /// <summary>User plus system time of every child process that has ended and been waited for.</summary>
    public static TimeSpan? WaitedChildren()
    {
        var usage = new long[18];
        if (!IsAvailable || getrusage(RusageChildren, usage) != 0)
        {
            return null;
        }

        // struct rusage starts with two struct timeval { long tv_sec; long tv_usec; }: ru_utime, ru_stime.
        var micros = (usage[0] * 1_000_000) + usage[1] + (usage[2] * 1_000_000) + usage[3];
        return TimeSpan.FromTicks(micros * 10);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

#pragma warning disable SYSLIB1054 // two blittable calls; LibraryImport would need unsafe code for no gain
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out Timespec time);

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int getrusage(int who, [Out] long[] usage);
#pragma warning restore SYSLIB1054
}
