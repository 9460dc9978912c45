// Pröva upplägg: a lawyer loads a committee from the registry or starts from a template, edits it
// in a form (parties, seats, host, terms, procurement relations and optionally a meeting), makes
// named variants, and compares them: each variant is sent as a JSON Merge Patch over the baseline
// (POST /api/v1/arrangements/compare) and the findings that appear, disappear and stay are shown
// side by side.
import { ApiError, committees, request } from '../api.js';
import {
  PARTY_KINDS, clientErrors, committeeEditor, committeeForApi, editorModel, termsIndexOn,
} from '../committee-form.js';
import { t, tn } from '../i18n.js';
import { mergePatch } from '../merge-patch.js';
import { localize, messageOf, remember, titleOf } from '../report.js';
import {
  announce, clone, dateInput, field, focusHeading, h, nextId, notice, parseTriState, problemNotice, replace, select,
  severityBadge, slug, today, triState, verdictBadge,
} from '../ui.js';

const SUPPLIER_FORMS = ['JOINT_COMMITTEE', 'OWN_ADMINISTRATION', 'KOMMUNALFORBUND', 'COMPANY', 'AUTHORITY', 'PRIVATE'];
const EXEMPTIONS = ['IN_HOUSE', 'HORIZONTAL_COOPERATION', 'PROCUREMENT'];

function template(kind) {
  const parties = kind === 'KOMMUNALFORBUND'
    ? [['kommun-a', 'Kommun A', 'KOMMUN'], ['kommun-b', 'Kommun B', 'KOMMUN'], ['kommun-c', 'Kommun C', 'KOMMUN']]
    : [['kommun-a', 'Kommun A', 'KOMMUN'], ['kommun-b', 'Kommun B', 'KOMMUN']];
  return {
    id: kind === 'KOMMUNALFORBUND' ? 'mall-kommunalforbund' : 'mall-gemensam-namnd',
    name: t(`arr.template.${kind}`),
    aliases: [],
    form: kind,
    hostPartyId: kind === 'GEMENSAM_NAMND' ? 'kommun-a' : null,
    parties: parties.map(([id, name, k]) => ({ id, name, kind: k, aliases: [] })),
    seats: parties.flatMap(([id]) => [{ role: 'LEDAMOT', partyId: id }, { role: 'ERSATTARE', partyId: id }]),
    terms: [{ validFrom: '2020-01-01', paymentPeriodChanges: [] }],
  };
}

const state = {
  committees: null,
  source: '',
  baseline: null, // scenario
  variants: [], // { name, description, scenario }
  editing: -1, // -1 the baseline, else a variant's index
  newName: '',
  newDescription: '',
  result: null,
  error: null,
  errors: { baseline: {}, variants: [] }, // API errors by pointer, per scenario
  local: {},
  busy: false,
};

function scenario(committee) {
  return {
    editor: editorModel(committee),
    date: today(),
    meeting: { enabled: false, date: today(), absent: [], serving: [] },
    relations: [],
    raw: {},
  };
}

// ---- the case a scenario describes ----------------------------------------------------------------

function partyRef(committee, id) {
  const p = committee.parties.find((x) => x.id === id);
  return p ? { id: p.id, name: p.name, kind: p.kind } : { id: id || 'okand', name: id || '?', kind: 'OTHER' };
}

