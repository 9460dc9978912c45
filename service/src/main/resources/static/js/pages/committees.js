// Nämnder: the committee registry. A list; each committee opens in the editor with its terms
// versions; saving sends PUT with If-Match (the ETag read), so nobody overwrites another's change
// unseen. The API's validation errors are shown next to their fields and in a summary.
import { ApiError, apiKey, committees, request, setApiKey, upload } from '../api.js';
import {
  clientErrors, committeeEditor, committeeForApi, editorModel, focusFirstError,
} from '../committee-form.js';
import { t } from '../i18n.js';
import { findingGroups } from '../report.js';
import {
  announce, field, focusHeading, formatDateTime, h, notice, problemNotice, replace, slug,
} from '../ui.js';

const NEW_ID = 'ny';
/** Who the registry names as having written the committees that come with Nämndkoll (V2__SeedReferenceCommittees). */
const BUNDLED_BY = 'reference-data';
/** The route of "Skapa från reglemente eller avtal": the draft's form, then the draft in the editor. */
const DRAFT_ID = 'utkast';
const ACCEPT = '.txt,.text,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const drafting = { files: [], pasted: '', busy: false, error: null, inputError: null, draft: null, selected: null };
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
    h('p', { class: 'actions' },
      h('a', { href: `#/namnder/${DRAFT_ID}`, class: 'button primary', id: 'committees-draft' }, t('draft.start')),
      h('a', { href: `#/namnder/${NEW_ID}`, class: 'button secondary' }, t('committees.new'))),
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
    await page(main, id);
    announce(t('form.fixErrors', { count: Object.keys(st.local).length }));
    focusSummary(main);
    return;
  }
  const committee = committeeForApi(st.model.committee);
  const targetId = st.isNew ? committee.id : id;
  if (st.isNew && !targetId) {
    st.errors = { '/id': t('committee.idRequired') };
    await page(main, id);
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
      editors.delete(id);
      if (id === DRAFT_ID) drafting.draft = null;
      window.location.hash = `#/namnder/${encodeURIComponent(targetId)}`;
      return;
    }
    await page(main, id);
    announce(saved.saved);
    const status = main.querySelector('.save-status');
    if (status) status.focus();
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    // A new committee (or a draft) is sent with If-None-Match: *; 412 then means its id is taken,
    // which the user fixes in the id field, not by reloading someone else's committee.
    if (e.status === 412 && st.isNew) st.errors = { '/id': t('committees.idTaken', { id: targetId }) };
    else if (e.status === 412) st.conflict = true;
    else if (e.status === 400) st.errors = e.fieldErrors;
    st.error = e;
    await page(main, id);
    if (e.status === 401 || e.status === 403) {
      main.querySelector('#committee-api-key').focus();
    } else {
      focusSummary(main);
    }
  }
}

/** Renders the page of an editor: the draft's page for a draft, else the committee's. */
function page(main, id) {
  return id === DRAFT_ID ? renderDraft(main) : renderEditor(main, id);
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
  const rerender = () => page(main, id);
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
    st.error && !st.conflict && st.error.status !== 400 && !(st.isNew && st.error.status === 412) ? problemNotice(st.error) : null,
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
  if (params.id === DRAFT_ID) await renderDraft(main);
  else if (params.id) await renderEditor(main, params.id, params.query && params.query.get('namn'));
  else await renderList(main);
}

// ---- a committee drafted from its reglemente or agreement -------------------------------------------

/** What a JSON Pointer of the drafted committee is, in words ("Part: Kramfors kommun", "Villkor: Gäller från"). */
function factLabel(pointer, committee) {
  const parts = pointer.split('/').slice(1);
  const [head, index, field] = parts;
  switch (head) {
    case 'name': return t('committee.name');
    case 'aliases': return t('committee.aliases');
    case 'form': return t('committee.form');
    case 'assembly': return t('committee.assembly');
    case 'hostPartyId': return t('committee.host');
    case 'parties': return t('draft.fact.party');
    case 'seats': {
      const seat = (committee.seats || [])[Number(index)];
      const party = seat && committee.parties.find((p) => p.id === seat.partyId);
      return party ? t('draft.fact.seatsOf', { party: party.name }) : t('draft.fact.seats');
    }
    case 'terms': return field ? `${t('draft.fact.terms')}: ${t(`terms.${field}`)}` : t('draft.fact.terms');
    case 'documents': return t('draft.fact.document');
    default: return pointer;
  }
}

