namespace Atlas.Client.Generators.Model;

/// <summary>Where a parameter's value goes.</summary>
internal enum ParameterRole
{
    /// <summary>Fills a <c>{placeholder}</c> of the route.</summary>
    Route,

    /// <summary>A query parameter (everything that is not route, body or cancellation).</summary>
    Query,

    /// <summary>The <c>[Body]</c>: serialized as the JSON request body.</summary>
    Body,

    /// <summary>The <c>CancellationToken</c>.</summary>
    Cancellation,

    /// <summary>Anything the generator cannot send (the method is then <see cref="MethodModel.Unsupported"/>).</summary>
    Unsupported,
}

/// <summary>One parameter of a method.</summary>
/// <param name="Name">The identifier as it must be written in C# (with @ when it is a keyword).</param>
/// <param name="MetadataName">The name without @, used in messages and exceptions.</param>
/// <param name="Type">The fully qualified type with nullable annotations.</param>
/// <param name="Role">Where the value goes.</param>
/// <param name="QueryName">The query parameter's name, already percent-escaped (query parameters only).</param>
/// <param name="RouteFormat">
/// Route parameters only: empty for a string, else the type the value is passed to the runtime as (<c>long</c>,
/// <c>ulong</c> or <c>Guid</c>), which picks the runtime's formatting overload unambiguously.
/// </param>
/// <param name="Body">The body's JSON metadata and how to pass it (body parameters only).</param>
/// <param name="CanBeNull">Whether the value can be null (reference type or Nullable&lt;T&gt;).</param>
/// <param name="IsNullableValueType">Whether the type is Nullable&lt;T&gt;.</param>
/// <param name="DefaultValue">The C# text of the default value, or null when there is none.</param>
/// <param name="Modifier">The <c>params</c>, <c>ref</c>, <c>out</c> or <c>in</c> modifier (with its trailing space) the signature must repeat, or empty.</param>
internal sealed record ParameterModel(
    string Name,
    string MetadataName,
    string Type,
    ParameterRole Role,
    string? QueryName,
    string? RouteFormat,
    ResultModel? Body,
    bool CanBeNull,
    bool IsNullableValueType,
    string? DefaultValue,
    string Modifier);
