package threshold

import (
	"fmt"
	"io"
	"math/bits"
	"slices"

	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"
)

// findFaulty returns the indexes of shares that are off the common
// degree-(t-1) polynomial, or ErrInconsistent when more than ⌊(m-t)/2⌋ are.
// shares are sorted by index and m = len(shares) > t.
//
// Each share is projected, per RNS prime, onto a random vector drawn from
// rng after the shares are fixed; the projections of honest shares are
// evaluations of one scalar polynomial of degree t-1, so Reed–Solomon
// decoding over that prime's field finds the outliers.
func (s *Session) findFaulty(shares []*DecryptionShare, rng io.Reader) ([]int, error) {
	level := shares[0].Level()
	rq := s.ringQ.AtLevel(level)
	key := make([]byte, 32)
	if _, err := io.ReadFull(rng, key); err != nil {
		return nil, fmt.Errorf("threshold: robustness randomness: %w", err)
	}
	prng, err := sampling.NewKeyedPRNG(key)
	if err != nil {
		return nil, fmt.Errorf("threshold: robustness randomness: %w", err)
	}
	r := ring.NewUniformSampler(prng, rq).ReadNew()
	tmp := rq.NewPoly()
	xs := make([]uint64, len(shares))
	ys := make([][]uint64, level+1) // ys[prime][share]
	for l := range ys {
		ys[l] = make([]uint64, len(shares))
	}
	for i, sh := range shares {
		xs[i] = uint64(sh.Index)
		rq.MulCoeffsBarrett(sh.Value, r, tmp)
		for l, q := range rq.ModuliChain()[:level+1] {
			var acc uint64
			for _, c := range tmp.Coeffs[l] {
				acc = addMod(acc, c, q)
			}
			ys[l][i] = acc
		}
	}
	var faulty []int
	for l, q := range rq.ModuliChain()[:level+1] {
		bad, err := berlekampWelch(xs, ys[l], s.cfg.T, q)
		if err != nil {
			return nil, fmt.Errorf("%w: %d shares, t=%d: %v", ErrInconsistent, len(shares), s.cfg.T, err)
		}
		for _, i := range bad {
			if !slices.Contains(faulty, shares[i].Index) {
				faulty = append(faulty, shares[i].Index)
			}
		}
	}
	slices.Sort(faulty)
	if len(faulty) > (len(shares)-s.cfg.T)/2 {
		return nil, fmt.Errorf("%w: %d faulty among %d shares (t=%d)", ErrInconsistent, len(faulty), len(shares), s.cfg.T)
	}
	return faulty, nil
}

// berlekampWelch decodes the points (xs[i], ys[i]) over GF(q) as a
// polynomial of degree < k with up to e = ⌊(m-k)/2⌋ errors and returns the
// positions of the erroneous points. It fails if no such polynomial exists.
func berlekampWelch(xs, ys []uint64, k int, q uint64) ([]int, error) {
	m := len(xs)
	e := (m - k) / 2
	// Unknowns: E = x^e + Σ_{i<e} E_i x^i, Q = Σ_{i<e+k} Q_i x^i.
	// Each point gives Σ Q_i x^i − y Σ E_i x^i = y x^e.
	cols := e + (e + k)
	a := make([][]uint64, m)
	for row := range a {
		a[row] = make([]uint64, cols+1)
		x, y := xs[row]%q, ys[row]
		pw := uint64(1)
		for i := 0; i < e+k; i++ {
			a[row][e+i] = pw
			if i < e {
				a[row][i] = subMod(0, mulMod(y, pw, q), q)
			}
			pw = mulMod(pw, x, q)
		}
		a[row][cols] = mulMod(y, powMod(x, uint64(e), q), q)
	}
	sol, ok := solveMod(a, cols, q)
	if !ok {
		return nil, fmt.Errorf("no polynomial of degree < %d fits %d of %d points", k, m-e, m)
	}
	E := append(slices.Clone(sol[:e]), 1)
	Q := sol[e:]
	P, rem := polyDivMod(Q, E, q)
	for _, c := range rem {
		if c != 0 {
			return nil, fmt.Errorf("error locator does not divide: more than %d errors", e)
		}
	}
	if len(P) > k {
		for _, c := range P[k:] {
			if c != 0 {
				return nil, fmt.Errorf("decoded polynomial has degree >= %d", k)
			}
		}
	}
	var bad []int
	for i := range xs {
		if polyEval(P, xs[i]%q, q) != ys[i] {
			bad = append(bad, i)
		}
	}
	if len(bad) > e {
		return nil, fmt.Errorf("%d errors, can correct %d", len(bad), e)
	}
	return bad, nil
}

// solveMod returns one solution of the augmented system a (rows × cols+1)
// over GF(q), free variables set to zero, or false if it is inconsistent.
func solveMod(a [][]uint64, cols int, q uint64) ([]uint64, bool) {
	rows := len(a)
	pivotCol := make([]int, 0, cols)
	r := 0
	for c := 0; c < cols && r < rows; c++ {
		p := -1
		for i := r; i < rows; i++ {
			if a[i][c] != 0 {
				p = i
				break
			}
		}
		if p < 0 {
			continue
		}
		a[r], a[p] = a[p], a[r]
		inv := powMod(a[r][c], q-2, q)
		for j := c; j <= cols; j++ {
			a[r][j] = mulMod(a[r][j], inv, q)
		}
		for i := 0; i < rows; i++ {
			if i == r || a[i][c] == 0 {
				continue
			}
			f := a[i][c]
			for j := c; j <= cols; j++ {
				a[i][j] = subMod(a[i][j], mulMod(f, a[r][j], q), q)
			}
		}
		pivotCol = append(pivotCol, c)
		r++
	}
	for i := r; i < rows; i++ {
		if a[i][cols] != 0 {
			return nil, false
		}
	}
	sol := make([]uint64, cols)
	for i, c := range pivotCol {
		sol[c] = a[i][cols]
	}
	return sol, true
}

// polyDivMod divides num by the monic den over GF(q) (coefficients low to high).
func polyDivMod(num, den []uint64, q uint64) (quo, rem []uint64) {
	rem = slices.Clone(num)
	dd := len(den) - 1
	if len(num) <= dd {
		return nil, rem
	}
	quo = make([]uint64, len(num)-dd)
	for i := len(num) - 1; i >= dd; i-- {
		c := rem[i]
		quo[i-dd] = c
		if c == 0 {
			continue
		}
		for j := 0; j <= dd; j++ {
			rem[i-dd+j] = subMod(rem[i-dd+j], mulMod(c, den[j], q), q)
		}
	}
	return quo, rem[:dd]
}

func polyEval(p []uint64, x, q uint64) uint64 {
	var acc uint64
	for i := len(p) - 1; i >= 0; i-- {
		acc = addMod(mulMod(acc, x, q), p[i], q)
	}
	return acc
}

func addMod(a, b, q uint64) uint64 {
	s := a + b
	if s >= q || s < a {
		s -= q
	}
	return s
}

func subMod(a, b, q uint64) uint64 {
	if a >= b {
		return a - b
	}
	return q - b + a
}

func mulMod(a, b, q uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return bits.Rem64(hi, lo, q)
}

func powMod(a, e, q uint64) uint64 {
	r := uint64(1) % q
	for a %= q; e > 0; e >>= 1 {
		if e&1 == 1 {
			r = mulMod(r, a, q)
		}
		a = mulMod(a, a, q)
	}
	return r
}
