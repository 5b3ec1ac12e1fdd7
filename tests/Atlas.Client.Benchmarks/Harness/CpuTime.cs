using System.Globalization;
using System.Runtime.InteropServices;

namespace Atlas.Client.Benchmarks.Harness;

/// <summary>
/// CPU time, which the other work on a shared machine barely disturbs (unlike wall time): of the calling thread
/// (clock_gettime(CLOCK_THREAD_CPUTIME_ID), nanoseconds), of all waited-for child processes (getrusage(RUSAGE_CHILDREN))
/// and of a running process that is not our child (/proc/PID/stat).
/// Linux only; elsewhere both return null and the harnesses report wall time alone.
/// </summary>
internal static class CpuTime
{
    private const int ClockThreadCpuTimeId = 3;
    private const int RusageChildren = -1;
    private const int SysconfClockTicks = 2; // _SC_CLK_TCK on Linux

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

    /// <summary>
    /// User plus system time of a running process so far: fields 14 and 15 of <c>/proc/PID/stat</c>, in clock ticks
    /// of 1/sysconf(_SC_CLK_TCK) s.
    /// </summary>
    public static TimeSpan OfProcess(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromTicks(ticks * TimeSpan.TicksPerSecond / ClockTicksPerSecond.Value);
    }

    private static readonly Lazy<long> ClockTicksPerSecond = new(() =>
    {
        var ticks = sysconf(SysconfClockTicks);
        return ticks > 0 ? ticks : throw new InvalidOperationException($"sysconf(_SC_CLK_TCK) returned {ticks}.");
    });

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

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long sysconf(int name);
#pragma warning restore SYSLIB1054
}
