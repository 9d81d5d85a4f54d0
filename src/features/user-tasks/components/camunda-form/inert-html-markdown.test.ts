import { describe, expect, it } from 'vitest';
import { renderInertHtmlMarkdown } from './inert-html-markdown.ts';

describe('renderInertHtmlMarkdown', () => {
  it('draws raw HTML from the cluster as text', () => {
    const html = renderInertHtmlMarkdown('# Heading <img src=x onerror=alert(1)>\n\n<script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('still renders markdown', () => {
    const html = renderInertHtmlMarkdown('## Total\n\n**12** items, [docs](https://docs.camunda.io)\n\n- one\n- two');
    expect(html).toContain('<h2>Total</h2>');
    expect(html).toContain('<strong>12</strong>');
    expect(html).toContain('<a href="https://docs.camunda.io">docs</a>');
    expect(html).toContain('<li>one</li>');
  });
});
