using System;
using System.ComponentModel;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Atlas.Client.Http;

/// <summary>
/// What a generated <c>Add{Name}Client</c> registration keeps: the options configured at registration and, when they
/// name no logger, one copy that logs through the container's <see cref="ILoggerFactory"/> (created once, so the
/// once-per-operation deprecation warning stays once across the clients the factory creates).
/// </summary>
/// <remarks>Infrastructure for generated clients; not meant to be used directly.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AtlasClientRegistration
{
    private readonly AtlasClientOptions _options;
    private readonly string _loggerCategory;
    private AtlasClientOptions? _resolved;

    /// <summary>Keeps the registration's options.</summary>
    public AtlasClientRegistration(AtlasClientOptions options, string loggerCategory)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _loggerCategory = loggerCategory ?? throw new ArgumentNullException(nameof(loggerCategory));
    }

    /// <summary>The options a client created from <paramref name="services"/> uses.</summary>
    public AtlasClientOptions OptionsFor(IServiceProvider services)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (_options.Logger is not null)
        {
            return _options;
        }

        var resolved = Volatile.Read(ref _resolved);
        if (resolved is not null)
        {
            return resolved;
        }

        resolved = services.GetService(typeof(ILoggerFactory)) is ILoggerFactory factory
            ? _options.WithLogger(factory.CreateLogger(_loggerCategory))
            : _options;
        return Interlocked.CompareExchange(ref _resolved, resolved, null) ?? resolved;
    }
}