function caseOf(s) {
  const committee = committeeForApi(s.editor.committee);
  const body = { evaluationDate: s.date || null, committee };
  if (s.relations.length) {
    body.procurementRelations = s.relations.map((r) => ({
      buyer: partyRef(committee, r.buyerId),
      supplier: { id: slug(r.supplierName) || 'leverantor', name: r.supplierName || '?', kind: r.supplierKind },
      supplierForm: r.supplierForm,
      exemptionClaimed: r.exemptionClaimed || null,
      buyerIsMember: r.buyerIsMember,
      controllers: r.controllers.length ? r.controllers.map((id) => ({ partyId: id, name: partyRef(committee, id).name })) : null,
      activityShareForControllers: r.activityShare,
      privateCapital: r.privateCapital,
      description: r.description || null,
    }));
  }
  if (s.meeting.enabled) {
    const attendance = [];
    for (const p of committee.parties) {
      const members = (committee.seats || []).filter((x) => x.partyId === p.id && x.role === 'LEDAMOT').length || 1;
      if (!s.meeting.absent.includes(p.id)) {
        for (let n = 1; n <= members; n += 1) {
          attendance.push({ person: `${t('arr.memberOf')} ${p.name}${members > 1 ? ` ${n}` : ''}`, role: 'LEDAMOT', partyId: p.id });
        }
      }
      if (s.meeting.serving.includes(p.id)) {
        attendance.push({ person: `${t('arr.substituteOf')} ${p.name}`, role: 'ERSATTARE', partyId: p.id, serving: true });
      }
    }
    body.protocol = { meetingDate: s.meeting.date || s.date, attendance };
  }
  return body;
}

// ---- loading ----------------------------------------------------------------------------------------

async function loadSource(main, value) {
  state.source = value;
  if (!value) return;
  state.error = null;
  try {
    let committee;
    if (value.startsWith('template:')) committee = template(value.slice('template:'.length));
    else committee = (await request(`/api/v1/committees/${encodeURIComponent(value)}`)).data;
    state.baseline = scenario(committee);
    state.variants = [];
    state.editing = -1;
    state.result = null;
    state.errors = { baseline: {}, variants: [] };
    state.local = {};
  } catch (e) {
    state.error = e;
  }
  await render(main);
  const heading = main.querySelector('#arr-editor-h');
  if (heading) focusHeading(heading);
  if (state.baseline) announce(t('arr.loaded', { name: state.baseline.editor.committee.name }));
}

// ---- comparing ----------------------------------------------------------------------------------------

function localErrors(s) {
  const errors = clientErrors(s.editor);
  s.relations.forEach((r, i) => {
    const raw = s.raw[`activity:${i}`];
    if (raw !== undefined && parseShare(raw) === undefined) errors[`activity:${i}`] = t('arr.shareInvalid');
  });
  return errors;
}

function parseShare(raw) {
  const text = String(raw).trim().replace(',', '.').replace('%', '');
  if (text === '') return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  if (n > 100) return undefined;
  return Math.round(n * 100) / 10000;
}

function scenarioAt(index) {
  return index < 0 ? state.baseline : state.variants[index].scenario;
}

async function compare(main) {
  if (state.busy || !state.baseline) return;
  state.error = null;
  state.errors = { baseline: {}, variants: [] };
  state.local = {};
  const all = [-1, ...state.variants.map((_, i) => i)];
  for (const i of all) {
    const errors = localErrors(scenarioAt(i));
    if (Object.keys(errors).length) {
      state.local = errors;
      state.editing = i;
      await render(main);
      const invalid = main.querySelector('[aria-invalid="true"]');
      if (invalid) invalid.focus();
      announce(t('form.fixErrors', { count: Object.keys(errors).length }));
      return;
    }
  }
  if (!state.variants.length) {
    state.error = new ApiError(0, { title: t('arr.needVariant') });
    await render(main);
    focusHeading(main.querySelector('.arr-result .notice'));
    return;
  }
  const baseCase = caseOf(state.baseline);
  const body = {
    baseline: baseCase,
    variants: state.variants.map((v) => ({ name: v.name, description: v.description || null, patch: mergePatch(baseCase, caseOf(v.scenario)) })),
  };
  state.busy = true;
  const status = main.querySelector('#arr-status');
  if (status) replace(status, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('arr.comparing'));
  try {
    const res = await request('/api/v1/arrangements/compare', { method: 'POST', json: body });
    state.result = res.data;
    const base = res.data.baseline;
    remember(base.evaluationId, base.findings);
    for (const v of res.data.variants) {
      remember(v.report.evaluationId, v.report.findings);
      remember(v.report.evaluationId, [...v.difference.added, ...v.difference.unchanged]);
      remember(base.evaluationId, v.difference.removed);
    }
    await localize(allFindings());
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    state.result = null;
    state.error = e;
    if (e.status === 400) placeErrors(e);
  } finally {
    state.busy = false;
  }
  await render(main);
  focusHeading(main.querySelector('#arr-result-h') || main.querySelector('.arr-result .notice'));
  if (state.result) announce(tn('arr.compared', state.result.variants.length));
}

