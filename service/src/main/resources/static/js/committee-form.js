// The committee editor shared by "Nämnder" (the registry) and "Pröva upplägg" (what-if): name,
// form, host, parties with their seats, and the terms of reglemente and agreement. Every control
// knows the JSON Pointer of its value, so the API's problem+json errors are shown next to it.
//
// An editor model is { committee, raw: {} }: the committee exactly as the API has it, and the raw
// text of the fields that are not stored as typed (seat counts, payment months) so that an invalid
// entry stays visible until it is corrected.
import { t } from './i18n.js';
import {
  clone, dateInput, field, h, parseTriState, select, slug, triState,
} from './ui.js';

export const FORMS = ['GEMENSAM_NAMND', 'KOMMUNALFORBUND', 'AVTALSSAMVERKAN', 'BOLAG', 'NAMND'];
const ASSEMBLIES = ['FORBUNDSFULLMAKTIGE', 'DIREKTION'];
const ELECTING_BODIES = ['HOST_COUNCIL', 'PARTY_COUNCIL', 'COMMITTEE', 'FEDERATION_ASSEMBLY'];
/** The whole numbers of a terms version: the reglemente's periods for the kallelse and the justering, and the justerare. */
const TERMS_NUMBERS = ['noticeDaysBefore', 'adjustmentDays', 'adjustersRequired'];
export const PARTY_KINDS = ['KOMMUN', 'REGION', 'KOMMUNALFORBUND', 'BOLAG', 'STAT', 'PRIVAT', 'FORENING', 'OTHER'];
const COST_ALLOCATIONS = ['EQUAL_SHARES', 'PER_INHABITANT', 'BY_USE', 'BY_ASSIGNMENT', 'MIXED'];
const CARRY_OVER = ['CARRY_FORWARD', 'SETTLE_WITH_PARTIES', 'HOST_BEARS'];
const TERMS_FLAGS = ['meetingPlanRequired', 'substituteFromSameParty', 'remoteParticipationAllowed', 'committeeMayChangePaymentPeriods', 'noticeInWorkingDays'];

/** The API's limit on the number of seats of a committee (Limits.SEATS in the fact model). */
export const MAX_SEATS = 2000;

export function editorModel(committee) {
  return { committee: clone(committee), raw: {} };
}

function enumOptions(prefix, values, { unknown } = {}) {
  const options = values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  return unknown ? [{ value: '', label: t('common.unknown') }, ...options] : options;
}

/** The error for a pointer: the API's message for it or for anything inside it. */
export function errorFor(errors, pointer) {
  if (!errors) return null;
  const messages = Object.entries(errors)
    .filter(([p]) => p === pointer || p.startsWith(`${pointer}/`))
    .map(([, message]) => message);
  return messages.length ? messages.join(' ') : null;
}

// ---- seats -------------------------------------------------------------------------------------

function seatKey(partyId, role) {
  return `seats:${partyId}:${role}`;
}

export function seatCount(committee, partyId, role) {
  if (!committee.seats) return '';
  return String(committee.seats.filter((s) => s.partyId === partyId && s.role === role).length);
}

/** Applies a typed seat count; returns an error text when it is not a whole number 0–MAX_SEATS. */
function applySeatCount(committee, partyId, role, raw) {
  const text = raw.trim();
  if (text === '' && !committee.seats) return null;
  if (text !== '' && !/^\d+$/.test(text)) return t('committee.seatCountInvalid');
  const n = text === '' ? 0 : Number(text);
  const others = (committee.seats || []).filter((s) => !(s.partyId === partyId && s.role === role));
  if (n + others.length > MAX_SEATS) return t('committee.seatCountTooLarge', { max: MAX_SEATS });
  const own = (committee.seats || []).filter((s) => s.partyId === partyId && s.role === role).slice(0, n);
  while (own.length < n) own.push({ role, partyId });
  // Keep the seats grouped as the registry lists them: party by party, ledamöter first.
  const seats = [...others, ...own];
  const order = new Map(committee.parties.map((p, i) => [p.id, i]));
  seats.sort((a, b) => (order.get(a.partyId) ?? 1e9) - (order.get(b.partyId) ?? 1e9) || (a.role === b.role ? 0 : a.role === 'LEDAMOT' ? -1 : 1));
  committee.seats = seats;
  return null;
}

