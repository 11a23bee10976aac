using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;

namespace Pucha.Inspection.Analysis.Text;

/// <summary>
/// Text of a DOM as a reader sees it: no scripts, styles or comments, nothing hidden by the
/// <c>hidden</c> attribute or an inline <c>display:none</c>/<c>visibility:hidden</c>, and no
/// attribute values. Block elements are separated by new lines so labels stay on their line.
/// </summary>
internal static class DomText
{
    /// <summary>Upper bound of collected characters: crawled pages are hostile.</summary>
    public const int MaxChars = 2_000_000;

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "canvas", "select", "textarea",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "ul", "center",
    };

    // Several checks read the same page's text (soft 404, page kind, identity, compatibility…);
    // parsed pages are never modified, so each is walked once. Weak keys: the text goes with its page.
    private static readonly ConditionalWeakTable<IDocument, string> VisibleByDocument = new();
    private static readonly ConditionalWeakTable<IDocument, string> FoldedByDocument = new();

    public static string Visible(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return VisibleByDocument.GetValue(document, static d => d.Body is null ? string.Empty : Visible(d.Body));
    }

    /// <summary>
    /// <see cref="Visible(IDocument)"/> folded by <see cref="TextFolding"/> (same length, same
    /// offsets), computed once per document: most checks search the folded text.
    /// </summary>
    public static string VisibleFolded(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return FoldedByDocument.GetValue(document, static d => TextFolding.Fold(Visible(d)));
    }

    public static string Visible(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var builder = RentBuilder();
        Append(root, builder, includeHidden: false);
        return ToStringAndReturn(builder);
    }

    /// <summary>All text nodes except scripts, styles and comments, hidden or not.</summary>
    public static string All(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var builder = RentBuilder();
        Append(root, builder, includeHidden: true);
        return ToStringAndReturn(builder);
    }

    /// <summary>Whether the element itself is hidden by its attributes or inline style.</summary>
    public static bool IsHiddenInline(IElement element)
    {
        // One pass over the attributes (most elements have none or one): each lookup by name would
        // lower-case the name and scan them. The HTML parser gives attribute names in lower case,
        // so this finds what HasAttribute("hidden") and GetAttribute("style") find.
        var attributes = element.Attributes;
        string? style = null;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            if (attribute.Name == "hidden")
            {
                return true;
            }

            if (attribute.Name == "style")
            {
                style ??= attribute.Value;
            }
        }

        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var declarations = CssDeclarations.Parse(style);
        return declarations.TryGetValue("display", out var display) && display.StartsWith("none", StringComparison.Ordinal)
            || declarations.TryGetValue("visibility", out var visibility) && visibility.StartsWith("hidden", StringComparison.Ordinal);
    }

    /// <summary>Whether the element or one of its ancestors is hidden inline.</summary>
    public static bool IsInsideHidden(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (IsHiddenInline(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="root"/>'s <c>TextContent</c> (every descendant text node, scripts and
    /// hidden ones included) is longer than <paramref name="limit"/>, counted without building it:
    /// the walk stops as soon as the limit is passed.
    /// </summary>
    public static bool TextLongerThan(INode root, int limit)
    {
        ArgumentNullException.ThrowIfNull(root);
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var children = stack.Pop().ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText text)
                {
                    length += text.Data.Length;
                    if (length > limit)
                    {
                        return true;
                    }
                }
                else if (child.HasChildNodes)
                {
                    stack.Push(child);
                }
            }
        }

        return false;
    }

    // One builder per thread, reused from page to page: a fresh one grows chunk by chunk through every
    // page's text (a few KB) and leaves the chunks to the GC. Taken out while in use, so a nested call
    // gets its own; not kept when a hostile page made it large.
    [ThreadStatic]
    private static StringBuilder? t_builder;

    private const int MaxKeptBuilderCapacity = 256 * 1024;

    private static StringBuilder RentBuilder()
    {
        var builder = t_builder ?? new StringBuilder(16 * 1024);
        t_builder = null;
        return builder;
    }

    private static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKeptBuilderCapacity)
        {
            builder.Clear();
            t_builder = builder;
        }

        return text;
    }

    internal static void Append(INode node, StringBuilder builder, bool includeHidden)
    {
        // Iterative walk: hostile pages nest deeply enough to overflow a recursive one.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((node, false));
        while (stack.Count > 0 && builder.Length < MaxChars)
        {
            var (current, closing) = stack.Pop();
            if (closing)
            {
                builder.Append('\n');
                continue;
            }

            switch (current)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement element:
                    if (SkippedTags.Contains(element.LocalName) || (!includeHidden && IsHiddenInline(element)))
                    {
                        break;
                    }

                    var block = BlockTags.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append('\n');
                        stack.Push((element, true));
                    }
                    else if (element.LocalName is "td" or "th")
                    {
                        builder.Append(' ');
                    }

                    PushChildren(element, stack);
                    break;
                case IDocument or IDocumentFragment:
                    PushChildren(current, stack);
                    break;
            }
        }
    }

    private static void PushChildren(INode parent, Stack<(INode Node, bool Closing)> stack)
    {
        var children = parent.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }
}
