// The Ciphernet page: plain ES module, no framework, no build step.
// Views: "#/" lists the node's E3s with their live phase (polled), "#/e3/ID"
// shows one E3 and its input form. Inputs are encrypted by the WebAssembly
// module (web/wasm): the page fetches the public key, the module checks its
// keccak hash against the ledger's value and encrypts; only the ciphertext
// is uploaded. Every DOM text comes from textContent, never innerHTML.

import { ApiError, explain as explainFor } from './messages.js';

const POLL_MS = 1500;
const explain = (err, e3) => explainFor(err, e3, location.host);
const state = { config: null, timer: null, view: null, last: null };

// ---------- small helpers ----------

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function short(hex, n = 10) {
  return hex && hex.length > n + 6 ? `${hex.slice(0, n)}…${hex.slice(-4)}` : (hex || '');
}

async function call(method, path, body, headers = {}) {
  let res;
  try {
    res = await fetch(path, { method, body, headers, cache: 'no-store' });
  } catch (e) {
    throw new ApiError(0, 'unreachable', `${e.message || e}`);
  }
  if (!res.ok) {
    let j = {};
    try { j = await res.json(); } catch { /* not JSON */ }
    throw new ApiError(res.status, j.code || `http_${res.status}`, j.error || res.statusText);
  }
  return res;
}
const getJSON = async (path) => (await call('GET', path)).json();

function show(text, code = '', kind = 'error') {
  const box = document.getElementById('message');
  box.textContent = text;
  box.dataset.code = code;
  box.className = kind === 'info' ? 'info' : '';
  box.hidden = !text;
}
const clearMessage = () => show('');

// ---------- the encryption module ----------

const wasmReady = (async () => {
  const pill = document.getElementById('wasm');
  try {
    const go = new Go(); // from wasm_exec.js
    const t0 = performance.now();
    const { instance } = await WebAssembly.instantiateStreaming(fetch('/app/ciphernet.wasm'), go.importObject);
    go.run(instance);
    while (!globalThis.ciphernetReady) await new Promise((r) => setTimeout(r, 10));
    pill.textContent = `encryption in browser ready (${Math.round(performance.now() - t0)} ms)`;
    pill.dataset.state = 'ready';
  } catch (e) {
    pill.textContent = 'encryption module failed';
    pill.dataset.state = 'failed';
    throw Object.assign(new Error(String(e.message || e)), { code: 'wasm' });
  }
})();

// ---------- routing and polling ----------

