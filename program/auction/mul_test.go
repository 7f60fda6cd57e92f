package auction_test

import (
	"math/rand/v2"
	"testing"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program/auction"
	"github.com/ciphernet/ciphernet/program/internal/e3test"
)

// TestStandardPresetNoise runs the deepest configuration on the 128-bit
// "mul" preset — second price (C·(C−1) times the product of the maximum
// number of masks), 1,024 levels, with a tie and an invalid bid — and checks
// the result and that every stage's output noise stays below the smudging
// bound with the preset's 40 bits of statistical security.
func TestStandardPresetNoise(t *testing.T) {
	if testing.Short() {
		t.Skip("logN=14 preset with rotation keys skipped in -short")
	}
	const levels = 1024
	inst := configure(t, "mul", levels, auction.Second)
	e, err := e3test.NewWithMasks(inst, 3, 2, threshold.MaxMaskContributions)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	bs := bidSet{bids: make([]int, 9), invalid: map[int][]uint64{4: {1, 1, 0, 1}}}
	for i := range bs.bids {
		bs.bids[i] = 1 + rng.IntN(levels)
	}
	bs.bids[2], bs.bids[7] = levels, levels // tie at the top level
	invalid := make([]bool, len(bs.bids))
	invalid[4] = true
	got, run, _ := runAuction(t, e, levels, bs)
	want := reference(bs.bids, invalid, true)
	if !equalResults(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for k, out := range run.Outputs {
		margin := e.SmudgingMargin(out)
		t.Logf("stage %d: noise 2^%.1f at level %d, smudging margin %.1f bits", k, e.NoiseLog2(out), out.Level(), margin)
		if margin < 0 {
			t.Fatalf("stage %d: smudging bound short by %.1f bits", k, -margin)
		}
	}
}
