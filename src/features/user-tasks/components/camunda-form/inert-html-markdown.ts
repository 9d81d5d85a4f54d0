import { Marked, type Tokens } from 'marked';

// The form viewer renders a Text field's markdown with `marked`, which passes raw HTML through to
// its own small sanitizer. Cluster data is untrusted and Lantern shows it as text: HTML written
// into a form's markdown (`<img src=x onerror=…>`) is drawn as the characters it is, never parsed
// into elements. Markdown itself (headings, emphasis, lists, links, tables) still renders.

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const marked = new Marked({
  gfm: true,
  breaks: true,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(token.text);
    },
  },
});

/** Renders markdown to HTML with every raw HTML block and tag escaped (same options as the viewer's own). */
export function renderInertHtmlMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

class InertHtmlMarkdownRenderer {
  static $inject: string[] = [];
  render(markdown: string): string {
    return renderInertHtmlMarkdown(markdown);
  }
}

/** A viewer module that replaces its `markdownRenderer` service (later modules override earlier ones). */
export const inertHtmlMarkdownModule = { markdownRenderer: ['type', InertHtmlMarkdownRenderer] };
