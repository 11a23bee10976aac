using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Features.Campaigns;

namespace Pucha.Features.Campaigns;

public sealed class IndexModel(CampaignDirectory directory) : PageModel
{
    public List<CampaignView> Campaigns { get; private set; } = [];

    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation)
    {
        Campaigns = await directory.ListAsync(cancellation);
        CanCreate = await directory.CanCreateAsync(cancellation);
    }
}
