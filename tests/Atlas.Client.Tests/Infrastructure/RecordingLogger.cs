using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Atlas.Client.Tests.Infrastructure;

/// <summary>An ILogger that keeps every entry, for asserting what a client logged.</summary>
internal sealed class RecordingLogger : ILogger
{
    public ConcurrentQueue<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
}

/// <summary>A factory handing out one <see cref="RecordingLogger"/> per category.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public ConcurrentDictionary<string, RecordingLogger> Loggers { get; } = new();

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public ILogger CreateLogger(string categoryName) => Loggers.GetOrAdd(categoryName, _ => new RecordingLogger());

    public void Dispose()
    {
    }
}
