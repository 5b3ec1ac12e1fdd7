using System.Collections.Concurrent;
using Atlas.Client.Tests.Infrastructure;

namespace Atlas.Client.Reliability.Tests.Infrastructure;

/// <summary>
/// Every text the run-time parts produce that a user could end up reading: exception messages and ToString() (inner
/// exceptions included), log lines, the simulator's request log. The secret sweep reads all of it.
/// </summary>
internal sealed class Evidence
{
    private readonly ConcurrentQueue<string> _texts = new();

    public RecordingLogger Logger { get; } = new();

    public int ExceptionCount { get; private set; }

    public IEnumerable<string> Texts => _texts.Concat(Logger.Entries.Select(e => e.Message));

    public void Add(Exception? error)
    {
        if (error is null)
        {
            return;
        }

        ExceptionCount++;
        _texts.Enqueue(error.ToString());
        for (var current = error; current is not null; current = current.InnerException)
        {
            _texts.Enqueue(current.Message);
        }
    }

    public void Add(string text) => _texts.Enqueue(text);
}
