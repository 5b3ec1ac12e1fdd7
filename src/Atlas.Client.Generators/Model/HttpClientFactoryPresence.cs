namespace Atlas.Client.Generators.Model;

/// <summary>
/// Whether a compilation references Microsoft.Extensions.Http, so that its clients get an <c>Add{Name}Client</c>
/// registration. One of two instances, compared by reference, rather than a <see cref="bool"/>: combined with the
/// clients, a bool makes the compiler's pipeline tables over <c>(ClientModel, bool)</c> code of their own that a
/// fresh compiler process must JIT-compile (see <see cref="EquatableArray{T}"/>'s remarks); a class shares theirs.
/// </summary>
internal sealed class HttpClientFactoryPresence
{
    public static readonly HttpClientFactoryPresence Referenced = new(isReferenced: true);

    public static readonly HttpClientFactoryPresence Absent = new(isReferenced: false);

    private HttpClientFactoryPresence(bool isReferenced) => IsReferenced = isReferenced;

    public bool IsReferenced { get; }

    public static HttpClientFactoryPresence Of(bool isReferenced) => isReferenced ? Referenced : Absent;
}
