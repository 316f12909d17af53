// Event places on the bundled world outline (Natural Earth 110m, equirectangular, viewBox
// 0 0 360 180): one dot per place, sized by its events, each linking to an event.
import { encode, get } from './api.js';
import { el, message, svg } from './dom.js';
import { placeText, what } from './format.js';
import { go } from './route.js';
import { FILTERS, filterForm } from './table.js';

let outline = null;

async function world() {
  if (!outline) {
    const response = await fetch('world.json');
    if (!response.ok) throw new Error('world outline not found: world.json answered ' + response.status);
    outline = await response.json();
  }
  return outline;
}

function places(events) {
  const byPlace = new Map();
  for (const event of events) {
    const place = event.place;
    if (!place || typeof place.lat !== 'number' || typeof place.lon !== 'number') continue;
    const key = place.lat.toFixed(2) + ',' + place.lon.toFixed(2);
    if (!byPlace.has(key)) byPlace.set(key, { place, events: [] });
    byPlace.get(key).events.push(event);
  }
  return [...byPlace.values()].sort((x, y) => y.events.length - x.events.length);
}

export async function render(container, id, params) {
  const filters = {};
  for (const [name] of FILTERS) filters[name] = params.get(name);
  container.append(el('h1', {}, 'Map of event places'));
  container.append(filterForm(params, (values) => go('map', values), 'map'));
  const [shapes, answer] = await Promise.all([world(), get('events', { ...filters, limit: 1000 })]);
  const events = answer.events || [];
  const located = places(events);
  const map = svg('svg', { viewBox: shapes.viewBox || '0 0 360 180', class: 'world', role: 'img',
    'aria-label': 'World map with ' + located.length + ' event places' });
  map.append(svg('rect', { x: 0, y: 0, width: 360, height: 180, class: 'sea' }));
  for (const country of shapes.countries) {
    map.append(svg('path', { d: country.d, class: 'land' }, svg('title', {}, country.name)));
  }
  const most = Math.max(1, ...located.map((entry) => entry.events.length));
  for (const entry of located) {
    const x = entry.place.lon + 180;
    const y = 90 - entry.place.lat;
    const radius = 1.2 + 2.8 * Math.sqrt(entry.events.length / most);
    const link = svg('a', { href: '#/event/' + encode(entry.events[0].id), class: 'dot-link' },
      svg('circle', { cx: x.toFixed(2), cy: y.toFixed(2), r: radius.toFixed(2), class: 'dot' },
        svg('title', {}, placeText(entry.place) + ': ' + entry.events.length + ' event(s)')));
    map.append(link);
  }
  container.append(el('p', { class: 'summary' }, located.length + ' places for ' +
    located.reduce((sum, entry) => sum + entry.events.length, 0) + ' of ' + events.length +
    ' events shown' + (answer.total > events.length ? ' (first ' + events.length + ' of ' + answer.total + ')' : '')));
  container.append(el('figure', { class: 'map-box' }, map,
    el('figcaption', { class: 'muted' }, 'Outline: Natural Earth 1:110m countries (public domain).')));
  if (located.length === 0) {
    container.append(message('None of these events has a place with coordinates.'));
    return;
  }
  container.append(el('h2', {}, 'Places'));
  container.append(el('ul', { class: 'places' }, located.map((entry) => el('li', {},
    el('strong', {}, placeText(entry.place)), ' (' + entry.events.length + '): ',
    entry.events.slice(0, 5).map((event, index) => [index ? '; ' : '',
      el('a', { href: '#/event/' + encode(event.id) }, what(event))]),
    entry.events.length > 5 ? ' …' : ''))));
}
