// The stored documents, newest first as the API lists them, 50 a page.
import { encode, get } from './api.js';
import { el, message } from './dom.js';
import { go } from './route.js';

const PAGE = 50;

export async function render(container, id, params) {
  const offset = Math.max(0, Number.parseInt(params.get('offset') || '0', 10) || 0);
  container.append(el('h1', {}, 'Documents'));
  const answer = await get('documents', { limit: PAGE, offset });
  const documents = Array.isArray(answer) ? answer : answer.documents || [];
  if (documents.length === 0) {
    container.append(message('No documents here.'));
    return;
  }
  const rows = documents.map((document) => el('tr', {},
    el('td', { class: 'nowrap' }, document.published || ''),
    el('td', {}, el('a', { href: '#/document/' + encode(document.id) }, document.title || document.id)),
    el('td', {}, document.source || ''),
    el('td', {}, document.language || ''),
    el('td', {}, document.status || '')));
  container.append(el('table', { class: 'documents' },
    el('thead', {}, el('tr', {}, ['Published', 'Title', 'Source', 'Language', 'Status']
      .map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, rows)));
  const pager = el('p', { class: 'pager' });
  if (offset > 0) {
    const previous = el('button', { type: 'button' }, '← Previous');
    previous.addEventListener('click', () => go('documents', { offset: Math.max(0, offset - PAGE) }));
    pager.append(previous, ' ');
  }
  if (documents.length === PAGE) {
    const next = el('button', { type: 'button' }, 'Next →');
    next.addEventListener('click', () => go('documents', { offset: offset + PAGE }));
    pager.append(next);
  }
  container.append(pager);
}
