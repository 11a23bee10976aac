using Pucha.Core.Census;

namespace Pucha.Core.Tests.Census;

public class CheckCodeTests
{
    [Fact]
    public void Generated_codes_use_only_the_unambiguous_alphabet_and_differ()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => CheckCode.Generate()).ToList();
        Assert.All(codes, c =>
        {
            Assert.Equal(CheckCode.Length, c.Length);
            Assert.All(c, ch => Assert.Contains(ch, CheckCode.Alphabet));
        });
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain('0', CheckCode.Alphabet);
        Assert.DoesNotContain('O', CheckCode.Alphabet);
        Assert.DoesNotContain('1', CheckCode.Alphabet);
        Assert.DoesNotContain('I', CheckCode.Alphabet);
    }

    [Fact]
    public void Hash_verifies_the_code_typed_loosely_and_rejects_others()
    {
        var code = CheckCode.Generate();
        var hash = CheckCodeHasher.Hash(code, CheckCodeHasher.MinimumIterations);

        Assert.DoesNotContain(code, hash);
        Assert.True(CheckCodeHasher.Verify(code, hash));
        Assert.True(CheckCodeHasher.Verify(" " + code[..5].ToLowerInvariant() + "-" + code[5..] + " ", hash));
        var other = code[0] == 'A' ? "B" + code[1..] : "A" + code[1..];
        Assert.False(CheckCodeHasher.Verify(other, hash));
        Assert.False(CheckCodeHasher.Verify("", hash));
        Assert.False(CheckCodeHasher.Verify(code, ""));
        Assert.False(CheckCodeHasher.Verify(code, "pbkdf2-sha256$1000$AAAA$AAAA"));
    }

    [Fact]
    public void Same_code_hashes_differently_each_time()
    {
        var code = CheckCode.Generate();
        Assert.NotEqual(
            CheckCodeHasher.Hash(code, CheckCodeHasher.MinimumIterations),
            CheckCodeHasher.Hash(code, CheckCodeHasher.MinimumIterations));
    }
}
