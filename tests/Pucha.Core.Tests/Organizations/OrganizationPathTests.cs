using Pucha.Core.Organizations;

namespace Pucha.Core.Tests.Organizations;

public sealed class OrganizationPathTests
{
    [Fact]
    public void Builds_child_paths()
    {
        Assert.Equal("/1/", OrganizationPath.Child(null, 1));
        Assert.Equal("/1/7/", OrganizationPath.Child("/1/", 7));
        Assert.Equal("/1/7/42/", OrganizationPath.Child("/1/7/", 42));
    }

    [Theory]
    [InlineData("/1/7/42/", "/1/7/", true)]
    [InlineData("/1/7/", "/1/7/", true)]
    [InlineData("/1/70/", "/1/7/", false)]
    [InlineData("/1/", "/1/7/", false)]
    public void Subtree_membership_respects_segment_boundaries(string path, string ancestor, bool within) =>
        Assert.Equal(within, OrganizationPath.IsWithin(path, ancestor));

    [Fact]
    public void The_upper_bound_excludes_siblings_sharing_a_prefix()
    {
        var lower = "/1/7/";
        var upper = OrganizationPath.SubtreeUpperBound(lower);
        bool InRange(string p) => string.CompareOrdinal(p, lower) >= 0 && string.CompareOrdinal(p, upper) < 0;

        Assert.Equal("/1/70", upper);
        Assert.True(InRange("/1/7/"));
        Assert.True(InRange("/1/7/42/"));
        Assert.True(InRange("/1/7/99999/1/"));
        Assert.False(InRange("/1/70/"));
        Assert.False(InRange("/1/8/"));
        Assert.False(InRange("/1/"));
    }

    [Fact]
    public void Reads_ids_and_depth()
    {
        Assert.Equal([1, 7, 42], OrganizationPath.Ids("/1/7/42/"));
        Assert.Equal(3, OrganizationPath.Depth("/1/7/42/"));
        Assert.Equal(1, OrganizationPath.Depth("/1/"));
    }
}