/** API errors by scenario: /baseline/... and /variants/N/patch/... */
function placeErrors(error) {
  for (const e of error.problem.errors || []) {
    if (!e.pointer) continue;
    let m = e.pointer.match(/^\/baseline(\/.*)?$/);
    if (m) {
      state.errors.baseline[m[1] || ''] = e.detail;
      continue;
    }
    m = e.pointer.match(/^\/variants\/(\d+)(?:\/patch)?(\/.*)?$/);
    if (m) {
      const i = Number(m[1]);
      state.errors.variants[i] = state.errors.variants[i] || {};
      state.errors.variants[i][m[2] || ''] = e.detail;
    }
  }
  if (Object.keys(state.errors.baseline).length) state.editing = -1;
  else {
    const first = state.errors.variants.findIndex((x) => x && Object.keys(x).length);
    if (first >= 0) state.editing = first;
  }
}

function allFindings() {
  if (!state.result) return [];
  const r = state.result;
  return [...r.baseline.findings, ...r.variants.flatMap((v) => [...v.report.findings, ...v.difference.added, ...v.difference.removed, ...v.difference.unchanged])];
}

// ---- rendering -------------------------------------------------------------------------------------

function scenarioErrors(index) {
  return index < 0 ? state.errors.baseline : state.errors.variants[index] || {};
}

function committeeErrors(errors) {
  const out = {};
  Object.entries(errors).forEach(([p, m]) => {
    if (p === '/committee' || p.startsWith('/committee/')) out[p.slice('/committee'.length)] = m;
  });
  return out;
}

