// Granska dokument: a secretary picks the committee (or lets it be recognised), adds a document
// (file or pasted text), presses one button and reads the report with the document's lines.
import { ApiError, committees, upload } from '../api.js';
import { t, tn } from '../i18n.js';
import { localize, remember, renderReport } from '../report.js';
import {
  announce, dateInput, field, focusHeading, h, nextId, problemNotice, replace, select,
} from '../ui.js';

const ACCEPT = '.txt,.text,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const state = {
  committees: null,
  committeesError: null,
  committee: '',
  date: '',
  file: null,
  pasted: '',
  inputError: null,
  busy: false,
  result: null, // { report, lines, fileName }
  error: null,
};

let progressEl = null;

function isText(file) {
  return /\.(txt|text)$/i.test(file.name) || (file.type || '').startsWith('text/');
}

function sizeText(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} kB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

function committeeName(id) {
  const c = (state.committees || []).find((x) => x.id === id);
  return c ? c.name : id;
}

function setProgress(phase, fraction) {
  if (!progressEl) return;
  if (!phase) {
    replace(progressEl);
    return;
  }
  const text = phase === 'upload' && fraction !== null && fraction !== undefined
    ? t('check.uploading', { percent: Math.round(fraction * 100) }) : t('check.checking');
  const bar = h('progress', { max: '100', 'aria-hidden': 'true' });
  if (phase === 'upload' && fraction !== null && fraction !== undefined) bar.value = Math.round(fraction * 100);
  replace(progressEl, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', { class: 'progress-text' }, text), bar);
}

async function submit(main) {
  if (state.busy) return;
  if (!state.file && !state.pasted.trim()) {
    state.inputError = t('check.needInput');
    await draw(main);
    main.querySelector('#check-paste').focus();
    return;
  }
  state.inputError = null;
  state.busy = true;
  state.error = null;
  const params = new URLSearchParams({ includeLines: 'true' });
  if (state.committee) params.set('committee', state.committee);
  if (state.date) params.set('evaluationDate', state.date);
  let body;
  let contentType = null;
  let fileName;
  if (state.file) {
    fileName = state.file.name;
    if (isText(state.file)) {
      body = state.file;
      contentType = 'text/plain';
      params.set('fileName', fileName);
    } else {
      body = new FormData();
      body.append('file', state.file, state.file.name);
    }
  } else {
    fileName = t('check.pastedName');
    body = new Blob([state.pasted], { type: 'text/plain;charset=utf-8' });
    contentType = 'text/plain;charset=UTF-8';
    params.set('fileName', fileName);
  }
  const clientText = state.file ? (isText(state.file) ? await state.file.text() : null) : state.pasted;
  const button = main.querySelector('#check-submit');
  if (button) button.setAttribute('aria-disabled', 'true');
  setProgress('upload', 0);
  try {
    const report = await upload(`/api/v1/documents/check?${params}`, body, {
      contentType,
      onProgress: (fraction) => setProgress(fraction === null ? 'check' : 'upload', fraction),
    });
    remember(report.evaluationId, report.findings);
    const lines = report.lines && report.lines.length ? report.lines
      : clientText !== null ? clientText.split(/\r\n|\r|\n/).map((text, i) => ({ number: i + 1, text })) : null;
    state.result = { report, lines, fileName };
    await localize(report.findings);
  } catch (e) {
    state.result = null;
    state.error = e instanceof ApiError ? e : new ApiError(0, { title: t('error.generic') });
  } finally {
    state.busy = false;
  }
  await draw(main);
  const heading = main.querySelector('.report-heading, .result .notice');
  focusHeading(heading);
  if (state.result) {
    const r = state.result.report;
    announce(`${t(`verdict.long.${r.verdict}`)}. ${tn('check.findingsCount', (r.findings || []).length)}`);
  }
}

function fileInput(main) {
  const input = h('input', {
    type: 'file', id: 'check-file', accept: ACCEPT, class: 'file-input visually-hidden',
    on: { change: (e) => { state.file = e.target.files[0] || null; draw(main); } },
  });
  return input;
}

function dropZone(main) {
  const zoneId = nextId('drop');
  const zone = h('div', {
    class: 'dropzone',
    id: zoneId,
    on: {
      dragover: (e) => { e.preventDefault(); zone.classList.add('dragging'); },
      dragleave: () => zone.classList.remove('dragging'),
      drop: (e) => {
        e.preventDefault();
        zone.classList.remove('dragging');
        const file = e.dataTransfer && e.dataTransfer.files[0];
        if (file) {
          state.file = file;
          draw(main).then(() => announce(t('check.fileChosen', { name: file.name })));
        }
      },
    },
  },
  h('p', { class: 'dropzone-text' }, t('check.dropHint')),
  h('div', { class: 'file-picker' },
    fileInput(main),
    h('label', { for: 'check-file', class: 'button secondary file-button' }, t('check.pickFile')),
    state.file ? h('p', { class: 'file-chosen' },
      t('check.fileChosen', { name: state.file.name }), ` (${sizeText(state.file.size)}) `,
      h('button', { type: 'button', class: 'link-button', on: { click: () => { state.file = null; draw(main); } } }, t('check.removeFile')))
      : h('p', { class: 'file-chosen muted' }, t('check.noFile'))));
  return zone;
}

/** The registry's committees, fetched each time the page is opened: one registered on Nämnder a moment ago is there. */
async function loadCommittees() {
  try {
    state.committees = await committees();
    state.committeesError = null;
  } catch (e) {
    state.committees = [];
    state.committeesError = e;
  }
}

/** Opens the page (the router calls this): the committee list is fetched afresh. */
async function render(main, params = {}, options = {}) {
  await loadCommittees();
  await draw(main, options);
}

/** Draws the page from its state. */
async function draw(main, { languageChanged } = {}) {
  const committeeSelect = select(
    [{ value: '', label: t('check.recognise') }, ...state.committees.map((c) => ({ value: c.id, label: c.name }))],
    state.committee, { on: { change: (e) => { state.committee = e.target.value; } } });
  const date = dateInput(state.date, (value) => { state.date = value; });
  const paste = h('textarea', {
    id: 'check-paste', rows: '8', spellcheck: 'false',
    on: { input: (e) => { state.pasted = e.target.value; } },
  });
  paste.value = state.pasted;
  progressEl = h('div', { class: 'progress-area', role: 'status', 'aria-live': 'polite' });

  const form = h('form', {
    class: 'card check-form', novalidate: true, 'aria-labelledby': 'check-form-h',
    on: { submit: (e) => { e.preventDefault(); submit(main); } },
  },
  h('h2', { id: 'check-form-h', class: 'visually-hidden' }, t('check.formHeading')),
  h('div', { class: 'grid-2' },
    field({ label: t('check.committee'), control: committeeSelect, id: 'check-committee', hint: t('check.committeeHint') }),
    field({ label: t('check.date'), control: date, id: 'check-date', hint: t('check.dateHint') })),
  state.committeesError ? problemNotice(state.committeesError) : null,
  h('fieldset', { class: 'document-input' },
    h('legend', {}, t('check.document')),
    dropZone(main),
    field({ label: t('check.paste'), control: paste, hint: t('check.pasteHint'), error: state.inputError, id: 'check-paste' })),
  h('div', { class: 'form-actions' },
    h('button', { type: 'submit', class: 'primary', id: 'check-submit' }, t('check.submit'))),
  progressEl);

  const result = h('div', { class: 'result', id: 'check-result' });
  if (state.error) {
    result.append(problemNotice(state.error));
  } else if (state.result) {
    const { report } = state.result;
    const recognised = !state.committee && report.committeeId
      ? h('p', { class: 'notice notice-info' }, t('check.recognised', { name: committeeName(report.committeeId) })) : null;
    const unregistered = report.body && !report.body.registered ? report.body.name : null;
    const noCommittee = !report.committeeId ? h('p', { class: 'notice notice-info' },
      unregistered ? t('check.unregistered', { name: unregistered }) : t('check.noCommittee')) : null;
    result.append(recognised || noCommittee || '', renderReport(report, {
      fileName: state.result.fileName,
      committeeName: report.committeeId ? committeeName(report.committeeId)
        : unregistered ? t('report.unregistered', { name: unregistered }) : null,
      lines: state.result.lines,
    }));
  }

  replace(main,
    h('h1', {}, t('check.title')),
    h('p', { class: 'lead' }, t('check.lead')),
    form,
    result);

  if (languageChanged && state.result && await localize(state.result.report.findings)) {
    await draw(main);
  }
}

export default { title: () => 'nav.check', render };
