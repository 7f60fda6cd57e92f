package encrypt

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/store"
)

// keyPair makes a real key pair under the dev preset (INSECURE, tests only).
func keyPair(t testing.TB) (*bfv.Preset, *rlwe.SecretKey, []byte) {
	t.Helper()
	p, err := bfv.Lookup("dev")
	if err != nil {
		t.Fatal(err)
	}
	sk, pk := rlwe.NewKeyGenerator(p.Params()).GenKeyPairNew()
	b, err := p.MarshalPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	return p, sk, b
}

func TestEncryptDecryptsToOneHotBallot(t *testing.T) {
	p, sk, pk := keyPair(t)
	res, err := Encrypt(Request{Preset: "dev", Program: "tally", Params: json.RawMessage(`{"options":4}`),
		PublicKey: pk, KeyHash: Keccak(pk), Value: json.RawMessage(`2`)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Ciphertext) != p.CiphertextSize() {
		t.Fatalf("ciphertext is %d bytes, preset size %d", len(res.Ciphertext), p.CiphertextSize())
	}
	if h := store.Keccak(res.Ciphertext); res.Hash != "0x"+hexOf(h[:]) {
		t.Fatalf("hash %s does not match the store's keccak", res.Hash)
	}
	// The node accepts it as an input, and the key's owner reads the ballot.
	ct, err := p.UnmarshalInput(res.Ciphertext)
	if err != nil {
		t.Fatalf("node would reject the ciphertext: %v", err)
	}
	pt := bgv.NewDecryptor(p.Params(), sk).DecryptNew(ct)
	vals, err := bfv.Decode(p, bgv.NewEncoder(p.Params()), pt)
	if err != nil {
		t.Fatal(err)
	}
	want := []uint64{0, 0, 1, 0}
	for i, w := range want {
		if vals[i] != w {
			t.Fatalf("slot %d = %d, want %d (ballot %v)", i, vals[i], w, vals[:4])
		}
	}
	for i, v := range vals[4:] {
		if v != 0 {
			t.Fatalf("slot %d = %d beyond the ballot", i+4, v)
		}
	}
}

func TestEncryptIsRandomized(t *testing.T) {
	_, _, pk := keyPair(t)
	req := Request{Preset: "dev", Program: "tally", Params: json.RawMessage(`{"options":2}`), PublicKey: pk, KeyHash: Keccak(pk), Value: json.RawMessage(`1`)}
	a, err := Encrypt(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Encrypt(req)
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash == b.Hash {
		t.Fatal("two encryptions of the same ballot are identical: the node could link them")
	}
}

func TestEncryptRejects(t *testing.T) {
	_, _, pk := keyPair(t)
	other := append([]byte(nil), pk...)
	other[len(other)-1] ^= 1
	ok := Request{Preset: "dev", Program: "tally", Params: json.RawMessage(`{"options":3}`), PublicKey: pk, KeyHash: Keccak(pk), Value: json.RawMessage(`0`)}
	for _, tc := range []struct {
		name string
		edit func(*Request)
		want error
	}{
		{"key substituted", func(r *Request) { r.PublicKey = other }, ErrKeyHash},
		{"empty ledger hash", func(r *Request) { r.KeyHash = "" }, ErrKeyHash},
		{"truncated key with its own hash", func(r *Request) { r.PublicKey = pk[:100]; r.KeyHash = Keccak(pk[:100]) }, ErrPublicKey},
		{"key of another preset", func(r *Request) { r.Preset = "standard" }, ErrPublicKey},
		{"unknown program", func(r *Request) { r.Program = "auction9" }, ErrProgram},
		{"unknown preset", func(r *Request) { r.Preset = "huge" }, ErrProgram},
		{"missing params", func(r *Request) { r.Params = nil }, ErrProgram},
		{"bad params", func(r *Request) { r.Params = json.RawMessage(`{"options":1}`) }, ErrProgram},
		{"option out of range", func(r *Request) { r.Value = json.RawMessage(`3`) }, ErrValue},
		{"negative option", func(r *Request) { r.Value = json.RawMessage(`-1`) }, ErrValue},
		{"not a number", func(r *Request) { r.Value = json.RawMessage(`"yes"`) }, ErrValue},
		{"empty value", func(r *Request) { r.Value = nil }, ErrValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := ok
			tc.edit(&req)
			_, err := Encrypt(req)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestKeccakMatchesLedgerCommitment(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("ciphernet"), make([]byte, 1000)} {
		h := store.Keccak(b)
		if got := Keccak(b); got != "0x"+hexOf(h[:]) {
			t.Fatalf("Keccak(%d bytes) = %s, store has %x", len(b), got, h)
		}
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// FuzzEncrypt feeds arbitrary key bytes (with their own hash, so the decoder
// is reached) and values: Encrypt must return an error or a ciphertext the
// node's input decoder accepts, never panic.
func FuzzEncrypt(f *testing.F) {
	p, _, pk := keyPair(f)
	f.Add(pk, []byte(`1`))
	f.Add(pk[:64], []byte(`0`))
	f.Add([]byte{}, []byte(`{}`))
	f.Add(append(append([]byte(nil), pk[:20]...), make([]byte, 40)...), []byte(`2`))
	f.Fuzz(func(t *testing.T, key, value []byte) {
		res, err := Encrypt(Request{Preset: "dev", Program: "tally", Params: json.RawMessage(`{"options":3}`),
			PublicKey: key, KeyHash: Keccak(key), Value: value})
		if err != nil {
			return
		}
		if _, err := p.UnmarshalInput(res.Ciphertext); err != nil {
			t.Fatalf("encrypted input rejected by the node's decoder: %v", err)
		}
	})
}

// BenchmarkEncrypt times the whole browser path natively (key hash, key
// decoding, encoding, encryption) per preset, to compare with the
// WebAssembly timings in docs/BENCHMARKS.md.
func BenchmarkEncrypt(b *testing.B) {
	for _, c := range []struct{ preset, program, params string }{
		{"dev", "tally", `{"options":4}`},
		{"standard", "tally", `{"options":4}`},
		{"mul", "auction", `{"levels":16,"rule":"second"}`},
	} {
		b.Run(c.preset, func(b *testing.B) {
			p, err := bfv.Lookup(c.preset)
			if err != nil {
				b.Fatal(err)
			}
			_, pk := rlwe.NewKeyGenerator(p.Params()).GenKeyPairNew()
			key, err := p.MarshalPublicKey(pk)
			if err != nil {
				b.Fatal(err)
			}
			req := Request{Preset: c.preset, Program: c.program, Params: json.RawMessage(c.params), PublicKey: key, KeyHash: Keccak(key), Value: json.RawMessage(`1`)}
			for b.Loop() {
				if _, err := Encrypt(req); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
