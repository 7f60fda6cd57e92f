// Messages the page shows for every error: the API's {"error","code"}
// answers, the node being unreachable, and the encryption module's own
// refusals. Kept apart from app.js so that web/e2e/messages.test.mjs can
// check, under node, that every code the API can return has a sentence.

// ApiError carries the API's {"error","code"} body, or code "unreachable"
// when the node could not be reached at all.
export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

// sentences maps each error code to the sentence the page shows.
const sentences = (err, id, host) => ({
    unreachable: `Cannot reach the node at ${host}: it may be down or the connection lost. Nothing was sent; try again when it is back.`,
    closed: `The input window of ${id} is closed (or not open yet): this input was not accepted.`,
    duplicate: `The node already holds this exact ciphertext for ${id}: it was accepted once and counts once.`,
    unknown_e3: `This node does not know ${id}.`,
    not_ready: `Not available yet for ${id}: ${err.message}`,
    too_large: `The node refused the upload as too large for the E3's preset.`,
    invalid_input: `The node refused the input: ${err.message}`,
    key_hash: `The node served a public key whose hash differs from the ledger's: nothing was encrypted or sent.`,
    public_key: `The public key the node served does not decode: nothing was sent. (${err.message})`,
    value: `That is not a valid input for this program: ${err.message}`,
    program: `This page cannot encode inputs for the E3's program: ${err.message}`,
    devnet_only: `Requesting from the page works only on a devnet node; on this network use "ciphernet e3 request" with your own key.`,
    bad_request: `The request was refused: ${err.message}`,
    ledger_refused: `The ledger refused the transaction: ${err.message}`,
    ledger_unavailable: `The node cannot read the ledger right now: ${err.message}`,
    internal: `The node failed internally; try again or use another node.`,
    wasm: `The encryption module did not load: ${err.message}`,
    rate_limited: `The node is limiting requests from this address: wait a moment and try again.`,
    not_found: `The node has no such endpoint (${err.message}): it may run an older version.`,
    read_error: `The upload was interrupted before the node read it all: nothing was accepted; try again.`,
    usage: `The page called the encryption module wrongly: ${err.message}`,
    no_ledger: `This node serves the page without ledger access, so it cannot show program details.`,
});

// explained says whether err gets a sentence of its own (every 400 is a
// refused ciphertext or parameter, named by its code).
export function explained(err) {
  return Object.hasOwn(sentences(err, '', ''), err.code) || err.status === 400;
}

// explain turns an error into the sentence the page shows for it.
export function explain(err, e3, host) {
  const id = e3 !== undefined ? `E3 ${e3}` : 'the E3';
  const m = Object.hasOwn(sentences(err, id, host), err.code) ? sentences(err, id, host)[err.code] : '';
  if (m) return m;
  if (err.status === 400) return `The node rejected the ciphertext (${err.code}): ${err.message}`;
  return `${err.message || err}${err.code ? ` (${err.code})` : ''}`;
}

