// Hash routes: #/page/id?query, read and written.

/** {page, id, params} from a hash such as #/event/ev-1 or #/events?actor=BLR. */
export function parseHash(hash) {
  const text = hash.replace(/^#\/?/, '');
  const [path, query = ''] = text.split('?', 2);
  const [page = '', ...rest] = path.split('/');
  return {
    page: page || 'search',
    id: rest.length ? decodeURIComponent(rest.join('/')) : null,
    params: new URLSearchParams(query),
  };
}

/** The hash for a page with parameters (empty values left out). */
export function hashFor(page, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      query.set(name, String(value).trim());
    }
  }
  const suffix = query.toString();
  return '#/' + page + (suffix ? '?' + suffix : '');
}

/** Sets the query of the current page, which re-renders it. */
export function go(page, params) {
  location.hash = hashFor(page, params);
}
