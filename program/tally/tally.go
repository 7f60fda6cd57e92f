// Package tally is the secret-ballot program: each input is a one-hot
// ballot over m options, the output is the per-option count, and nothing
// else is released (the selector zeroes every slot beyond m).
//
// Parameters: {"options": m}, 2 <= m <= the preset's slot count.
// Input: the chosen option index as a JSON integer in [0, m).
// Result: {"counts": [c_0, ..., c_{m-1}]}.
//
// Limits (see the README's security table): nothing checks homomorphically
// that a ballot is one-hot, so a malicious submitter who encrypts e.g. 100
// in one slot adds 100 votes. Until well-formedness proofs exist, tally
// trusts submitters to encrypt valid ballots; the released counts still
// never reveal an individual ballot.
package tally

import (
	"encoding/json"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/program"
)

// Name is the registered name.
const Name = "tally"

// Params are the request parameters.
type Params struct {
	Options int `json:"options"`
}

// Result is the released result.
type Result struct {
	Counts []uint64 `json:"counts"`
}

// Program is the tally program.
type Program struct{}

// Name implements program.Program.
func (Program) Name() string { return Name }

// DefaultPreset implements program.Program: addition only, so the 128-bit
// logN=13 preset without relinearization.
func (Program) DefaultPreset() string { return "standard" }

// Configure implements program.Program.
func (Program) Configure(raw json.RawMessage, preset *bfv.Preset) (program.Instance, error) {
	var p Params
	if err := program.DecodeJSON(raw, &p); err != nil {
		return nil, fmt.Errorf("tally: %w: %v", program.ErrParams, err)
	}
	if p.Options < 2 || p.Options > preset.Slots() {
		return nil, fmt.Errorf("tally: %w: options=%d outside [2,%d]", program.ErrParams, p.Options, preset.Slots())
	}
	return &instance{preset: preset, m: p.Options}, nil
}

// ToLedger implements program.LedgerParams: {"options": M} → [M].
func (Program) ToLedger(raw json.RawMessage) ([]uint64, error) {
	var p Params
	if err := program.DecodeJSON(raw, &p); err != nil {
		return nil, fmt.Errorf("tally: %w: %v", program.ErrParams, err)
	}
	if p.Options < 0 {
		return nil, fmt.Errorf("tally: %w: options=%d", program.ErrParams, p.Options)
	}
	return []uint64{uint64(p.Options)}, nil
}

// FromLedger implements program.LedgerParams: the ledger records [options].
func (Program) FromLedger(params []uint64) (json.RawMessage, error) {
	if len(params) != 1 {
		return nil, fmt.Errorf("tally: %w: %d ledger parameters, want [options]", program.ErrParams, len(params))
	}
	return json.Marshal(Params{Options: int(min(params[0], 1<<20))})
}

type instance struct {
	preset *bfv.Preset
	m      int
}

func (in *instance) Preset() *bfv.Preset { return in.preset }
func (in *instance) Stages() int         { return 1 }

func (in *instance) Layout() program.Layout {
	return program.Layout{Slots: in.m, Description: fmt.Sprintf("one-hot ballot over %d options", in.m)}
}

func (in *instance) EncodeInput(raw json.RawMessage) ([]uint64, error) {
	var choice int
	if err := program.DecodeJSON(raw, &choice); err != nil {
		return nil, fmt.Errorf("tally: %w: want an option index, %v", program.ErrInput, err)
	}
	if choice < 0 || choice >= in.m {
		return nil, fmt.Errorf("tally: %w: option %d outside [0,%d)", program.ErrInput, choice, in.m)
	}
	ballot := make([]uint64, in.m)
	ballot[choice] = 1
	return ballot, nil
}

// ValidateInput has nothing to check beyond the codec's input rule (fresh,
// top level, degree 1): ballot validity is not checked homomorphically.
func (in *instance) ValidateInput(*rlwe.Ciphertext) error { return nil }

func (in *instance) Compute(eval *bgv.Evaluator, stage int, inputs program.Inputs, _ [][]uint64) (*rlwe.Ciphertext, error) {
	return program.Sum(eval, inputs)
}

func (in *instance) Selector(int) []uint64 { return program.FirstSlots(in.preset, in.m) }

func (in *instance) Result(released [][]uint64) (json.RawMessage, error) {
	if len(released) != 1 || len(released[0]) < in.m {
		return nil, fmt.Errorf("tally: %w: need one released stage of %d slots", program.ErrStage, in.m)
	}
	return json.Marshal(Result{Counts: append([]uint64(nil), released[0][:in.m]...)})
}
