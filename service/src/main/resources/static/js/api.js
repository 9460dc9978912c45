// The API client: JSON in and out, the language sent as Accept-Language (so problem+json texts and
// findings come in the user's language), the API key when the user gave one, ETags returned.
import { lang, t } from './i18n.js';

const KEY_STORAGE = 'nk.apiKey';

/** An error answer of the API (application/problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(status, problem, etag) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.etag = etag || null;
  }

  /** Field errors by JSON Pointer: { "/parties/0/name": "får inte vara tom" }. */
  get fieldErrors() {
    const map = {};
    for (const e of this.problem.errors || []) {
      const key = e.pointer !== undefined ? e.pointer : `?${e.parameter}`;
      map[key] = map[key] ? `${map[key]} ${e.detail}` : e.detail;
    }
    return map;
  }
}

export function apiKey() {
  try {
    return window.sessionStorage.getItem(KEY_STORAGE) || '';
  } catch (e) {
    return '';
  }
}

/** Keeps the key for this browser tab only (sessionStorage), never in a cookie or the URL. */
export function setApiKey(key) {
  try {
    if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
    else window.sessionStorage.removeItem(KEY_STORAGE);
  } catch (e) {
    // ignored: the key then lasts until the page is left
  }
}

function headers(extra = {}) {
  const h = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang(), ...extra };
  const key = apiKey();
  if (key) h['X-API-Key'] = key;
  return h;
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (e) {
    return { title: `HTTP ${response.status}` };
  }
}

/**
 * request('/api/v1/committees/x', { method: 'PUT', json: body, headers: { 'If-Match': etag } })
 * resolves to { data, etag, status } or rejects with ApiError.
 */
export async function request(path, { method = 'GET', json, body, headers: extra = {}, signal } = {}) {
  const init = { method, headers: headers(extra), signal, credentials: 'same-origin' };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers['Content-Type'] = 'application/json';
  } else if (body !== undefined) {
    init.body = body;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: t('error.network') });
  }
  const etag = response.headers.get('ETag');
  if (!response.ok) throw new ApiError(response.status, await problemOf(response), etag);
  const data = response.status === 204 ? null : await response.json();
  return { data, etag, status: response.status };
}

export const get = (path, options) => request(path, options).then((r) => r.data);

/**
 * Sends a body with upload progress (fetch cannot report it): onProgress(fraction) while the bytes
 * go out, onProgress(null) once they are all sent and the server is working.
 */
export function upload(path, body, { contentType, onProgress } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    Object.entries(headers(contentType ? { 'Content-Type': contentType } : {})).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.responseType = 'text';
    xhr.upload.addEventListener('progress', (e) => {
      if (onProgress && e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.upload.addEventListener('load', () => onProgress && onProgress(null));
    xhr.addEventListener('load', () => {
      let data = null;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch (e) {
        data = { title: `HTTP ${xhr.status}` };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data);
      else reject(new ApiError(xhr.status, data));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { title: t('error.network') })));
    xhr.send(body);
  });
}

let rulesCache = null;

/** The rule catalogue, fetched once per page load. */
export function rules() {
  if (!rulesCache) {
    rulesCache = get('/api/v1/rules').catch((e) => {
      rulesCache = null;
      throw e;
    });
  }
  return rulesCache;
}

/** The registry's committees (summaries). */
export const committees = () => get('/api/v1/committees');
