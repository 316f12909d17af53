// One document: its metadata and clean text with its events' spans marked, each trigger a link
// to its event, and the list of those events.
import { encode, get } from './api.js';
import { el, field, outLink } from './dom.js';
import { legend, marked, spanList } from './highlight.js';

function eventIdOf(mention) {
  return mention.event_id || mention.event;
}

export async function render(container, id) {
  const document = await get('documents/' + encode(id));
  container.append(el('h1', {}, document.title || document.id));
  container.append(el('div', { class: 'record' },
    field('Document', el('code', {}, document.id)),
    field('Source', document.source || '—', document.url ? [' · ', outLink(document.url, document.url)] : ''),
    field('Published', document.published || '—'),
    document.language ? field('Language', document.language) : null,
    document.status ? field('Status', document.status) : null));
  const mentions = document.events || document.mentions || [];
  const spans = [];
  mentions.forEach((mention, index) => {
    const eventId = eventIdOf(mention);
    const href = eventId ? '#/event/' + encode(eventId) : null;
    const label = (mention.act || (mention.cameo && mention.cameo.name) || 'event') + (eventId ? ' · ' + eventId : '');
    for (const span of spanList(mention.spans)) {
      spans.push({ ...span, href: span.kind === 'trigger' ? href : null, title: label, index });
    }
  });
  container.append(el('h2', {}, 'Text'));
  if (mentions.length) container.append(legend());
  container.append(el('div', { class: 'document-text' }, marked(document.text || '', spans)));
  container.append(el('h2', {}, 'Events in this document (' + mentions.length + ')'));
  if (mentions.length === 0) {
    container.append(el('p', { class: 'muted' }, 'No events coded in this document.'));
    return;
  }
  const seen = new Set();
  const items = [];
  for (const mention of mentions) {
    const eventId = eventIdOf(mention);
    if (!eventId || seen.has(eventId)) continue;
    seen.add(eventId);
    const trigger = spanList(mention.spans).find((span) => span.kind === 'trigger');
    const text = trigger ? (document.text || '').slice(trigger.start, trigger.end) : '';
    items.push(el('li', {},
      el('a', { href: '#/event/' + encode(eventId), class: 'event-link' },
        mention.act || (mention.cameo && mention.cameo.name) || eventId),
      mention.code ? ' (' + mention.code + ')' : '', text ? ' — “' + text + '”' : '',
      mention.status ? ' · ' + mention.status : ''));
  }
  container.append(el('ul', { class: 'doc-events' }, items));
}
