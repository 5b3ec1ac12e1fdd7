using Xunit;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Atlas.Client.Testing;

namespace Atlas.Client.Tests.Simulator;

/// <summary>Shared helpers for talking to the simulator with a raw <see cref="HttpClient"/>.</summary>
internal static class SimulatorTestKit
{
    public const string FlexVersion = "2024-11-13";
    public const string TenantVersion = "2023-01-01";

    /// <summary>A day before the tenant sunset (2026-01-22), when the tenant endpoints still answer.</summary>
    public static readonly DateTimeOffset BeforeSunset = new(2026, 1, 21, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A simulator in open mode (no authentication), for tests about the API rather than about auth.</summary>
    public static Task<AtlasSimulator> StartOpenAsync(Action<AtlasSimulatorOptions>? configure = null)
    {
        var options = new AtlasSimulatorOptions { RequireAuthentication = false };
        configure?.Invoke(options);
        return AtlasSimulator.StartAsync(options);
    }

    public static HttpClient HttpFor(AtlasSimulator simulator) => new() { BaseAddress = simulator.BaseAddress };

    public static string FlexPath(string groupId, string cluster) => $"/api/atlas/v2/groups/{groupId}/flexClusters/{cluster}/backup";

    public static string TenantPath(string groupId, string cluster) => $"/api/atlas/v2/groups/{groupId}/clusters/{cluster}/backup/tenant";

    public static HttpRequestMessage Request(HttpMethod method, string pathAndQuery, string? version, string? jsonBody = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (version is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue($"application/vnd.atlas.{version}+json"));
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue($"application/vnd.atlas.{version}+json");
        }

        return request;
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient http, string pathAndQuery, string? version = FlexVersion)
        => await http.SendAsync(Request(HttpMethod.Get, pathAndQuery, version));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string pathAndQuery, string jsonBody, string version = FlexVersion)
        => await http.SendAsync(Request(HttpMethod.Post, pathAndQuery, version, jsonBody));

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        => JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), typeInfo)!;

    /// <summary>Asserts an ApiError answer: status, <c>application/json</c>, required fields, and returns it.</summary>
    public static async Task<ApiError> AssertErrorAsync(HttpResponseMessage response, int status, string errorCode)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status} {errorCode}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonSerializer.Deserialize(text, AtlasJsonContext.Default.ApiError)!;
        Assert.Equal(status, error.Error);
        Assert.Equal(errorCode, error.ErrorCode);
        Assert.False(string.IsNullOrEmpty(error.Detail));
        Assert.False(string.IsNullOrEmpty(error.Reason));
        Assert.NotNull(error.Parameters);
        return error;
    }
}
