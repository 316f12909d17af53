// The single-page shell: hash routes (#/page/id?query) to page modules, the header's counts.
import { get } from './api.js';
import { el, message, replace } from './dom.js';
import { parseHash } from './route.js';
import * as search from './search.js';
import * as events from './events.js';
import * as dyad from './dyad.js';
import * as map from './map.js';
import * as event from './event.js';
import * as documents from './documents.js';
import * as doc from './document.js';

const PAGES = { search, events, dyad, map, event, documents, document: doc };
const TITLES = {
  search: 'Search', events: 'Events', dyad: 'Dyad', map: 'Map', event: 'Event',
  documents: 'Documents', document: 'Document',
};

let generation = 0;

async function route() {
  const view = document.getElementById('view');
  const { page, id, params } = parseHash(location.hash);
  const module = PAGES[page];
  const current = ++generation;
  view.removeAttribute('data-ready');
  for (const link of document.querySelectorAll('header nav a')) {
    link.classList.toggle('active', link.dataset.page === page);
  }
  document.title = 'Attaché · ' + (TITLES[page] || 'Not found');
  if (!module) {
    replace(view, el('h1', {}, 'Not found'), message('No page called “' + page + '”.', 'error'));
    return;
  }
  replace(view, message('Loading…'));
  const container = el('section', { class: 'page page-' + page });
  try {
    await module.render(container, id, params);
    if (current === generation) replace(view, container);
  } catch (error) {
    if (current !== generation) return;
    replace(view, el('h1', {}, TITLES[page]), message(error.message || String(error), 'error'));
  }
  if (current === generation) view.setAttribute('data-ready', page);
}

async function stats() {
  try {
    const counts = await get('stats');
    const parts = ['documents', 'events'].filter((key) => typeof counts[key] === 'number')
      .map((key) => counts[key].toLocaleString('en') + ' ' + key);
    replace(document.getElementById('stats'), parts.join(' · '));
  } catch {
    // counts are a convenience; the pages say what failed
  }
}

window.addEventListener('hashchange', route);
route();
stats();
