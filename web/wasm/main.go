//go:build js && wasm

// Command wasm is the browser build of web/encrypt (GOOS=js GOARCH=wasm):
// the web page loads it so that a submitter's value is encoded and encrypted
// on their own device and only the ciphertext is uploaded. It registers three
// functions on the page's global object and then waits forever:
//
//	ciphernetEncrypt({preset, program, params, keyHash, value}, publicKey Uint8Array)
//	  -> {ciphertext: Uint8Array, hash: "0x…", ms: number} or {error, code}
//	ciphernetKeccak(bytes Uint8Array) -> "0x…"
//	ciphernetVerifyReceipt({chainId, e3Manager, e3Id, inputHash, node, signature})
//	  -> {ok: true} or {error, code: "receipt"}
//
// Errors are returned as values, not thrown, so the page can show each one.
// Build it with `go generate ./web` (see web/gen-wasm.sh).
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/ciphernet/ciphernet/web/encrypt"
)

func main() {
	js.Global().Set("ciphernetEncrypt", js.FuncOf(encryptJS))
	js.Global().Set("ciphernetKeccak", js.FuncOf(keccakJS))
	js.Global().Set("ciphernetVerifyReceipt", js.FuncOf(verifyReceiptJS))
	js.Global().Set("ciphernetReady", true)
	select {}
}

func failure(code string, err error) any {
	return map[string]any{"error": err.Error(), "code": code}
}

// encryptJS takes the request as a JSON string (or object) and the key bytes.
func encryptJS(_ js.Value, args []js.Value) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = failure("internal", fmt.Errorf("encryption failed: %v", r))
		}
	}()
	if len(args) != 2 || args[1].Type() != js.TypeObject {
		return failure("usage", errors.New("ciphernetEncrypt(request, publicKey Uint8Array)"))
	}
	raw := args[0]
	if raw.Type() == js.TypeObject {
		raw = js.Global().Get("JSON").Call("stringify", raw)
	}
	var req encrypt.Request
	if err := json.Unmarshal([]byte(raw.String()), &req); err != nil {
		return failure("usage", fmt.Errorf("request: %w", err))
	}
	req.PublicKey = make([]byte, args[1].Get("length").Int())
	js.CopyBytesToGo(req.PublicKey, args[1])
	start := time.Now()
	res, err := encrypt.Encrypt(req)
	if err != nil {
		return failure(code(err), err)
	}
	ms := float64(time.Since(start).Microseconds()) / 1000
	ct := js.Global().Get("Uint8Array").New(len(res.Ciphertext))
	js.CopyBytesToJS(ct, res.Ciphertext)
	return map[string]any{"ciphertext": ct, "hash": res.Hash, "ms": ms}
}

func code(err error) string {
	switch {
	case errors.Is(err, encrypt.ErrKeyHash):
		return "key_hash"
	case errors.Is(err, encrypt.ErrPublicKey):
		return "public_key"
	case errors.Is(err, encrypt.ErrProgram):
		return "program"
	case errors.Is(err, encrypt.ErrValue):
		return "value"
	}
	return "internal"
}

func keccakJS(_ js.Value, args []js.Value) any {
	if len(args) != 1 || args[0].Type() != js.TypeObject {
		return failure("usage", errors.New("ciphernetKeccak(bytes Uint8Array)"))
	}
	b := make([]byte, args[0].Get("length").Int())
	js.CopyBytesToGo(b, args[0])
	return encrypt.Keccak(b)
}

// verifyReceiptJS checks a receipt's signature against the node it names.
func verifyReceiptJS(_ js.Value, args []js.Value) any {
	if len(args) != 1 {
		return failure("usage", errors.New("ciphernetVerifyReceipt(receipt)"))
	}
	raw := args[0]
	if raw.Type() == js.TypeObject {
		raw = js.Global().Get("JSON").Call("stringify", raw)
	}
	var r encrypt.Receipt
	if err := json.Unmarshal([]byte(raw.String()), &r); err != nil {
		return failure("usage", fmt.Errorf("receipt: %w", err))
	}
	if err := encrypt.VerifyReceipt(r); err != nil {
		return failure("receipt", err)
	}
	return map[string]any{"ok": true}
}
