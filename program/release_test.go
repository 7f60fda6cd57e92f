package program_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

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
