package threshold

import (
	"crypto/rand"
	"math"
	"math/big"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// committee wraps LocalCommittee with test-fatal helpers.
type committee struct {
	*LocalCommittee
}

func newCommittee(tb testing.TB, preset string, n, t, k int) *committee {
	tb.Helper()
	p, err := bfv.Lookup(preset)
	if err != nil {
		tb.Fatal(err)
	}
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		tb.Fatal(err)
	}
	lc, err := NewLocalCommittee(Config{Preset: p, E3ID: 42, N: n, T: t, Decryptions: k, Seed: seed})
	if err != nil {
		tb.Fatal(err)
	}
	return &committee{LocalCommittee: lc}
}

func (c *committee) decryptionShares(tb testing.TB, ct *rlwe.Ciphertext, k int, members ...int) []*DecryptionShare {
	tb.Helper()
	out, err := c.DecryptionShares(ct, k, members...)
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func (c *committee) encrypt(tb testing.TB, values []uint64) *rlwe.Ciphertext {
	tb.Helper()
	ct, err := c.Encryptor().Encrypt(values)
	if err != nil {
		tb.Fatal(err)
	}
	return ct
}

func (c *committee) relinKey(tb testing.TB) *rlwe.RelinearizationKey {
	tb.Helper()
	rlk, err := c.RelinearizationKey()
	if err != nil {
		tb.Fatal(err)
	}
	return rlk
}

type ringPoly = ring.Poly

func newEncoder(c *committee) *bgv.Encoder { return bgv.NewEncoder(c.Session.params) }

// noiseLog2 measures log2 of the largest noise coefficient of ct, using the
// full secret s = Σ s_i reconstructed from the dealer secrets (possible only
// in tests, where one process holds every member's secret). Lattigo's BFV
// plaintext is T^{-1}·m + e mod Q, so T·(c0 + c1·s) = m + T·e and
// |e| ≈ |T·(c0+c1·s)| / T.
func (c *committee) noiseLog2(tb testing.TB, ct *rlwe.Ciphertext) float64 {
	tb.Helper()
	params := c.Session.params
	sk := rlwe.NewSecretKey(params)
	for _, sec := range c.Secrets {
		params.RingQP().Add(sk.Value, sec.SK.Value, sk.Value)
	}
	pt := rlwe.NewDecryptor(params, sk).DecryptNew(ct)
	rq := params.RingQ().AtLevel(ct.Level())
	rq.INTT(pt.Value, pt.Value)
	rq.MulScalar(pt.Value, params.PlaintextModulus(), pt.Value)
	coeffs := make([]*big.Int, params.N())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	rq.PolyToBigintCentered(pt.Value, 1, coeffs)
	maxBits := 0
	for _, v := range coeffs {
		maxBits = max(maxBits, v.BitLen())
	}
	return float64(maxBits) - math.Log2(float64(params.PlaintextModulus()))
}

// checkSmudgingMargin fails if the smudging bound B of a secure preset does
// not exceed the ciphertext noise by the 40 + log2(N) bits the preset's
// statistical-security claim needs.
func (c *committee) checkSmudgingMargin(tb testing.TB, ct *rlwe.Ciphertext) {
	tb.Helper()
	p := c.Session.cfg.Preset
	noise := c.noiseLog2(tb, ct)
	need := noise + float64(p.StatSecurityBits) + float64(p.Params().LogN())
	tb.Logf("%s: noise 2^%.1f at level %d, smudging 2^%d, needed 2^%.1f", p.Name, noise, ct.Level(), p.LogSmudge, need)
	if !p.Insecure && need > float64(p.LogSmudge) {
		tb.Fatalf("smudging bound 2^%d below the 2^%.1f needed for %d-bit statistical security", p.LogSmudge, need, p.StatSecurityBits)
	}
}
