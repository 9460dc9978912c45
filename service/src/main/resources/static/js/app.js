// The application shell: hash routes (#/granska, #/upplagg, #/namnder/ID, #/regler, #/historik/ID),
// one module per page loaded when first visited, the language toggle, focus management.
import { applyStatic, lang, setLang, t } from './i18n.js';

const ROUTES = {
  granska: { module: './pages/check.js', title: 'nav.check' },
  upplagg: { module: './pages/arrangements.js', title: 'nav.arrangements' },
  namnder: { module: './pages/committees.js', title: 'nav.committees' },
  regler: { module: './pages/rules.js', title: 'nav.rules' },
  historik: { module: './pages/history.js', title: 'nav.history' },
};
const DEFAULT_ROUTE = 'granska';

const main = document.getElementById('main');
let current = null; // { name, params, page }
let firstRender = true;

/** "#/namnder/e-namnden?x=1" -> { name: 'namnder', id: 'e-namnden', query: URLSearchParams } */
function parse(hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, queryString] = raw.split('?');
  const [name, ...rest] = path.split('/').filter(Boolean);
  return {
    name: ROUTES[name] ? name : DEFAULT_ROUTE,
    id: rest.length ? decodeURIComponent(rest.join('/')) : null,
    query: new URLSearchParams(queryString || ''),
  };
}

function markCurrent(name) {
  document.querySelectorAll('.main-nav a').forEach((a) => {
    if (a.dataset.route === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

async function show({ focus = true } = {}) {
  if (!window.location.hash || window.location.hash === '#') {
    window.history.replaceState(null, '', `#/${DEFAULT_ROUTE}`);
  } else if (!window.location.hash.startsWith('#/')) {
    return; // an in-page anchor such as the skip link
  }
  const params = parse(window.location.hash);
  const route = ROUTES[params.name];
  markCurrent(params.name);
  const page = (await import(route.module)).default;
  current = { name: params.name, params, page };
  document.title = `${t(page.title ? page.title(params) : route.title)} – Nämndkoll`;
  await page.render(main, params);
  if (firstRender) {
    firstRender = false;
    document.documentElement.dataset.ready = 'true';
    performance.mark('nk-ready');
  } else if (focus) {
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }
}

function updateToggle() {
  const toggle = document.getElementById('lang-toggle');
  const other = lang() === 'sv' ? 'en' : 'sv';
  toggle.textContent = other === 'en' ? 'English' : 'Svenska';
  toggle.setAttribute('lang', other);
  toggle.setAttribute('aria-label', other === 'en' ? 'Switch to English' : 'Byt till svenska');
}

document.getElementById('lang-toggle').addEventListener('click', () => {
  setLang(lang() === 'sv' ? 'en' : 'sv');
});

window.addEventListener('nk:langchange', async () => {
  updateToggle();
  if (current) {
    document.title = `${t(current.page.title ? current.page.title(current.params) : ROUTES[current.name].title)} – Nämndkoll`;
    await current.page.render(main, current.params, { languageChanged: true });
  }
});

document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => show());
window.addEventListener('nk:retry', () => show());

applyStatic();
updateToggle();
show({ focus: false });
