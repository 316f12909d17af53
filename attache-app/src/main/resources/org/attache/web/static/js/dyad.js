// A relation between two countries: pickers, the cooperation–conflict chart and the timeline.
import { encode, get } from './api.js';
import { el, field, message } from './dom.js';
import { seriesChart } from './chart.js';
import { range, status } from './format.js';
import { go } from './route.js';

function picker(name, label, value, codes) {
  return el('label', { for: 'd-' + name }, el('span', {}, label),
    el('input', { id: 'd-' + name, name, value, list: 'country-codes', size: 5,
      pattern: '[A-Za-z]{3}', required: 'required' }),
    el('datalist', { id: name === 'a' ? 'country-codes' : 'unused-' + name },
      name === 'a' ? codes.map((code) => el('option', { value: code })) : []));
}

async function knownCountries() {
  try {
    const answer = await get('dyads', { limit: 200 });
    const dyads = Array.isArray(answer) ? answer : answer.dyads || [];
    const codes = new Set();
    for (const dyad of dyads) for (const code of [dyad.first, dyad.second]) if (code) codes.add(code);
    return [...codes].sort();
  } catch {
    return [];
  }
}

function sideWords(list) {
  return (list || []).map((side) => [side.country, side.sector].filter(Boolean).join(' ')
    + (side.name ? ' (' + side.name + ')' : '')).join(', ');
}

function timelineItem(event, record) {
  const outlets = record ? [...new Set((record.mentions || []).map((m) => m.source).filter(Boolean))] : [];
  return el('li', { class: 'timeline-item tone-q' + (event.quad_class ?? 0) },
    el('div', { class: 'when' }, range(event.start, event.end)),
    el('div', { class: 'body' },
      el('a', { href: '#/event/' + encode(event.id), class: 'event-link' }, event.what || event.act || event.id),
      el('div', { class: 'meta' },
        field('Who', sideWords(event.actors) + (event.recipients && event.recipients.length ? ' → ' + sideWords(event.recipients) : '')),
        event.where ? field('Where', event.where) : null,
        field('Status', status(event.status)),
        field('Sources', String(event.sources ?? ''), outlets.length ? ' (' + outlets.join(', ') + ')' : ''))));
}

export async function render(container, id, params) {
  const a = (params.get('a') || 'BLR').toUpperCase();
  const b = (params.get('b') || 'PAK').toUpperCase();
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  container.append(el('h1', {}, 'Dyad ', el('span', { class: 'dyad-codes' }, a + ' – ' + b)));
  const form = el('form', { class: 'filters dyad-form' },
    picker('a', 'Country', a, await knownCountries()), picker('b', 'and', b, []),
    el('label', { for: 'd-from' }, el('span', {}, 'From'), el('input', { id: 'd-from', name: 'from', value: from, placeholder: 'YYYY-MM-DD' })),
    el('label', { for: 'd-to' }, el('span', {}, 'To'), el('input', { id: 'd-to', name: 'to', value: to, placeholder: 'YYYY-MM-DD' })),
    el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    go('dyad', Object.fromEntries(new FormData(form)));
  });
  container.append(form);
  const brief = await get('brief', { a, b, from, to });
  const names = (brief.countries || []).map((country) => country.name || country.code);
  if (names.length === 2) container.querySelector('h1').append(' ', el('span', { class: 'muted' }, names.join(' and ')));
  for (const note of brief.notes || []) container.append(message(note, 'note'));
  const months = brief.months || [];
  if (months.length) container.append(el('figure', { class: 'chart-box' }, seriesChart(months, 'Cooperation and conflict per month, ' + a + '–' + b)));
  const events = brief.events || [];
  let records = new Map();
  try {
    const listed = await get('events', { dyad: a + ',' + b, from, to, limit: 500 });
    records = new Map((listed.events || []).map((record) => [record.id, record]));
  } catch {
    // the outlets are a detail; the timeline stands without them
  }
  container.append(el('h2', {}, 'Timeline (' + events.length + ' event' + (events.length === 1 ? '' : 's') + ')'));
  if (events.length === 0) container.append(message('No events between these two.'));
  else container.append(el('ol', { class: 'timeline' }, events.map((event) => timelineItem(event, records.get(event.id)))));
}
