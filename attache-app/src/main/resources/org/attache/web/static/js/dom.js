// DOM building without HTML parsing: every piece of data becomes a text node, never markup.

/** An element with attributes (strings; `class` allowed) and children (nodes, strings, arrays). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'href') node.setAttribute('href', safeHref(String(value)));
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

/** An SVG element, for charts and the map. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** Links inside the app (#/…), to this server, or to http(s) pages; anything else is dropped. */
export function safeHref(href) {
  if (href.startsWith('#') || href.startsWith('/')) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** A link to an external source page, opened without referrer. */
export function outLink(url, text) {
  if (!url) return null;
  return el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, text ?? url);
}

export function field(label, ...value) {
  return el('div', { class: 'field' }, el('span', { class: 'label' }, label), ' ', ...value);
}

export function message(text, kind = 'muted') {
  return el('p', { class: kind }, text);
}