function relationEditor(main, s, r, i, errors, idp) {
  const c = s.editor.committee;
  const base = `/procurementRelations/${i}`;
  const err = (name) => {
    const hits = Object.entries(errors).filter(([p]) => p === `${base}/${name}` || p.startsWith(`${base}/${name}/`)).map(([, m]) => m);
    return hits.length ? hits.join(' ') : null;
  };
  const legendId = `${idp}-rel-${i}-legend`;
  const controllers = h('fieldset', { class: 'checkbox-group' },
    h('legend', {}, t('arr.rel.controllers')),
    c.parties.map((p) => {
      const cbId = `${idp}-rel-${i}-ctl-${p.id}`;
      return h('div', { class: 'checkbox' },
        h('input', {
          type: 'checkbox', id: cbId, checked: r.controllers.includes(p.id),
          on: { change: (e) => { r.controllers = e.target.checked ? [...r.controllers, p.id] : r.controllers.filter((x) => x !== p.id); } },
        }),
        h('label', { for: cbId }, p.name || p.id));
    }));
  const activityKey = `activity:${i}`;
  return h('fieldset', { class: 'relation', 'aria-labelledby': legendId },
    h('legend', { id: legendId }, t('arr.rel.n', { n: i + 1 })),
    h('div', { class: 'grid-3' },
      field({ label: t('arr.rel.buyer'), id: `${idp}-rel-${i}-buyer`, error: err('buyer'),
        control: select(c.parties.map((p) => ({ value: p.id, label: p.name || p.id })), r.buyerId,
          { dataset: { pointer: `${base}/buyer` }, on: { change: (e) => { r.buyerId = e.target.value; } } }) }),
      field({ label: t('arr.rel.supplier'), id: `${idp}-rel-${i}-supplier`, error: err('supplier'), required: true,
        control: h('input', { type: 'text', value: r.supplierName, dataset: { pointer: `${base}/supplier` }, on: { input: (e) => { r.supplierName = e.target.value; } } }) }),
      field({ label: t('arr.rel.supplierKind'), id: `${idp}-rel-${i}-kind`,
        control: select(PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) })), r.supplierKind,
          { on: { change: (e) => { r.supplierKind = e.target.value; } } }) }),
      field({ label: t('arr.rel.supplierForm'), id: `${idp}-rel-${i}-form`, error: err('supplierForm'),
        control: select(SUPPLIER_FORMS.map((k) => ({ value: k, label: t(`supplierForm.${k}`) })), r.supplierForm,
          { dataset: { pointer: `${base}/supplierForm` }, on: { change: (e) => { r.supplierForm = e.target.value; } } }) }),
      field({ label: t('arr.rel.exemption'), id: `${idp}-rel-${i}-exemption`, error: err('exemptionClaimed'),
        control: select([{ value: '', label: t('common.unknown') }, ...EXEMPTIONS.map((k) => ({ value: k, label: t(`exemption.${k}`) }))], r.exemptionClaimed,
          { dataset: { pointer: `${base}/exemptionClaimed` }, on: { change: (e) => { r.exemptionClaimed = e.target.value || null; } } }) }),
      field({ label: t('arr.rel.buyerIsMember'), id: `${idp}-rel-${i}-member`, error: err('buyerIsMember'),
        control: triState(r.buyerIsMember, { dataset: { pointer: `${base}/buyerIsMember` }, on: { change: (e) => { r.buyerIsMember = parseTriState(e.target.value); } } }) }),
      field({ label: t('arr.rel.activity'), id: `${idp}-rel-${i}-activity`, hint: t('arr.rel.activityHint'),
        error: state.local[activityKey] || err('activityShareForControllers'),
        control: h('input', {
          type: 'text', inputmode: 'decimal', dataset: { pointer: `${base}/activityShareForControllers` },
          value: activityKey in s.raw ? s.raw[activityKey] : r.activityShare === null || r.activityShare === undefined ? '' : String(Math.round(r.activityShare * 10000) / 100),
          on: { input: (e) => { s.raw[activityKey] = e.target.value; const v = parseShare(e.target.value); if (v !== undefined) r.activityShare = v; } },
        }) }),
      field({ label: t('arr.rel.privateCapital'), id: `${idp}-rel-${i}-private`, error: err('privateCapital'),
        control: triState(r.privateCapital, { dataset: { pointer: `${base}/privateCapital` }, on: { change: (e) => { r.privateCapital = parseTriState(e.target.value); } } }) })),
    controllers,
    field({ label: t('arr.rel.description'), id: `${idp}-rel-${i}-description`, error: err('description'),
      control: h('input', { type: 'text', value: r.description || '', on: { input: (e) => { r.description = e.target.value; } } }) }),
    h('button', {
      type: 'button', class: 'link-button remove',
      on: { click: () => { s.relations.splice(i, 1); delete s.raw[activityKey]; render(main); } },
    }, t('arr.rel.remove', { n: i + 1 })));
}