// ---- client-side checks (what the API cannot see: the raw text of counts and months) ------------

/** Errors by editor key for raw fields that cannot be sent; empty when all can. */
export function clientErrors(model) {
  const errors = {};
  const c = model.committee;
  for (const [key, raw] of Object.entries(model.raw)) {
    if (key.startsWith('seats:')) {
      const [, partyId, role] = key.split(':');
      if (!c.parties.some((p) => p.id === partyId)) continue;
      const copy = clone(c);
      const error = applySeatCount(copy, partyId, role, raw);
      if (error) errors[key] = error;
    } else if (key.startsWith('months:')) {
      if (parseMonths(raw) === undefined) errors[key] = t('committee.monthsInvalid');
    }
  }
  return errors;
}

function parseMonths(raw) {
  const text = raw.trim();
  if (text === '') return null;
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,2}$/.test(p))) return undefined;
  return parts.map(Number);
}

// ---- rendering ---------------------------------------------------------------------------------

/**
 * The editor's fieldsets.
 * options: errors (pointer -> message, pointers relative to the committee), clientErrors (key ->
 * message), idEditable (new committee), terms: 'all' | index of the one version to edit,
 * onStructure() after adding or removing a party or a version (the page re-renders),
 * onRename(oldId, newId) when a party's id changes, idPrefix for element ids.
 */
