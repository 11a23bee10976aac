using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Core.Websites;
using Pucha.Data;

namespace Pucha.Features;

public sealed class IndexModel(PuchaDbContext db, AccessScope scope) : PageModel
{
    public int WebsiteCount { get; private set; }
    public int NotSubmittedCount { get; private set; }
    public int UnitCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        var sites = scope.Websites(db.Websites.AsNoTracking());
        WebsiteCount = await sites.CountAsync(cancellation);
        NotSubmittedCount = await sites.CountAsync(w => w.Status == CensusStatus.NotSubmitted, cancellation);
        UnitCount = await scope.Organizations(db.Organizations.AsNoTracking()).CountAsync(cancellation);
    }
}
