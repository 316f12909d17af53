// The event table shared by the events and search pages, and the filter form.
import { el } from './dom.js';
import { code, dateText, placeText, status, tone, what } from './format.js';
import { encode } from './api.js';

export const FILTERS = [
  ['actor', 'Actor', 'BLR or BLR GOV'],
  ['recipient', 'Recipient', 'PAK'],
  ['dyad', 'Dyad', 'BLR,PAK'],
  ['code', 'CAMEO code', '04 or 042'],
  ['type', 'PLOVER type', 'CONSULT'],
  ['from', 'From', 'YYYY-MM-DD'],
  ['to', 'To', 'YYYY-MM-DD'],
  ['status', 'Status', 'occurred'],
];

export function eventTable(events) {
  const head = el('tr', {}, ['Date', 'What happened', 'Code', 'Where', 'Status', 'Sources']
    .map((name) => el('th', { scope: 'col' }, name)));
  const rows = events.map((event) => el(
    'tr',
    { class: 'tone-' + tone(event) },
    el('td', { class: 'nowrap' }, dateText(event.date)),
    el('td', {}, el('a', { href: '#/event/' + encode(event.id), class: 'event-link' }, what(event))),
    el('td', { class: 'nowrap' }, code(event)),
    el('td', {}, placeText(event.place)),
    el('td', {}, status(event.status)),
    el('td', { class: 'number' }, event.sources ?? ''),
  ));
  return el('table', { class: 'events' }, el('thead', {}, head), el('tbody', {}, rows));
}

/** A form with one input per filter, filled from `params`; `onSubmit` gets the values. */
export function filterForm(params, onSubmit, page = 'events') {
  const inputs = FILTERS.map(([name, label, hint]) => {
    const attributes = { name, id: 'f-' + name, placeholder: hint, value: params.get(name) || '' };
    if (name === 'status') attributes.list = 'statuses';
    return el('label', { for: 'f-' + name }, el('span', {}, label), el('input', attributes));
  });
  const statuses = el('datalist', { id: 'statuses' },
    ['occurred', 'planned', 'hypothetical', 'negated'].map((value) => el('option', { value })));
  const form = el('form', { class: 'filters' }, inputs, statuses,
    el('button', { type: 'submit' }, 'Apply'),
    el('a', { href: '#/' + page, class: 'button-link' }, 'Clear'));
  form.addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    const values = {};
    for (const [name, value] of new FormData(form)) values[name] = value;
    onSubmit(values);
  });
  return form;
}
