package threshold

import (
	"math/big"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// TestColludersCannotCertify reproduces the attack on uncertified robust
// decoding: t-1 colluders shift their shares by Δ·L(x)/L(0), where L
// vanishes at t-1 honest indexes, so that every share but one honest
// member's fits a polynomial whose constant term decrypts to a forged
// result. Decoding then lands on the forgery and blames the honest member —
// which is why such a result must not be Certified. With enough shares
// (at least 2t-1 agreeing) the same colluders cannot win.
func TestColludersCannotCertify(t *testing.T) {
	c := newCommittee(t, "dev", 10, 7, 1)
	ct := c.encrypt(t, []uint64{10, 20, 30})
	all := c.decryptionShares(t, ct, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)

	honestZeros := []int{2, 3, 4, 5, 6, 7} // L vanishes here
	colluders := []int{8, 9, 10}
	params := c.Session.params
	rq := c.Session.ringQ.AtLevel(ct.Level())
	Q := rq.Modulus()

	// Δ: the plaintext polynomial of [5, 0, ...] in the ciphertext's domain.
	delta := bgv.NewPlaintext(params, ct.Level())
	*delta.MetaData = *ct.MetaData
	if err := bgv.NewEncoder(params).Encode([]uint64{5}, delta); err != nil {
		t.Fatal(err)
	}
	L := func(x int64) *big.Int {
		v := big.NewInt(1)
		for _, h := range honestZeros {
			v.Mul(v, big.NewInt(x-int64(h)))
		}
		return v.Mod(v, Q)
	}
	invL0 := new(big.Int).ModInverse(L(0), Q)
	forged := slices.Clone(all)
	for _, i := range colluders {
		f := *all[i-1]
		f.Value = *f.Value.CopyNew()
		coef := new(big.Int).Mul(L(int64(i)), invL0)
		rq.MulScalarBigintThenAdd(delta.Value, coef.Mod(coef, Q), f.Value)
		forged[i-1] = &f
	}
	res, err := c.Session.Combine(ct, 0, forged)
	if err == nil {
		if res.Certified {
			t.Fatalf("forged result certified: values %v faulty %v", res.Values[:3], res.Faulty)
		}
		t.Logf("uncertified decoding: values %v, blamed %v (honest) — a node must not publish this", res.Values[:3], res.Faulty)
	}

	// Certification is sound: over many corruptions, a certified result is
	// always the true plaintext. n=9, t=3: one bad share among 9 leaves 8 ≥ 2t-1.
	c2 := newCommittee(t, "dev", 9, 3, 1)
	ct2 := c2.encrypt(t, []uint64{4, 5, 6})
	shares := c2.decryptionShares(t, ct2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	for bad := 1; bad <= 9; bad++ {
		s := slices.Clone(shares)
		f := *s[bad-1]
		f.Value = *f.Value.CopyNew()
		f.Value.Coeffs[0][bad] ^= 1
		s[bad-1] = &f
		res, err := c2.Session.Combine(ct2, 0, s)
		if err != nil {
			t.Fatal(err)
		}
		if !res.Certified || !slices.Equal(res.Faulty, []int{bad}) || !slices.Equal(res.Values[:3], []uint64{4, 5, 6}) {
			t.Fatalf("bad=%d: certified %v faulty %v values %v", bad, res.Certified, res.Faulty, res.Values[:3])
		}
	}
	// Exactly t shares are never certified.
	res, err = c2.Session.Combine(ct2, 0, shares[:3])
	if err != nil || res.Certified {
		t.Fatalf("t shares: certified=%v err=%v", res != nil && res.Certified, err)
	}
}

// TestReleasedNoiseIsSmudged reconstructs the noise a decryption released,
// E = (c0 + Σ λ_j d_j) − (c0 + c1·s), and checks that it is as large as the
// dealt smudging (each of n dealers draws from [−B, B)) and that two
// decryptions use independent noise. Without it, removing the noise from
// decryption shares would leave every other test green.
func TestReleasedNoiseIsSmudged(t *testing.T) {
	const n = 5
	c := newCommittee(t, "standard", n, 3, 2)
	params := c.Session.params
	sk := rlwe.NewSecretKey(params)
	for _, sec := range c.Secrets {
		params.RingQP().Add(sk.Value, sec.SK.Value, sk.Value)
	}
	var released [][]*big.Int
	for k := range 2 {
		ct := c.encrypt(t, []uint64{uint64(k + 1)})
		if err := c.Session.cfg.Preset.ModSwitchForDecryption(ct, n); err != nil {
			t.Fatal(err)
		}
		rq := params.RingQ().AtLevel(ct.Level())
		combined := c.Session.combine(ct, c.decryptionShares(t, ct, k, 1, 3, 5))
		exact := rlwe.NewDecryptor(params, sk).DecryptNew(ct)
		e := rq.NewPoly()
		rq.Sub(combined.Value, exact.Value, e)
		rq.INTT(e, e)
		coeffs := make([]*big.Int, params.N())
		for i := range coeffs {
			coeffs[i] = new(big.Int)
		}
		rq.PolyToBigintCentered(e, 1, coeffs)
		maxBits := 0
		for _, v := range coeffs {
			maxBits = max(maxBits, v.BitLen())
		}
		logB := c.Session.cfg.Preset.LogSmudge
		if maxBits < logB || maxBits > logB+3 { // sum of n=5 uniform draws from [-B, B)
			t.Fatalf("decryption %d released noise of %d bits, want about %d", k, maxBits, logB+2)
		}
		released = append(released, coeffs)
	}
	same := 0
	for i := range released[0] {
		if released[0][i].Cmp(released[1][i]) == 0 {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("%d coefficients of two decryptions' noise coincide", same)
	}
}
