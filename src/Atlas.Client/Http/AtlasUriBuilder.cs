using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;

namespace Atlas.Client.Http;

/// <summary>
/// Builds one request's absolute URI in a pooled buffer: the client's base address, the route's literal parts
/// (validated and escaped by the generator at compile time), each route value escaped into exactly one path segment,
/// and the query. The only string a call allocates for its address is the final one.
/// </summary>
/// <remarks>
/// Infrastructure for generated clients; not meant to be used directly. A ref struct so that it cannot outlive the
/// synchronous part of a generated method (the buffer goes back to the pool in <see cref="ToRequest"/>); if a
/// validation throws first, the rented buffer is simply left to the garbage collector.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct AtlasUriBuilder
{
    private char[] _buffer;
    private int _length;
    private bool _hasQuery;

    /// <summary>Starts a URI at the invoker's base address.</summary>
    /// <param name="invoker">The client's invoker, which knows the base address.</param>
    /// <param name="capacity">A guess of the path and query's length (the generator passes the template's).</param>
    public AtlasUriBuilder(AtlasHttpInvoker invoker, int capacity)
    {
        if (invoker is null)
        {
            throw new ArgumentNullException(nameof(invoker));
        }

        var prefix = invoker.ResolveBaseAddressPrefix();
        _buffer = ArrayPool<char>.Shared.Rent(prefix.Length + Math.Max(capacity, 16) + 64);
        prefix.CopyTo(0, _buffer, 0, prefix.Length);
        _length = prefix.Length;
        _hasQuery = false;
    }

    /// <summary>
    /// Starts a URI with text an earlier builder produced (<see cref="ToUriString"/>): a paged operation escapes its
    /// route once and builds only the query of each page.
    /// </summary>
    /// <param name="start">The base address and escaped path, as <see cref="ToUriString"/> returned them.</param>
    /// <param name="capacity">A guess of the query's length.</param>
    public AtlasUriBuilder(string start, int capacity)
    {
        if (start is null)
        {
            throw new ArgumentNullException(nameof(start));
        }

        _buffer = ArrayPool<char>.Shared.Rent(start.Length + Math.Max(capacity, 16) + 64);
        start.CopyTo(0, _buffer, 0, start.Length);
        _length = start.Length;
        _hasQuery = start.IndexOf('?') >= 0;
    }

    /// <summary>Appends a literal part of the route; the generator has already validated and escaped it.</summary>
    public void AppendLiteral(string literal)
    {
        EnsureCapacity(literal.Length);
        literal.CopyTo(0, _buffer, _length, literal.Length);
        _length += literal.Length;
    }

    /// <summary>
    /// Appends a value that is a whole path segment. Every character outside RFC 3986's unreserved set is
    /// percent-encoded, so the value cannot add a segment (<c>/</c>), end the path (<c>?</c>, <c>#</c>) or smuggle an
    /// escape (<c>%</c>); the values that would still remove or leave a segment (empty, <c>.</c>, <c>..</c>) are rejected.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, <c>.</c>, <c>..</c> or holds an unpaired surrogate.</exception>
    public void AppendSegment(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0 || value == "." || value == "..")
        {
            throw new ArgumentException(
                $"The route value of '{parameterName}' is \"{value}\", which would {(value.Length == 0 ? "remove" : "leave or repeat")} a path segment instead of filling one. Pass the real identifier.",
                parameterName);
        }

        AppendEscaped(value.AsSpan(), parameterName);
    }

    /// <summary>
    /// Appends a value that shares its path segment with literal text (e.g. <c>{clusterName}:pinFeatureCompatibilityVersion</c>).
    /// Escaped like <see cref="AppendSegment(string, string)"/>; only an empty value is rejected, since the literal
    /// keeps the segment from being <c>.</c> or <c>..</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or holds an unpaired surrogate.</exception>
    public void AppendSegmentPart(string value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new ArgumentException($"The route value of '{parameterName}' is empty. Pass the real identifier.", parameterName);
        }

        AppendEscaped(value.AsSpan(), parameterName);
    }

    /// <summary>Appends a signed integer route value (invariant culture).</summary>
    public void AppendSegment(long value) => AppendFormatted(value, null);

    /// <summary>Appends an unsigned integer route value (invariant culture).</summary>
    public void AppendSegment(ulong value) => AppendFormatted(value, null);

    /// <summary>Appends a <see cref="Guid"/> route value in its <c>D</c> form.</summary>
    public void AppendSegment(Guid value) => AppendFormatted(value, "D");

    /// <summary>Appends <c>name=value</c> (escaped) to the query, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    /// <param name="name">The query parameter's name, escaped by the generator at compile time.</param>
    /// <param name="value">The value; <see langword="null"/> omits the parameter.</param>
    public void AppendQuery(string name, string? value)
    {
        if (value is not null)
        {
            AppendQueryText(name, value);
        }
    }

    /// <summary>Appends <c>name=true</c> or <c>name=false</c>, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, bool? value)
    {
        if (value is null)
        {
            return;
        }

        StartQueryParameter(name);
        AppendLiteral(value.GetValueOrDefault() ? "true" : "false");
    }

    /// <summary>Appends a signed integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, long? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), null);
        }
    }

    /// <summary>Appends an unsigned integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, ulong? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), null);
        }
    }

    /// <summary>Appends a 32-bit signed integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, int? value) => AppendQuery(name, (long?)value);

    /// <summary>Appends a 32-bit unsigned integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, uint? value) => AppendQuery(name, (ulong?)value);

    /// <summary>Appends a 16-bit signed integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, short? value) => AppendQuery(name, (long?)value);

    /// <summary>Appends a 16-bit unsigned integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, ushort? value) => AppendQuery(name, (ulong?)value);

    /// <summary>Appends an 8-bit signed integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, sbyte? value) => AppendQuery(name, (long?)value);

    /// <summary>Appends an 8-bit unsigned integer in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, byte? value) => AppendQuery(name, (ulong?)value);

    /// <summary>Appends a double in invariant, round-trippable form, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, double? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), "R");
        }
    }

    /// <summary>Appends a float in invariant, round-trippable form, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, float? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), "R");
        }
    }

    /// <summary>Appends a decimal in invariant culture, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, decimal? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), null);
        }
    }

    /// <summary>Appends a <see cref="Guid"/> in its <c>D</c> form, or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, Guid? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), "D");
        }
    }

    /// <summary>Appends an ISO 8601 timestamp (<c>O</c> format), or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, DateTimeOffset? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), "O");
        }
    }

    /// <summary>Appends an ISO 8601 timestamp (<c>O</c> format), or nothing when <paramref name="value"/> is <see langword="null"/>.</summary>
    public void AppendQuery(string name, DateTime? value)
    {
        if (value is not null)
        {
            StartQueryParameter(name);
            AppendFormatted(value.GetValueOrDefault(), "O");
        }
    }

    /// <summary>The URI built so far (for diagnostics and tests; the generated code calls <see cref="ToRequest"/>).</summary>
    public override readonly string ToString() => new(_buffer, 0, _length);

    /// <summary>
    /// Ends the URI and creates the request: method and <c>Accept</c> from <paramref name="operation"/>, added without
    /// re-parsing. Returns the buffer to the pool; the builder must not be used afterwards.
    /// </summary>
    public HttpRequestMessage ToRequest(AtlasOperation operation)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        var text = ToUriString();

