// Package program defines what a Ciphernet program is (DESIGN.md §8): a
// deterministic computation over BFV ciphertexts, registered by name on the
// ledger and in the node binary, that declares its parameters, preset,
// input layout, input validation, number of decryptions, computation per
// stage and result decoding.
//
// The compute provider and every committee member run the same program over
// the same committed inputs and must get byte-identical output ciphertexts:
// that is how members attest an output without trusting the provider. So
// programs may not use randomness, maps with random iteration order, or
// concurrency that changes the order of non-commutative steps.
//
// Execute, not the program, applies the release rule of DESIGN.md §5.8: the
// output of every stage is multiplied by a plaintext selector that is zero
// outside the slots the stage's decoder reads, then switched down to the
// decryption level. A program cannot forget it.
package program

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// Sentinel errors shared by all programs.
var (
	// ErrUnknownProgram means no program is registered under the name.
	ErrUnknownProgram = errors.New("unknown program")
	// ErrParams means the request parameters are invalid for the program.
	ErrParams = errors.New("invalid program parameters")
	// ErrInput means a plaintext input value is invalid.
	ErrInput = errors.New("invalid input value")
	// ErrStage means a stage index is out of range.
	ErrStage = errors.New("stage out of range")
	// ErrRelease means a released plaintext is not a valid encoded release.
	ErrRelease = errors.New("malformed release")
	// ErrNoInputs means there is nothing to compute over.
	ErrNoInputs = errors.New("no inputs")
	// ErrTooManyInputs means more inputs than the preset's noise and
	// plaintext-modulus budget allow.
	ErrTooManyInputs = errors.New("more inputs than the preset supports")
	// ErrPreset means the preset cannot run the program (depth, slots).
	ErrPreset = errors.New("preset unsuitable for the program")
)

// Program is a registered computation. Configure turns a request's
// parameters into an Instance for one E3.
type Program interface {
	// Name is the name under which the program is registered.
	Name() string
	// DefaultPreset is the preset used when a request names none.
	DefaultPreset() string
	// Configure validates params (the request's JSON) against the preset.
	Configure(params json.RawMessage, preset *bfv.Preset) (Instance, error)
}

// LedgerParams is implemented by programs whose request parameters are
// recorded on the ledger as a list of integers (the E3Manager checks their
// bounds): FromLedger turns that list into the program's parameter JSON,
// ToLedger the JSON (strictly decoded) into the list. Each program owns its
// encoding — a rule name, say, is a code on the ledger.
type LedgerParams interface {
	FromLedger(params []uint64) (json.RawMessage, error)
	ToLedger(params json.RawMessage) ([]uint64, error)
}

// ConfigureFromLedger configures the named program from an E3 record's
// preset id and integer parameters.
func (r *Registry) ConfigureFromLedger(name string, preset *bfv.Preset, params []uint64) (Instance, error) {
	p, err := r.Lookup(name)
	if err != nil {
		return nil, err
	}
	lp, ok := p.(LedgerParams)
	if !ok {
		return nil, fmt.Errorf("program %s: %w: no ledger parameter mapping", name, ErrParams)
	}
	raw, err := lp.FromLedger(params)
	if err != nil {
		return nil, err
	}
	return p.Configure(raw, preset)
}

// Layout describes one input: how many leading slots it occupies and what
// a submitter puts there.
type Layout struct {
	Slots       int    `json:"slots"`
	Description string `json:"description"`
}

// Instance is a configured program for one E3. Implementations must be
// deterministic and must not retain the ciphertexts they are given.
type Instance interface {
	// Preset is the parameter set inputs are encrypted under.
	Preset() *bfv.Preset
	// Layout is the input layout.
	Layout() Layout
	// Stages is the number of threshold decryptions (one per stage).
	Stages() int
	// EncodeInput turns a submitter's value (JSON) into slot values; it is
	// the client side of input validity.
	EncodeInput(value json.RawMessage) ([]uint64, error)
	// ValidateInput checks one decoded input ciphertext beyond the codec.
	ValidateInput(ct *rlwe.Ciphertext) error
	// Compute returns stage's output over the inputs, as a degree-1
	// ciphertext. released holds the decoded plaintexts of earlier stages.
	Compute(eval *bgv.Evaluator, stage int, inputs Inputs, released [][]uint64) (*rlwe.Ciphertext, error)
	// Selector is the 0/1 mask of the slots stage's decoder reads.
	Selector(stage int) []uint64
	// Result decodes the released plaintexts of all stages into the
	// program's result JSON.
	Result(released [][]uint64) (json.RawMessage, error)
}

// Execute runs stage of inst over inputs and prepares the output for a
// threshold decryption by a committee of n: it applies the stage's selector
// and switches the modulus down to the decryption level. It is what both the
// compute provider and the re-executing members call. Programs that need
// committee masks (NeedsOf(inst).Masks) must be run with ExecuteWith.
func Execute(inst Instance, eval *bgv.Evaluator, n, stage int, inputs []*rlwe.Ciphertext, released [][]uint64) (*rlwe.Ciphertext, error) {
	return ExecuteWith(inst, Env{Eval: eval, Inputs: Ciphertexts(inputs), Released: released}, n, stage)
}

// FirstSlots returns the selector keeping the first m of the preset's slots.
func FirstSlots(p *bfv.Preset, m int) []uint64 {
	sel := make([]uint64, p.Slots())
	for i := range min(m, len(sel)) {
		sel[i] = 1
	}
	return sel
}

// Sum adds the inputs in order into a new ciphertext, holding one input
// at a time.
func Sum(eval *bgv.Evaluator, inputs Inputs) (*rlwe.Ciphertext, error) {
	var acc *rlwe.Ciphertext
	for i := range inputs.Len() {
		ct, err := inputs.At(i)
		if err != nil {
			return nil, err
		}
		if acc == nil {
			acc = ct.CopyNew()
		} else if err := eval.Add(acc, ct, acc); err != nil {
			return nil, fmt.Errorf("adding input %d: %w", i, err)
		}
	}
	if acc == nil {
		return nil, ErrNoInputs
	}
	return acc, nil
}

// Registry maps names to programs. The node and the ledger's program
// registry must agree on it.
type Registry struct {
	byName map[string]Program
}

// NewRegistry returns a registry of the given programs; duplicate names are
// a programming error and panic.
func NewRegistry(programs ...Program) *Registry {
	r := &Registry{byName: map[string]Program{}}
	for _, p := range programs {
		if _, dup := r.byName[p.Name()]; dup {
			panic("program: duplicate program " + p.Name())
		}
		r.byName[p.Name()] = p
	}
	return r
}

// Lookup returns the program registered under name.
func (r *Registry) Lookup(name string) (Program, error) {
	if p, ok := r.byName[name]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("%w %q (known: %v)", ErrUnknownProgram, name, r.Names())
}

// Names lists the registered names, sorted.
func (r *Registry) Names() []string {
	out := make([]string, 0, len(r.byName))
	for n := range r.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Configure looks up name and configures it under the named preset (the
// program's default if empty).
func (r *Registry) Configure(name, preset string, params json.RawMessage) (Instance, error) {
	p, err := r.Lookup(name)
	if err != nil {
		return nil, err
	}
	if preset == "" {
		preset = p.DefaultPreset()
	}
	ps, err := bfv.Lookup(preset)
	if err != nil {
		return nil, err
	}
	return p.Configure(params, ps)
}