function meetingEditor(main, s, idp, errors) {
  const c = s.editor.committee;
  const m = s.meeting;
  const enabled = h('input', {
    type: 'checkbox', id: `${idp}-meeting-on`, checked: m.enabled,
    on: { change: (e) => { m.enabled = e.target.checked; render(main); } },
  });
  const protocolError = Object.entries(errors).filter(([p]) => p.startsWith('/protocol')).map(([, msg]) => msg).join(' ');
  return h('fieldset', { class: 'card editor-section' },
    h('legend', {}, t('arr.meeting')),
    h('div', { class: 'checkbox' }, enabled, h('label', { for: `${idp}-meeting-on` }, t('arr.meetingOn'))),
    h('p', { class: 'hint' }, t('arr.meetingHint')),
    protocolError ? h('p', { class: 'field-error', role: 'alert' }, protocolError) : null,
    m.enabled ? [
      field({ label: t('arr.meetingDate'), id: `${idp}-meeting-date`,
        control: dateInput(m.date, (value) => { m.date = value; }) }),
      h('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-labelledby': `${idp}-attendance-caption` },
        h('table', { class: 'data-table attendance' },
          h('caption', { id: `${idp}-attendance-caption` }, t('arr.attendance')),
          h('thead', {}, h('tr', {},
            h('th', { scope: 'col' }, t('committee.partyName')),
            h('th', { scope: 'col' }, t('arr.present')),
            h('th', { scope: 'col' }, t('arr.serving')))),
          h('tbody', {}, c.parties.map((p) => {
            const presentId = `${idp}-present-${p.id}`;
            const servingId = `${idp}-serving-${p.id}`;
            return h('tr', {},
              h('th', { scope: 'row' }, p.name || p.id),
              h('td', {}, h('input', {
                type: 'checkbox', id: presentId, checked: !m.absent.includes(p.id), 'aria-label': t('arr.presentFor', { name: p.name || p.id }),
                dataset: { present: p.id },
                on: { change: (e) => { m.absent = e.target.checked ? m.absent.filter((x) => x !== p.id) : [...m.absent, p.id]; } },
              })),
              h('td', {}, h('input', {
                type: 'checkbox', id: servingId, checked: m.serving.includes(p.id), 'aria-label': t('arr.servingFor', { name: p.name || p.id }),
                dataset: { serving: p.id },
                on: { change: (e) => { m.serving = e.target.checked ? [...m.serving, p.id] : m.serving.filter((x) => x !== p.id); } },
              })));
          }))))] : null);
}

function scenarioEditor(main, index) {
  const s = scenarioAt(index);
  const errors = scenarioErrors(index);
  const idp = index < 0 ? 'base' : `var${index}`;
  const c = s.editor.committee;
  const termsIndex = termsIndexOn(c, s.date || today());
  const rename = (from, to) => {
    s.relations.forEach((r) => {
      if (r.buyerId === from) r.buyerId = to;
      r.controllers = r.controllers.map((x) => (x === from ? to : x));
    });
    s.meeting.absent = s.meeting.absent.map((x) => (x === from ? to : x));
    s.meeting.serving = s.meeting.serving.map((x) => (x === from ? to : x));
  };
  const variant = index >= 0 ? state.variants[index] : null;
  return h('div', { class: 'scenario-editor', id: `${idp}-editor` },
    variant ? h('fieldset', { class: 'card editor-section' },
      h('legend', {}, t('arr.variantDetails')),
      h('div', { class: 'grid-2' },
        field({ label: t('arr.variantName'), id: `${idp}-name`, required: true, error: errors['/name'] || null,
          control: h('input', { type: 'text', value: variant.name, on: { input: (e) => { variant.name = e.target.value; }, change: () => render(main) } }) }),
        field({ label: t('arr.variantDescription'), id: `${idp}-description`,
          control: h('input', { type: 'text', value: variant.description || '', on: { input: (e) => { variant.description = e.target.value; } } }) })),
      h('button', {
        type: 'button', class: 'link-button remove',
        on: { click: () => { state.variants.splice(index, 1); state.editing = -1; state.result = null; render(main).then(() => announce(t('arr.variantRemoved'))); } },
      }, t('arr.removeVariant', { name: variant.name }))) : null,
    h('fieldset', { class: 'card editor-section' },
      h('legend', {}, t('arr.dateSection')),
      field({ label: t('arr.date'), id: `${idp}-date`, hint: t('arr.dateHint'), error: errors['/evaluationDate'] || null,
        control: dateInput(s.date, (value) => { s.date = value; }, {}, () => render(main)) })),
    committeeEditor(s.editor, {
      errors: committeeErrors(errors), clientErrors: state.local, terms: termsIndex >= 0 ? termsIndex : 'all',
      onStructure: () => render(main), onRename: rename, idPrefix: idp,
    }),
    h('fieldset', { class: 'card editor-section' },
      h('legend', {}, t('arr.relations')),
      h('p', { class: 'hint' }, t('arr.relationsHint')),
      s.relations.map((r, i) => relationEditor(main, s, r, i, errors, idp)),
      h('button', {
        type: 'button', class: 'secondary',
        on: { click: () => {
          s.relations.push({
            buyerId: (c.parties[0] || {}).id, supplierName: '', supplierKind: 'BOLAG', supplierForm: 'COMPANY', exemptionClaimed: 'IN_HOUSE',
            buyerIsMember: null, controllers: [], activityShare: null, privateCapital: null, description: '',
          });
          render(main);
        } },
      }, t('arr.rel.add'))),
    meetingEditor(main, s, idp, errors));
}

