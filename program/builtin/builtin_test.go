package builtin

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/ciphernet/ciphernet/program"
)

// TestLedgerParamsRoundTrip: every built-in program records its parameter
// JSON on the ledger and reads it back unchanged (a client's request and a
// node's configuration from the ledger describe the same computation), and
// refuses JSON it cannot encode.
func TestLedgerParamsRoundTrip(t *testing.T) {
	reg := Registry()
	for _, tc := range []struct {
		program, params string
		ledger          []uint64
	}{
		{"tally", `{"options":4}`, []uint64{4}},
		{"auction", `{"levels":1024,"rule":"first"}`, []uint64{1024, 1}},
		{"auction", `{"levels":16,"rule":"second"}`, []uint64{16, 2}},
		{"stats", `{"min":10,"max":1000}`, []uint64{10, 1000}},
	} {
		p, err := reg.Lookup(tc.program)
		if err != nil {
			t.Fatal(err)
		}
		lp := p.(program.LedgerParams)
		vals, err := lp.ToLedger(json.RawMessage(tc.params))
		if err != nil || !slices.Equal(vals, tc.ledger) {
			t.Errorf("%s %s → %v, %v; want %v", tc.program, tc.params, vals, err, tc.ledger)
			continue
		}
		back, err := lp.FromLedger(vals)
		if err != nil || string(back) != tc.params {
			t.Errorf("%s %v → %s, %v; want %s", tc.program, vals, back, err, tc.params)
		}
	}
	for _, tc := range []struct{ program, params string }{
		{"tally", `{"options":-1}`},
		{"tally", `{"options":3,"extra":1}`},
		{"auction", `{"levels":16,"rule":"third"}`},
		{"auction", `{"levels":16}`},
		{"stats", `{"min":"low","max":9}`},
		{"stats", `{"min":1,"max":9} {}`},
	} {
		p, _ := reg.Lookup(tc.program)
		if vals, err := p.(program.LedgerParams).ToLedger(json.RawMessage(tc.params)); !errors.Is(err, program.ErrParams) {
			t.Errorf("%s %s: %v, %v; want ErrParams", tc.program, tc.params, vals, err)
		}
	}
}
