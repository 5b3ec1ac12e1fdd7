using System;

namespace Atlas.Client.Http;

/// <summary>
/// Decides whether a page is the last one of a list, for the walks behind <c>IAsyncEnumerable&lt;T&gt;</c> methods.
/// </summary>
/// <remarks>
/// In order:
/// <list type="number">
/// <item>An empty page is the end: there is nothing to go on from (this also ends a walk whose <c>totalCount</c>
/// overestimated, at the cost of one request).</item>
/// <item>With <c>totalCount</c> (the default, <c>includeCount=true</c>), the count decides: the walk ends when
/// <c>pageNum × itemsPerPage ≥ totalCount</c>. A page with fewer items than asked for <em>before</em> that point (a
/// server that left items out of a page) does not end the walk: the next page is still read, so nothing after the
/// short page is lost.</item>
/// <item>Without <c>totalCount</c> (<c>includeCount=false</c>), a page with fewer items than asked for is the end,
/// unless the page carries a <c>next</c> link, which is then trusted; a full page is followed by one more request,
/// which answers empty at the exact end. A server that shortens a page before the end <em>and</em> sends neither a
/// count nor a <c>next</c> link cannot be told apart from the end of the list: the walk stops there.</item>
/// </list>
/// </remarks>
internal static class AtlasPageEnd
{
    /// <summary>Whether <paramref name="page"/>, read as page <paramref name="pageNum"/> of <paramref name="itemsPerPage"/> items, ends the list.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is <see langword="null"/>.</exception>
    public static bool IsLast<T>(AtlasPage<T> page, int pageNum, int itemsPerPage)
    {
        if (page is null)
        {
            throw new ArgumentNullException(nameof(page));
        }

        var count = page.Results.Count;
        if (count == 0)
        {
            return true;
        }

        if (page.TotalCount is { } total)
        {
            return (long)pageNum * itemsPerPage >= total;
        }

        return count < itemsPerPage && !HasNextLink(page);
    }

    private static bool HasNextLink<T>(AtlasPage<T> page)
    {
        if (page.Links is not { } links)
        {
            return false;
        }

        foreach (var link in links)
        {
            if (string.Equals(link?.Rel, "next", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
