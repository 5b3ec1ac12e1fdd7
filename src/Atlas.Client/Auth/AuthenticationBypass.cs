using System.Net.Http;

namespace Atlas.Client;

/// <summary>
/// Marks a request that carries its own credentials (the OAuth token and revocation requests, Basic auth) so that an
/// authentication handler it passes through leaves it alone: a token request must never wait for a token.
/// </summary>
internal static class AuthenticationBypass
{
    private const string Key = "Atlas.Client.AuthenticationBypass";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<bool> OptionsKey = new(Key);

    public static void Set(HttpRequestMessage request) => request.Options.Set(OptionsKey, true);

    public static bool IsSet(HttpRequestMessage request) => request.Options.TryGetValue(OptionsKey, out var value) && value;
#else
    public static void Set(HttpRequestMessage request) => request.Properties[Key] = true;

    public static bool IsSet(HttpRequestMessage request) => request.Properties.TryGetValue(Key, out var value) && value is true;
#endif
}
