// Package slots holds the slot-moving building blocks shared by programs
// that rotate (auction, stats): rotations by any amount from the preset's
// power-of-two keys, sums within aligned blocks, packing several inputs
// into one ciphertext and gathering one slot of many ciphertexts into
// consecutive slots. All of them work on the first row of the slot matrix
// (bfv.Preset.RowLength slots); column rotations move both rows alike, so
// programs keep their data in row 0.
//
// Every function is deterministic: the compute provider and re-executing
// members must obtain identical ciphertexts.
package slots

import (
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// RotateLeft returns ct rotated left by k slots within each row (k may be
// negative), as a product of power-of-two rotations.
func RotateLeft(eval *bgv.Evaluator, p *bfv.Preset, ct *rlwe.Ciphertext, k int) (*rlwe.Ciphertext, error) {
	row := p.RowLength()
	k %= row
	if k < 0 {
		k += row
	}
	out := ct.CopyNew()
	for bit := 1; bit < row; bit <<= 1 {
		if k&bit == 0 {
			continue
		}
		if err := rotate(eval, out, bit, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// BlockSum adds, in place, the next size-1 slots into every slot (size a
// power of two): afterwards slot j·size holds the sum of block j.
func BlockSum(eval *bgv.Evaluator, ct *rlwe.Ciphertext, size int) error {
	for k := 1; k < size; k <<= 1 {
		r := ct.CopyNew()
		if err := rotate(eval, ct, k, r); err != nil {
			return err
		}
		if err := eval.Add(ct, r, ct); err != nil {
			return fmt.Errorf("slots: block sum: %w", err)
		}
	}
	return nil
}

// Gather moves slot q of every xs[i] (each zero elsewhere; nil entries
// count as zero) to slot base+i of one ciphertext, by Horner's rule:
// acc = rot(acc, 1) + xs[i], then one final rotation. It costs len(xs)-1
// rotations by one plus at most log2(RowLength) for the final one.
func Gather(eval *bgv.Evaluator, p *bfv.Preset, xs []*rlwe.Ciphertext, q, base int) (*rlwe.Ciphertext, error) {
	var acc *rlwe.Ciphertext
	for _, x := range xs {
		if acc != nil {
			if err := rotate(eval, acc, 1, acc); err != nil {
				return nil, err
			}
		}
		switch {
		case x == nil:
		case acc == nil:
			acc = x.CopyNew()
		default:
			if err := eval.Add(acc, x, acc); err != nil {
				return nil, fmt.Errorf("slots: gather: %w", err)
			}
		}
	}
	if acc == nil {
		return nil, fmt.Errorf("slots: gather: nothing to gather")
	}
	// xs[i]'s slot q sits at q-(len-1-i); move it to base+i.
	return RotateLeft(eval, p, acc, q-(len(xs)-1)-base)
}

// Plain returns a slot vector of the preset with the given slots set to v.
func Plain(p *bfv.Preset, v uint64, at ...int) []uint64 {
	out := make([]uint64, p.Slots())
	for _, i := range at {
		out[i] = v
	}
	return out
}

// NextPow2 returns the smallest power of two >= n (n >= 1).
func NextPow2(n int) int {
	k := 1
	for k < n {
		k <<= 1
	}
	return k
}
