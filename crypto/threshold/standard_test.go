package threshold

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// selectFirst multiplies ct by the plaintext selector that keeps the first
// m slots, as every program must before a threshold decryption (DESIGN.md
// §5 rule 8); the selector's noise growth is part of what smudging hides.
func selectFirst(tb testing.TB, c *committee, ct *rlwe.Ciphertext, m int) {
	tb.Helper()
	sel := make([]uint64, c.Session.cfg.Preset.Slots())
	for i := range m {
		sel[i] = 1
	}
	if err := c.Session.cfg.Preset.NewEvaluator(nil).Mul(ct, sel, ct); err != nil {
		tb.Fatal(err)
	}
}

// TestStandardTally10k: 10,000 ballots on the secure preset, summed,
// selected and threshold-decrypted exactly by a 3-of-5 committee.
func TestStandardTally10k(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 encryptions on the secure preset")
	}
	const voters, options = 10_000, 5
	c := newCommittee(t, "standard", 5, 3, 1)
	rng := rand.New(rand.NewPCG(1, 2))
	sum, want := tallyCiphertext(t, c, voters, options, rng)
	selectFirst(t, c, sum, options)
	c.checkSmudgingMargin(t, sum)
	res, err := c.Session.Combine(sum, 0, c.decryptionShares(t, sum, 0, 2, 4, 5))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Values[:options], want) {
		t.Fatalf("got %v, want %v", res.Values[:options], want)
	}
}

// TestStandardMillionInputCapacity stands in for a sum of 10^6 ballots:
// multiplying one ballot by 10^6 scales its noise by 10^6, more than the
// ~10^3 growth of a sum of 10^6 fresh encryptions plus its carry term
// (< 10^6). The released slots must still be exact and the smudging bound
// must still hide that noise with 40 bits of statistical security.
func TestStandardMillionInputCapacity(t *testing.T) {
	const k = 1_000_000
	c := newCommittee(t, "standard", 5, 3, 1)
	ct := c.encrypt(t, []uint64{1, 0, 1})
	if err := c.Session.cfg.Preset.NewEvaluator(nil).Mul(ct, uint64(k), ct); err != nil {
		t.Fatal(err)
	}
	selectFirst(t, c, ct, 3)
	c.checkSmudgingMargin(t, ct)
	res, err := c.Session.Combine(ct, 0, c.decryptionShares(t, ct, 0, 1, 2, 3))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Values[:3], []uint64{k, 0, k}) {
		t.Fatalf("got %v", res.Values[:3])
	}
}