function route() {
  clearInterval(state.timer);
  clearMessage();
  const m = location.hash.match(/^#\/e3\/(\d+)$/);
  state.view = m ? { kind: 'e3', id: Number(m[1]) } : { kind: 'list' };
  const render = m ? (first) => renderE3(Number(m[1]), first) : renderList;
  render(true);
  state.timer = setInterval(() => render(false), POLL_MS);
}

async function boot() {
  try {
    state.config = await getJSON('/web/v1/config');
  } catch (e) {
    show(explain(e), e.code);
    state.config = { devnet: false, presets: [], programs: [] };
  }
  try {
    const n = await getJSON('/v1/node');
    document.getElementById('node').textContent = `node ${short(n.address || '', 8)} · chain ${n.chainId}`;
  } catch { document.getElementById('node').textContent = location.host; }
  wasmReady.catch((e) => show(explain(e), e.code));
  window.addEventListener('hashchange', route);
  route();
}

// ---------- list view ----------

async function renderList(first) {
  const view = document.getElementById('view');
  if (first) {
    view.replaceChildren(
      h('section', { id: 'e3s' }, h('h2', {}, 'E3s on this node'), h('p', { class: 'muted' }, 'Loading…')),
      state.config.devnet ? h('section', {}, requestForm()) : h('p', { class: 'muted' },
        'Requesting an E3 needs a funded ledger key: use "ciphernet e3 request". (A devnet node offers a form here.)'),
    );
  }
  let list;
  try {
    list = await getJSON('/v1/e3?limit=100');
  } catch (e) {
    if (state.view.kind === 'list') show(explain(e), e.code);
    return;
  }
  if (state.view.kind !== 'list') return;
  if (document.getElementById('message').dataset.code === 'unreachable') clearMessage();
  const rows = list.e3s.map((v) => h('tr', { dataset: { e3: v.e3Id } },
    h('td', {}, h('a', { href: `#/e3/${v.e3Id}` }, `E3 ${v.e3Id}`)),
    h('td', {}, v.program), h('td', {}, v.preset),
    h('td', {}, `${v.t} of ${v.n}`),
    h('td', {}, h('span', { class: 'phase', dataset: { phase: v.phase } }, v.phase)),
    h('td', {}, v.inputCount),
    h('td', { class: 'mono' }, short(v.publicKeyHash))));
  const table = rows.length
    ? h('table', {}, h('thead', {}, h('tr', {}, ['E3', 'program', 'preset', 'threshold', 'phase', 'inputs', 'public key'].map((c) => h('th', {}, c)))), h('tbody', {}, rows))
    : h('p', { class: 'muted' }, 'No E3 known to this node yet.');
  document.getElementById('e3s').replaceChildren(h('h2', {}, 'E3s on this node'), table);
}

// Program fields of the request form: each turns its inputs into the
// program's ledger parameters (the node validates them before any
// transaction).
const PROGRAMS = {
  tally: {
    title: 'secret ballot', preset: 'dev',
    fields: () => [h('label', {}, 'options', h('input', { name: 'options', type: 'number', min: 2, max: 64, value: 3 }))],
    params: (f) => [Number(f.get('options'))],
  },
  auction: {
    title: 'sealed-bid auction', preset: 'mul',
    fields: () => [h('label', {}, 'price levels', h('input', { name: 'levels', type: 'number', min: 2, value: 16 })),
      h('label', {}, 'rule', h('select', { name: 'rule' }, h('option', { value: '1' }, 'first price'), h('option', { value: '2', selected: true }, 'second price')))],
    params: (f) => [Number(f.get('levels')), Number(f.get('rule'))],
  },
  stats: {
    title: 'private statistics', preset: 'mul',
    fields: () => [h('label', {}, 'min', h('input', { name: 'min', type: 'number', min: 0, value: 0 })),
      h('label', {}, 'max', h('input', { name: 'max', type: 'number', min: 1, value: 1000 }))],
    params: (f) => [Number(f.get('min')), Number(f.get('max'))],
  },
};

function requestForm() {
  const programs = Object.keys(PROGRAMS).filter((p) => state.config.programs.includes(p));
  const status = h('p', { id: 'request-status', class: 'muted' });
  const fields = h('span', { id: 'program-fields' });
  const presetSelect = h('select', { name: 'preset' }, state.config.presets.map((p) => h('option', { value: p.name },
    p.insecure ? `${p.name} (INSECURE, tests only)` : `${p.name} (${p.securityBits}-bit)`)));
  const programSelect = h('select', { name: 'program' }, programs.map((p) => h('option', { value: p }, `${p} (${PROGRAMS[p].title})`)));
  const pick = () => {
    const p = PROGRAMS[programSelect.value];
    fields.replaceChildren(...p.fields());
    presetSelect.value = p.preset;
  };
  programSelect.addEventListener('change', pick);
  const form = h('form', { id: 'request-form' },
    h('h2', {}, 'Request an E3 (devnet)'),
    h('p', { class: 'warn' }, 'Devnet only: this node signs the request with the devnet requester key from its network file. On a real network requesters sign with their own key.'),
    h('label', {}, 'program', programSelect), fields,
    h('label', {}, 'preset', presetSelect),
    h('label', {}, 'committee n', h('input', { name: 'n', type: 'number', min: 1, value: 3 })),
    h('label', {}, 'threshold t', h('input', { name: 't', type: 'number', min: 1, value: 2 })),
    h('label', {}, 'input window (blocks)', h('input', { name: 'window', type: 'number', min: 20, value: 120 })),
    h('button', { type: 'submit', id: 'request' }, 'Request E3'), status);
  if (programs.length) pick();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearMessage();
    const f = new FormData(form);
    const body = JSON.stringify({ program: f.get('program'), params: PROGRAMS[f.get('program')].params(f), preset: f.get('preset'),
      n: Number(f.get('n')), t: Number(f.get('t')), inputWindow: Number(f.get('window')) });
    form.querySelector('button').disabled = true;
    status.textContent = 'Sending the request transaction…';
    try {
      const r = await (await call('POST', '/web/v1/devnet/request', body, { 'Content-Type': 'application/json' })).json();
      status.textContent = `Requested E3 ${r.e3Id} (tx ${short(r.tx)})`;
      location.hash = `#/e3/${r.e3Id}`;
    } catch (e) {
      status.textContent = '';
      show(explain(e), e.code);
    } finally {
      form.querySelector('button').disabled = false;
    }
  });
  return form;
}

