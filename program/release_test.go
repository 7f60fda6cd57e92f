package program_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
)

// TestCompactExpandRoundTrip: a compact release expands back to the full
// slot vector with zeros outside the selector, and a release of the wrong
// length is refused.
func TestCompactExpandRoundTrip(t *testing.T) {
	inst, err := builtin.Registry().Configure("tally", "dev", json.RawMessage(`{"options":3}`))
	if err != nil {
		t.Fatal(err)
	}
	full := make([]uint64, inst.Preset().Slots())
	full[0], full[1], full[2], full[7] = 4, 0, 9, 5 // slot 7 is outside the selector
	sel, err := program.SelectorOf(inst, 0, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := program.Compact(sel, full)
	if !slices.Equal(c, []uint64{4, 0, 9}) {
		t.Fatalf("compact %v", c)
	}
	got, err := program.Expand(inst, 10, [][]uint64{c})
	if err != nil {
		t.Fatal(err)
	}
	full[7] = 0
	if !slices.Equal(got[0], full) {
		t.Fatal("expand is not the selected part of the original")
	}
	for _, bad := range [][]uint64{{1, 2}, {1, 2, 3, 4}} {
		if _, err := program.Expand(inst, 10, [][]uint64{bad}); !errors.Is(err, program.ErrStage) {
			t.Errorf("release %v: %v", bad, err)
		}
	}
}

// TestReleaseEncoding: releases round-trip; every other byte string —
// another version, a non-minimal varint, a count that does not match,
// trailing bytes — is refused, so a release has exactly one encoding (and
// one hash for the committee to attest).
func TestReleaseEncoding(t *testing.T) {
	zeros := make([]uint64, 10_000)
	zeros[5000] = 0xfff88000
	if n := len(program.EncodeRelease(zeros)); n > 16 {
		t.Fatalf("a validity stage over 10,000 inputs, one invalid, encodes to %d bytes", n)
	}
	for _, vals := range [][]uint64{{}, {0}, {0, 0, 0}, {1, 2, 3}, {0, 0, 1, 0}, zeros, {0xfff88000, 0, 127, 128, 1<<63 + 5}} {
		b := program.EncodeRelease(vals)
		got, err := program.DecodeRelease(b)
		if err != nil || !slices.Equal(got, vals) {
			t.Fatalf("%v: decoded %v, %v", vals, got, err)
		}
	}
	masked := make([]uint64, 1024) // a 1,024-level price stage: uniform 32-bit values
	for i := range masked {
		masked[i] = 0xfff88000 - uint64(i)
	}
	if n := len(program.EncodeRelease(masked)); n > program.MaxRelease {
		t.Fatalf("1,024 masked 32-bit values encode to %d bytes, above the ledger's %d", n, program.MaxRelease)
	}
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"JSON", []byte("[1,2,3]")},
		{"version 2", []byte{2, 1, 5}},
		{"non-minimal value", []byte{1, 1, 0x85, 0x00}},
		{"non-minimal count", []byte{1, 0x81, 0x00, 5}},
		{"count too high", []byte{1, 3, 5, 6}},
		{"count beyond the bytes", []byte{1, 5, 7}},
		{"count above any preset's slots", []byte{1, 0xff, 0xff, 0xff, 0x0f, 0, 0xfe, 0xff, 0xff, 0x0f}},
		{"split zero run", []byte{1, 3, 0, 0, 0, 0}},
		{"zero run beyond the count", []byte{1, 2, 0, 2}},
		{"trailing byte", []byte{1, 1, 5, 0}},
		{"truncated varint", []byte{1, 1, 0x80}},
	} {
		if _, err := program.DecodeRelease(tc.b); !errors.Is(err, program.ErrRelease) {
			t.Errorf("%s %x: %v, want ErrRelease", tc.name, tc.b, err)
		}
	}
}

// FuzzDecodeRelease: the decoder never panics, and whatever it accepts
// re-encodes to the same bytes.
func FuzzDecodeRelease(f *testing.F) {
	f.Add(program.EncodeRelease([]uint64{1, 2, 3}))
	f.Add([]byte{1, 0})
	f.Add([]byte{1, 1, 0x85, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		vals, err := program.DecodeRelease(b)
		if err != nil {
			return
		}
		if again := program.EncodeRelease(vals); !slices.Equal(again, b) {
			t.Fatalf("%x decodes to %v, which encodes to %x", b, vals, again)
		}
	})
}

// TestEveryReleaseFitsTheLedger: on every preset, even a whole slot
// vector of the largest values (more than any stage selects) encodes
// within the ledger's limit — no run, however many invalid inputs its
// submitters send, can produce a release the ledger refuses.
func TestEveryReleaseFitsTheLedger(t *testing.T) {
	for _, name := range bfv.Names() {
		p, err := bfv.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		worst := make([]uint64, p.Slots())
		for i := range worst {
			worst[i] = p.PlaintextModulus() - 1
		}
		if n := len(program.EncodeRelease(worst)); n > program.MaxRelease {
			t.Errorf("preset %s: %d slots of %d encode to %d bytes, above %d", name, len(worst), worst[0], n, program.MaxRelease)
		}
	}
}
