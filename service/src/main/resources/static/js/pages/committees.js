// Nämnder: the committee registry. A list; each committee opens in the editor with its terms
// versions; saving sends PUT with If-Match (the ETag read), so nobody overwrites another's change
// unseen. The API's validation errors are shown next to their fields and in a summary.
import { ApiError, apiKey, committees, request, setApiKey } from '../api.js';
import {
  clientErrors, committeeEditor, committeeForApi, editorModel, focusFirstError,
} from '../committee-form.js';
import { t } from '../i18n.js';
import {
  announce, field, formatDateTime, h, notice, problemNotice, replace, slug,
} from '../ui.js';

const NEW_ID = 'ny';
/** Who the registry names as having written the committees that come with Nämndkoll (V2__SeedReferenceCommittees). */
const BUNDLED_BY = 'reference-data';
const list = { items: null, error: null };
const editors = new Map(); // id -> { model, etag, errors, local, error, conflict, saved, loading }

const TEMPLATE = {
  id: '', name: '', aliases: [], form: 'GEMENSAM_NAMND', hostPartyId: null,
  parties: [], seats: null, terms: [], documents: null, meetingPlans: null,
};

// ---- the list ------------------------------------------------------------------------------------

/** Who last changed a committee, in words: an API key's id, or who the registry names without one. */
function byText(updatedBy) {
  if (updatedBy === BUNDLED_BY) return t('committees.bundled');
  if (updatedBy === 'anonymous') return t('history.anonymous');
  return updatedBy;
}

async function renderList(main) {
  try {
    list.items = await committees();
    list.error = null;
  } catch (e) {
    list.error = e;
  }
  const rows = (list.items || []).map((c) => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/namnder/${encodeURIComponent(c.id)}` }, c.name)),
    h('td', {}, h('code', {}, c.id)),
    h('td', {}, t(`form.${c.form}`)),
    h('td', {}, (c.terms || []).length
      ? h('ul', { class: 'plain-list' }, c.terms.map((v) => h('li', {}, t('committee.validity', { from: v.validFrom, to: v.validTo || t('committee.openEnded') }))))
      : t('committee.noTerms')),
    h('td', { class: 'num' }, String(c.version)),
    h('td', { class: 'updated' }, formatDateTime(c.updatedAt),
      c.updatedBy ? h('span', { class: 'muted by' }, byText(c.updatedBy)) : null)));

  replace(main,
    h('h1', {}, t('committees.title')),
    h('p', { class: 'lead' }, t('committees.lead')),
    h('p', {}, h('a', { href: `#/namnder/${NEW_ID}`, class: 'button secondary' }, t('committees.new'))),
    list.error ? problemNotice(list.error) : null,
    list.items ? h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'committees-caption', tabindex: '0' },
      h('table', { class: 'data-table committee-list' },
        h('caption', { id: 'committees-caption' }, t('committees.caption', { count: list.items.length })),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('committee.name')),
          h('th', { scope: 'col' }, t('committee.id')),
          h('th', { scope: 'col' }, t('committee.form')),
          h('th', { scope: 'col' }, t('committee.termsVersions')),
          h('th', { scope: 'col' }, t('committees.version')),
          h('th', { scope: 'col' }, t('committees.updated')))),
        h('tbody', {}, rows))) : null);
}

// ---- one committee ----------------------------------------------------------------------------

async function load(id, name) {
  const st = { errors: {}, local: {}, error: null, conflict: false, saved: null };
  if (id === NEW_ID) {
    // A name given in the address (from a report: "Registrera … under Nämnder"), with the id proposed from it.
    st.model = editorModel({ ...TEMPLATE, name: name || '', id: name ? slug(name) : '' });
    st.model.idFromName = true;
    st.etag = null;
    st.isNew = true;
  } else {
    try {
      const res = await request(`/api/v1/committees/${encodeURIComponent(id)}`);
      st.model = editorModel(res.data);
      st.etag = res.etag;
    } catch (e) {
      st.loadError = e;
    }
  }
  editors.set(id, st);
  return st;
}

async function save(main, id) {
  const st = editors.get(id);
  st.saved = null;
  st.error = null;
  st.conflict = false;
  st.errors = {};
  st.local = clientErrors(st.model);
  if (Object.keys(st.local).length) {
    await renderEditor(main, id);
    announce(t('form.fixErrors', { count: Object.keys(st.local).length }));
    focusSummary(main);
    return;
  }
  const committee = committeeForApi(st.model.committee);
  const targetId = st.isNew ? committee.id : id;
  if (st.isNew && !targetId) {
    st.errors = { '/id': t('committee.idRequired') };
    await renderEditor(main, id);
    focusSummary(main);
    return;
  }
  const headers = st.isNew ? { 'If-None-Match': '*' } : { 'If-Match': st.etag };
  try {
    const res = await request(`/api/v1/committees/${encodeURIComponent(targetId)}`, { method: 'PUT', json: committee, headers });
    const saved = { model: editorModel(res.data), etag: res.etag, errors: {}, local: {}, error: null, conflict: false,
      saved: t('committees.saved', { name: res.data.name }) };
    editors.set(targetId, saved);
    if (st.isNew) {
      editors.delete(NEW_ID);
      window.location.hash = `#/namnder/${encodeURIComponent(targetId)}`;
      return;
    }
    await renderEditor(main, id);
    announce(saved.saved);
    const status = main.querySelector('.save-status');
    if (status) status.focus();
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 412) st.conflict = true;
    else if (e.status === 400) st.errors = e.fieldErrors;
    st.error = e;
    await renderEditor(main, id);
    if (e.status === 401 || e.status === 403) {
      main.querySelector('#committee-api-key').focus();
    } else {
      focusSummary(main);
    }
  }
}

