import { parseInline, parseMarkup, plainText } from '@shekara/contracts/portal';
import { describe, expect, it } from 'vitest';
import { markupHtml } from './markup-html.ts';

describe('the portal markup (issue 5 point 7: safe text, no raw HTML)', () => {
  it('reads headings, paragraphs with line breaks, bullet and numbered lists', () => {
    const blocks = parseMarkup(
      '## Steps\n\nFirst line\nsecond line\n\n- one\n- two\n  continued\n\n1. first\n2. second',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Steps' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'First line' }, { type: 'break' }, { type: 'text', text: 'second line' }],
      },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two continued' }]],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
    ]);
  });

  it('reads bold, italic, links and bare addresses', () => {
    expect(parseInline('a **b** *c* [d](https://adilet.zan.kz/) e https://kgd.gov.kz/ru.')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', text: 'b' },
      { type: 'text', text: ' ' },
      { type: 'emphasis', text: 'c' },
      { type: 'text', text: ' ' },
      { type: 'link', text: 'd', href: 'https://adilet.zan.kz/' },
      { type: 'text', text: ' e ' },
      { type: 'link', text: 'https://kgd.gov.kz/ru', href: 'https://kgd.gov.kz/ru' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps links to other schemes as plain text, never as links', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '//evil.example', 'vbscript:x']) {
      expect(
        parseInline(`[click](${href})`).some((inline) => inline.type === 'link'),
        href,
      ).toBe(false);
    }
    expect(parseInline('[page](/support)')).toEqual([{ type: 'link', text: 'page', href: '/support' }]);
  });

  it('prints HTML with every text escaped, so typed tags stay text', () => {
    const html = markupHtml(
      parseMarkup('<script>alert("x")</script> **<b>** [a"b](/news?x="y")\n\n- <img src=x onerror=alert(1)>'),
      'https://portal.example.kz',
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<a href="https://portal.example.kz/news?x=&quot;y&quot;">a&quot;b</a>');
  });

  it('gives the plain text for summaries', () => {
    expect(plainText(parseMarkup('## T\n\n**a** b\n\n- c'))).toBe('T\n\na b\n\n- c');
  });
});