// ---------- E3 view ----------

async function renderE3(id, first) {
  const view = document.getElementById('view');
  if (first) {
    state.last = null;
    view.replaceChildren(
      h('p', {}, h('a', { href: '#/' }, '← all E3s')),
      h('section', { id: 'facts' }, h('h2', {}, `E3 ${id}`), h('p', { class: 'muted' }, 'Loading…')),
      h('section', { id: 'cast', hidden: true }),
      h('section', { id: 'result', hidden: true }),
      h('section', { id: 'verify', hidden: true }));
  }
  let v;
  let info = state.info && state.info.e3Id === id ? state.info : null;
  try {
    v = await getJSON(`/v1/e3/${id}`);
    // The committee is on the ledger once the ticket window closes; stage
    // outputs and releases change with the phase.
    const moved = !state.last || state.last.e3Id !== id || state.last.phase !== v.phase;
    if (!info || moved || (info.committee.length === 0 && v.phase !== 'committee')) info = state.info = await getJSON(`/web/v1/e3/${id}`);
  } catch (e) {
    if (state.view.kind === 'e3' && state.view.id === id) show(explain(e, id), e.code);
    return;
  }
  if (state.view.kind !== 'e3' || state.view.id !== id) return;
  if (document.getElementById('message').dataset.code === 'unreachable') clearMessage();
  renderFacts(v, info);
  renderCast(v, info);
  if (v.phase === 'completed' && (!state.last || state.last.phase !== 'completed')) renderResult(id);
  if (!state.last || state.last.phase !== v.phase) renderVerify(id);
  state.last = v;
}

function renderFacts(v, info) {
  const params = info.params ? JSON.stringify(info.params) : '';
  const members = info.committee.length
    ? h('ol', { class: 'mono', id: 'committee' }, info.committee.map((m) => h('li', {}, m)))
    : h('span', { class: 'muted' }, 'not selected yet');
  document.getElementById('facts').replaceChildren(
    h('h2', {}, `E3 ${v.e3Id} `, h('span', { class: 'phase', id: 'phase', dataset: { phase: v.phase } }, v.phase)),
    h('dl', {},
      h('dt', {}, 'program'), h('dd', {}, `${v.program} ${params}`),
      h('dt', {}, 'input'), h('dd', {}, info.layout.description),
      h('dt', {}, 'preset'), h('dd', {}, `${v.preset} (ciphertext ${info.ciphertextSize} bytes)`),
      h('dt', {}, 'threshold'), h('dd', {}, `${v.t} of ${v.n} members decrypt`),
      h('dt', {}, 'committee'), h('dd', {}, members),
      h('dt', {}, 'public key hash'), h('dd', { class: 'mono', id: 'pkhash' }, v.publicKeyHash || 'not published yet'),
      h('dt', {}, 'inputs committed'), h('dd', { id: 'inputs' }, v.inputCount),
      h('dt', {}, 'input deadline'), h('dd', {}, v.inputDeadline ? `block ${v.inputDeadline}` : '—'),
      h('dt', {}, 'outputs'), h('dd', { id: 'outputs' }, (info.stages || []).some((s) => s.outputHash)
        ? h('ol', { class: 'mono', start: 0 }, info.stages.filter((s) => s.outputHash).map((s) => h('li', {},
          `stage ${s.stage}: ${s.outputHash} — ${s.outputAttestations} attestation(s)${s.outputAccepted ? ', accepted' : ''}${s.plaintextHash ? `; released ${short(s.plaintextHash)}` : ''}`)))
        : h('span', { class: 'muted' }, 'none published yet'))));
}

