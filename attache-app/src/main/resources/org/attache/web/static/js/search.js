// Search: articles by full text (/api/search), events whose evidence sentences hold the words
// (/api/events?q=), and a way into the events by their filters.
import { encode, get } from './api.js';
import { el, message } from './dom.js';
import { marked } from './highlight.js';
import { go } from './route.js';
import { eventTable, filterForm } from './table.js';

/** The hits of a search answer, whatever its wrapper. */
function hitsOf(answer) {
  if (Array.isArray(answer)) return answer;
  return answer.results || answer.hits || answer.documents || [];
}

/** The snippet as {text, matches: [[start, end]…]}, from an object or a plain string. */
function snippetOf(hit) {
  const snippet = hit.snippet;
  if (!snippet) return { text: '', matches: [] };
  const text = typeof snippet === 'string' ? snippet : snippet.text || '';
  const raw = (typeof snippet === 'object' && snippet.matches) || hit.matches || [];
  return { text, matches: raw.map((match) => (Array.isArray(match) ? match : [match.start, match.end])) };
}

function hitItem(hit) {
  const id = hit.id || hit.document || hit.doc;
  const snippet = snippetOf(hit);
  const spans = snippet.matches.map(([start, end]) => ({ start, end, kind: 'match' }));
  return el('li', { class: 'hit' },
    el('a', { href: '#/document/' + encode(id), class: 'hit-title' }, hit.title || id),
    el('span', { class: 'muted' }, ' ', hit.published || '', hit.source ? ' · ' + hit.source : ''),
    snippet.text ? el('p', { class: 'snippet' }, marked(snippet.text, spans)) : null);
}

export async function render(container, id, params) {
  const q = params.get('q') || '';
  container.append(el('h1', {}, 'Search'));
  const input = el('input', { type: 'search', name: 'q', id: 'q', value: q,
    placeholder: 'Words in articles, e.g. Islamabad visit', autofocus: 'autofocus' });
  const form = el('form', { class: 'search' }, input, el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    go('search', { q: input.value });
  });
  container.append(form);
  const results = el('div', { class: 'results' });
  container.append(results);
  if (q.trim()) {
    try {
      const answer = await get('search', { q, limit: 25 });
      const hits = hitsOf(answer);
      const total = typeof answer.total === 'number' ? answer.total : hits.length;
      const shown = total > hits.length ? ' (the best ' + hits.length + ')' : '';
      results.append(el('p', { class: 'summary' }, total + ' article' + (total === 1 ? '' : 's') + ' match “' + q + '”' + shown));
      if (hits.length) results.append(el('ol', { class: 'hits' }, hits.map(hitItem)));
    } catch (error) {
      results.append(message(error.message, 'error'));
    }
    try {
      const answer = await get('events', { q, limit: 25 });
      const events = answer.events || [];
      const shown = answer.total > events.length ? ' (the first ' + events.length + ')' : '';
      results.append(el('p', { class: 'summary events-summary' },
        answer.total + ' event' + (answer.total === 1 ? '' : 's') + ' reported in sentences with these words' + shown));
      if (events.length) results.append(eventTable(events));
    } catch (error) {
      results.append(message(error.message, 'error'));
    }
  } else {
    results.append(message('Type words to search the stored articles (titles and text) and the sentences that report events.'));
  }
  container.append(el('h2', {}, 'Find events'));
  container.append(filterForm(new URLSearchParams(), (values) => go('events', values)));
}
