package program

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/threshold"
)

// ErrMasks means the committee mask contributions a program needs are
// missing or malformed.
var ErrMasks = errors.New("committee mask contributions missing or invalid")

// Needs lists what an instance requires from key generation and the
// committee beyond the public key, so the node knows which extra rounds to
// run for an E3.
type Needs struct {
	// Relinearization: the committee's relinearization key
	// (threshold.Session.RelinearizationKey).
	Relinearization bool
	// Rotations: the committee's Galois keys for the preset's power-of-two
	// rotations (threshold.Session.GaloisKeys); the evaluator is built with
	// bfv.Preset.NewEvaluatorWithKeys.
	Rotations bool
	// Masks: mask contributions (threshold.MaskContribution) from between t
	// and threshold.MaxMaskContributions distinct members, collected after
	// the input window closes and passed to every stage in member order.
	Masks bool
}

// Env is what a stage computes over. Execute builds one from its arguments;
// ExecuteWith takes it whole.
type Env struct {
	// Eval carries the keys Needs asks for.
	Eval *bgv.Evaluator
	// Inputs are the committed inputs in commitment order, decoded when a
	// program reaches them.
	Inputs Inputs
	// Released holds the decoded plaintexts of the earlier stages.
	Released [][]uint64
	// Masks are the committee's mask contributions, in member order.
	Masks []*threshold.MaskContribution
}

// Extended is implemented by instances that need more than Instance offers:
// evaluation keys and committee masks, a selector that depends on the
// number of inputs or on earlier releases, and input hashes in the result.
// Execute, ExecuteWith and ResultOf use these methods when present; plain
// instances such as tally are unaffected.
type Extended interface {
	Instance
	// Needs reports the keys and contributions the instance requires.
	Needs() Needs
	// ComputeWith is Compute with the full environment.
	ComputeWith(env Env, stage int) (*rlwe.Ciphertext, error)
	// SelectorFor is Selector for a run over inputs inputs after the given
	// releases.
	SelectorFor(stage, inputs int, released [][]uint64) ([]uint64, error)
	// ResultWith decodes the released plaintexts; inputHashes[i] is the
	// committed hash of input i (the node's, as recorded on the ledger).
	ResultWith(released [][]uint64, inputHashes [][]byte) (json.RawMessage, error)
}

// NeedsOf returns inst's needs: Extended instances declare them; plain
// instances (addition only, like tally) need nothing.
func NeedsOf(inst Instance) Needs {
	if x, ok := inst.(Extended); ok {
		return x.Needs()
	}
	return Needs{}
}

// ExecuteWith is Execute with the full environment (mask contributions for
// programs that need them). It runs the stage, applies the stage's selector
// (SelectorFor for Extended instances) and switches down to the decryption
// level of a committee of n.
func ExecuteWith(inst Instance, env Env, n, stage int) (*rlwe.Ciphertext, error) {
	if stage < 0 || stage >= inst.Stages() {
		return nil, fmt.Errorf("program: %w: %d of %d", ErrStage, stage, inst.Stages())
	}
	if len(env.Released) != stage {
		return nil, fmt.Errorf("program: stage %d needs %d released stages, have %d", stage, stage, len(env.Released))
	}
	if env.Inputs == nil || env.Inputs.Len() == 0 {
		return nil, fmt.Errorf("program: %w", ErrNoInputs)
	}
	p := inst.Preset()
	if env.Inputs.Len() > p.MaxInputs {
		return nil, fmt.Errorf("program: %w: %d > %d for preset %s", ErrTooManyInputs, env.Inputs.Len(), p.MaxInputs, p.Name)
	}
	var (
		out *rlwe.Ciphertext
		sel []uint64
		err error
	)
	if x, ok := inst.(Extended); ok {
		if x.Needs().Masks {
			if err := threshold.CheckMaskContributions(p, env.Masks); err != nil {
				return nil, fmt.Errorf("program: %w: %w", ErrMasks, err)
			}
		}
		if sel, err = x.SelectorFor(stage, env.Inputs.Len(), env.Released); err != nil {
			return nil, fmt.Errorf("program: stage %d selector: %w", stage, err)
		}
		out, err = x.ComputeWith(env, stage)
	} else {
		sel = inst.Selector(stage)
		out, err = inst.Compute(env.Eval, stage, env.Inputs, env.Released)
	}
	if err != nil {
		return nil, fmt.Errorf("program: stage %d: %w", stage, err)
	}
	if out.Degree() != 1 {
		return nil, fmt.Errorf("program: stage %d returned a degree-%d ciphertext", stage, out.Degree())
	}
	if len(sel) != p.Slots() {
		return nil, fmt.Errorf("program: stage %d selector has %d slots, preset %d", stage, len(sel), p.Slots())
	}
	if err := env.Eval.Mul(out, sel, out); err != nil {
		return nil, fmt.Errorf("program: selector: %w", err)
	}
	if err := p.ModSwitchForDecryption(out, n); err != nil {
		return nil, fmt.Errorf("program: %w", err)
	}
	return out, nil
}

// ResultOf decodes the released plaintexts of all stages into the result
// JSON, giving Extended instances the committed input hashes.
func ResultOf(inst Instance, released [][]uint64, inputHashes [][]byte) (json.RawMessage, error) {
	if x, ok := inst.(Extended); ok {
		return x.ResultWith(released, inputHashes)
	}
	return inst.Result(released)
}