function miniFinding(f) {
  return h('li', { class: `mini-finding sev-${f.severity.toLowerCase()}`, dataset: { ruleId: f.ruleId } },
    h('div', { class: 'finding-head' }, severityBadge(f.severity), h('span', { class: 'finding-title' }, titleOf(f))),
    h('p', { class: 'finding-message' }, messageOf(f)),
    h('p', { class: 'citations' }, (f.legalBasis || []).map((c, i) => [i ? '; ' : '', h('cite', {}, c)]), ' · ', h('code', {}, f.ruleId)));
}

function diffList(kind, findings) {
  const id = nextId('diff');
  return h('section', { class: `diff diff-${kind}`, 'aria-labelledby': id, dataset: { diff: kind } },
    h('h4', { id }, `${t(`arr.diff.${kind}`)} (${findings.length})`),
    findings.length ? h('ul', { class: 'mini-findings' }, findings.map(miniFinding)) : h('p', { class: 'muted' }, t('arr.diff.none')));
}

function resultArea() {
  const area = h('div', { class: 'arr-result-area' });
  if (state.error) {
    area.append(h('div', { class: 'arr-result' }, state.error.status === 0 && !state.error.problem.errors
      ? notice('error', state.error.problem.title) : problemNotice(state.error)));
  } else if (state.result) {
    area.append(resultView());
  }
  return area;
}

function resultView() {
  const r = state.result;
  const baseId = nextId('col');
  return h('section', { class: 'arr-result', 'aria-labelledby': 'arr-result-h' },
    h('h2', { id: 'arr-result-h', tabindex: '-1' }, t('arr.result')),
    h('div', { class: 'compare-grid' },
      h('section', { class: 'card compare-col baseline', 'aria-labelledby': baseId },
        h('h3', { id: baseId }, t('arr.baseline')),
        h('p', {}, verdictBadge(r.baseline.verdict), ' ', tn('arr.findingsCount', r.baseline.findings.length)),
        r.baseline.findings.length ? h('ul', { class: 'mini-findings' }, r.baseline.findings.map(miniFinding)) : h('p', { class: 'muted' }, t('arr.noFindings'))),
      r.variants.map((v) => {
        const id = nextId('col');
        return h('section', { class: 'card compare-col', 'aria-labelledby': id, dataset: { variant: v.name } },
          h('h3', { id }, v.name),
          v.description ? h('p', { class: 'muted' }, v.description) : null,
          h('p', {}, verdictBadge(v.report.verdict), ' ', tn('arr.findingsCount', v.report.findings.length)),
          diffList('added', v.difference.added),
          diffList('removed', v.difference.removed),
          diffList('unchanged', v.difference.unchanged));
      })));
}

