// A report as the user reads it: the verdict at a glance, the findings grouped by severity (plain
// message, citations, verified status, the law's words under "Lagtext" (folded), the facts behind
// it, the document's lines with the finding's lines highlighted), and the report as text to copy or
// as a printable HTML file.
//
// Findings come from the API in the language asked for; the decision log keeps both languages. When
// the user switches language, localize() fetches the other language from the log.
import { get, rules } from './api.js';
import { lang, t, tn } from './i18n.js';
import { placeName } from './places.js';
import {
  SEVERITY_ORDER, copyText, download, formatFacts, h, lawDetails, lawVersion, nextId, severityBadge, verdictBadge, verifiedBadge,
  verificationKey, announce,
} from './ui.js';

const CONTEXT_LINES = 2;

// ---- texts in both languages -------------------------------------------------------------

const texts = new Map(); // evaluationId|ruleId|variant|pointer -> { sv, en }
let catalogue = null; // ruleId -> { title, titleEn }

function identity(f) {
  return `${f.ruleId}|${f.variant || ''}|${(f.location && f.location.pointer) || ''}`;
}

function textKey(evaluationId, f) {
  return `${evaluationId || ''}|${identity(f)}`;
}

/** Records the messages of findings the API returned in language lng for one evaluation. */
export function remember(evaluationId, findings, lng = lang()) {
  for (const f of findings || []) {
    f.evaluationId = evaluationId;
    const entry = texts.get(textKey(evaluationId, f)) || {};
    if (f.messageEn !== undefined) {
      entry.sv = f.message;
      entry.en = f.messageEn;
    } else {
      entry[lng] = f.message;
    }
    texts.set(textKey(evaluationId, f), entry);
  }
}

export function messageOf(f) {
  const entry = texts.get(textKey(f.evaluationId, f));
  return (entry && (entry[lang()] || entry.sv || entry.en)) || f.message;
}

export function titleOf(f) {
  const rule = catalogue && catalogue[f.ruleId];
  if (rule) return lang() === 'en' ? rule.titleEn || rule.title : rule.title;
  return f.title || f.ruleId;
}

async function loadCatalogue() {
  if (catalogue) return false;
  try {
    const list = await rules();
    catalogue = Object.fromEntries(list.map((r) => [r.ruleId || r.id, r]));
    return true;
  } catch (e) {
    return false;
  }
}

/**
 * Makes sure the findings can be shown in the current language: loads the rule titles and, where a
 * message is missing in this language, the evaluation from the decision log (written moments after
 * the check, hence the retries). Resolves to true when anything new was loaded.
 */
export async function localize(findings) {
  let changed = await loadCatalogue();
  const missing = new Set();
  for (const f of findings) {
    const entry = texts.get(textKey(f.evaluationId, f));
    if (f.evaluationId && (!entry || !entry[lang()])) missing.add(f.evaluationId);
  }
  for (const id of missing) {
    for (let attempt = 0; attempt < 6; attempt += 1) {
      try {
        const entry = await get(`/api/v1/evaluations/${encodeURIComponent(id)}`);
        remember(id, entry.findings || []);
        changed = true;
        break;
      } catch (e) {
        if (e.status !== 404) break;
        await new Promise((resolve) => { window.setTimeout(resolve, 250 * (attempt + 1)); });
      }
    }
  }
  return changed;
}

// ---- rendering ---------------------------------------------------------------------------

export function counts(findings) {
  const c = { ERROR: 0, WARNING: 0, INFO: 0 };
  (findings || []).forEach((f) => { c[f.severity] = (c[f.severity] || 0) + 1; });
  return c;
}

function countsText(c) {
  return SEVERITY_ORDER.map((severity) => tn(`report.count.${severity}`, c[severity] || 0)).join(', ');
}

function linesOf(f) {
  const loc = f.location || {};
  if (!loc.line) return null;
  return { from: loc.line, to: loc.lineEnd || loc.line };
}

