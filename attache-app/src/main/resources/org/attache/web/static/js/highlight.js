// Marks spans in a text: each character run gets the kinds of the spans covering it, built as
// text nodes inside <mark> elements (the text is never parsed as markup).
import { el } from './dom.js';

export const KINDS = ['trigger', 'actor', 'recipient', 'date', 'place'];

/** Spans {trigger:[s,e], actor:[[s,e]…], …} as a flat list of {start, end, kind}. */
export function spanList(spans, shift = 0) {
  const list = [];
  for (const kind of KINDS) {
    const value = spans ? spans[kind] : null;
    if (!Array.isArray(value) || value.length === 0) continue;
    const pairs = Array.isArray(value[0]) ? value : [value];
    for (const pair of pairs) {
      if (Array.isArray(pair) && pair.length === 2 && pair[0] !== null && pair[1] !== null) {
        list.push({ start: pair[0] - shift, end: pair[1] - shift, kind });
      }
    }
  }
  return list;
}

/**
 * Nodes for `text` with the spans marked. A span may carry `href` (the mark becomes a link) and
 * `title`. Spans outside the text are clipped; overlapping spans split into runs.
 */
export function marked(text, spans) {
  const valid = spans
    .map((span) => ({ ...span, start: Math.max(0, span.start), end: Math.min(text.length, span.end) }))
    .filter((span) => span.start < span.end);
  const cuts = new Set([0, text.length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = valid.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) {
      nodes.push(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((span) => span.kind))];
    const linked = covering.find((span) => span.href);
    const titled = covering.map((span) => span.title || span.kind);
    const mark = el(
      'mark',
      { class: kinds.map((kind) => 'hl-' + kind).join(' '), 'data-kinds': kinds.join(' '),
        title: [...new Set(titled)].join('; ') },
      piece,
    );
    nodes.push(linked ? el('a', { href: linked.href, class: 'mark-link' }, mark) : mark);
  }
  return nodes;
}

export function legend() {
  return el(
    'p',
    { class: 'legend' },
    KINDS.map((kind) => [el('mark', { class: 'hl-' + kind }, kind), ' ']),
  );
}