export function committeeEditor(model, options = {}) {
  const {
    errors = {}, clientErrors: local = {}, idEditable = false, terms = 'all', onStructure = () => {}, onRename = () => {},
    idPrefix = 'c',
  } = options;
  const c = model.committee;
  const id = (suffix) => `${idPrefix}-${suffix}`;

  const text = (pointer, value, apply, attrs = {}) => h('input', {
    type: 'text', value: value ?? '', dataset: { pointer }, ...attrs,
    on: { input: (e) => apply(e.target.value) },
  });

  // -- the committee itself
  // A new committee's id is proposed from its name until the user writes one.
  if (idEditable && model.idFromName === undefined) model.idFromName = !c.id;
  const general = h('fieldset', { class: 'card editor-section' },
    h('legend', {}, t('committee.general')),
    h('div', { class: 'grid-2' },
      field({ label: t('committee.name'), id: id('name'), error: errorFor(errors, '/name'), required: true,
        control: text('/name', c.name, (v) => {
          c.name = v;
          if (idEditable && model.idFromName) {
            c.id = slug(v);
            const idInput = document.getElementById(id('id'));
            if (idInput) idInput.value = c.id;
          }
        }) }),
      idEditable
        ? field({ label: t('committee.id'), id: id('id'), hint: t('committee.idProposed'), error: errorFor(errors, '/id'), required: true,
          control: text('/id', c.id, (v) => { c.id = v.trim(); model.idFromName = c.id === ''; }, { autocomplete: 'off' }) })
        : field({ label: t('committee.id'), id: id('id'), control: h('input', { type: 'text', value: c.id, readonly: true, dataset: { pointer: '/id' } }) }),
      field({ label: t('committee.form'), id: id('form'), error: errorFor(errors, '/form'),
        control: select(enumOptions('form', FORMS), c.form, { dataset: { pointer: '/form' }, on: { change: (e) => { c.form = e.target.value; } } }) }),
      field({ label: t('committee.assembly'), id: id('assembly'), hint: t('committee.assemblyHint'), error: errorFor(errors, '/assembly'),
        control: select(enumOptions('assembly', ASSEMBLIES, { unknown: true }), c.assembly,
          { dataset: { pointer: '/assembly' }, on: { change: (e) => { c.assembly = e.target.value || null; } } }) }),
      field({ label: t('committee.host'), id: id('host'), hint: t('committee.hostHint'), error: errorFor(errors, '/hostPartyId'),
        control: select([{ value: '', label: t('committee.noHost') },
          ...c.parties.map((p, i) => ({ value: p.id, label: p.name || t('committee.unnamedParty', { n: i + 1 }) }))],
          c.hostPartyId, { dataset: { pointer: '/hostPartyId' }, on: { change: (e) => { c.hostPartyId = e.target.value || null; } } }) }),
      field({ label: t('committee.aliases'), id: id('aliases'), hint: t('committee.aliasesHint'), error: errorFor(errors, '/aliases'),
        className: 'span-2',
        control: text('/aliases', (c.aliases || []).join(', '), (v) => { c.aliases = v.split(',').map((s) => s.trim()).filter(Boolean); }) })));

  // -- parties and seats
  const partyRows = c.parties.map((p, i) => {
    const base = `/parties/${i}`;
    const legendId = id(`party-${i}-legend`);
    const countField = (role, label) => {
      const key = seatKey(p.id, role);
      const raw = key in model.raw ? model.raw[key] : seatCount(c, p.id, role);
      return field({
        label, id: id(`party-${i}-${role.toLowerCase()}`), error: local[key],
        className: 'count',
        control: h('input', {
          type: 'text', inputmode: 'numeric', value: raw, size: '4', dataset: { seatParty: p.id, seatRole: role },
          on: { input: (e) => { model.raw[key] = e.target.value; applySeatCount(c, p.id, role, e.target.value); } },
        }),
      });
    };
    return h('fieldset', { class: 'party', 'aria-labelledby': legendId },
      h('legend', { id: legendId }, t('committee.partyN', { n: i + 1, name: p.name || '' })),
      h('div', { class: 'party-grid' },
        field({ label: t('committee.partyName'), id: id(`party-${i}-name`), error: errorFor(errors, `${base}/name`), required: true,
          control: text(`${base}/name`, p.name, (v) => {
            p.name = v;
            if (p.generatedId) {
              const next = freePartyId(c, slug(v), p);
              onRename(p.id, next);
              renameParty(c, p.id, next, model);
              p.id = next;
              const idInput = document.getElementById(id(`party-${i}-id`));
              if (idInput) idInput.value = next;
            }
          }) }),
        field({ label: t('committee.partyId'), id: id(`party-${i}-id`), error: errorFor(errors, `${base}/id`), required: true,
          control: text(`${base}/id`, p.id, (v) => {
            const next = v.trim();
            delete p.generatedId;
            onRename(p.id, next);
            renameParty(c, p.id, next, model);
            p.id = next;
          }, { autocomplete: 'off' }) }),
        field({ label: t('committee.partyKind'), id: id(`party-${i}-kind`), error: errorFor(errors, `${base}/kind`),
          control: select(enumOptions('partyKind', PARTY_KINDS), p.kind, { dataset: { pointer: `${base}/kind` }, on: { change: (e) => { p.kind = e.target.value; } } }) }),
        countField('LEDAMOT', t('committee.members')),
        countField('ERSATTARE', t('committee.substitutes')),
        field({ label: t('committee.inhabitants'), id: id(`party-${i}-inhabitants`), error: errorFor(errors, `${base}/inhabitants`),
          className: 'count',
          control: text(`${base}/inhabitants`, p.inhabitants ?? '', (v) => {
            const trimmed = v.trim();
            p.inhabitants = trimmed === '' ? null : /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
          }, { inputmode: 'numeric' }) })),
      h('button', {
        type: 'button', class: 'link-button remove',
        on: { click: () => { removeParty(c, i, model); onStructure(); } },
      }, t('committee.removeParty', { name: p.name || p.id || i + 1 })));
  });

  const parties = h('fieldset', { class: 'card editor-section' },
    h('legend', {}, t('committee.parties')),
    h('p', { class: 'hint' }, t('committee.partiesHint')),
    errorFor(errors, '/parties') && !c.parties.length ? h('p', { class: 'field-error', role: 'alert' }, errorFor(errors, '/parties')) : null,
    errorFor(errors, '/seats') ? h('p', { class: 'field-error', role: 'alert' }, `${t('committee.seatsError')} ${errorFor(errors, '/seats')}`) : null,
    unassignedSeats(c),
    h('div', { class: 'party-list' }, partyRows),
    h('button', {
      type: 'button', class: 'secondary', id: id('add-party'),
      on: { click: () => { addParty(c); onStructure(); } },
    }, t('committee.addParty')));

  // -- terms of reglemente and agreement
  const versions = (c.terms || []).map((v, i) => ({ v, i })).filter(({ i }) => terms === 'all' || i === terms);
  const termsSets = versions.map(({ v, i }) => termsFieldset(model, v, i, { errors, local, id, removable: terms === 'all', onStructure }));
  const termsSection = h('fieldset', { class: 'card editor-section' },
    h('legend', {}, t('committee.terms')),
    h('p', { class: 'hint' }, terms === 'all' ? t('committee.termsHint') : t('committee.termsInForceHint')),
    termsSets.length ? termsSets : h('p', {}, t('committee.noTerms')),
    terms === 'all' || !termsSets.length ? h('button', {
      type: 'button', class: 'secondary',
      on: { click: () => { addTerms(c); onStructure(); } },
    }, t('committee.addTerms')) : null);

  return [general, parties, termsSection];
}