/** "sida 3, rad 12", "rad 5–6", or '' when the finding has no line. */
function linesText(f) {
  const lines = linesOf(f);
  if (!lines) return '';
  const text = lines.to > lines.from ? t('finding.lines', { from: lines.from, to: lines.to }) : t('finding.line', { line: lines.from });
  const page = f.location && f.location.page;
  return page ? `${t('finding.page', { page })}, ${text}` : text;
}

/** Where a finding is, as the user names it: the part of the case and its page and lines ("Anslaget: datum uppsatt · rad 43"). */
function locationText(f) {
  return [placeName(f.location && f.location.pointer), linesText(f)].filter(Boolean).join(' · ');
}

function lineRow(line, hit) {
  return h('div', { class: `doc-line${hit ? ' hit' : ''}`, dataset: { line: String(line.number) } },
    h('span', { class: 'ln', 'aria-hidden': 'true' }, String(line.number)),
    hit ? h('mark', { class: 'tx' }, h('span', { class: 'visually-hidden' }, `${t('finding.line', { line: line.number })}: `), line.text || ' ')
      : h('span', { class: 'tx' }, h('span', { class: 'visually-hidden' }, `${t('finding.line', { line: line.number })}: `), line.text || ' '));
}

/** The document's lines around a finding, its own lines highlighted. */
function excerpt(f, lines) {
  const range = linesOf(f);
  if (!range || !lines || !lines.length) return null;
  const byNumber = new Map(lines.map((l) => [l.number, l]));
  const rows = [];
  for (let n = Math.max(1, range.from - CONTEXT_LINES); n <= range.to + CONTEXT_LINES; n += 1) {
    const line = byNumber.get(n);
    if (line) rows.push(lineRow(line, n >= range.from && n <= range.to));
  }
  if (!rows.length) return null;
  return h('figure', { class: 'excerpt' },
    h('figcaption', {}, t('finding.excerpt', { where: linesText(f) })),
    h('div', { class: 'doc-lines' }, rows));
}

export function findingCard(f, { lines, headingLevel = 4 } = {}) {
  const headingId = nextId('finding');
  const facts = formatFacts(f.facts);
  return h('article', { class: `finding sev-${f.severity.toLowerCase()}`, 'aria-labelledby': headingId, dataset: { ruleId: f.ruleId } },
    h('div', { class: 'finding-head' },
      severityBadge(f.severity),
      h(`h${headingLevel}`, { id: headingId, class: 'finding-title' }, titleOf(f)),
      f.factsFrom === 'document' ? h('span', { class: 'badge from-document' }, t('finding.fromDocument')) : null),
    h('p', { class: 'finding-message' }, messageOf(f)),
    h('dl', { class: 'finding-meta' },
      h('dt', {}, t('finding.legalBasis')),
      h('dd', { class: 'citations' },
        h('ul', { class: 'citation-list' }, (f.legalBasis || []).map((c) => h('li', {}, h('cite', {}, c)))),
        verifiedBadge(f.verified, f.legalBasis),
        lawDetails(f.provisions)),
      facts.length ? [h('dt', {}, t('finding.facts')), h('dd', { class: 'facts' }, facts.join(', '))] : null,
      locationText(f) ? [h('dt', {}, t('finding.location')),
        h('dd', { class: 'location', dataset: { pointer: (f.location && f.location.pointer) || '' } }, locationText(f))] : null,
      h('dt', {}, t('finding.rule')),
      h('dd', {}, h('a', { href: `#/regler?q=${encodeURIComponent(f.ruleId)}` }, f.ruleId))),
    excerpt(f, lines));
}

/** Findings grouped by severity, most severe first; headingLevel is that of the group headings. */
export function findingGroups(findings, { lines, headingLevel = 3 } = {}) {
  return SEVERITY_ORDER.map((severity) => {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) return null;
    const id = nextId('group');
    return h('section', { class: `finding-group group-${severity.toLowerCase()}`, 'aria-labelledby': id },
      h(`h${headingLevel}`, { id }, `${t(`severity.group.${severity}`)} (${group.length})`),
      group.map((f) => findingCard(f, { lines, headingLevel: headingLevel + 1 })));
  });
}

