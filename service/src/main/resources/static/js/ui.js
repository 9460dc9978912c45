// Small DOM helpers shared by every page. Elements are built with h(); text is always set as text,
// never as HTML, so nothing a document or the API returns can inject markup.
import { apiKey, setApiKey } from './api.js';
import { t, lang } from './i18n.js';

let uid = 0;

/** A unique id for label/aria wiring. */
export function nextId(prefix = 'nk') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * h('button', { class: 'primary', type: 'button', on: { click: fn } }, 'Text', child)
 * Attributes: class, text, on (event handlers), dataset, for, hidden, any aria-* / other attribute.
 * Boolean true sets an empty attribute; false, null and undefined leave it out.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'on') Object.entries(value).forEach(([ev, fn]) => el.addEventListener(ev, fn));
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'for') el.htmlFor = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = !!value;
    else if (key === 'selected') el.selected = !!value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Tells screen readers something that is not otherwise visible as a change. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick makes screen readers read a repeated message again.
  window.setTimeout(() => { region.textContent = message; }, 50);
}

/** A labelled form field: label, control, hint and error text wired together. */
export function field({ label, control, hint, error, id, required, className }) {
  const controlId = id || control.id || nextId('f');
  control.id = controlId;
  const describedBy = [];
  const hintEl = hint ? h('p', { class: 'hint', id: `${controlId}-hint` }, hint) : null;
  if (hintEl) describedBy.push(hintEl.id);
  const errorEl = h('p', { class: 'field-error', id: `${controlId}-error`, hidden: !error }, error || '');
  if (error) {
    describedBy.push(errorEl.id);
    control.setAttribute('aria-invalid', 'true');
  }
  if (describedBy.length) control.setAttribute('aria-describedby', describedBy.join(' '));
  if (required) control.required = true;
  return h('div', { class: `field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}` },
    h('label', { for: controlId }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    hintEl, control, errorEl);
}

/** A select with options [{ value, label }]. */
export function select(options, value, attrs = {}) {
  return h('select', attrs, options.map((o) => h('option', { value: o.value, selected: String(o.value) === String(value ?? '') }, o.label)));
}

/** A yes / no / unknown select for a Boolean that may be null. */
export function triState(value, attrs = {}) {
  return select([
    { value: '', label: t('common.unknown') },
    { value: 'true', label: t('common.yes') },
    { value: 'false', label: t('common.no') },
  ], value === null || value === undefined ? '' : String(value), attrs);
}

export function parseTriState(value) {
  return value === '' ? null : value === 'true';
}

/** Status box for errors and notices (role=alert for errors). */
export function notice(kind, ...content) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, content);
}

/** The problem+json of an ApiError as a notice, with its field errors listed. */
export function problemNotice(error, { pointers = new Set() } = {}) {
  const p = error.problem || {};
  const unplaced = (p.errors || []).filter((e) => !pointers.has(e.pointer));
  return notice('error',
    h('p', { class: 'notice-title' }, p.title || t('error.generic')),
    p.detail ? h('p', {}, p.detail) : null,
    unplaced.length ? h('ul', {}, unplaced.map((e) => h('li', {}, e.pointer || e.parameter ? h('code', {}, e.pointer || e.parameter) : null,
      e.pointer || e.parameter ? ' ' : null, e.detail))) : null,
    error.status === 401 || error.status === 403 ? apiKeyForm() : null);
}

/** Where the service asks for an API key: a field for it, kept in this tab, and a retry. */
function apiKeyForm() {
  const id = nextId('apikey');
  const input = h('input', { type: 'password', id, value: apiKey(), autocomplete: 'off', spellcheck: 'false' });
  return h('form', {
    class: 'api-key-form', novalidate: true,
    on: { submit: (e) => {
      e.preventDefault();
      setApiKey(input.value.trim());
      window.dispatchEvent(new CustomEvent('nk:retry'));
    } },
  },
  h('label', { for: id }, t('committees.apiKey')),
  h('p', { class: 'hint' }, t('committees.apiKeyHint')),
  h('div', { class: 'inline-form' }, input, h('button', { type: 'submit', class: 'secondary' }, t('app.retry'))));
}

const SEVERITY_ORDER = ['ERROR', 'WARNING', 'INFO'];
export { SEVERITY_ORDER };

export function severityBadge(severity) {
  return h('span', { class: `badge sev-${severity.toLowerCase()}` }, t(`severity.${severity}`));
}

export function verdictLabel(verdict) {
  return t(`verdict.${verdict}`);
}

export function verdictBadge(verdict) {
  return h('span', { class: `badge verdict-${String(verdict).toLowerCase()}` }, verdictLabel(verdict));
}

/** True when a rule rests on no statute (a check of the document itself). */
export function restsOnNoStatute(legalBasis) {
  return Array.isArray(legalBasis) && legalBasis.length > 0 && legalBasis.every((b) => String(b).startsWith('Ingen lagregel'));
}

/** True when some citation is a statute (KL, LOU, a Lag or Förordning), not only a reglemente or agreement. */
export function citesStatute(legalBasis) {
  return Array.isArray(legalBasis) && legalBasis.some((b) => /^(KL|LOU|Lag|Förordning)\b/.test(String(b)));
}

/** The key of the text saying how sure the citation is: against the statute, or against its source document. */
export function verificationKey(verified, legalBasis) {
  if (restsOnNoStatute(legalBasis)) {
    return 'finding.noStatute';
  }
  if (!citesStatute(legalBasis)) {
    return verified ? 'finding.verifiedSource' : 'finding.unverifiedSource';
  }
  return verified ? 'finding.verified' : 'finding.unverified';
}

