import type { Block, Inline } from '@shekara/contracts/portal';

/**
 * The markup as HTML for places that must carry HTML (the Atom feed's content). Every text is
 * escaped and the only tags are the ones written here, so an editor's text cannot add any.
 */
export function markupHtml(blocks: Block[], baseUrl: string): string {
  return blocks
    .map((block) => {
      if (block.type === 'heading')
        return `<h${block.level + 1}>${inlineHtml(block.content, baseUrl)}</h${block.level + 1}>`;
      if (block.type === 'paragraph') return `<p>${inlineHtml(block.content, baseUrl)}</p>`;
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item, baseUrl)}</li>`).join('')}</${tag}>`;
    })
    .join('\n');
}

function inlineHtml(content: Inline[], baseUrl: string): string {
  return content
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return escapeHtml(inline.text);
        case 'strong':
          return `<strong>${escapeHtml(inline.text)}</strong>`;
        case 'emphasis':
          return `<em>${escapeHtml(inline.text)}</em>`;
        case 'break':
          return '<br>';
        case 'link':
          // A feed reader has no page to resolve a site-relative link against: make it absolute.
          return `<a href="${escapeHtml(inline.href.startsWith('/') ? baseUrl + inline.href : inline.href)}">${escapeHtml(inline.text)}</a>`;
      }
    })
    .join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
