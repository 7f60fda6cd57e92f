package threshold

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/ring"
)

// maxLogSmudge is the largest log2 bound the sampler supports: values are
// drawn as 128-bit integers, so B = 2^126 leaves room for the sign.
const maxLogSmudge = 126

// sampleSmudging fills p (over every prime of r, coefficient domain) with
// independent integers drawn uniformly from [-B, B), B = 2^logB, reduced
// correctly modulo each prime.
//
// Lattigo's Gaussian sampler is silently wrong for standard deviations
// between about 2^51 and 2^61 (DESIGN.md §11), and smudging bounds here are
// far above 64 bits, so the noise is drawn here from raw random bytes as a
// two-limb integer and reduced with 128-bit remainders.
func sampleSmudging(rng io.Reader, r *ring.Ring, logB int, p ring.Poly) error {
	if logB < 1 || logB > maxLogSmudge {
		return fmt.Errorf("threshold: smudging bound 2^%d outside [2^1, 2^%d]", logB, maxLogSmudge)
	}
	n := r.N()
	moduli := r.ModuliChain()[:r.Level()+1]
	// Mask for a (logB+1)-bit value split across two 64-bit limbs.
	width := logB + 1
	var maskHi, maskLo uint64 = 0, ^uint64(0)
	if width > 64 {
		maskHi = (uint64(1) << (width - 64)) - 1
	} else {
		maskLo = (uint64(1) << width) - 1
	}
	// B as two limbs.
	var bHi, bLo uint64
	if logB >= 64 {
		bHi = uint64(1) << (logB - 64)
	} else {
		bLo = uint64(1) << logB
	}
	buf := make([]byte, 16*1024)
	for j := 0; j < n; j += 1024 {
		m := min(1024, n-j)
		if _, err := io.ReadFull(rng, buf[:16*m]); err != nil {
			return fmt.Errorf("threshold: smudging randomness: %w", err)
		}
		for c := 0; c < m; c++ {
			hi := binary.LittleEndian.Uint64(buf[16*c:]) & maskHi
			lo := binary.LittleEndian.Uint64(buf[16*c+8:]) & maskLo
			// v = x - B; record sign and |v| as two limbs.
			neg := hi < bHi || (hi == bHi && lo < bLo)
			var aHi, aLo uint64
			if neg {
				var borrow uint64
				aLo, borrow = bits.Sub64(bLo, lo, 0)
				aHi, _ = bits.Sub64(bHi, hi, borrow)
			} else {
				var borrow uint64
				aLo, borrow = bits.Sub64(lo, bLo, 0)
				aHi, _ = bits.Sub64(hi, bHi, borrow)
			}
			for i, q := range moduli {
				v := bits.Rem64(aHi%q, aLo, q)
				if neg && v != 0 {
					v = q - v
				}
				p.Coeffs[i][j+c] = v
			}
		}
	}
	clear(buf)
	return nil
}
