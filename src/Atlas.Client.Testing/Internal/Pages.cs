using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Atlas.Client.Testing;

/// <summary>Cuts one page out of a list, with <c>totalCount</c> as asked and <c>self</c>/<c>previous</c>/<c>next</c> links.</summary>
internal static class Pages
{
    public static AtlasPage<T> Slice<T>(IReadOnlyList<T> all, Paging paging, string path, SimulatorLinks links)
    {
        var skip = (long)(paging.PageNum - 1) * paging.ItemsPerPage;
        var results = skip >= all.Count ? Array.Empty<T>() : all.Skip((int)skip).Take(paging.ItemsPerPage).ToArray();
        var pageLinks = new List<Link> { links.Create(PageTarget(path, paging.PageNum, paging.ItemsPerPage), "self") };
        if (paging.PageNum > 1)
        {
            pageLinks.Add(links.Create(PageTarget(path, paging.PageNum - 1, paging.ItemsPerPage), "previous"));
        }

        if (skip + paging.ItemsPerPage < all.Count)
        {
            pageLinks.Add(links.Create(PageTarget(path, paging.PageNum + 1, paging.ItemsPerPage), "next"));
        }

        return new AtlasPage<T>
        {
            Results = results,
            TotalCount = paging.IncludeCount ? all.Count : null,
            Links = pageLinks,
        };
    }

    private static string PageTarget(string path, int pageNum, int itemsPerPage)
        => path + "?pageNum=" + pageNum.ToString(CultureInfo.InvariantCulture) + "&itemsPerPage=" + itemsPerPage.ToString(CultureInfo.InvariantCulture);
}
