using System.Net.Http.Headers;
using Xunit;

namespace Atlas.Client.Tests.Auth;

/// <summary>The Digest computations and header parsing, checked against RFC 7616's own example (§3.9.1).</summary>
public class DigestProtocolTests
{
    private const string Rfc7616Challenge =
        "realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm={0}, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";

    [Theory]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void TheAnswerMatchesTheRfcExample(string algorithm, string expectedResponse)
    {
        var challenge = DigestChallenge.TryParse(string.Format(Rfc7616Challenge, algorithm))!;
        var session = new DigestSession(challenge, "Mufasa", "Circle of Life");

        var header = session.Authorize("GET", "/dir/index.html", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");

        var fields = AuthParameters.Parse(header);
        Assert.Equal(expectedResponse, fields["response"]);
        Assert.Equal("00000001", fields["nc"]);
        Assert.Equal("auth", fields["qop"]);
        Assert.Equal("/dir/index.html", fields["uri"]);
        Assert.Equal("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", fields["opaque"]);
        Assert.Equal("00000002", AuthParameters.Parse(session.Authorize("GET", "/", "x"))["nc"]);
    }

    [Fact]
    public void AtlassChallengeParses()
    {
        var challenge = DigestChallenge.TryParse("realm=\"MMS Public API\", domain=\"\", nonce=\"abc+/=\", algorithm=MD5, qop=\"auth\", stale=false")!;
        Assert.Equal("MMS Public API", challenge.Realm);
        Assert.Equal("abc+/=", challenge.Nonce);
        Assert.Equal("MD5", challenge.Algorithm);
        Assert.True(challenge.UseQopAuth);
        Assert.False(challenge.Stale);
        Assert.True(challenge.IsSupported);
        Assert.True(DigestChallenge.TryParse("realm=\"r\", nonce=\"n\", stale=TRUE")!.Stale);
    }

    [Fact]
    public void QuotedStringsKeepEscapedQuotesAndCommas()
    {
        var fields = AuthParameters.Parse("a=\"x, \\\"y\\\"\", b=token,c = \"\" , d");
        Assert.Equal("x, \"y\"", fields["a"]);
        Assert.Equal("token", fields["b"]);
        Assert.Equal(string.Empty, fields["c"]);
        Assert.False(fields.ContainsKey("d"));
    }

    [Fact]
    public void AChallengeWithoutNonceOrRealmIsNotADigestChallenge()
    {
        Assert.Null(DigestChallenge.TryParse("realm=\"r\""));
        Assert.Null(DigestChallenge.TryParse("nonce=\"n\""));
    }

    [Fact]
    public void AmongSeveralChallengesSha256IsPreferredAndUnsupportedOnesLast()
    {
        using var response = new HttpResponseMessage();
        response.Headers.WwwAuthenticate.Add(new AuthenticationHeaderValue("Basic", "realm=\"x\""));
        response.Headers.WwwAuthenticate.Add(new AuthenticationHeaderValue("Digest", "realm=\"r\", nonce=\"1\", algorithm=SHA-512-256, qop=\"auth\""));
        response.Headers.WwwAuthenticate.Add(new AuthenticationHeaderValue("Digest", "realm=\"r\", nonce=\"2\", algorithm=MD5, qop=\"auth\""));
        response.Headers.WwwAuthenticate.Add(new AuthenticationHeaderValue("Digest", "realm=\"r\", nonce=\"3\", algorithm=SHA-256, qop=\"auth\""));

        Assert.Equal("3", DigestChallenge.Find(response.Headers.WwwAuthenticate)!.Nonce);
    }

    [Fact]
    public void WithoutQopTheRfc2069FormIsUsed()
    {
        var session = new DigestSession(DigestChallenge.TryParse("realm=\"r\", nonce=\"n\"")!, "u", "p");
        var fields = AuthParameters.Parse(session.Authorize("GET", "/x", "c"));
        Assert.False(fields.ContainsKey("qop"));
        Assert.False(fields.ContainsKey("nc"));
        var ha1 = DigestHash.Hex("MD5", "u:r:p");
        var ha2 = DigestHash.Hex("MD5", "GET:/x");
        Assert.Equal(DigestHash.Hex("MD5", ha1 + ":n:" + ha2), fields["response"]);
    }
}