/** "Kommunallag (2017:725), lydelse enligt Lag (2019:835)". */
export function lawVersion(p) {
  return t('finding.lawVersion', { statute: p.statute || '', version: p.version || '' });
}

/**
 * The wording of the provisions a finding or rule cites, folded under "Lagtext": per provision its
 * citation, statute and version, and the text with the words the rule rests on marked.
 */
export function lawDetails(provisions) {
  if (!Array.isArray(provisions) || !provisions.length) return null;
  return h('details', { class: 'law' },
    h('summary', {}, t('finding.law')),
    provisions.map((p) => h('figure', { class: 'provision' },
      h('figcaption', {}, h('cite', {}, p.ref), ' ', h('span', { class: 'law-version' }, lawVersion(p))),
      h('blockquote', { lang: 'sv' }, marked(p.text || '', p.quotes || [])))));
}

/** The text with every quoted passage marked: [string, <mark>, string, …]. */
function marked(text, quotes) {
  const ranges = [];
  quotes.forEach((q) => {
    const at = q ? text.indexOf(q) : -1;
    if (at >= 0) ranges.push([at, at + q.length]);
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  ranges.forEach((r) => {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  });
  const parts = [];
  let from = 0;
  merged.forEach(([a, b]) => {
    if (a > from) parts.push(text.slice(from, a));
    parts.push(h('mark', {}, text.slice(a, b)));
    from = b;
  });
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

export function verifiedBadge(verified, legalBasis) {
  const key = verificationKey(verified, legalBasis);
  const cls = key === 'finding.noStatute' ? 'nostatute' : (verified ? 'verified' : 'unverified');
  return h('span', { class: `badge ${cls}` }, t(key));
}

const PERCENT_FACTS = new Set(['share', 'openMarketShare', 'activityShare', 'activityShareForControllers']);

/**
 * "14 platser, 11 närvarande, 8 krävs" from a finding's facts: a number with a unit word
 * (fact.<key>) reads "14 platser", anything else "Label: value" (factLabel.<key>). A text fact
 * with an English twin (source / sourceEn) shows the one of the current language.
 */
export function formatFacts(facts) {
  if (!facts) return [];
  const english = lang() === 'en';
  return Object.entries(facts).filter(([key]) => !(key.endsWith('En') && key.slice(0, -2) in facts)).map(([key, raw]) => {
    const value = english && `${key}En` in facts ? facts[`${key}En`] : raw;
    if (typeof value === 'number' && PERCENT_FACTS.has(key)) {
      return `${t(`factLabel.${key}`, {}, key)}: ${formatNumber(Math.round(value * 10000) / 100)} %`;
    }
    const unit = typeof value === 'number' ? t(`fact.${key}`, {}, null) : null;
    if (unit) return `${formatNumber(value)} ${unit}`;
    return `${t(`factLabel.${key}`, {}, key)}: ${formatValue(value)}`;
  });
}

function formatValue(value) {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function formatNumber(n) {
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 4 }).format(n);
}

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'medium' }).format(d);
}

/** A region heading that receives focus, so keyboard and screen-reader users land on new content. */
export function focusHeading(el) {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: false });
}

/** Deep copy of plain JSON data. */
export function clone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Lowercase ASCII id from a name: "Bergs kommun" -> "bergs-kommun". */
export function slug(name) {
  return String(name || '').toLowerCase()
    .replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/ü/g, 'u')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
}

/**
 * A date as ÅÅÅÅ-MM-DD from what the user typed ("2026-3-1", "20260301"); the text as typed when it
 * is not a date in that order, '' for nothing.
 */
export function normaliseDate(text) {
  const s = String(text || '').trim();
  const m = /^(\d{4})-?(\d{1,2})-?(\d{1,2})$/.exec(s) || /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return s;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isDate(iso) ? iso : s;
}

/** Whether text is a date that exists, written ÅÅÅÅ-MM-DD. */
export function isDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A date field that shows and takes the Swedish format, ÅÅÅÅ-MM-DD, whatever the browser's language
 * (a date picker would show the browser's own format: 03/11/2026 in an English browser). onValue
 * gets the date as ÅÅÅÅ-MM-DD, or the text as typed when it is not one (the API then says why); a
 * text that is not a date is marked next to the field when the user leaves it, and onCommit (if
 * given) is called then too.
 */
export function dateInput(value, onValue, attrs = {}, onCommit = null) {
  const input = h('input', {
    type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', maxlength: '10', size: '12',
    class: 'date-input', placeholder: t('date.placeholder'), value: value || '', ...attrs,
    on: {
      input: (e) => onValue(normaliseDate(e.target.value)),
      change: (e) => {
        const date = normaliseDate(e.target.value);
        if (date !== e.target.value) e.target.value = date;
        const invalid = date !== '' && !isDate(date);
        const error = e.target.id ? document.getElementById(`${e.target.id}-error`) : null;
        if (invalid) e.target.setAttribute('aria-invalid', 'true');
        else e.target.removeAttribute('aria-invalid');
        if (error && (invalid || error.dataset.date)) {
          error.textContent = invalid ? t('date.invalid') : '';
          error.hidden = !invalid;
          if (invalid) error.dataset.date = 'true';
          else delete error.dataset.date;
          const describedBy = new Set((e.target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
          if (invalid) describedBy.add(error.id);
          else describedBy.delete(error.id);
          if (describedBy.size) e.target.setAttribute('aria-describedby', [...describedBy].join(' '));
          else e.target.removeAttribute('aria-describedby');
        }
        onValue(date);
        if (onCommit) onCommit(date);
      },
    },
  });
  return input;
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is missing. */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      // fall through
    }
  }
  const area = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch (e) {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Offers text as a file download. */
export function download(fileName, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}