/** What a rule that could not run lacked, in words: "en registrerad nämnd", "… och …". */
function missingText(missing) {
  const words = (missing || []).map((m) => t(`notRun.${m}`, {}, m));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${t('report.and')} ${words[words.length - 1]}` : words.join('');
}

function notRunText(r) {
  return t('report.notRunItem', { title: titleOf(r), ruleId: r.ruleId, missing: missingText(r.missing) });
}

/**
 * What the user can do about rules that could not run: register the committee the document names
 * (or one), or complete the registered committee's seats or terms.
 */
function committeeAction(report) {
  const notRun = report.rulesNotRun || [];
  if (!notRun.length) return null;
  if (notRun.some((r) => (r.missing || []).includes('COMMITTEE')) || !report.committeeId) {
    const name = report.body && !report.body.registered ? report.body.name : null;
    // an unregistered committee can also be drafted from its reglemente or agreement
    return name
      ? { href: `#/namnder/ny?namn=${encodeURIComponent(name)}`, text: t('report.registerCommittee', { name }), draft: true }
      : { href: '#/namnder/ny', text: t('report.registerUnnamed'), draft: true };
  }
  return { href: `#/namnder/${encodeURIComponent(report.committeeId)}`,
    text: t('report.completeCommittee', { name: (report.body && report.body.name) || report.committeeId }) };
}

/** The rules that judge what the case holds but could not run, with what each lacked and what to do. */
function notRunSection(report) {
  const notRun = report.rulesNotRun || [];
  if (!notRun.length) return null;
  const id = nextId('notrun');
  const action = committeeAction(report);
  return h('section', { class: 'not-run', 'aria-labelledby': id },
    h('h3', { id }, tn('report.notRun', notRun.length)),
    h('p', {}, t('report.notRunLead')),
    h('ul', { class: 'not-run-list' }, notRun.map((r) => h('li', { dataset: { ruleId: r.ruleId } }, notRunText(r)))),
    action ? h('p', { class: 'actions' },
      h('a', { href: action.href, class: 'button secondary register-committee' }, action.text),
      action.draft ? h('a', { href: '#/namnder/utkast', class: 'button secondary draft-committee' }, t('report.draftCommittee')) : null) : null);
}

/**
 * The whole report. meta: { title, fileName, committeeName, lines (document lines), recordedAt }.
 * Returns the section; its heading has tabindex -1 so the page can move focus to it.
 */
export function renderReport(report, meta = {}) {
  const findings = report.findings || [];
  const c = counts(findings);
  const headingId = nextId('report');
  const lines = meta.lines || null;
  const hitLines = new Set();
  findings.forEach((f) => {
    const r = linesOf(f);
    if (r) for (let n = r.from; n <= r.to; n += 1) hitLines.add(n);
  });
  const actions = h('div', { class: 'actions report-actions' },
    h('button', { type: 'button', class: 'secondary', on: { click: async () => {
      const ok = await copyText(reportText(report, meta));
      announce(t(ok ? 'report.copied' : 'report.copyFailed'));
    } } }, t('report.copy')),
    h('button', { type: 'button', class: 'secondary', on: { click: () => {
      download(reportFileName(meta), reportHtml(report, meta), 'text/html;charset=utf-8');
      announce(t('report.downloaded'));
    } } }, t('report.download')),
    h('button', { type: 'button', class: 'secondary', on: { click: () => window.print() } }, t('report.print')));

  return h('section', { class: 'report', 'aria-labelledby': headingId },
    h('h2', { id: headingId, tabindex: '-1', class: 'report-heading' }, meta.title || t('report.title')),
    h('div', { class: `verdict verdict-${String(report.verdict).toLowerCase()}` },
      h('p', { class: 'verdict-line' }, verdictBadge(report.verdict), ' ', h('strong', {}, t(`verdict.long.${report.verdict}`))),
      h('p', { class: 'verdict-counts' }, countsText(c)),
      h('p', { class: 'verdict-meta' }, metaLine(report, meta))),
    notRunSection(report),
    actions,
    findings.length ? findingGroups(findings, { lines })
      : h('p', { class: 'no-findings' }, noneText(report)),
    lines && lines.length ? h('details', { class: 'document' },
      h('summary', {}, t('report.document', { count: lines.length })),
      h('div', { class: 'doc-lines full' }, lines.map((l) => lineRow(l, hitLines.has(l.number))))) : null,
    report.rulesEvaluated ? h('details', { class: 'rules-run' },
      h('summary', {}, t('report.rulesRun', { count: report.rulesEvaluated.length })),
      h('ul', { class: 'inline-list' }, report.rulesEvaluated.map((id) => h('li', {}, h('code', {}, id))))) : null);
}