function focusSummary(main) {
  const summary = main.querySelector('.error-summary');
  if (summary) summary.focus();
  else focusFirstError(main);
}

/** The summary of every error on the page, each linking to its field. */
function errorSummary(main, st) {
  const invalid = [...main.querySelectorAll('[aria-invalid="true"]')];
  const placed = new Set(invalid.map((el) => el.dataset.pointer).filter(Boolean));
  const unplaced = st.error ? (st.error.problem.errors || []).filter((e) => !e.pointer || ![...placed].some((p) => e.pointer === p || e.pointer.startsWith(`${p}/`))) : [];
  if (!invalid.length && !unplaced.length) return null;
  const items = invalid.map((el) => {
    const label = main.querySelector(`label[for="${el.id}"]`);
    const legend = el.closest('fieldset') && el.closest('fieldset').querySelector('legend');
    const error = document.getElementById(`${el.id}-error`);
    return h('li', {}, h('a', {
      href: `#${el.id}`,
      on: { click: (ev) => { ev.preventDefault(); el.focus(); } },
    }, `${legend ? `${legend.textContent} – ` : ''}${label ? label.textContent.replace(/\s*\*$/, '') : el.id}: ${error ? error.textContent : ''}`));
  });
  unplaced.forEach((e) => items.push(h('li', {}, e.pointer ? h('code', {}, e.pointer) : null, e.pointer ? ' ' : null, e.detail)));
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'error-summary-h' },
    h('h2', { id: 'error-summary-h' }, t('form.summary', { count: items.length })),
    h('ul', {}, items));
}

async function renderEditor(main, id, name) {
  let st = editors.get(id);
  if (!st || (name && st.isNew && st.model.committee.name !== name && st.prefill !== name)) {
    st = await load(id, name);
    st.prefill = name;
  }
  if (st.loadError) {
    replace(main, h('p', {}, h('a', { href: '#/namnder' }, t('committees.back'))), h('h1', {}, t('committees.title')),
      problemNotice(st.loadError));
    return;
  }
  const c = st.model.committee;
  const rerender = () => renderEditor(main, id);
  const keyInput = h('input', {
    type: 'password', value: apiKey(), autocomplete: 'off', spellcheck: 'false',
    on: { input: (e) => setApiKey(e.target.value.trim()) },
  });
  const form = h('form', {
    class: 'committee-form', novalidate: true,
    on: { submit: (e) => { e.preventDefault(); save(main, id); } },
  },
  committeeEditor(st.model, {
    errors: st.errors, clientErrors: st.local, idEditable: !!st.isNew, terms: 'all', onStructure: rerender, idPrefix: 'reg',
  }),
  h('fieldset', { class: 'card editor-section' },
    h('legend', {}, t('committees.saveSection')),
    field({ label: t('committees.apiKey'), control: keyInput, id: 'committee-api-key', hint: t('committees.apiKeyHint') }),
    st.conflict ? notice('error', h('p', { class: 'notice-title' }, t('committees.conflict')),
      h('button', { type: 'button', class: 'secondary', on: { click: async () => { editors.delete(id); await renderEditor(main, id); announce(t('committees.reloaded')); } } },
        t('committees.reload'))) : null,
    st.error && !st.conflict && st.error.status !== 400 ? problemNotice(st.error) : null,
    st.saved ? h('p', { class: 'save-status notice notice-success', role: 'status', tabindex: '-1' }, st.saved) : null,
    h('div', { class: 'form-actions' },
      h('button', { type: 'submit', class: 'primary', id: 'committee-save' }, t('committees.save')),
      st.isNew ? null : h('button', {
        type: 'button', class: 'secondary',
        on: { click: async () => { editors.delete(id); await renderEditor(main, id); announce(t('committees.reloaded')); } },
      }, t('committees.discard')))));

  replace(main,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/namnder' }, t('committees.back'))),
    h('h1', {}, st.isNew ? t('committees.newTitle') : c.name || c.id),
    form);
  const summary = errorSummary(main, st);
  if (summary) main.querySelector('h1').after(summary);
}

async function render(main, params) {
  if (params.id) await renderEditor(main, params.id, params.query && params.query.get('namn'));
  else await renderList(main);
}

export default {
  title: (params) => (params.id ? 'committees.editTitle' : 'nav.committees'),
  render,
};
