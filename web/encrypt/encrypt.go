// Package encrypt is the submitter's side of an E3 as the web page runs it:
// check the public key the node served against the hash the ledger holds,
// turn the submitter's value into slot values with the program's own
// EncodeInput, and encrypt it under the key with crypto/bfv. It is compiled
// to WebAssembly (web/wasm) so that plaintext inputs never leave the
// browser, and it is plain Go so that the same path is tested natively.
//
// Everything it is given — the key bytes, the program parameters, the value
// — comes from a node or a person and is untrusted: each failure is a
// sentinel error, and a panic inside Lattigo on hostile bytes is recovered
// into ErrPublicKey.
package encrypt

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"golang.org/x/crypto/sha3"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
)

// Errors, one per reason a ballot cannot be encrypted.
var (
	// ErrKeyHash means the public key's keccak-256 differs from the hash
	// the ledger recorded: the node served another key, so nothing may be
	// encrypted under it.
	ErrKeyHash = errors.New("public key does not match the ledger's hash")
	// ErrPublicKey means the key bytes do not decode under the preset.
	ErrPublicKey = errors.New("malformed public key")
	// ErrProgram means the program or its parameters are unknown or invalid.
	ErrProgram = errors.New("cannot configure the program")
	// ErrValue means the submitter's value is not a valid input.
	ErrValue = errors.New("invalid input value")
)

// Request is one encryption: everything the page knows about the E3 and the
// value the submitter typed.
type Request struct {
	// Preset is the BFV preset name the E3 uses.
	Preset string `json:"preset"`
	// Program is the registered program name.
	Program string `json:"program"`
	// Params is the program's parameter JSON (for tally {"options": m}).
	Params json.RawMessage `json:"params"`
	// PublicKey is the encoded E3 public key as the node served it.
	PublicKey []byte `json:"-"`
	// KeyHash is the ledger's keccak-256 of the public key ("0x…" hex).
	KeyHash string `json:"keyHash"`
	// Value is the submitter's input JSON (for tally the option index).
	Value json.RawMessage `json:"value"`
}

// Result is an encrypted input ready to upload.
type Result struct {
	// Ciphertext is the wire encoding the node's input endpoint takes.
	Ciphertext []byte
	// Hash is its keccak-256, the input hash the node's receipt signs.
	Hash string
}

// Keccak returns the "0x"-prefixed keccak-256 of b, as the ledger computes
// commitments.
func Keccak(b []byte) string {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	return "0x" + hex.EncodeToString(h.Sum(nil))
}

// Encrypt checks the key against its ledger hash, encodes the value with the
// program and encrypts it. The key hash is checked before the key is decoded,
// so a substituted key is never parsed.
func Encrypt(req Request) (Result, error) {
	if got := Keccak(req.PublicKey); !strings.EqualFold(got, req.KeyHash) {
		return Result{}, fmt.Errorf("encrypt: %w: served key hashes to %s, ledger has %q", ErrKeyHash, got, req.KeyHash)
	}
	inst, err := Configure(req.Program, req.Preset, req.Params)
	if err != nil {
		return Result{}, err
	}
	preset := inst.Preset()
	pk, err := decodeKey(preset, req.PublicKey)
	if err != nil {
		return Result{}, err
	}
	vals, err := inst.EncodeInput(req.Value)
	if err != nil {
		return Result{}, fmt.Errorf("encrypt: %w: %w", ErrValue, err)
	}
	ct, err := bfv.NewEncryptor(preset, pk).EncryptBytes(vals)
	if err != nil {
		return Result{}, fmt.Errorf("encrypt: %w: %w", ErrValue, err)
	}
	return Result{Ciphertext: ct, Hash: Keccak(ct)}, nil
}

// Configure returns the program instance for an E3's program, preset and
// parameters.
func Configure(name, preset string, params json.RawMessage) (program.Instance, error) {
	if len(params) == 0 {
		return nil, fmt.Errorf("encrypt: %w: no parameters for program %q", ErrProgram, name)
	}
	inst, err := builtin.Registry().Configure(name, preset, params)
	if err != nil {
		return nil, fmt.Errorf("encrypt: %w: %w", ErrProgram, err)
	}
	return inst, nil
}

// decodeKey decodes untrusted key bytes; a panic inside Lattigo is turned
// into ErrPublicKey.
func decodeKey(preset *bfv.Preset, b []byte) (pk *rlwe.PublicKey, err error) {
	defer func() {
		if r := recover(); r != nil {
			pk, err = nil, fmt.Errorf("encrypt: %w: decoder panicked: %v", ErrPublicKey, r)
		}
	}()
	key, err := preset.UnmarshalPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("encrypt: %w: %w", ErrPublicKey, err)
	}
	return key, nil
}
