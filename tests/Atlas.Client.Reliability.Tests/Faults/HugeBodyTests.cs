using System.Diagnostics;
using System.Net;
using System.Text;
using Atlas.Client.Reliability.Tests.Infrastructure;
using Atlas.Client.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;
using Xunit.Abstractions;

namespace Atlas.Client.Reliability.Tests.Faults;

/// <summary>Runs alone: it measures this process's allocations, which the other parts would blur.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredAlone
{
    public const string Name = "measured alone";
}

/// <summary>
/// Part 2, huge bodies: a multi-hundred-megabyte body streamed at a method that must fail or be canceled. The call
/// ends as documented and the process allocates a small fraction of the body: nothing buffers it.
/// </summary>
[Collection(MeasuredAlone.Name)]
public sealed class HugeBodyTests(ITestOutputHelper output)
{
    private const long BodyBytes = 300L * 1024 * 1024;
    /// <summary>
    /// What a call may allocate at most: the objects built from a body of AtlasClientOptions.MaxResponseBodyBytes take a
    /// few times its size (an array of links is about 4x); unbounded, the same calls allocated 1 GB and more.
    /// </summary>
    private const long AllocationBound = 8 * AtlasClientOptions.DefaultMaxResponseBodyBytes;

    public static TheoryData<string> Shapes => ["error page", "whitespace", "one huge string", "one huge string, chunked", "endless array, chunked"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task AHugeBodyEndsTheCallWithoutBeingBuffered(string shape)
    {
        await using var server = await LoopbackServer.StartAsync(context => StreamAsync(context, shape));
        var counter = new ConnectionCounter();
        Exception? error = null;
        long allocated;
        var watch = Stopwatch.StartNew();
        using (var http = new HttpClient(counter.CreateHandler()) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(3) })
        {
            var client = new FlexProbeClient(http);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            try
            {
                await client.GetFlexBackupAsync("g", "flex-1", "s");
            }
            catch (Exception caught)
            {
                error = caught;
            }

            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        Figures.Report(output, "huge body", [($"{shape}: {BodyBytes / (1024 * 1024)} MB offered, allocated while calling", $"{allocated / (1024 * 1024)} MB, ended by {error?.GetType().Name} after {watch.Elapsed.TotalSeconds:N1} s")]);
        Assert.NotNull(error);
        Assert.True(
            error is AtlasApiException { StatusCode: HttpStatusCode.InternalServerError }
                or TaskCanceledException { InnerException: TimeoutException }
                or HttpRequestException { InnerException: not null }
                or System.Text.Json.JsonException { InnerException: not null },
            $"unexpected ending: {error}");
        Assert.Contains("IFlexProbe.GetFlexBackupAsync", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < AllocationBound, $"the call allocated {allocated / (1024 * 1024)} MB for a {BodyBytes / (1024 * 1024)} MB body: it was buffered ({error})");
        Assert.Equal(0, await counter.OpenAfterSettlingAsync());
    }

    /// <summary>Streams the body from one reused chunk, so the server side allocates next to nothing.</summary>
    private static async Task StreamAsync(HttpContext context, string shape)
    {
        var (status, prefix, filler) = shape switch
        {
            "error page" => (500, "<html><body>", (byte)'x'),
            "whitespace" => (200, "{", (byte)' '),
            "one huge string" or "one huge string, chunked" => (200, "{\"id\":\"", (byte)'a'),
            _ => (200, "{\"links\":[", (byte)'{'),
        };
        var chunk = new byte[64 * 1024];
        if (shape.StartsWith("endless array", StringComparison.Ordinal))
        {
            chunk.AsSpan().Fill((byte)' ');
            var item = "{\"href\":\"https://cloud.mongodb.com\",\"rel\":\"self\"},"u8;
            for (var i = 0; i + item.Length <= chunk.Length; i += item.Length)
            {
                item.CopyTo(chunk.AsSpan(i));
            }
        }
        else
        {
            chunk.AsSpan().Fill(filler);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = status == 200 ? "application/json" : "text/html";
        if (!shape.EndsWith("chunked", StringComparison.Ordinal))
        {
            context.Response.ContentLength = BodyBytes;
        }

        var head = Encoding.ASCII.GetBytes(prefix);
        try
        {
            await context.Response.Body.WriteAsync(head, context.RequestAborted);
            for (long sent = head.Length; sent < BodyBytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, BodyBytes - sent)), context.RequestAborted);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException)
        {
            // The client went away, as it should.
        }
    }
}
