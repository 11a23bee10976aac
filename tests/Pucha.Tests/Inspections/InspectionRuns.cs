using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pucha.Tests.Infrastructure;

namespace Pucha.Tests.Inspections;

/// <summary>Starting a stored inspection through the API and waiting for the platform's runner to finish it.</summary>
public static class InspectionRuns
{
    /// <summary>Registers a site of the Tianxin unit whose homepage is <paramref name="homepageUrl"/>; returns its id.</summary>
    public static async Task<int> RegisterSiteAsync(SampleTree census, string homepageUrl, string name)
    {
        var body = SampleTree.Site(census.TianxinUnit, "430103", name);
        body["homepageUrl"] = homepageUrl;
        using var response = await census.Admin.PostJsonAsync("api/v1/websites", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<int>();
    }

    /// <summary>Polls the run until it is no longer queued or running (the runner works in the background).</summary>
    public static async Task<JsonObject> WaitForAsync(PlatformClient client, long runId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var run = (await client.Http.GetFromJsonAsync<JsonObject>($"api/v1/inspections/{runId}"))!;
            var status = run["status"]!.GetValue<string>();
            if (status is not ("Queued" or "Running"))
                return run;
            Assert.True(DateTime.UtcNow < deadline, $"inspection run {runId} still {status}");
            await Task.Delay(200);
        }
    }
}
