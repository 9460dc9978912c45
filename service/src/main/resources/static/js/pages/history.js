// Historik: the decision log. Entries filtered by committee and date, newest first; each opens the
// report exactly as it was given (findings as recorded, in both languages).
import { committees, get } from '../api.js';
import { t } from '../i18n.js';
import { localize, remember, renderReport } from '../report.js';
import {
  dateInput, field, formatDateTime, h, problemNotice, replace, select, verdictBadge,
} from '../ui.js';

const PAGE_SIZE = 25;
const state = { committees: null, committee: '', from: '', to: '', page: 0, result: null, error: null, entries: new Map() };

function committeeName(id) {
  const c = (state.committees || []).find((x) => x.id === id);
  return c ? c.name : id || t('report.noCommittee');
}

async function search() {
  const params = new URLSearchParams({ page: String(state.page), size: String(PAGE_SIZE) });
  if (state.committee) params.set('committee', state.committee);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  try {
    state.result = await get(`/api/v1/evaluations?${params}`);
    state.error = null;
  } catch (e) {
    state.result = null;
    state.error = e;
  }
}

function kindText(entry) {
  return t(`history.kind.${entry.kind}`, {}, entry.kind);
}

/** The entry's label; the baseline of a comparison is logged as "baseline". */
function labelText(entry) {
  return entry.kind === 'COMPARE' && entry.label === 'baseline' ? t('arr.baseline') : entry.label;
}

async function renderList(main, { searched } = {}) {
  const committeeSelect = select([{ value: '', label: t('history.allCommittees') },
    ...(state.committees || []).map((c) => ({ value: c.id, label: c.name }))], state.committee,
  { on: { change: (e) => { state.committee = e.target.value; } } });
  const from = dateInput(state.from, (value) => { state.from = value; }, { 'aria-describedby': 'history-dates-hint' });
  const to = dateInput(state.to, (value) => { state.to = value; }, { 'aria-describedby': 'history-dates-hint' });
  const filter = h('form', {
    class: 'card filter-form', novalidate: true, role: 'search', 'aria-label': t('history.filter'),
    on: { submit: async (e) => {
      e.preventDefault();
      state.page = 0;
      await search();
      await renderList(main, { searched: true });
    } },
  },
  h('p', { class: 'hint', id: 'history-dates-hint' }, t('history.recordedHint')),
  h('div', { class: 'grid-4' },
    field({ label: t('history.committee'), control: committeeSelect, id: 'history-committee' }),
    field({ label: t('history.from'), control: from, id: 'history-from' }),
    field({ label: t('history.to'), control: to, id: 'history-to' }),
    h('div', { class: 'form-actions align-end' }, h('button', { type: 'submit', class: 'primary', id: 'history-search' }, t('history.show')))));

  const r = state.result;
  const table = r ? h('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': 'history-caption' },
    h('table', { class: 'data-table history' },
      h('caption', { id: 'history-caption' }, t('history.caption', { count: r.totalElements })),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('history.when')),
        h('th', { scope: 'col' }, t('history.what')),
        h('th', { scope: 'col' }, t('history.committee')),
        h('th', { scope: 'col' }, t('history.date')),
        h('th', { scope: 'col' }, t('history.verdict')),
        h('th', { scope: 'col', class: 'num' }, t('history.findings')))),
      h('tbody', {}, r.items.map((e) => h('tr', { dataset: { evaluation: e.id } },
        h('th', { scope: 'row', class: 'nowrap' }, h('a', { href: `#/historik/${encodeURIComponent(e.id)}` }, formatDateTime(e.recordedAt))),
        h('td', {}, kindText(e), e.label ? h('span', { class: 'muted' }, ` – ${labelText(e)}`) : null),
        h('td', {}, committeeName(e.committeeId)),
        h('td', {}, e.evaluationDate || ''),
        h('td', {}, verdictBadge(e.verdict)),
        h('td', { class: 'num' }, String(e.findingCount))))))) : null;

  const pager = r && r.totalPages > 1 ? h('nav', { class: 'pager', 'aria-label': t('history.pages') },
    h('button', { type: 'button', class: 'secondary', disabled: state.page === 0,
      on: { click: async () => { state.page -= 1; await search(); await renderList(main, { searched: true }); } } }, t('history.previous')),
    h('span', {}, t('history.pageOf', { page: state.page + 1, pages: r.totalPages })),
    h('button', { type: 'button', class: 'secondary', disabled: state.page + 1 >= r.totalPages,
      on: { click: async () => { state.page += 1; await search(); await renderList(main, { searched: true }); } } }, t('history.next'))) : null;

  replace(main,
    h('h1', {}, t('history.title')),
    h('p', { class: 'lead' }, t('history.lead')),
    filter,
    h('div', { class: 'history-results', role: 'status', 'aria-live': 'polite' },
      state.error ? problemNotice(state.error) : null,
      r && !r.items.length ? h('p', {}, t('history.empty')) : null),
    table,
    pager);
  if (searched && table) main.querySelector('#history-caption').setAttribute('tabindex', '-1');
}

async function renderEntry(main, id, { languageChanged } = {}) {
  let entry = state.entries.get(id);
  if (!entry) {
    try {
      entry = await get(`/api/v1/evaluations/${encodeURIComponent(id)}`);
      remember(entry.id, entry.findings || []);
      await localize(entry.findings || []);
    } catch (e) {
      replace(main, h('p', { class: 'breadcrumb' }, h('a', { href: '#/historik' }, t('history.back'))),
        h('h1', {}, t('history.entryTitle')), problemNotice(e));
      return;
    }
    state.entries.set(id, entry);
  } else if (languageChanged) {
    await localize(entry.findings || []);
  }
  const report = {
    evaluationId: entry.id, committeeId: entry.committeeId, evaluationDate: entry.evaluationDate, verdict: entry.verdict,
    ruleSetVersion: entry.ruleSetVersion, findings: entry.findings || [],
  };
  replace(main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/historik' }, t('history.back'))),
    h('h1', {}, t('history.entryTitle')),
    h('dl', { class: 'card entry-meta' },
      h('dt', {}, t('history.when')), h('dd', {}, formatDateTime(entry.recordedAt)),
      h('dt', {}, t('history.what')), h('dd', {}, kindText(entry), entry.label ? ` – ${labelText(entry)}` : ''),
      h('dt', {}, t('history.caller')), h('dd', {}, entry.caller === 'anonymous' ? t('history.anonymous') : entry.caller),
      h('dt', {}, t('history.committee')), h('dd', {}, committeeName(entry.committeeId),
        entry.committeeVersion ? h('span', { class: 'muted' }, ` (${t('history.committeeVersion', { version: entry.committeeVersion })})`) : null),
      h('dt', {}, t('history.digest')), h('dd', {}, h('code', { class: 'digest' }, entry.inputDigest))),
    renderReport(report, { title: t('history.report'), fileName: entry.kind === 'DOCUMENT' ? entry.label : null, committeeName: entry.committeeId ? committeeName(entry.committeeId) : null }));
}

async function render(main, params, options = {}) {
  // The registry's list afresh each time the page is opened: a committee registered meanwhile is in the filter.
  if (!state.committees || !options.languageChanged) {
    try {
      state.committees = await committees();
    } catch (e) {
      state.committees = [];
    }
  }
  if (params.id) {
    await renderEntry(main, params.id, options);
  } else {
    if (!state.result || !options.languageChanged) await search();
    await renderList(main);
  }
}

export default { title: (params) => (params.id ? 'history.entryTitle' : 'nav.history'), render };
