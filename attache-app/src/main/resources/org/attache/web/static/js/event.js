// One event: its record, every source sentence with actor, recipient, trigger, date and place
// marked, links to the documents, and the merges that made it one event.
import { encode, get } from './api.js';
import { el, field, outLink } from './dom.js';
import { code, dateText, placeText, sides, status, what } from './format.js';
import { legend, marked, spanList } from './highlight.js';

/** The mention's document id, title and sentence, under the names the API may give them. */
function documentOf(mention) {
  const document = typeof mention.document === 'object' && mention.document ? mention.document : {};
  return {
    id: document.id || mention.doc || mention.document_id || mention.document,
    title: document.title || mention.title,
    url: document.url || mention.url,
    source: document.source || mention.source,
    published: document.published || mention.published,
  };
}

/** Sentence-relative spans; document offsets are shifted when only those are given. */
function sentenceSpans(mention) {
  if (mention.sentence_spans) return spanList(mention.sentence_spans);
  const start = mention.sentence_start ?? mention.sentence_offset;
  if (typeof start === 'number' && mention.spans) return spanList(mention.spans, start);
  return spanList(mention.spans);
}

function mentionItem(mention, index) {
  const source = documentOf(mention);
  const text = typeof mention.sentence === 'string' ? mention.sentence
    : (mention.sentence && mention.sentence.text) || '';
  return el('li', { class: 'mention', 'data-mention': index },
    el('blockquote', { class: 'sentence' }, marked(text, sentenceSpans(mention))),
    el('div', { class: 'meta' },
      el('a', { href: '#/document/' + encode(source.id), class: 'doc-link' }, source.title || source.id),
      source.source ? ' · ' + source.source : '', source.published ? ' · ' + source.published : '',
      mention.status ? [' · ', status(mention.status)] : '',
      source.url ? [' · ', outLink(source.url, 'original')] : ''));
}

function mergeRow(merge) {
  const score = typeof merge.score === 'number' ? merge.score.toFixed(2) : merge.score ?? '';
  return el('tr', {},
    el('td', {}, String(merge.mention_id ?? merge.from ?? '')),
    el('td', {}, String(merge.into_mention_id ?? merge.into ?? '')),
    el('td', { class: 'number' }, score),
    el('td', {}, String(merge.reason ?? '')));
}

export async function render(container, id) {
  const event = await get('events/' + encode(id));
  container.append(el('h1', {}, what(event)));
  container.append(el('div', { class: 'record' },
    field('Event', el('code', {}, event.id)),
    field('Act', code(event), event.cameo ? ' — ' + event.cameo.name : '',
      event.cameo && typeof event.cameo.goldstein === 'number' ? ' (Goldstein ' + event.cameo.goldstein + ')' : ''),
    field('Actor', sides(event.actor)),
    field('Recipient', sides(event.recipient)),
    field('Date', dateText(event.date), event.date && event.date.basis ? ' (' + event.date.precision + ', ' + event.date.basis + ')' : ''),
    field('Place', placeText(event.place) || '—'),
    field('Status', status(event.status)),
    field('Sources', String(event.sources ?? ''))));
  const mentions = event.mentions || [];
  container.append(el('h2', {}, 'Source sentences (' + mentions.length + ')'));
  container.append(legend());
  container.append(el('ol', { class: 'mentions' }, mentions.map(mentionItem)));
  const merges = event.merges || [];
  container.append(el('h2', {}, 'Merges'));
  if (merges.length === 0) {
    container.append(el('p', { class: 'muted' }, 'None: one report.'));
  } else {
    container.append(el('table', { class: 'merges' },
      el('thead', {}, el('tr', {}, ['Mention', 'Merged into', 'Score', 'Reason'].map((name) => el('th', { scope: 'col' }, name)))),
      el('tbody', {}, merges.map(mergeRow))));
  }
}
