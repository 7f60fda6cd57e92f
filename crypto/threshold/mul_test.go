package threshold

import (
	"testing"
)

// TestMultiplicativeDepth checks the depth each multiplying preset
// promises: x^8 = ((x^2)^2)^2 with the committee's relinearization key,
// then the plaintext selector that zeroes unused slots, then rescaling to
// the lowest decryptable level and a threshold decryption.
func TestMultiplicativeDepth(t *testing.T) {
	for _, preset := range []string{"dev", "mul"} {
		t.Run(preset, func(t *testing.T) {
			if testing.Short() && preset == "mul" {
				t.Skip("logN=14 preset skipped in -short")
			}
			c := newCommittee(t, preset, 3, 2, 1)
			p := c.Session.cfg.Preset
			eval := p.NewEvaluator(c.relinKey(t))
			T := p.PlaintextModulus()
			xs := []uint64{2, 3, 5, 7}
			x := c.encrypt(t, xs)
			acc := x
			for d := 0; d < p.Depth; d++ {
				next, err := eval.MulRelinNew(acc, acc)
				if err != nil {
					t.Fatal(err)
				}
				acc = next
			}
			selector := make([]uint64, p.Slots())
			for i := range xs[:3] {
				selector[i] = 1
			}
			if err := eval.Mul(acc, selector, acc); err != nil {
				t.Fatal(err)
			}
			if err := p.ModSwitchForDecryption(acc, c.Session.cfg.N); err != nil {
				t.Fatal(err)
			}
			if acc.Level() != c.Session.MinDecryptionLevel() {
				t.Fatalf("level %d after modulus switching, want %d", acc.Level(), c.Session.MinDecryptionLevel())
			}
			c.checkSmudgingMargin(t, acc)
			res, err := c.Session.Combine(acc, 0, c.decryptionShares(t, acc, 0, 1, 3))
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range xs {
				want := uint64(1)
				for e := 0; e < 1<<p.Depth; e++ {
					want = want * v % T
				}
				if i == 3 {
					want = 0 // cut by the selector
				}
				if res.Values[i] != want {
					t.Fatalf("slot %d: got %d, want %d^%d mod T = %d (level %d)", i, res.Values[i], v, 1<<p.Depth, want, acc.Level())
				}
			}
			t.Logf("%s: depth %d decrypted at level %d", preset, p.Depth, acc.Level())
		})
	}
}
