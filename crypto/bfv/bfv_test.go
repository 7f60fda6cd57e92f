package bfv

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// heStandard128 is the HomomorphicEncryption.org (2018) table of the largest
// log2(QP) for 128-bit classical security with a uniform ternary secret.
var heStandard128 = map[int]float64{10: 27, 11: 54, 12: 109, 13: 218, 14: 438, 15: 881}

func TestPresetsAreWhatTheyClaim(t *testing.T) {
	ids := map[byte]bool{}
	for _, p := range All() {
		t.Run(p.Name, func(t *testing.T) {
			params := p.Params()
			if ids[p.ID] {
				t.Fatalf("duplicate id %#x", p.ID)
			}
			ids[p.ID] = true
			if got, err := Lookup(p.Name); err != nil || got != p {
				t.Fatalf("Lookup: %v", err)
			}
			if got, err := ByID(p.ID); err != nil || got != p {
				t.Fatalf("ByID: %v", err)
			}
			bound := heStandard128[params.LogN()]
			secure := params.LogQP() <= bound
			if p.Insecure == secure {
				t.Fatalf("Insecure=%v but logQP=%.1f vs 128-bit bound %.0f", p.Insecure, params.LogQP(), bound)
			}
			if !p.Insecure && (p.SecurityBits != 128 || p.StatSecurityBits < 40) {
				t.Fatalf("secure preset must claim 128-bit and >=40-bit smudging, claims %d/%d", p.SecurityBits, p.StatSecurityBits)
			}
			if params.MaxSlots() != params.N() {
				t.Fatalf("plaintext modulus does not allow full batching: %d slots for N=%d", params.MaxSlots(), params.N())
			}
			if p.Relinearize != (params.MaxLevelP() >= 0) {
				t.Fatalf("relinearization needs a special modulus P and only then")
			}
			if _, ok := p.DecryptionLevel(MaxCommittee); !ok {
				t.Fatalf("cannot threshold-decrypt with %d members", MaxCommittee)
			}
			t.Logf("%s: logN=%d logQP=%.1f (bound %.0f) T=%d slots=%d ciphertext %d KiB, smudging 2^%d",
				p.Name, params.LogN(), params.LogQP(), bound, params.PlaintextModulus(), p.Slots(), p.CiphertextSize()/1024, p.LogSmudge)
		})
	}
	if _, err := Lookup("nope"); !errors.Is(err, ErrUnknownPreset) {
		t.Fatalf("unknown name: %v", err)
	}
	if _, err := ByID(0xee); !errors.Is(err, ErrUnknownPreset) {
		t.Fatalf("unknown id: %v", err)
	}
}

// testKeys returns a single-key public/secret pair for codec tests (the
// threshold package covers committee keys).
func testKeys(p *Preset) (*rlwe.PublicKey, *rlwe.SecretKey) {
	kg := bgv.NewKeyGenerator(p.Params())
	sk := kg.GenSecretKeyNew()
	return kg.GenPublicKeyNew(sk), sk
}

func TestEncryptDecodeRoundTrip(t *testing.T) {
	p, _ := Lookup("dev")
	pk, sk := testKeys(p)
	enc := NewEncryptor(p, pk)
	values := []uint64{0, 1, 65536, 42}
	raw, err := enc.EncryptBytes(values)
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) != p.CiphertextSize() {
		t.Fatalf("size %d, want %d", len(raw), p.CiphertextSize())
	}
	ct, err := p.UnmarshalInput(raw)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := p.MarshalCiphertext(ct)
	if !bytes.Equal(raw, again) {
		t.Fatal("re-encoding differs")
	}
	got, err := Decode(p, bgv.NewEncoder(p.Params()), bgv.NewDecryptor(p.Params(), sk).DecryptNew(ct))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got[:4], values) {
		t.Fatalf("got %v", got[:4])
	}
	if _, err := enc.Encrypt([]uint64{p.PlaintextModulus()}); !errors.Is(err, ErrValueRange) {
		t.Fatalf("value >= T: %v", err)
	}
	if _, err := enc.Encrypt(make([]uint64, p.Slots()+1)); !errors.Is(err, ErrValueRange) {
		t.Fatalf("too many values: %v", err)
	}
	pkRaw, err := p.MarshalPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	pk2, err := p.UnmarshalPublicKey(pkRaw)
	if err != nil {
		t.Fatal(err)
	}
	if pkRaw2, _ := p.MarshalPublicKey(pk2); !bytes.Equal(pkRaw, pkRaw2) {
		t.Fatal("public key re-encoding differs")
	}
}