/** "No findings", with how many rules ran when the report says (the decision log does not). */
function noneText(report) {
  return report.rulesEvaluated ? tn('report.none', report.rulesEvaluated.length) : t('report.noneLogged');
}

function metaLine(report, meta) {
  const parts = [];
  if (meta.fileName) parts.push(`${t('report.file')}: ${meta.fileName}`);
  parts.push(`${t('report.committee')}: ${meta.committeeName || report.committeeId || t('report.noCommittee')}`);
  if (report.evaluationDate) parts.push(`${t('report.date')}: ${report.evaluationDate}`);
  if (report.ruleSetVersion) parts.push(`${t('report.ruleSet')}: ${report.ruleSetVersion}`);
  if (report.evaluationId) parts.push(`${t('report.reference')}: ${report.evaluationId}`);
  return parts.join(' · ');
}

// ---- the report as text and as a printable HTML file -------------------------------------------

function reportFileName(meta) {
  const base = (meta.fileName || 'rapport').replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_');
  return `namndkoll-${base}.html`;
}

export function reportText(report, meta = {}) {
  const findings = report.findings || [];
  const byNumber = new Map((meta.lines || []).map((l) => [l.number, l.text]));
  const out = [t('report.textTitle'), ''];
  if (meta.fileName) out.push(`${t('report.file')}: ${meta.fileName}`);
  out.push(`${t('report.committee')}: ${meta.committeeName || report.committeeId || t('report.noCommittee')}`);
  out.push(`${t('report.date')}: ${report.evaluationDate || ''}`);
  out.push(`${t('report.verdict')}: ${t(`verdict.${report.verdict}`)} (${countsText(counts(findings))})`);
  out.push(`${t('report.ruleSet')}: ${report.ruleSetVersion || ''}`);
  if (report.evaluationId) out.push(`${t('report.reference')}: ${report.evaluationId}`);
  out.push('');
  findings.forEach((f, i) => {
    out.push(`${i + 1}. [${t(`severity.${f.severity}`)}] ${titleOf(f)} (${f.ruleId})`);
    out.push(`   ${messageOf(f)}`);
    out.push(`   ${t('finding.legalBasis')}: ${(f.legalBasis || []).join('; ')} (${t(verificationKey(f.verified, f.legalBasis))})`);
    (f.provisions || []).forEach((p) => out.push(`   ${t('finding.law')}, ${p.ref} (${lawVersion(p)}): ${p.text}`));
    const facts = formatFacts(f.facts);
    if (facts.length) out.push(`   ${t('finding.facts')}: ${facts.join(', ')}`);
    if (locationText(f)) out.push(`   ${t('finding.location')}: ${locationText(f)}`);
    const r = linesOf(f);
    if (r) for (let n = r.from; n <= r.to; n += 1) if (byNumber.has(n)) out.push(`   > ${n}: ${byNumber.get(n)}`);
    out.push('');
  });
  if (!findings.length) out.push(noneText(report));
  const notRun = report.rulesNotRun || [];
  if (notRun.length) {
    out.push('', `${tn('report.notRun', notRun.length)}:`);
    notRun.forEach((r) => out.push(`- ${notRunText(r)}`));
  }
  return out.join('\n');
}

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch]));
}