async function render(main, params = {}, { languageChanged } = {}) {
  // Opened by the router (params name the route): the registry's list afresh, with any committee registered meanwhile.
  if (params.name || !state.committees || state.committeesError) {
    try {
      state.committees = await committees();
      if (state.committeesError === state.error) state.error = null;
      state.committeesError = null;
    } catch (e) {
      state.committees = [];
      state.committeesError = e;
      state.error = e;
    }
  }
  const sourceSelect = select([
    { value: '', label: t('arr.choose') },
    ...state.committees.map((c) => ({ value: c.id, label: `${t('arr.fromRegistry')}: ${c.name}` })),
    { value: 'template:GEMENSAM_NAMND', label: `${t('arr.fromTemplate')}: ${t('arr.template.GEMENSAM_NAMND')}` },
    { value: 'template:KOMMUNALFORBUND', label: `${t('arr.fromTemplate')}: ${t('arr.template.KOMMUNALFORBUND')}` },
  ], state.source, { id: 'arr-source' });
  const start = h('form', {
    class: 'card arr-start', novalidate: true,
    on: { submit: (e) => { e.preventDefault(); loadSource(main, sourceSelect.value); } },
  },
  h('h2', {}, t('arr.start')),
  h('div', { class: 'inline-form' },
    field({ label: t('arr.source'), control: sourceSelect, id: 'arr-source' }),
    h('button', { type: 'submit', class: 'secondary', id: 'arr-load' }, t('arr.load'))));

  const content = [];
  if (state.baseline) {
    const tabs = h('div', { class: 'scenario-switch', role: 'group', 'aria-labelledby': 'arr-switch-label' },
      h('p', { id: 'arr-switch-label', class: 'switch-label' }, t('arr.editing')),
      [-1, ...state.variants.map((_, i) => i)].map((i) => h('button', {
        type: 'button', class: 'toggle', 'aria-pressed': String(state.editing === i),
        dataset: { scenario: i < 0 ? 'baseline' : state.variants[i].name },
        on: { click: () => { state.editing = i; render(main).then(() => main.querySelector('#arr-editor-h').focus()); } },
      }, i < 0 ? t('arr.baseline') : state.variants[i].name)));

    const nameInput = h('input', {
      type: 'text', id: 'arr-new-name', value: state.newName, placeholder: t('arr.variantPlaceholder'),
      on: { input: (e) => { state.newName = e.target.value; } },
    });
    const newVariant = h('form', {
      class: 'card new-variant', novalidate: true,
      on: { submit: async (e) => {
        e.preventDefault();
        const name = state.newName.trim();
        if (!name || state.variants.some((v) => v.name === name)) {
          state.newNameError = name ? t('arr.variantExists') : t('arr.variantNameRequired');
          await render(main);
          main.querySelector('#arr-new-name').focus();
          return;
        }
        state.newNameError = null;
        state.variants.push({ name, description: state.newDescription.trim(), scenario: clone(scenarioAt(state.editing)) });
        state.editing = state.variants.length - 1;
        state.newName = '';
        state.newDescription = '';
        await render(main);
        main.querySelector('#arr-editor-h').focus();
        announce(t('arr.variantCreated', { name }));
      } },
    },
    h('h2', {}, t('arr.newVariant')),
    h('p', { class: 'hint' }, t('arr.newVariantHint')),
    h('div', { class: 'inline-form' },
      field({ label: t('arr.variantName'), control: nameInput, id: 'arr-new-name', error: state.newNameError }),
      field({ label: t('arr.variantDescription'), id: 'arr-new-description',
        control: h('input', { type: 'text', value: state.newDescription, on: { input: (e) => { state.newDescription = e.target.value; } } }) }),
      h('button', { type: 'submit', class: 'secondary', id: 'arr-create-variant' }, t('arr.createVariant'))));

    const editingName = state.editing < 0 ? t('arr.baseline') : state.variants[state.editing].name;
    content.push(
      newVariant,
      h('div', { class: 'form-actions compare-actions' },
        h('button', { type: 'button', class: 'primary', id: 'arr-compare', on: { click: () => compare(main) } }, t('arr.compare')),
        h('span', { id: 'arr-status', role: 'status', 'aria-live': 'polite', class: 'progress-area' })),
      resultArea(),
      h('section', { class: 'arr-editor', 'aria-labelledby': 'arr-editor-h' },
        h('h2', { id: 'arr-editor-h', tabindex: '-1' }, t('arr.editorHeading', { name: editingName })),
        tabs,
        scenarioEditor(main, state.editing)));
  } else {
    content.push(resultArea());
  }

  replace(main,
    h('h1', {}, t('arr.title')),
    h('p', { class: 'lead' }, t('arr.lead')),
    start,
    content);

  if (languageChanged && state.result && await localize(allFindings())) await render(main);
}

export default { title: () => 'nav.arrangements', render };
