/**
 * Paste from Word keeping structure. Desktop Word puts list items on the clipboard as paragraphs
 * (`<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">`) with the number or bullet as literal text
 * in a `mso-list:Ignore` span; pasted as is they become flat paragraphs with frozen numbers. This rebuilds
 * real `<ol>`/`<ul>` lists (nested by level) before ProseMirror parses the HTML, and drops Word's `<o:p>`.
 * Tables pass through: TipTap's table nodes parse Word's `<table>` as it is.
 */

const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
/** A marker that counts ("1.", "a)", "IV.", "(2)"); anything else (·, o, §, -, •) is a bullet. */
const ORDERED_MARKER = /^\(?([0-9]+|[a-zA-Z]{1,4})[.)]/;

interface ListParagraph {
  element: HTMLElement;
  list: string;
  level: number;
  ordered: boolean;
}

function listParagraph(node: Element): ListParagraph | null {
  if (node.tagName !== 'P') return null;
  const match = MSO_LIST.exec(node.getAttribute('style') ?? '');
  if (!match) return null;
  const marker = node.querySelector('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]');
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  return {
    element: node as HTMLElement,
    list: match[1] ?? 'l0',
    level: Math.max(1, Number(match[2] ?? 1)),
    ordered: ORDERED_MARKER.test(markerText),
  };
}

/** Replaces each run of list paragraphs directly inside `container` with nested lists. */
function rebuildLists(doc: Document, container: Element): void {
  const children = Array.from(container.children);
  let stack: HTMLElement[] = [];
  let currentList: string | null = null;
  for (const child of children) {
    const item = listParagraph(child);
    if (!item) {
      stack = [];
      currentList = null;
      continue;
    }
    if (item.list !== currentList && item.level === 1) stack = [];
    currentList = item.list;
    while (stack.length > item.level) stack.pop();
    while (stack.length < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      const parent = stack.at(-1);
      if (parent) (parent.lastElementChild ?? parent.appendChild(doc.createElement('li'))).appendChild(list);
      else child.before(list);
      stack.push(list);
    }
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...Array.from(item.element.childNodes));
    li.appendChild(paragraph);
    stack.at(-1)?.appendChild(li);
    child.remove();
  }
}

/** Word's HTML with its list paragraphs as real lists; other HTML is returned unchanged. */
export function transformWordHtml(html: string): string {
  if (!/mso-|urn:schemas-microsoft-com/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('o\\:p').forEach((node) => node.remove());
  rebuildLists(doc, doc.body);
  doc.body.querySelectorAll('td, th, div').forEach((cell) => rebuildLists(doc, cell));
  return doc.body.innerHTML;
}
