// The two dictionaries (i18n/sv.js, i18n/en.js) and the current language. Swedish is the default;
// the choice is remembered in the browser. Strings use {name} placeholders.
import sv from './i18n/sv.js';
import en from './i18n/en.js';

const DICTIONARIES = { sv, en };
const STORAGE_KEY = 'nk.lang';

let current = readStored();

function readStored() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'en' ? 'en' : 'sv';
  } catch (e) {
    return 'sv';
  }
}

export function lang() {
  return current;
}

/**
 * The text of key in the current language, Swedish when English lacks it. With fallback given,
 * a missing key returns the fallback instead of the key itself.
 */
export function t(key, vars = {}, fallback) {
  let text = DICTIONARIES[current][key];
  if (text === undefined) text = DICTIONARIES.sv[key];
  if (text === undefined) return fallback === undefined ? key : fallback;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (vars && vars[name] !== undefined ? String(vars[name]) : whole));
}

/** As t(), choosing key.one when count is 1 and the dictionary has it. */
export function tn(key, count, vars = {}) {
  const all = { count, ...vars };
  return count === 1 && t(`${key}.one`, all, null) !== null ? t(`${key}.one`, all) : t(key, all);
}

/** Sets the language, updates <html lang> and the static texts, and tells the pages. */
export function setLang(next) {
  current = next === 'en' ? 'en' : 'sv';
  try {
    window.localStorage.setItem(STORAGE_KEY, current);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  applyStatic();
  window.dispatchEvent(new CustomEvent('nk:langchange', { detail: current }));
}

/** Texts of the page shell: data-i18n (text), data-i18n-aria-label, data-i18n-title. */
export function applyStatic(root = document) {
  document.documentElement.lang = current;
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel)); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.setAttribute('title', t(el.dataset.i18nTitle)); });
}
