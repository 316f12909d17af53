// Marks spans in a text: each character run gets the kinds of the spans covering it, built as
// text nodes inside <mark> elements (the text is never parsed as markup).
import { el } from './dom.js';

export const KINDS = ['trigger', 'actor', 'recipient', 'date', 'place'];

/** The pairs in one span value: [s,e], [[s,e]…], {start,end} or [{start,end}…]. */
function pairsOf(value) {
  if (!value) return [];
  if (!Array.isArray(value)) return typeof value.start === 'number' ? [[value.start, value.end]] : [];
  if (value.length === 2 && typeof value[0] === 'number') return [value];
  return value.flatMap(pairsOf);
}

/**
 * Spans such as {trigger:[s,e], actor:[[s,e]…]} or {trigger:{start,end}, actors:[{start,end}…]}
 * as a flat list of {start, end, kind}, shifted left by `shift`.
 */
export function spanList(spans, shift = 0) {
  const list = [];
  if (!spans) return list;
  for (const kind of KINDS) {
    for (const [start, end] of [...pairsOf(spans[kind]), ...pairsOf(spans[kind + 's'])]) {
      if (typeof start === 'number' && typeof end === 'number') {
        list.push({ start: start - shift, end: end - shift, kind });
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