// renderCast builds the input form once; later polls only enable it.
function renderCast(v, info) {
  const sec = document.getElementById('cast');
  sec.hidden = false;
  if (!sec.firstChild) {
    let choices;
    if (info.program === 'tally') {
      choices = Array.from({ length: info.params.options }, (_, i) => h('label', {},
        h('input', { type: 'radio', name: 'value', value: String(i), checked: i === 0 }), `option ${i}`));
    } else if (info.program === 'auction') {
      choices = [h('label', {}, `bid (price level 1..${info.params.levels}, 0 = no bid)`,
        h('input', { name: 'value', type: 'number', min: 0, max: info.params.levels, value: 1 }))];
    } else if (info.program === 'stats') {
      choices = [h('label', {}, `figure (${info.params.min}..${info.params.max})`,
        h('input', { name: 'value', type: 'number', min: info.params.min, max: info.params.max, value: info.params.min }))];
    } else {
      choices = [h('label', {}, `value (JSON: ${info.layout.description})`, h('input', { name: 'value', type: 'text' }))];
    }
    const form = h('form', { id: 'cast-form' }, choices, h('button', { type: 'submit', id: 'cast-button' }, 'Encrypt and submit'));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); cast(v.e3Id, info, new FormData(form).get('value')); });
    sec.replaceChildren(h('h2', {}, { tally: 'Cast a ballot', auction: 'Place a sealed bid', stats: 'Submit a figure' }[info.program] || 'Submit an input'),
      h('p', { class: 'muted', id: 'cast-hint' }), form, h('ul', { class: 'steps', id: 'steps' }), h('div', { id: 'receipt' }));
  }
  const hint = document.getElementById('cast-hint');
  hint.textContent = v.phase === 'inputs' ? 'The input window is open: your choice is encrypted here before it is sent.'
    : v.publicKeyHash ? `Phase ${v.phase}: the node will refuse new inputs.` : 'Waiting for the committee to publish the public key…';
}

function step(text) {
  document.getElementById('steps').append(h('li', {}, text));
}

// cast encrypts value in the browser and uploads the ciphertext.
async function cast(id, info, value) {
  clearMessage();
  const button = document.getElementById('cast-button');
  button.disabled = true;
  document.getElementById('steps').replaceChildren();
  document.getElementById('receipt').replaceChildren();
  try {
    await wasmReady;
    const v = await getJSON(`/v1/e3/${id}`);
    if (!v.publicKeyHash) throw new ApiError(409, 'not_ready', 'the public key is not published yet');
    const pk = new Uint8Array(await (await call('GET', `/v1/e3/${id}/publickey`)).arrayBuffer());
    step(`public key fetched (${pk.length} bytes); ledger hash ${short(v.publicKeyHash)}`);
    const t0 = performance.now();
    const out = globalThis.ciphernetEncrypt(JSON.stringify({
      preset: info.preset, program: info.program, params: info.params, keyHash: v.publicKeyHash, value: parseValue(value),
    }), pk);
    const ms = performance.now() - t0;
    if (out.error) throw new ApiError(0, out.code, out.error);
    step('key hash matches the ledger ✔');
    const enc = h('li', { id: 'encrypted', dataset: { ms: ms.toFixed(1), bytes: out.ciphertext.length } },
      `encrypted in this browser in ${ms.toFixed(0)} ms: ${out.ciphertext.length} bytes, hash ${short(out.hash)}`);
    document.getElementById('steps').append(enc);
    await upload(id, out.ciphertext, out.hash);
  } catch (e) {
    show(explain(e, id), e.code);
  } finally {
    button.disabled = false;
  }
}

function parseValue(value) {
  if (value === null) throw new ApiError(0, 'value', 'choose an option');
  try { return JSON.parse(value); } catch { throw new ApiError(0, 'value', `${value} is not JSON`); }
}

// upload sends one ciphertext and shows the signed receipt; on failure the
// same ciphertext can be sent again (a retry never double-counts: the node
// answers "duplicate" if it already holds it).
async function upload(id, ct, hash) {
  const box = document.getElementById('receipt');
  try {
    const rc = await (await call('POST', `/v1/e3/${id}/inputs`, ct, { 'Content-Type': 'application/octet-stream' })).json();
    box.replaceChildren(h('section', { id: 'receipt-card' },
      h('h2', {}, 'Signed receipt'),
      h('dl', {},
        h('dt', {}, 'input hash'), h('dd', { class: 'mono', id: 'receipt-hash' }, rc.inputHash),
        h('dt', {}, 'signed by node'), h('dd', { class: 'mono' }, rc.node),
        h('dt', {}, 'signature'), h('dd', { class: 'mono' }, rc.signature)),
      receiptCheck(rc, hash),
      resend(id, ct, hash)));
    show(`Input accepted by the node for E3 ${id}.`, 'accepted', 'info');
  } catch (e) {
    box.replaceChildren(resend(id, ct, hash));
    throw e;
  }
}

