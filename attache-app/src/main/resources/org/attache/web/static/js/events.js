// The event table with the same filters as `attache events`, 50 events a page.
import { get } from './api.js';
import { el, message } from './dom.js';
import { go } from './route.js';
import { FILTERS, eventTable, filterForm } from './table.js';

const PAGE = 50;

export async function render(container, id, params) {
  const filters = {};
  for (const [name] of FILTERS) filters[name] = params.get(name);
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  container.append(el('h1', {}, 'Events'));
  container.append(filterForm(params, (values) => go('events', values)));
  let result;
  try {
    result = await get('events', { ...filters, limit: PAGE, offset });
  } catch (error) {
    container.append(message(error.message, 'error'));
    return;
  }
  const events = result.events || [];
  const total = result.total ?? events.length;
  const shown = events.length ? (offset + 1) + '–' + (offset + events.length) : '0';
  container.append(el('p', { class: 'summary' }, shown + ' of ' + total.toLocaleString('en') + ' events'));
  if (events.length === 0) {
    container.append(message('No events match these filters.'));
    return;
  }
  container.append(eventTable(events));
  const pager = el('p', { class: 'pager' });
  const link = (label, at) => el('a', { href: '#', class: 'button-link' }, label);
  if (offset > 0) {
    const previous = link('← Previous');
    previous.addEventListener('click', (click) => {
      click.preventDefault();
      go('events', { ...filters, offset: Math.max(0, offset - PAGE) });
    });
    pager.append(previous, ' ');
  }
  if (offset + events.length < total) {
    const next = link('Next →');
    next.addEventListener('click', (click) => {
      click.preventDefault();
      go('events', { ...filters, offset: offset + PAGE });
    });
    pager.append(next);
  }
  container.append(pager);
}