/** The drafted value at a pointer, as text. */
function factValue(pointer, committee) {
  const parts = pointer.split('/').slice(1);
  if (parts[0] === 'seats') return '';
  if (parts[0] === 'hostPartyId') {
    const host = committee.parties.find((p) => p.id === committee.hostPartyId);
    return host ? host.name : committee.hostPartyId || '';
  }
  let v = committee;
  for (const p of parts) v = v == null ? v : v[p];
  if (v == null) return '';
  if (parts[0] === 'parties') return v.name;
  if (parts[0] === 'documents' && parts[2] === 'adoptedBy') {
    return v.map((id) => (committee.parties.find((p) => p.id === id) || { name: id }).name).join(', ');
  }
  if (parts[0] === 'documents') return v.title || '';
  if (parts[0] === 'form') return t(`form.${v}`);
  if (parts[0] === 'assembly') return t(`assembly.${v}`);
  if (parts[2] === 'chairElectedBy') return t(`electingBody.${v}`);
  if (typeof v === 'boolean') return t(v ? 'common.yes' : 'common.no');
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/**
 * The drafted facts, one row per fact (seats: one per party), each with a button that shows its
 * source lines highlighted in the file beside it.
 */
function factList(main, draft, committee) {
  const rows = [];
  const seen = new Set();
  for (const p of draft.provenance) {
    const label = factLabel(p.pointer, committee);
    const key = `${label}|${p.file}|${p.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = p.lineEnd ? t('finding.lines', { from: p.line, to: p.lineEnd }) : t('finding.line', { line: p.line });
    const selected = drafting.selected && drafting.selected.file === p.file && drafting.selected.line === p.line && drafting.selected.pointer === p.pointer;
    rows.push(h('li', { class: `draft-fact${selected ? ' selected' : ''}`, dataset: { pointer: p.pointer } },
      h('span', { class: 'fact-label' }, label), ' ',
      h('span', { class: 'fact-value' }, factValue(p.pointer, committee)), ' ',
      h('button', {
        type: 'button', class: 'link-button show-source', 'aria-pressed': selected ? 'true' : 'false',
        on: { click: () => { drafting.selected = p; renderDraft(main).then(() => scrollToSource(main)); } },
      }, draft.files.length > 1 ? `${p.file}, ${where}` : where)));
  }
  return h('ul', { class: 'draft-facts plain-list' }, rows);
}

/**
 * Moves the focus to the editor's control for an unresolved fact: the control of that pointer, the
 * first seat count for the seats, the first party (or "add party") for the parties.
 */
function focusPointer(main, pointer) {
  const form = main.querySelector('form.committee-form');
  if (!form) return;
  let target = [...form.querySelectorAll('[data-pointer]')].find((el) => el.dataset.pointer === pointer);
  if (!target && pointer.startsWith('/seats')) {
    const counts = [...form.querySelectorAll('input[data-seat-role]')];
    target = counts.find((el) => !el.value.trim()) || counts[0];
  }
  if (!target && pointer.startsWith('/parties')) target = form.querySelector('[data-pointer^="/parties/"]');
  if (!target) target = [...form.querySelectorAll('[data-pointer]')].find((el) => el.dataset.pointer.startsWith(`${pointer}/`));
  if (!target && pointer.startsWith('/parties')) target = form.querySelector('#reg-add-party');
  if (!target) return;
  if (target.scrollIntoView) target.scrollIntoView({ block: 'center' });
  target.focus();
}

function scrollToSource(main) {
  const line = main.querySelector('.draft-source .doc-line.selected');
  if (line && line.scrollIntoView) line.scrollIntoView({ block: 'center' });
  const button = main.querySelector('.draft-fact.selected .show-source');
  if (button) button.focus();
}

/** Each file's lines: every line a fact was read from is marked, the chosen fact's lines strongly. */
function sources(draft) {
  return draft.files.map((f) => {
    const hits = new Set();
    draft.provenance.filter((p) => p.file === f.name).forEach((p) => {
      for (let n = p.line; n <= (p.lineEnd || p.line); n += 1) hits.add(n);
    });
    const chosen = drafting.selected && drafting.selected.file === f.name ? drafting.selected : null;
    const rows = (f.lines || []).map((l) => {
      const isChosen = chosen && l.number >= chosen.line && l.number <= (chosen.lineEnd || chosen.line);
      const cls = `doc-line${hits.has(l.number) ? ' hit' : ''}${isChosen ? ' selected' : ''}`;
      const text = h('span', { class: 'visually-hidden' }, `${t('finding.line', { line: l.number })}: `);
      return h('div', { class: cls, dataset: { line: String(l.number) } },
        h('span', { class: 'ln', 'aria-hidden': 'true' }, String(l.number)),
        hits.has(l.number) ? h('mark', { class: 'tx' }, text, l.text || ' ') : h('span', { class: 'tx' }, text, l.text || ' '));
    });
    return h('section', { class: 'draft-source card', 'aria-label': t('draft.sourceOf', { file: f.name }) },
      h('h3', {}, f.name, ' ', h('span', { class: 'muted' }, (f.kinds || []).map((k) => t(`kind.${k}`)).join(', '))),
      h('div', { class: 'doc-lines full' }, rows));
  });
}

async function submitDraft(main) {
  if (drafting.busy) return;
  if (!drafting.files.length && !drafting.pasted.trim()) {
    drafting.inputError = t('draft.needInput');
    await renderDraft(main);
    main.querySelector('#draft-paste').focus();
    return;
  }
  drafting.inputError = null;
  drafting.busy = true;
  drafting.error = null;
  let body;
  let contentType = null;
  const params = new URLSearchParams({ includeLines: 'true' });
  if (drafting.files.length) {
    body = new FormData();
    drafting.files.forEach((f) => body.append('file', f, f.name));
  } else {
    body = new Blob([drafting.pasted], { type: 'text/plain;charset=utf-8' });
    contentType = 'text/plain;charset=UTF-8';
    params.set('fileName', t('draft.pastedName'));
  }
  const button = main.querySelector('#draft-submit');
  if (button) button.setAttribute('aria-disabled', 'true');
  try {
    const draft = await upload(`/api/v1/committees/drafts?${params}`, body, { contentType });
    const committee = { ...draft.committee };
    committee.id = committee.id || '';
    committee.name = committee.name || '';
    committee.aliases = committee.aliases || [];
    committee.form = committee.form || 'GEMENSAM_NAMND';
    committee.parties = committee.parties || [];
    drafting.draft = draft;
    drafting.selected = null;
    editors.set(DRAFT_ID, {
      model: editorModel(committee), etag: null, isNew: true, errors: {}, local: {}, error: null, conflict: false, saved: null,
    });
  } catch (e) {
    drafting.draft = null;
    drafting.error = e instanceof ApiError ? e : new ApiError(0, { title: t('error.generic') });
  } finally {
    drafting.busy = false;
  }
  await renderDraft(main);
  focusHeading(main.querySelector(drafting.error ? '.draft-error .notice' : 'h1'));
  if (drafting.draft) announce(t('draft.ready', { count: drafting.draft.unresolved.length }));
}

function draftForm(main) {
  const files = h('input', {
    type: 'file', id: 'draft-file', multiple: true, accept: ACCEPT, class: 'file-input visually-hidden',
    on: { change: (e) => { drafting.files = [...e.target.files]; renderDraft(main); } },
  });
  const paste = h('textarea', { id: 'draft-paste', rows: '6', spellcheck: 'false', on: { input: (e) => { drafting.pasted = e.target.value; } } });
  paste.value = drafting.pasted;
  return h('form', {
    class: 'card draft-form', novalidate: true, 'aria-labelledby': 'draft-form-h',
    on: { submit: (e) => { e.preventDefault(); submitDraft(main); } },
  },
  h('h2', { id: 'draft-form-h' }, t('draft.formHeading')),
  h('p', { class: 'hint' }, t('draft.formHint')),
  h('div', { class: 'file-picker' },
    files,
    h('label', { for: 'draft-file', class: 'button secondary file-button' }, t('draft.pickFiles')),
    drafting.files.length
      ? h('ul', { class: 'file-chosen plain-list' }, drafting.files.map((f) => h('li', {}, f.name)))
      : h('p', { class: 'file-chosen muted' }, t('check.noFile'))),
  field({ label: t('draft.paste'), control: paste, hint: t('draft.pasteHint'), error: drafting.inputError, id: 'draft-paste' }),
  h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'draft-submit' }, t('draft.submit'))),
  drafting.busy ? h('p', { class: 'progress-area', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('draft.reading')) : null);
}

async function renderDraft(main) {
  const draft = drafting.draft;
  const st = editors.get(DRAFT_ID);
  if (!draft || !st) {
    replace(main,
      h('p', { class: 'breadcrumb' }, h('a', { href: '#/namnder' }, t('committees.back'))),
      h('h1', {}, t('draft.title')),
      h('p', { class: 'lead' }, t('draft.lead')),
      draftForm(main),
      drafting.error ? h('div', { class: 'draft-error' }, problemNotice(drafting.error)) : null);
    return;
  }
  const c = st.model.committee;
  const unresolved = draft.unresolved.length ? h('div', { class: 'notice notice-warning draft-unresolved', role: 'region', 'aria-labelledby': 'draft-unresolved-h' },
    h('h2', { id: 'draft-unresolved-h', class: 'notice-title' }, t('draft.unresolved', { count: draft.unresolved.length })),
    h('ul', {}, draft.unresolved.map((u) => h('li', { dataset: { pointer: u.pointer } }, u.message, ' ',
      h('button', {
        type: 'button', class: 'link-button fill-in',
        on: { click: () => focusPointer(main, u.pointer) },
      }, t('draft.fillIn', { what: factLabel(u.pointer, c) })))))) : null;
  const findings = draft.findings && draft.findings.length ? h('section', { class: 'draft-findings', 'aria-labelledby': 'draft-findings-h' },
    h('h2', { id: 'draft-findings-h' }, t('draft.findings')),
    findingGroups(draft.findings, { headingLevel: 3 })) : null;
  await renderEditor(main, DRAFT_ID);
  const form = main.querySelector('form.committee-form');
  const panel = h('section', { class: 'draft-panel', 'aria-labelledby': 'draft-facts-h' },
    h('div', { class: 'draft-read card' },
      h('h2', { id: 'draft-facts-h' }, t('draft.facts')),
      h('p', { class: 'hint' }, t('draft.factsHint')),
      factList(main, draft, c)),
    h('div', { class: 'draft-sources' }, sources(draft)));
  main.querySelector('h1').textContent = t('draft.editTitle', { name: c.name || t('draft.unnamed') });
  const intro = h('p', { class: 'notice notice-info draft-intro' }, t('draft.notSaved'));
  form.before(intro, unresolved || '', panel, findings || '');
  const restart = h('button', {
    type: 'button', class: 'secondary', id: 'draft-restart',
    on: { click: () => { drafting.draft = null; drafting.files = []; editors.delete(DRAFT_ID); renderDraft(main); } },
  }, t('draft.restart'));
  const actions = main.querySelector('.committee-form .form-actions');
  if (actions) actions.append(restart);
}

export default {
  title: (params) => (params.id === DRAFT_ID ? 'draft.title' : params.id ? 'committees.editTitle' : 'nav.committees'),
  render,
};
