// The JSON API: one place that fetches, checks the status and turns errors into messages.

export class ApiError extends Error {
  constructor(status, text) {
    super(text);
    this.status = status;
  }
}

/** GET /api/{path} with the given parameters (empty values left out). */
export async function get(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      query.set(name, String(value).trim());
    }
  }
  const suffix = query.toString() ? '?' + query : '';
  const response = await fetch('/api/' + path + suffix, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const text = body && typeof body.error === 'string' ? body.error : response.statusText;
    throw new ApiError(response.status, text || 'HTTP ' + response.status);
  }
  return body;
}

export function encode(id) {
  return encodeURIComponent(id);
}
