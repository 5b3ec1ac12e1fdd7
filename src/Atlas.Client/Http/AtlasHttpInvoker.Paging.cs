using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Atlas.Client.Http;

// The calls declared as IAsyncEnumerable<T>: a list operation walked page by page.
public sealed partial class AtlasHttpInvoker
{
    /// <summary>The page size Atlas uses when a request names none (the spec's default for <c>itemsPerPage</c>).</summary>
    public const int DefaultItemsPerPage = 100;

    /// <summary>The largest page Atlas serves (the spec's maximum for <c>itemsPerPage</c>).</summary>
    public const int MaxItemsPerPage = 500;

    /// <summary>
    /// Walks a list operation lazily: the first page is requested on the first <c>MoveNextAsync</c>, each following page
    /// only when the items of the one before are used up, and no page twice. Every request names <c>pageNum</c> and
    /// <c>itemsPerPage</c> explicitly, so the end of the list is judged against the page size really asked for. Where the
    /// walk ends: an empty page; else, with <c>totalCount</c>, when <c>pageNum × itemsPerPage ≥ totalCount</c> (a short page
    /// before that does not stop it); else a page shorter than asked for without a <c>next</c> link (see
    /// <c>AtlasPageEnd</c>). Enumerating again starts a new walk.
    /// </summary>
    /// <param name="operation">The operation's descriptor.</param>
    /// <param name="pageTypeInfo">The source-generated metadata of one page.</param>
    /// <param name="envelope">Whether the caller asked Atlas for an envelope (a page then only gains <c>status</c>).</param>
    /// <param name="pageNum">The first page to read (from 1); <see langword="null"/> for 1.</param>
    /// <param name="pageNumParameter">The method's parameter that gave <paramref name="pageNum"/>, for the exception.</param>
    /// <param name="itemsPerPage">The page size (1–500); <see langword="null"/> for <see cref="DefaultItemsPerPage"/>.</param>
    /// <param name="itemsPerPageParameter">The method's parameter that gave <paramref name="itemsPerPage"/>, for the exception.</param>
    /// <param name="createRequest">Builds the request of one page from its number and size.</param>
    /// <param name="cancellationToken">
    /// Cancels the walk, together with the token given to <c>GetAsyncEnumerator</c> / <c>WithCancellation</c>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">The start page is below 1, or the page size outside 1–500 (thrown by this call, before any request).</exception>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IAsyncEnumerable<T> ReadPagesAsync<T>(
        AtlasOperation operation, JsonTypeInfo<AtlasPage<T>> pageTypeInfo, bool envelope,
        int? pageNum, string pageNumParameter, int? itemsPerPage, string itemsPerPageParameter,
        Func<int, int, HttpRequestMessage> createRequest, CancellationToken cancellationToken)
    {
        if (operation is null)
        {
            throw new ArgumentNullException(nameof(operation));
        }

        if (pageTypeInfo is null)
        {
            throw new ArgumentNullException(nameof(pageTypeInfo));
        }

        if (createRequest is null)
        {
            throw new ArgumentNullException(nameof(createRequest));
        }

        var first = pageNum ?? 1;
        if (first < 1)
        {
            throw new ArgumentOutOfRangeException(pageNumParameter, first, "Pages are numbered from 1.");
        }

        var size = itemsPerPage ?? DefaultItemsPerPage;
        if (size < 1 || size > MaxItemsPerPage)
        {
            throw new ArgumentOutOfRangeException(itemsPerPageParameter, size, $"Atlas serves 1 to {MaxItemsPerPage} items per page.");
        }

        return WalkAsync(operation, pageTypeInfo, envelope, first, size, createRequest, cancellationToken);
    }

    /// <summary>The same failure, its message naming the page; the original is the inner exception.</summary>
    private static AtlasApiException OnPage(AtlasApiException failure, int pageNum, int itemsPerPage)
        => failure.Copy(
            failure.Message + " (page " + pageNum.ToString(CultureInfo.InvariantCulture) + " of the walk, itemsPerPage "
                + itemsPerPage.ToString(CultureInfo.InvariantCulture) + ")",
            failure);

    // The compiler links the method's token with the enumerator's ([EnumeratorCancellation]): either one cancels.
    private async IAsyncEnumerable<T> WalkAsync<T>(
        AtlasOperation operation, JsonTypeInfo<AtlasPage<T>> pageTypeInfo, bool envelope, int first, int size,
        Func<int, int, HttpRequestMessage> createRequest, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var pageNum = first; ; pageNum++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AtlasPage<T> page;
            try
            {
                page = await SendCoreAsync(createRequest(pageNum, size), operation, pageTypeInfo, envelope, allowNull: false, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (AtlasApiException failure)
            {
                // A walk fails on one of many requests: say which, so the caller knows how far it got and where to resume.
                throw OnPage(failure, pageNum, size);
            }

            foreach (var item in page.Results)
            {
                // No I/O between items of one page: check here too, so a cancelled walk stops at once.
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            if (AtlasPageEnd.IsLast(page, pageNum, size) || pageNum == int.MaxValue)
            {
                yield break;
            }
        }
    }
}
