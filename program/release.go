package program

import (
	"encoding/json"
	"fmt"
)

// Releases on the ledger are compact: a stage's plaintext is published as
// the values of the slots its selector keeps, in slot order — storing a
// whole slot vector (up to 16,384 values) on chain would cost more gas than
// a block holds. Programs, however, read full slot vectors (a value's slot
// carries meaning: a price level, an input index). Compact and Expand
// convert between the two; the selector of a stage may depend on the input
// count and the earlier releases (Extended.SelectorFor), so expanding
// proceeds stage by stage.

// SelectorOf is the selector of stage for a run over inputs inputs after
// the given full releases of the earlier stages.
func SelectorOf(inst Instance, stage, inputs int, released [][]uint64) ([]uint64, error) {
	if x, ok := inst.(Extended); ok {
		return x.SelectorFor(stage, inputs, released)
	}
	return inst.Selector(stage), nil
}

// Compact keeps the values of the selected slots.
func Compact(sel, values []uint64) []uint64 {
	out := []uint64{}
	for i, keep := range sel {
		if keep != 0 && i < len(values) {
			out = append(out, values[i])
		}
	}
	return out
}

// DecodeResult is the result of a completed run from its public record:
// the compact releases of every stage as published, the number of inputs
// and their hashes in commitment order (auction and stats name inputs by
// hash). Node, SDK and verifier all decode through it.
func DecodeResult(inst Instance, inputs int, compact [][]uint64, inputHashes [][]byte) (json.RawMessage, error) {
	full, err := Expand(inst, inputs, compact)
	if err != nil {
		return nil, err
	}
	return ResultOf(inst, full, inputHashes)
}

// Expand turns compact releases (as published) back into full slot
// vectors, stage by stage.
func Expand(inst Instance, inputs int, compact [][]uint64) ([][]uint64, error) {
	full := make([][]uint64, 0, len(compact))
	for stage, c := range compact {
		sel, err := SelectorOf(inst, stage, inputs, full)
		if err != nil {
			return nil, fmt.Errorf("program: stage %d selector: %w", stage, err)
		}
		v := make([]uint64, len(sel))
		k := 0
		for i, keep := range sel {
			if keep == 0 {
				continue
			}
			if k >= len(c) {
				return nil, fmt.Errorf("program: %w: stage %d release has %d values, its selector keeps more", ErrStage, stage, len(c))
			}
			v[i] = c[k]
			k++
		}
		if k != len(c) {
			return nil, fmt.Errorf("program: %w: stage %d release has %d values, its selector keeps %d", ErrStage, stage, len(c), k)
		}
		full = append(full, v)
	}
	return full, nil
}