function termsFieldset(model, v, i, { errors, local, id, removable, onStructure }) {
  const base = `/terms/${i}`;
  const legendId = id(`terms-${i}-legend`);
  const monthsKey = `months:${i}`;
  const date = (name, label, required) => field({
    label, id: id(`terms-${i}-${name}`), required, error: errorFor(errors, `${base}/${name}`),
    control: dateInput(v[name], (value) => { v[name] = value || null; }, { dataset: { pointer: `${base}/${name}` } }),
  });
  const flag = (name) => field({
    label: t(`terms.${name}`), id: id(`terms-${i}-${name}`), error: errorFor(errors, `${base}/${name}`),
    control: triState(v[name], { dataset: { pointer: `${base}/${name}` }, on: { change: (e) => { v[name] = parseTriState(e.target.value); } } }),
  });
  return h('fieldset', { class: 'terms', 'aria-labelledby': legendId },
    h('legend', { id: legendId }, v.validFrom ? t('committee.termsFrom', { from: v.validFrom, to: v.validTo || '' }) : t('committee.termsNew')),
    h('div', { class: 'grid-3' },
      date('validFrom', t('terms.validFrom'), true),
      date('validTo', t('terms.validTo'), false),
      field({ label: t('terms.months'), id: id(`terms-${i}-months`), hint: t('terms.monthsHint'),
        error: local[monthsKey] || errorFor(errors, `${base}/contributionPaymentMonths`),
        control: h('input', {
          type: 'text', inputmode: 'numeric', value: monthsKey in model.raw ? model.raw[monthsKey] : (v.contributionPaymentMonths || []).join(', '),
          dataset: { pointer: `${base}/contributionPaymentMonths` },
          on: { input: (e) => { model.raw[monthsKey] = e.target.value; const m = parseMonths(e.target.value); if (m !== undefined) v.contributionPaymentMonths = m; } },
        }) }),
      field({ label: t('terms.costAllocation'), id: id(`terms-${i}-cost`), error: errorFor(errors, `${base}/costAllocation`),
        control: select(enumOptions('costAllocation', COST_ALLOCATIONS, { unknown: true }), v.costAllocation,
          { dataset: { pointer: `${base}/costAllocation` }, on: { change: (e) => { v.costAllocation = e.target.value || null; } } }) }),
      field({ label: t('terms.carryOver'), id: id(`terms-${i}-carry`), error: errorFor(errors, `${base}/carryOver`),
        control: select(enumOptions('carryOver', CARRY_OVER, { unknown: true }), v.carryOver,
          { dataset: { pointer: `${base}/carryOver` }, on: { change: (e) => { v.carryOver = e.target.value || null; } } }) }),
      TERMS_FLAGS.map(flag),
      TERMS_NUMBERS.map((name) => field({
        label: t(`terms.${name}`), id: id(`terms-${i}-${name}`), error: errorFor(errors, `${base}/${name}`),
        control: h('input', {
          type: 'text', inputmode: 'numeric', value: v[name] ?? '', size: '4', dataset: { pointer: `${base}/${name}` },
          on: { input: (e) => { const x = e.target.value.trim(); v[name] = x === '' ? null : /^\d+$/.test(x) ? Number(x) : x; } },
        }),
      })),
      field({ label: t('terms.chairElectedBy'), id: id(`terms-${i}-chairElectedBy`), error: errorFor(errors, `${base}/chairElectedBy`),
        control: select(enumOptions('electingBody', ELECTING_BODIES, { unknown: true }), v.chairElectedBy,
          { dataset: { pointer: `${base}/chairElectedBy` }, on: { change: (e) => { v.chairElectedBy = e.target.value || null; } } }) })),
    field({ label: t('terms.source'), id: id(`terms-${i}-source`), error: errorFor(errors, `${base}/source`),
      control: h('textarea', { rows: '2', dataset: { pointer: `${base}/source` }, on: { input: (e) => { v.source = e.target.value || null; } } }, v.source || '') }),
    removable ? h('button', {
      type: 'button', class: 'link-button remove',
      on: { click: () => { model.committee.terms.splice(i, 1); delete model.raw[monthsKey]; onStructure(); } },
    }, t('committee.removeTerms')) : null);
}

