// End-to-end run of the node's web page in Debian's headless Chromium,
// driven by playwright-core (no browser download). web/e2e_test.go starts a
// devnet and runs this script; it talks back on stdout/stdin:
//   "STEP text"      progress, echoed by the test log
//   "STOP_NODE"      asks the Go side to stop the node serving the page; the
//                    Go side answers "stopped" on stdin
//   "RESULT {json}"  the measurements, last line on success
// Any failed check throws, and the non-zero exit fails the Go test.
//
// Environment: CIPHERNET_URL (the page), CIPHERNET_CT_SIZE (the dev preset's
// ciphertext size), CIPHERNET_ARTIFACTS (screenshots), CIPHERNET_WINDOW
// (input window in blocks), CIPHERNET_BENCH (optional JSON file of
// {preset, key (base64), program, params} to time encryption with),
// CHROMIUM (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const url = process.env.CIPHERNET_URL;
const ctSize = Number(process.env.CIPHERNET_CT_SIZE);
const artifacts = process.env.CIPHERNET_ARTIFACTS;
const window = process.env.CIPHERNET_WINDOW || '80';
const T = 240_000; // generous: a loaded 2-core machine

const stdin = createInterface({ input: process.stdin });
const lines = stdin[Symbol.asyncIterator]();
const log = (s) => console.log(`STEP ${s}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const result = {};
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
  page.setDefaultTimeout(T);
  page.on('pageerror', (e) => console.log(`STEP page error: ${e.message}`));

  // Every request that is not a GET, with its body as sent over the wire.
  const sent = [];
  page.on('request', (req) => {
    if (req.method() !== 'GET') sent.push({ url: req.url(), method: req.method(), body: req.postDataBuffer() || Buffer.alloc(0) });
  });

  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('#wasm[data-state=ready]');
  result.wasmLoadMs = Date.now() - t0;
  log(`page loaded, encryption module ready in ${result.wasmLoadMs} ms`);

  // Request an E3 from the devnet form.
  await page.selectOption('select[name=program]', 'tally');
  await page.fill('input[name=options]', '3');
  await page.selectOption('select[name=preset]', 'dev');
  await page.fill('input[name=n]', '3');
  await page.fill('input[name=t]', '2');
  await page.fill('input[name=window]', window);
  await page.click('#request');
  await page.waitForURL(/#\/e3\/\d+$/);
  const e3 = Number(page.url().match(/#\/e3\/(\d+)$/)[1]);
  log(`requested E3 ${e3} from the page`);

  // Wait for the committee's key and the input window.
  await page.waitForFunction(() => document.querySelector('#cast-hint')?.textContent.includes('input window is open'));
  const committee = await page.locator('#committee li').count();
  assert.equal(committee, 3, 'committee of 3 shown');
  log('input window open; committee and public-key hash shown');

  // Three ballots, encrypted in the page.
  const ballots = [0, 2, 2];
  result.encryptMs = [];
  for (const b of ballots) {
    await page.check(`input[name=value][value="${b}"]`);
    await page.click('#cast-button');
    await page.waitForSelector('#message[data-code=accepted]');
    const enc = page.locator('#encrypted');
    result.encryptMs.push(Number(await enc.getAttribute('data-ms')));
    assert.equal(Number(await enc.getAttribute('data-bytes')), ctSize);
    await page.waitForSelector('#receipt-check[data-status=pass]');
    const hash = await page.locator('#receipt-hash').textContent();
    log(`ballot for option ${b}: receipt for ${hash.slice(0, 12)}…, signature checked in the page`);
  }

  // The same ciphertext again: the node answers duplicate, the page says so.
  await page.click('#resend');
  await page.waitForSelector('#message[data-code=duplicate]');
  result.duplicateMessage = await page.locator('#message').textContent();
  log(`resend: "${result.duplicateMessage}"`);

  // The result.
  await page.waitForSelector('#counts', { timeout: 2 * T });
  const counts = await page.locator('#counts tr').evaluateAll((rows) => rows.map((r) => Number(r.dataset.count)));
  assert.deepEqual(counts, [1, 0, 2], 'released counts');
  result.counts = counts;
  log(`result shown: ${JSON.stringify(counts)}`);
  // The page shows the stage's output hash as the ledger accepted it.
  await page.waitForSelector('#outputs li');
  const output = await page.locator('#outputs li').first().textContent();
  assert.match(output, /^stage 0: 0x[0-9a-f]{64} — \d+ attestation\(s\), accepted; released 0x/, 'output line');
  result.output = output;
  log(`output shown: "${output}"`);
  await page.screenshot({ path: join(artifacts, 'web-e2e-result.png'), fullPage: true });

  // A node that serves another key than the ledger's: the page refuses to
  // encrypt and sends nothing (the key is altered in flight here).
  const before = sent.length;
  await page.route('**/v1/e3/*/publickey', async (route) => {
    const resp = await route.fetch();
    const body = await resp.body();
    body[body.length - 1] ^= 1;
    await route.fulfill({ response: resp, body });
  });
  await page.click('#cast-button');
  await page.waitForSelector('#message[data-code=key_hash]');
  await page.unroute('**/v1/e3/*/publickey');
  assert.equal(sent.length, before, 'nothing sent under a substituted key');
  result.keyHashMessage = await page.locator('#message').textContent();
  log(`substituted key: "${result.keyHashMessage}"`);

  // Casting after the window: closed.
  await page.check('input[name=value][value="1"]');
  await page.click('#cast-button');
  await page.waitForSelector('#message[data-code=closed]');
  result.closedMessage = await page.locator('#message').textContent();
  log(`late ballot: "${result.closedMessage}"`);

  // Plaintext never left the browser: the only bodies sent are the devnet
  // request and ciphertexts of the preset's size.
  const uploads = sent.filter((s) => /\/v1\/e3\/\d+\/inputs$/.test(s.url));
  const others = sent.filter((s) => !uploads.includes(s));
  assert.equal(uploads.length, 5, '3 ballots + 1 resend + 1 late ballot uploaded');
  for (const u of uploads) {
    assert.equal(u.body.length, ctSize, 'upload is one ciphertext of the preset size');
    // The wire header of a ciphertext: "CN", tag 0x01 (ciphertext).
    assert.equal(u.body.subarray(0, 3).toString('latin1'), 'CN\x01', 'upload starts with the ciphertext header');
  }
  assert.deepEqual(others.map((s) => new URL(s.url).pathname), ['/web/v1/devnet/request']);
  assert.deepEqual(JSON.parse(others[0].body.toString()).params, [3]);
  result.uploadBytes = uploads.map((u) => u.body.length);
  log(`${uploads.length} uploads, each ${ctSize} bytes of ciphertext; no other body left the page`);

  // The list shows the E3 with its live phase.
  await page.goto(`${url}#/`);
  await page.waitForSelector(`tr[data-e3="${e3}"] .phase[data-phase=completed]`);
  await page.screenshot({ path: join(artifacts, 'web-e2e-list.png'), fullPage: true });
  await page.goto(`${url}#/e3/${e3}`);
  await page.waitForSelector('#cast-button');
  log('E3 list shows the E3 completed');

  // Optional: time encryption under other presets in this browser.
  if (process.env.CIPHERNET_BENCH) {
    const bench = JSON.parse(readFileSync(process.env.CIPHERNET_BENCH, 'utf8'));
    result.bench = [];
    for (const b of bench) {
      const r = await page.evaluate(async ({ key, preset, program, params, runs }) => {
        const pk = Uint8Array.from(atob(key), (c) => c.charCodeAt(0));
        const keyHash = globalThis.ciphernetKeccak(pk);
        const req = JSON.stringify({ preset, program, params, keyHash, value: 1 });
        const times = [];
        let bytes = 0;
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          const out = globalThis.ciphernetEncrypt(req, pk);
          times.push(performance.now() - t);
          if (out.error) throw new Error(out.error);
          bytes = out.ciphertext.length;
        }
        times.sort((a, b) => a - b);
        return { first: times[0], median: times[Math.floor(runs / 2)], bytes };
      }, { ...b, runs: b.runs || 7 });
      result.bench.push({ preset: b.preset, ...r });
      log(`bench ${b.preset}: median ${r.median.toFixed(1)} ms, ${r.bytes} bytes`);
    }
  }

  // The node goes away: the page says it cannot reach it.
  console.log('STOP_NODE');
  const ack = await lines.next();
  assert.equal(ack.value, 'stopped');
  await page.click('#cast-button');
  await page.waitForSelector('#message[data-code=unreachable]');
  result.unreachableMessage = await page.locator('#message').textContent();
  log(`node down: "${result.unreachableMessage}"`);
  await page.screenshot({ path: join(artifacts, 'web-e2e-unreachable.png'), fullPage: true });

  console.log(`RESULT ${JSON.stringify(result)}`);
} finally {
  await browser.close();
  stdin.close();
}