#if NET6_0_OR_GREATER
        // The builder escaped every part itself, so Uri's canonicalization (unescaping, dot-segment removal) could only
        // undo that work: skip it. This also makes the path on the wire exactly the one built here.
        var uri = new Uri(text, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
#else
        var uri = new Uri(text, UriKind.Absolute);
#endif
        var request = new HttpRequestMessage(operation.Method, uri);
        request.Headers.TryAddWithoutValidation("Accept", operation.Accept);
        return request;
    }

    /// <summary>
    /// Ends the URI and creates a request that carries <paramref name="body"/> as JSON, written with
    /// <paramref name="bodyTypeInfo"/> straight into the request stream and labelled with the operation's versioned
    /// media type (<c>Content-Type: application/vnd.atlas.{Version}+json</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="bodyTypeInfo"/> is <see langword="null"/>.</exception>
    public HttpRequestMessage ToRequest<TBody>(AtlasOperation operation, TBody body, JsonTypeInfo<TBody> bodyTypeInfo)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        if (bodyTypeInfo is null)
        {
            throw new ArgumentNullException(nameof(bodyTypeInfo));
        }

        var request = ToRequest(operation);
        request.Content = new AtlasJsonContent<TBody>(body, bodyTypeInfo, operation.ContentType);
        return request;
    }

    /// <summary>
    /// Ends the URI and returns its text (base address, path and any query so far); returns the buffer to the pool, so
    /// the builder must not be used afterwards.
    /// </summary>
    public string ToUriString()
    {
        var text = new string(_buffer, 0, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = Array.Empty<char>();
        _length = 0;
        return text;
    }

#if NET8_0_OR_GREATER
    // Formats into the stack and escapes from there: numbers, GUIDs and dates cost no intermediate string.
    private void AppendFormatted<T>(T value, string? format)
        where T : ISpanFormattable
    {
        Span<char> text = stackalloc char[64];
        if (!value.TryFormat(text, out var written, format, CultureInfo.InvariantCulture))
        {
            AppendEscaped(value.ToString(format, CultureInfo.InvariantCulture).AsSpan(), string.Empty);
            return;
        }

        AppendEscaped(text.Slice(0, written), string.Empty);
    }
#else
    private void AppendFormatted<T>(T value, string? format)
        where T : IFormattable
        => AppendEscaped(value.ToString(format, CultureInfo.InvariantCulture).AsSpan(), string.Empty);
#endif

    private void AppendQueryText(string name, string text)
    {
        StartQueryParameter(name);
        AppendEscaped(text.AsSpan(), name);
    }

    private void StartQueryParameter(string name)
    {
        EnsureCapacity(name.Length + 2);
        _buffer[_length++] = _hasQuery ? '&' : '?';
        _hasQuery = true;
        name.CopyTo(0, _buffer, _length, name.Length);
        _length += name.Length;
        _buffer[_length++] = '=';
    }

    private void AppendEscaped(scoped ReadOnlySpan<char> value, string parameterName)
    {
        // Worst case: every char is a 3-byte UTF-8 sequence, each byte written as %XX (9 chars per char).
        EnsureCapacity(value.Length * 9);
        var buffer = _buffer;
        var length = _length;

        // Identifiers are nearly always unreserved characters only: copy that run in one go, escape from there on.
        var plain = UriEscaping.UnreservedPrefixLength(value);
        value.Slice(0, plain).CopyTo(buffer.AsSpan(length));
        length += plain;
        for (var i = plain; i < value.Length; i++)
        {
            var c = value[i];
            if (UriEscaping.IsUnreserved(c))
            {
                buffer[length++] = c;
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException(
                    $"The value of '{parameterName}' holds an unpaired surrogate at position {i}; it has no UTF-8 form to send.",
                    parameterName);
            }

            length = UriEscaping.AppendPercentEncodedUtf8(buffer, length, codePoint);
        }

        _length = length;
    }

    private void EnsureCapacity(int additional)
    {
        if (_length + additional <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + additional));
        Array.Copy(_buffer, larger, _length);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