/** Seats whose party the source does not state (a drafted total): counted for the quorum, shown so that they can be assigned. */
function unassignedSeats(c) {
  const seats = (c.seats || []).filter((s) => !s.partyId);
  if (!seats.length) return null;
  const ledamoter = seats.filter((s) => s.role === 'LEDAMOT').length;
  return h('p', { class: 'notice notice-info unassigned-seats' },
    t('committee.unassignedSeats', { ledamoter, ersattare: seats.length - ledamoter }), ' ',
    h('button', {
      type: 'button', class: 'link-button',
      on: { click: (e) => { c.seats = c.seats.filter((s) => s.partyId); if (!c.seats.length) c.seats = null; e.target.closest('p').remove(); } },
    }, t('committee.removeUnassignedSeats')));
}

/**
 * A party id made from a name that no other party of the committee has ("vannas", else
 * "vannas-2"): while a name is typed its id follows it, and passing through another party's id
 * must not take that party's seats and host with it.
 */
function freePartyId(c, wanted, self) {
  const taken = new Set(c.parties.filter((q) => q !== self).map((q) => q.id));
  let next = wanted;
  for (let n = 2; taken.has(next); n += 1) next = `${wanted}-${n}`;
  return next;
}

function addParty(c) {
  let n = c.parties.length + 1;
  while (c.parties.some((p) => p.id === `part-${n}`)) n += 1;
  c.parties.push({ id: `part-${n}`, name: '', kind: 'KOMMUN', aliases: [], generatedId: true });
}

function removeParty(c, index, model) {
  const [removed] = c.parties.splice(index, 1);
  if (c.seats) c.seats = c.seats.filter((s) => s.partyId !== removed.id);
  if (c.hostPartyId === removed.id) c.hostPartyId = null;
  Object.keys(model.raw).filter((k) => k.startsWith(`seats:${removed.id}:`)).forEach((k) => delete model.raw[k]);
}

function renameParty(c, from, to, model) {
  if (from === to) return;
  (c.seats || []).forEach((s) => { if (s.partyId === from) s.partyId = to; });
  if (c.hostPartyId === from) c.hostPartyId = to;
  (c.documents || []).forEach((d) => { if (d.adoptedBy) d.adoptedBy = d.adoptedBy.map((x) => (x === from ? to : x)); });
  for (const role of ['LEDAMOT', 'ERSATTARE']) {
    const key = seatKey(from, role);
    if (key in model.raw) {
      model.raw[seatKey(to, role)] = model.raw[key];
      delete model.raw[key];
    }
  }
}

function addTerms(c) {
  const latest = (c.terms || []).slice().sort((a, b) => String(b.validFrom).localeCompare(String(a.validFrom)))[0];
  const next = latest ? clone(latest) : { paymentPeriodChanges: [] };
  next.validFrom = null;
  next.validTo = null;
  next.source = null;
  c.terms = [...(c.terms || []), next];
}

/** The committee as the API takes it: editor-only marks removed. */
export function committeeForApi(committee) {
  const copy = clone(committee);
  copy.parties = copy.parties.map(({ generatedId, ...p }) => p);
  return copy;
}

/** Index of the terms version in force on a date (latest start wins), or -1. */
export function termsIndexOn(committee, date) {
  let best = -1;
  (committee.terms || []).forEach((v, i) => {
    const applies = v.validFrom && v.validFrom <= date && (!v.validTo || v.validTo >= date);
    if (applies && (best < 0 || v.validFrom > committee.terms[best].validFrom)) best = i;
  });
  return best;
}

/** Focuses the first control with an error (client or API), for the error summary's links. */
export function focusFirstError(container) {
  const invalid = container.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
  return invalid;
}
