package bfv

import (
	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// RowLength is the number of slots in one row of the preset's slot matrix
// (half the slots): column rotations shift each row cyclically by up to
// RowLength-1 positions.
func (p *Preset) RowLength() int { return p.Slots() / 2 }

// RotationGaloisElements returns the Galois elements of the column rotations
// to the left by 1, 2, 4, …, RowLength/2. With them a program can rotate by
// any amount as a product of power-of-two rotations, so one fixed key set
// serves every program and parameter choice: the committee generates these
// keys once per E3 whatever the program's parameters.
func (p *Preset) RotationGaloisElements() []uint64 {
	params := p.Params()
	var out []uint64
	for k := 1; k < p.RowLength(); k *= 2 {
		out = append(out, params.GaloisElement(k))
	}
	return out
}

// NewEvaluatorWithKeys returns a scale-invariant (BFV) evaluator holding the
// relinearization key (may be nil) and the Galois keys a program rotates
// with. Not safe for concurrent use.
func (p *Preset) NewEvaluatorWithKeys(rlk *rlwe.RelinearizationKey, gks ...*rlwe.GaloisKey) *bgv.Evaluator {
	if rlk == nil && len(gks) == 0 {
		return bgv.NewEvaluator(p.Params(), nil, true)
	}
	return bgv.NewEvaluator(p.Params(), rlwe.NewMemEvaluationKeySet(rlk, gks...), true)
}
