// Regler: the rule catalogue, searchable. Each rule shows its citation, whether it is verified
// against the statute text, the law's words (under "Lagtext"), how it reads the law, and its examples
// (the YAML test cases).
import { get, rules } from '../api.js';
import { lang, t } from '../i18n.js';
import {
  h, lawDetails, problemNotice, replace, severityBadge, verifiedBadge,
} from '../ui.js';

const state = { rules: null, error: null, query: '', open: new Set(), examples: new Map() };
let resultsEl = null;
let countEl = null;

function normalise(text) {
  return String(text || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function matches(rule, query) {
  if (!query) return true;
  const haystack = normalise([rule.id, rule.title, rule.titleEn, (rule.legalBasis || []).join(' '), rule.explanation,
    (rule.severities || []).join(' ')].join(' '));
  return normalise(query).split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

async function loadExamples(rule, container) {
  let entry = state.examples.get(rule.id);
  if (!entry) {
    replace(container, h('p', { class: 'muted' }, t('rules.loadingExamples')));
    try {
      entry = { items: await get(`/api/v1/rules/${encodeURIComponent(rule.id)}/examples`) };
    } catch (e) {
      entry = { error: e };
    }
    state.examples.set(rule.id, entry);
  }
  if (entry.error) {
    replace(container, problemNotice(entry.error));
    return;
  }
  const outcome = (ex) => (!ex.evaluated ? 'notRun' : ex.fires ? 'fires' : 'holds');
  replace(container,
    entry.items.length ? h('ul', { class: 'examples' }, entry.items.map((ex) => h('li', { class: `example example-${outcome(ex)}` },
      h('span', { class: `badge outcome-${outcome(ex)}` }, t(`rules.outcome.${outcome(ex)}`),
        ex.severities && ex.severities.length ? ` (${ex.severities.map((s) => t(`severity.${s}`)).join(', ')})` : ''),
      ' ', h('span', { lang: 'sv' }, ex.name),
      h('span', { class: 'muted example-source' }, ` – ${ex.file}${ex.committee ? `, ${ex.committee}` : ''}`))))
      : h('p', { class: 'muted' }, t('rules.noExamples')));
}

function ruleItem(rule) {
  const examples = h('div', { class: 'examples-area' });
  const details = h('details', {
    class: 'rule', id: `rule-${rule.id}`, dataset: { ruleId: rule.id }, open: state.open.has(rule.id),
    on: { toggle: () => {
      if (details.open) {
        state.open.add(rule.id);
        loadExamples(rule, examples);
      } else {
        state.open.delete(rule.id);
      }
    } },
  },
  h('summary', {},
    h('span', { class: 'rule-id' }, rule.id), ' ',
    h('span', { class: 'rule-title' }, lang() === 'en' ? rule.titleEn || rule.title : rule.title), ' ',
    h('span', { class: 'rule-badges' }, (rule.severities || []).map((s) => severityBadge(s)))),
  h('dl', { class: 'finding-meta' },
    h('dt', {}, t('finding.legalBasis')),
    h('dd', { class: 'citations' }, h('ul', { class: 'citation-list' }, (rule.legalBasis || []).map((c) => h('li', {}, h('cite', {}, c)))),
      verifiedBadge(rule.verified, rule.legalBasis),
      lawDetails(rule.provisions)),
    h('dt', {}, t('rules.requires')),
    h('dd', {}, (rule.requires || []).map((r) => t(`scope.${r}`, {}, r)).join(', ') || '–'),
    h('dt', {}, t('rules.files')),
    h('dd', {}, (rule.sourceFiles || []).map((f, i) => [i ? ', ' : '', h('code', {}, f)]))),
  rule.explanation ? h('div', { class: 'explanation' },
    h('h3', {}, t('rules.explanation')),
    lang() === 'en' ? h('p', { class: 'muted' }, t('rules.explanationSwedish')) : null,
    h('p', { lang: 'sv' }, rule.explanation)) : null,
  h('h3', {}, t('rules.examples')),
  examples);
  if (details.open) loadExamples(rule, examples);
  return details;
}

function renderResults() {
  const shown = state.rules.filter((r) => matches(r, state.query));
  replace(resultsEl, shown.length ? shown.map(ruleItem) : h('p', {}, t('rules.noMatch')));
  countEl.textContent = t('rules.count', { shown: shown.length, total: state.rules.length });
}

async function render(main, params = {}) {
  if (!state.rules) {
    try {
      state.rules = await rules();
    } catch (e) {
      state.error = e;
    }
  }
  if (params.query && params.query.get('q') !== null && params.query.get('q') !== state.lastLinkQuery) {
    state.query = params.query.get('q');
    state.lastLinkQuery = state.query;
    state.rules && state.rules.filter((r) => r.id === state.query).forEach((r) => state.open.add(r.id));
  }
  let timer = null;
  const search = h('input', {
    type: 'search', id: 'rules-search', value: state.query, autocomplete: 'off',
    'aria-describedby': 'rules-search-hint rules-count',
    on: { input: (e) => {
      state.query = e.target.value;
      window.clearTimeout(timer);
      timer = window.setTimeout(renderResults, 120);
    } },
  });
  countEl = h('p', { id: 'rules-count', class: 'muted', role: 'status', 'aria-live': 'polite' });
  resultsEl = h('div', { class: 'rule-list' });
  replace(main,
    h('h1', {}, t('rules.title')),
    h('p', { class: 'lead' }, t('rules.lead')),
    h('form', { role: 'search', class: 'card search-form', on: { submit: (e) => e.preventDefault() } },
      h('label', { for: 'rules-search' }, t('rules.search')),
      h('p', { class: 'hint', id: 'rules-search-hint' }, t('rules.searchHint')),
      search),
    countEl,
    state.error ? problemNotice(state.error) : resultsEl);
  if (state.rules) renderResults();
}

export default { title: () => 'nav.rules', render };
