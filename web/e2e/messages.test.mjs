// Checks, under node's test runner, that the page has a sentence for every
// error the node's API can return. web/messages_test.go collects the codes
// from the api package's source and passes them in CIPHERNET_API_CODES
// ([{"code","status"}]).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError, explain, explained } from '../static/messages.js';

const codes = JSON.parse(process.env.CIPHERNET_API_CODES || '[]');

test('the API error codes were passed in', () => {
  assert.ok(codes.length >= 10, `only ${codes.length} codes`);
});

test('every API error code has its own sentence', () => {
  for (const { code, status } of codes) {
    const err = new ApiError(status, code, 'detail from the node');
    assert.ok(explained(err), `no sentence for ${code} (${status})`);
    assert.ok(explain(err, 7, 'node:8080').length > 20, code);
  }
});

test('the sentences name the E3 and the node', () => {
  assert.match(explain(new ApiError(0, 'unreachable', 'Failed to fetch'), 7, '127.0.0.1:8080'), /Cannot reach the node at 127\.0\.0\.1:8080/);
  assert.match(explain(new ApiError(409, 'closed', 'E3 7: E3 is not accepting inputs'), 7, 'h'), /input window of E3 7 is closed/);
  assert.match(explain(new ApiError(409, 'duplicate', 'input already submitted'), 7, 'h'), /already holds this exact ciphertext for E3 7/);
  assert.match(explain(new ApiError(0, 'key_hash', 'mismatch'), 7, 'h'), /nothing was encrypted or sent/);
  assert.match(explain(new ApiError(400, 'wrong_preset', 'value made under another preset'), 7, 'h'), /rejected the ciphertext \(wrong_preset\)/);
});

test('an unknown code falls back to the node\'s own text', () => {
  const err = new ApiError(418, 'teapot', 'short and stout');
  assert.equal(explained(err), false);
  assert.equal(explain(err, 7, 'h'), 'short and stout (teapot)');
});