const PRINT_CSS = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1a1a1a;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #ccc}
.meta{color:#444}.verdict{font-weight:700;padding:.5rem .75rem;border-left:6px solid #555;background:#f4f4f4}
.FAIL{border-color:#a4161a}.WARN{border-color:#8a5a00}.INCOMPLETE{border-color:#5a3d8a}.PASS{border-color:#1d6b32}
.finding{border:1px solid #ccc;border-left:6px solid #555;padding:.5rem .75rem;margin:.75rem 0;page-break-inside:avoid}
.ERROR{border-left-color:#a4161a}.WARNING{border-left-color:#8a5a00}.INFO{border-left-color:#0b4f8a}
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem}dt{font-weight:700;float:left;clear:left;width:9rem}dd{margin:0 0 .25rem 9.5rem}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem;border:1px solid #ddd;font-size:.85rem}mark{background:#ffe08a}`;

export function reportHtml(report, meta = {}) {
  const findings = report.findings || [];
  const byNumber = new Map((meta.lines || []).map((l) => [l.number, l.text]));
  const items = findings.map((f) => {
    const facts = formatFacts(f.facts);
    const r = linesOf(f);
    let quote = '';
    if (r) {
      const rows = [];
      for (let n = Math.max(1, r.from - CONTEXT_LINES); n <= r.to + CONTEXT_LINES; n += 1) {
        if (byNumber.has(n)) {
          const text = `${String(n).padStart(4)}  ${esc(byNumber.get(n))}`;
          rows.push(n >= r.from && n <= r.to ? `<mark>${text}</mark>` : text);
        }
      }
      if (rows.length) quote = `<pre>${rows.join('\n')}</pre>`;
    }
    return `<div class="finding ${esc(f.severity)}"><div class="sev">${esc(t(`severity.${f.severity}`))} · ${esc(f.ruleId)}</div>
<h3>${esc(titleOf(f))}</h3><p>${esc(messageOf(f))}</p><dl>
<dt>${esc(t('finding.legalBasis'))}</dt><dd>${esc((f.legalBasis || []).join('; '))} (${esc(t(verificationKey(f.verified, f.legalBasis)))})</dd>
${(f.provisions || []).length ? `<dt>${esc(t('finding.law'))}</dt><dd>${(f.provisions || []).map((p) => `<p class="law"><cite>${esc(p.ref)}</cite> (${esc(lawVersion(p))}): ${esc(p.text)}</p>`).join('')}</dd>` : ''}
${facts.length ? `<dt>${esc(t('finding.facts'))}</dt><dd>${esc(facts.join(', '))}</dd>` : ''}
${locationText(f) ? `<dt>${esc(t('finding.location'))}</dt><dd>${esc(locationText(f))}</dd>` : ''}</dl>${quote}</div>`;
  }).join('\n');
  return `<!doctype html>
<html lang="${lang()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('report.textTitle'))}${meta.fileName ? ` – ${esc(meta.fileName)}` : ''}</title><style>${PRINT_CSS}</style></head>
<body><h1>${esc(t('report.textTitle'))}</h1>
<p class="meta">${esc(metaLine(report, meta))}</p>
<p class="verdict ${esc(report.verdict)}">${esc(t(`verdict.long.${report.verdict}`))} – ${esc(countsText(counts(findings)))}</p>
<h2>${esc(t('report.findings'))}</h2>
${items || `<p>${esc(noneText(report))}</p>`}
${(report.rulesNotRun || []).length ? `<h2>${esc(tn('report.notRun', report.rulesNotRun.length))}</h2>
<p>${esc(t('report.notRunLead'))}</p><ul>${report.rulesNotRun.map((r) => `<li>${esc(notRunText(r))}</li>`).join('')}</ul>` : ''}
<p class="meta">${esc(t('report.generated', { when: new Date().toLocaleString(lang() === 'en' ? 'en-GB' : 'sv-SE') }))}</p>
</body></html>`;
}