// TestStrictCiphertextDecoding: every way an untrusted ciphertext can be
// wrong gives its own typed error, never a panic.
func TestStrictCiphertextDecoding(t *testing.T) {
	dev, _ := Lookup("dev")
	std, _ := Lookup("standard")
	pk, _ := testKeys(dev)
	good, err := NewEncryptor(dev, pk).EncryptBytes([]uint64{1})
	if err != nil {
		t.Fatal(err)
	}
	mut := func(f func(b []byte) []byte) []byte { return f(slices.Clone(good)) }
	N := dev.Params().N()
	lowered := mut(func(b []byte) []byte { // a valid-looking level-0 ciphertext
		b[6] = 0
		return append(b[:ciphertextHeaderLen], make([]byte, 2*8*N)...)
	})
	cases := []struct {
		name string
		in   []byte
		rule CiphertextRule
		want error
	}{
		{"empty", nil, dev.InputRule(), ErrMalformed},
		{"bad magic", mut(func(b []byte) []byte { b[0] = 'X'; return b }), dev.InputRule(), ErrMalformed},
		{"other tag (public key)", mut(func(b []byte) []byte { b[2] = tagPublicKey; return b }), dev.InputRule(), ErrMalformed},
		{"wrong preset", mut(func(b []byte) []byte { b[4] = std.ID; return b }), dev.InputRule(), ErrWrongPreset},
		{"ring degree", mut(func(b []byte) []byte { b[5] = 12; return b }), dev.InputRule(), ErrRingDegree},
		{"level not top for an input", lowered, dev.InputRule(), ErrLevel},
		{"level beyond the chain", mut(func(b []byte) []byte { b[6] = 9; return b }), AnyRule, ErrLevel},
		{"degree 2 as input", mut(func(b []byte) []byte { b[7] = 2; return b }), dev.InputRule(), ErrCiphertextDegree},
		{"degree 0", mut(func(b []byte) []byte { b[7] = 0; return b }), AnyRule, ErrCiphertextDegree},
		{"unknown flag", mut(func(b []byte) []byte { b[8] |= 0x80; return b }), dev.InputRule(), ErrMalformed},
		{"zero scale", mut(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[9:], 0); return b }), AnyRule, ErrScale},
		{"scale >= T", mut(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[9:], 1<<40); return b }), AnyRule, ErrScale},
		{"non-fresh scale as input", mut(func(b []byte) []byte { binary.LittleEndian.PutUint64(b[9:], 3); return b }), dev.InputRule(), ErrScale},
		{"truncated body", good[:len(good)-1], dev.InputRule(), ErrLength},
		{"trailing byte", append(slices.Clone(good), 0), dev.InputRule(), ErrLength},
		{"header only", good[:ciphertextHeaderLen], dev.InputRule(), ErrLength},
		{"unreduced coefficient", mut(func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[ciphertextHeaderLen:], math.MaxUint64)
			return b
		}), dev.InputRule(), ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dev.UnmarshalCiphertext(tc.in, tc.rule)
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("want %v (and ErrMalformed), got %v", tc.want, err)
			}
		})
	}
	if _, err := dev.UnmarshalCiphertext(lowered, AnyRule); err != nil {
		t.Fatalf("level-0 ciphertext under AnyRule: %v", err)
	}
	if _, err := std.UnmarshalPublicKey(good); !errors.Is(err, ErrMalformed) {
		t.Fatalf("ciphertext as public key: %v", err)
	}
}

func FuzzUnmarshalCiphertext(f *testing.F) {
	dev, _ := Lookup("dev")
	pk, _ := testKeys(dev)
	good, _ := NewEncryptor(dev, pk).EncryptBytes([]uint64{1, 2})
	f.Add(good)
	f.Add(good[:ciphertextHeaderLen+3])
	f.Fuzz(func(t *testing.T, b []byte) {
		ct, err := dev.UnmarshalCiphertext(b, AnyRule)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		again, err := dev.MarshalCiphertext(ct)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted bytes are not canonical: %v", err)
		}
	})
}

func FuzzUnmarshalPublicKey(f *testing.F) {
	dev, _ := Lookup("dev")
	pk, _ := testKeys(dev)
	good, _ := dev.MarshalPublicKey(pk)
	f.Add(good)
	f.Add(good[:40])
	f.Fuzz(func(t *testing.T, b []byte) {
		pk, err := dev.UnmarshalPublicKey(b)
		if err != nil {
			return
		}
		if again, err := dev.MarshalPublicKey(pk); err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted bytes are not canonical: %v", err)
		}
	})
}