// receiptCheck verifies the receipt in the browser: it must sign the hash
// of the ciphertext made here, by the node it names, for this deployment,
// and that node should be a committee member — then it is evidence the
// slasher accepts if the input is never committed.
function receiptCheck(rc, hash) {
  const problems = [];
  if (rc.inputHash.toLowerCase() !== hash.toLowerCase()) problems.push('it signs another hash than the ciphertext sent');
  if (!state.config.e3Manager) {
    problems.push('this node does not say which deployment it is on, so the signature cannot be checked');
  } else {
    const out = globalThis.ciphernetVerifyReceipt(JSON.stringify({ ...rc, chainId: state.config.chainId, e3Manager: state.config.e3Manager }));
    if (out.error) problems.push(out.error);
  }
  const members = (state.info?.committee || []).map((m) => m.toLowerCase());
  const seat = members.indexOf(rc.node.toLowerCase());
  if (seat < 0) problems.push('the signer is not a member of the committee');
  const ok = problems.length === 0;
  return h('p', { id: 'receipt-check', class: ok ? 'check' : 'check warn', dataset: { status: ok ? 'pass' : 'fail' } }, ok
    ? `Signature checked in this browser: committee member #${seat + 1} signed the hash of the ciphertext made here. Keep this receipt: it is evidence for the slasher if the input is never committed.`
    : `Warning: ${problems.join('; ')}.`);
}

function resend(id, ct, hash) {
  return h('button', { class: 'secondary', id: 'resend', type: 'button', onclick: async () => {
    clearMessage();
    try { await upload(id, ct, hash); } catch (e) { show(explain(e, id), e.code); }
  } }, 'Send the same ciphertext again');
}

async function renderResult(id) {
  const sec = document.getElementById('result');
  try {
    const { result } = await getJSON(`/v1/e3/${id}/result`);
    sec.hidden = false;
    if (Array.isArray(result.counts)) {
      const max = Math.max(1, ...result.counts);
      sec.replaceChildren(h('h2', {}, 'Result'), h('table', { id: 'counts' }, result.counts.map((c, i) =>
        h('tr', { dataset: { option: i, count: c } }, h('td', {}, `option ${i}`),
          h('td', {}, h('span', { class: 'bar', style: `width:${Math.round(200 * c / max)}px` }), String(c))))));
    } else {
      sec.replaceChildren(h('h2', {}, 'Result'), h('pre', { id: 'result-json' }, JSON.stringify(result, null, 2)));
    }
  } catch (e) {
    show(explain(e, id), e.code);
  }
}

// renderVerify shows the verifier's checklist when the node offers one.
async function renderVerify(id) {
  const sec = document.getElementById('verify');
  let rep;
  try {
    rep = await getJSON(`/v1/e3/${id}/verify`);
  } catch (e) {
    if (e.status === 404 && e.code !== 'unknown_e3') { sec.hidden = true; return; } // this node has no verifier
    sec.hidden = false;
    sec.replaceChildren(h('h2', {}, 'Verification'), h('p', { class: 'muted' }, explain(e, id)));
    return;
  }
  sec.hidden = false;
  const checks = Array.isArray(rep.checks) ? rep.checks : [];
  const verdict = rep.ok ? 'every check passed' : checks.some((c) => c.status === 'fail') ? 'a check FAILED' : 'not finished yet';
  sec.replaceChildren(h('h2', {}, 'Verification ', h('span', { class: 'muted' }, `(this node's verifier: ${verdict})`)),
    h('ol', { class: 'steps', id: 'checks' }, checks.map((c) => h('li', { class: 'check', dataset: { status: c.status } },
      h('b', {}, c.name), c.detail ? ` — ${c.detail}` : ''))));
}

boot();
