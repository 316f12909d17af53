// Words for event records (docs/events.md): sides, acts, dates, places and statuses.
import { el } from './dom.js';

/** "BLR GOV (Sergei Aleinik)" for one side of an event. */
export function side(actor) {
  if (!actor) return '';
  const code = [actor.country, actor.sector].filter(Boolean).join(' ');
  const name = actor.name || (actor.country ? null : actor.text);
  return name ? (code ? code + ' (' + name + ')' : name) : code || '?';
}

/** The sides in words, without repeats and without a bare "BLR GOV" beside a named one. */
function sideWords(list) {
  const words = [...new Set((list || []).map(side))];
  return words.filter((word) => !words.some((other) => other !== word && other.startsWith(word + ' (')));
}

export function sides(list) {
  return sideWords(list).join(' and ') || '—';
}

/** "BLR GOV → PAK GOV: Make a visit" (or "A and B (jointly): act"). */
export function what(event) {
  const act = event.cameo ? event.cameo.name : '';
  const actors = sides(event.actor);
  if (!event.recipient || event.recipient.length === 0) {
    return sideWords(event.actor).length > 1 ? actors + ' (jointly): ' + act : actors + ': ' + act;
  }
  return actors + ' → ' + sides(event.recipient) + ': ' + act;
}

/** A date range in words: "2023-05-30", "2023-05-30 – 2023-05-31", "2022" for a whole year. */
export function range(start, end) {
  if (!start) return 'undated';
  if (!end || end === start) return start;
  const year = start.slice(0, 4);
  if (start === year + '-01-01' && end === year + '-12-31') return year;
  const month = start.slice(0, 7);
  const last = new Date(Date.UTC(Number(year), Number(start.slice(5, 7)), 0)).getUTCDate();
  if (start === month + '-01' && end === month + '-' + String(last).padStart(2, '0')) return month;
  return start + ' – ' + end;
}

export function dateText(date) {
  return date ? range(date.start, date.end) : 'undated';
}

export function placeText(place) {
  if (!place || !place.name) return '';
  return place.country ? place.name + ', ' + place.country : place.name;
}

export function code(event) {
  if (!event.cameo) return '';
  return event.cameo.code + (event.plover && event.plover.type ? ' · ' + event.plover.type : '');
}

/** A coloured badge for occurred | planned | hypothetical | negated. */
export function status(value) {
  const known = ['occurred', 'planned', 'hypothetical', 'negated'];
  const kind = known.includes(value) ? value : 'unknown';
  return el('span', { class: 'status status-' + kind }, value || 'unknown');
}

/** Quad class 1–4 as a tone: cooperation or conflict. */
export function tone(event) {
  const quad = event.cameo ? event.cameo.quad_class : null;
  if (quad === 1 || quad === 2) return 'coop';
  if (quad === 3 || quad === 4) return 'conf';
  return 'neutral';
}
