package threshold

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// Result is the outcome of a threshold decryption.
type Result struct {
	// Plaintext is the decrypted plaintext (NTT domain, ciphertext metadata).
	Plaintext *rlwe.Plaintext
	// Values are the decoded slots.
	Values []uint64
	// Used lists the member indexes whose shares were combined.
	Used []int
	// Faulty lists members whose shares were off the decoded polynomial
	// (only possible to find with more than t shares); evidence only when
	// Certified.
	Faulty []int
	// Certified is true when the decoded polynomial agrees with at least
	// 2t-1 shares, so the result is right if at most t-1 members are faulty.
	Certified bool
}

// Combine threshold-decrypts ct (decryption k) from at least t shares.
//
// Without proofs of correct decryption shares, what Combine can promise
// depends on how many shares it gets (m) and how many are faulty (f):
//
//   - m = t: nothing can be checked; a faulty share silently corrupts the
//     result. Result.Certified is false.
//   - m > t: Combine projects every share onto a fresh random vector per RNS
//     prime (a corruption escapes with probability about 1/q < 2^-50 per
//     prime) and Reed–Solomon-decodes the projections with Berlekamp–Welch
//     at radius e = ⌊(m-t)/2⌋. If f <= e, the plaintext is right and Faulty
//     lists exactly the faulty senders. If the shares fit no polynomial
//     within that radius, Combine returns ErrInconsistent and names nobody.
//   - Certified: the decoded polynomial agrees with at least 2t-1 shares.
//     Then at least t of those come from honest members whenever at most
//     t-1 members are faulty (the same assumption as confidentiality), so
//     the plaintext is right and the shares named in Faulty really are off
//     the honest polynomial, whatever the faulty members did. Without
//     certification, t-1 colluders who shift their shares along a
//     polynomial vanishing at honest indexes can make decoding land on a
//     wrong plaintext and name an honest member (TestColludersCannotCertify).
//
// A node must publish only a certified plaintext, and treat Faulty as
// evidence only when Certified. Even then a share can be off the polynomial
// because its member's dealer dealt it inconsistent shares (dealing is only
// passively secure), which the share alone cannot tell apart.
func (s *Session) Combine(ct *rlwe.Ciphertext, k int, shares []*DecryptionShare) (*Result, error) {
	if err := s.checkCiphertext(ct); err != nil {
		return nil, fmt.Errorf("threshold: combine: %w", err)
	}
	if k < 0 || k >= s.cfg.Decryptions {
		return nil, fmt.Errorf("threshold: combine: %w: %d of %d", ErrStage, k, s.cfg.Decryptions)
	}
	if len(shares) < s.cfg.T {
		return nil, fmt.Errorf("threshold: combine: %w: %d shares, t=%d", ErrNotEnoughShares, len(shares), s.cfg.T)
	}
	sorted, err := s.checkShares(ct, k, shares)
	if err != nil {
		return nil, fmt.Errorf("threshold: combine: %w", err)
	}
	var faulty []int
	if len(sorted) > s.cfg.T {
		if faulty, err = s.findFaulty(sorted, rand.Reader); err != nil {
			return nil, fmt.Errorf("threshold: combine: %w", err)
		}
	}
	use := make([]*DecryptionShare, 0, s.cfg.T)
	for _, sh := range sorted {
		if !slices.Contains(faulty, sh.Index) && len(use) < s.cfg.T {
			use = append(use, sh)
		}
	}
	pt := s.combine(ct, use)
	values, err := bfv.Decode(s.cfg.Preset, bgv.NewEncoder(s.params), pt)
	if err != nil {
		return nil, fmt.Errorf("threshold: combine: %w", err)
	}
	res := &Result{Plaintext: pt, Values: values, Faulty: faulty, Certified: len(sorted)-len(faulty) >= 2*s.cfg.T-1}
	for _, sh := range use {
		res.Used = append(res.Used, sh.Index)
	}
	return res, nil
}

// checkShares validates every share against ct and k and returns them
// sorted by index; indexes must be distinct members.
func (s *Session) checkShares(ct *rlwe.Ciphertext, k int, shares []*DecryptionShare) ([]*DecryptionShare, error) {
	sorted := slices.Clone(shares)
	for _, sh := range sorted {
		switch {
		case sh == nil:
			return nil, fmt.Errorf("%w: nil share", ErrMismatch)
		case sh.E3ID != s.cfg.E3ID || sh.Preset != s.cfg.Preset:
			return nil, fmt.Errorf("member %d: %w", sh.Index, ErrWrongE3)
		case sh.Stage != k:
			return nil, fmt.Errorf("member %d: %w: decryption %d, want %d", sh.Index, ErrMismatch, sh.Stage, k)
		case sh.Value.N() != s.params.N() || sh.Level() != ct.Level():
			return nil, fmt.Errorf("member %d: %w: level %d, ciphertext level %d", sh.Index, ErrMismatch, sh.Level(), ct.Level())
		}
		if err := s.checkIndex(sh.Index); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(sorted, func(a, b *DecryptionShare) int { return a.Index - b.Index })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Index == sorted[i-1].Index {
			return nil, fmt.Errorf("%w: member %d twice", ErrIndex, sorted[i].Index)
		}
	}
	return sorted, nil
}

// combine computes c0 + Σ λ_j d_j over exactly the given shares. It does not
// check their number: Combine does, and tests use this to show that t-1
// shares give garbage.
func (s *Session) combine(ct *rlwe.Ciphertext, shares []*DecryptionShare) *rlwe.Plaintext {
	level := ct.Level()
	rq := s.ringQ.AtLevel(level)
	acc := *ct.Value[0].CopyNew()
	points := make([]int, len(shares))
	for i, sh := range shares {
		points[i] = sh.Index
	}
	lambdas := lagrangeAtZero(points, rq.Modulus())
	for i, sh := range shares {
		rq.MulScalarBigintThenAdd(sh.Value, lambdas[i], acc)
	}
	pt := rlwe.NewPlaintext(s.params, level)
	pt.Value = acc
	*pt.MetaData = *ct.MetaData
	pt.IsNTT = true
	return pt
}

// lagrangeAtZero returns λ_j = Π_{m≠j} x_m / (x_m − x_j) mod Q for each
// point. Q is a product of primes far larger than any member index, so
// every difference is invertible.
func lagrangeAtZero(points []int, q *big.Int) []*big.Int {
	out := make([]*big.Int, len(points))
	num, den, tmp := new(big.Int), new(big.Int), new(big.Int)
	for i, xi := range points {
		num.SetInt64(1)
		den.SetInt64(1)
		for j, xj := range points {
			if i == j {
				continue
			}
			num.Mul(num, tmp.SetInt64(int64(xj)))
			den.Mul(den, tmp.SetInt64(int64(xj-xi)))
		}
		den.Mod(den, q)
		den.ModInverse(den, q)
		out[i] = new(big.Int).Mul(num, den)
		out[i].Mod(out[i], q)
	}
	return out
}
