using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Pucha.Inspection.Analysis.Text;

/// <summary>
/// Every element of a parsed page in document order, collected in one walk and shared by the
/// per-page checks. Each check used to run its own <c>QuerySelectorAll</c> (a selector parsed and
/// matched against every element of the page, a dozen times per page); filtering this list by
/// local name gives the same elements in the same order for a fraction of the cost.
/// </summary>
internal sealed class PageElements
{
    // Parsed pages are never modified, so each is walked once. Weak keys: the list goes with its page.
    private static readonly ConditionalWeakTable<IDocument, PageElements> ByDocument = new();

    private readonly IElement[] _all;
    private readonly int _bodyStart;
    private readonly int _bodyEnd;

    private PageElements(IDocument document)
    {
        var all = new List<IElement>(512);
        var body = document.Body;
        _bodyStart = _bodyEnd = -1;
        // Iterative pre-order walk over ChildNodes (an indexed list; Children and NextElementSibling
        // rescan the parent's children on every step). A marker entry closes the body's subtree.
        var stack = new Stack<INode?>();
        stack.Push(document);
        // Not bounded here: the list holds only references to elements the parsed DOM already holds,
        // and the DOM is bounded by the fetcher's body limit.
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null)
            {
                _bodyEnd = all.Count;
                continue;
            }

            if (node is IElement element)
            {
                all.Add(element);
                if (ReferenceEquals(element, body))
                {
                    _bodyStart = all.Count;
                    stack.Push(null);
                }
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }

        if (_bodyStart >= 0 && _bodyEnd < 0)
        {
            _bodyEnd = all.Count;
        }

        _all = [.. all];
    }

    public static PageElements Of(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ByDocument.GetValue(document, static d => new PageElements(d));
    }

    /// <summary>Every element of the document, <c>html</c> first (what <c>document.QuerySelectorAll("*")</c> returns).</summary>
    public ReadOnlySpan<IElement> All => _all;

    /// <summary>The descendants of <c>body</c> (what <c>document.Body.QuerySelectorAll("*")</c> returns); empty without a body.</summary>
    public ReadOnlySpan<IElement> InBody => _bodyStart < 0 ? [] : _all.AsSpan(_bodyStart, _bodyEnd - _bodyStart);

    /// <summary>The elements with this local name (lower case, as the HTML parser gives them), in document order.</summary>
    public IEnumerable<IElement> Named(string localName)
    {
        foreach (var element in _all)
        {
            if (element.LocalName == localName)
            {
                yield return element;
            }
        }
    }
}
