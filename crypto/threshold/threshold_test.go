package threshold

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// tallyCiphertext encrypts `voters` one-hot ballots over m options and sums
// them, returning the ciphertext and the expected counts.
func tallyCiphertext(tb testing.TB, c *committee, voters, m int, rng *rand.Rand) (*rlwe.Ciphertext, []uint64) {
	tb.Helper()
	eval := c.Session.cfg.Preset.NewEvaluator(nil)
	want := make([]uint64, m)
	var sum *rlwe.Ciphertext
	for v := 0; v < voters; v++ {
		choice := rng.IntN(m)
		want[choice]++
		ballot := make([]uint64, m)
		ballot[choice] = 1
		ct := c.encrypt(tb, ballot)
		if sum == nil {
			sum = ct
			continue
		}
		if err := eval.Add(sum, ct, sum); err != nil {
			tb.Fatal(err)
		}
	}
	return sum, want
}

// subsets returns up to limit t-subsets of 1..n (all if there are fewer),
// always including the first and last in lexicographic order.
func subsets(n, t, limit int, rng *rand.Rand) [][]int {
	var all [][]int
	var rec func(start int, cur []int)
	rec = func(start int, cur []int) {
		if len(cur) == t {
			all = append(all, slices.Clone(cur))
			return
		}
		for i := start; i <= n; i++ {
			rec(i+1, append(cur, i))
		}
	}
	rec(1, nil)
	if len(all) <= limit {
		return all
	}
	picked := [][]int{all[0], all[len(all)-1]}
	for _, i := range rng.Perm(len(all) - 2)[:limit-2] {
		picked = append(picked, all[i+1])
	}
	return picked
}

func TestThresholdDecryption(t *testing.T) {
	cases := []struct {
		preset string
		n, t   int
	}{
		{"dev", 3, 2}, {"dev", 5, 3}, {"dev", 7, 4}, {"dev", 10, 7}, {"standard", 5, 3},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%s/n=%d,t=%d", tc.preset, tc.n, tc.t), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(tc.n), uint64(tc.t)))
			c := newCommittee(t, tc.preset, tc.n, tc.t, 1)
			ct, want := tallyCiphertext(t, c, 20, 4, rng)
			all := make([]int, tc.n)
			for i := range all {
				all[i] = i + 1
			}
			shares := c.decryptionShares(t, ct, 0, all...)
			byIndex := func(idx []int) []*DecryptionShare {
				var out []*DecryptionShare
				for _, i := range idx {
					out = append(out, shares[i-1])
				}
				return out
			}

			t.Run("every t-subset decrypts", func(t *testing.T) {
				for _, set := range subsets(tc.n, tc.t, 40, rng) {
					res, err := c.Session.Combine(ct, 0, byIndex(set))
					if err != nil {
						t.Fatalf("subset %v: %v", set, err)
					}
					if !slices.Equal(res.Values[:4], want) || !slices.Equal(res.Used, set) {
						t.Fatalf("subset %v: got %v (used %v), want %v", set, res.Values[:4], res.Used, want)
					}
					for _, v := range res.Values[4:] {
						if v != 0 {
							t.Fatalf("subset %v: non-zero slot beyond the ballot", set)
						}
					}
				}
			})

			t.Run("t-1 shares refused, and forced math is wrong", func(t *testing.T) {
				few := byIndex(all[:tc.t-1])
				if _, err := c.Session.Combine(ct, 0, few); !errors.Is(err, ErrNotEnoughShares) {
					t.Fatalf("want ErrNotEnoughShares, got %v", err)
				}
				if tc.t == 1 {
					return
				}
				pt := c.Session.combine(ct, few)
				got := decodeValues(t, c, pt)
				if slices.Equal(got[:4], want) {
					t.Fatalf("t-1 shares decrypted correctly: %v", got[:4])
				}
			})

			t.Run("one corrupted share among t+2 is named", func(t *testing.T) {
				if tc.t+2 > tc.n {
					t.Skipf("n=%d < t+2", tc.n)
				}
				set := all[:tc.t+2]
				bad := set[rng.IntN(len(set))]
				used := byIndex(set)
				forged := *used[slices.Index(set, bad)]
				forged.Value = *forged.Value.CopyNew()
				forged.Value.Coeffs[0][rng.IntN(len(forged.Value.Coeffs[0]))] ^= 1 // one bit of one coefficient
				used[slices.Index(set, bad)] = &forged
				res, err := c.Session.Combine(ct, 0, used)
				if err != nil {
					t.Fatal(err)
				}
				if !slices.Equal(res.Faulty, []int{bad}) || slices.Contains(res.Used, bad) {
					t.Fatalf("faulty %v used %v, want %d named and excluded", res.Faulty, res.Used, bad)
				}
				if !slices.Equal(res.Values[:4], want) {
					t.Fatalf("result %v, want %v", res.Values[:4], want)
				}
			})

			t.Run("tampered bundle rejected naming its dealer", func(t *testing.T) {
				dealer, victim := 1+rng.IntN(tc.n), 1+rng.IntN(tc.n)
				d := *c.Dealings[dealer-1]
				d.Bundles = slices.Clone(d.Bundles)
				box := slices.Clone(d.Bundles[victim-1])
				box[len(box)/2] ^= 0x40
				d.Bundles[victim-1] = box
				dealings := slices.Clone(c.Dealings)
				dealings[dealer-1] = &d
				_, err := c.Session.KeyShare(victim, c.Keys[victim-1], c.Pubs, dealings)
				var de *DealerError
				if !errors.As(err, &de) || de.Dealer != dealer || !errors.Is(err, ErrBundleAuth) {
					t.Fatalf("want DealerError naming %d with ErrBundleAuth, got %v", dealer, err)
				}
			})
		})
	}
}

func decodeValues(tb testing.TB, c *committee, pt *rlwe.Plaintext) []uint64 {
	tb.Helper()
	out := make([]uint64, c.Session.params.MaxSlots())
	if err := newEncoder(c).Decode(pt, out); err != nil {
		tb.Fatal(err)
	}
	return out
}

func TestRobustnessBound(t *testing.T) {
	// n=9, t=3: with m shares, up to ⌊(m-t)/2⌋ bad ones are identified; one
	// more is detected but not identifiable.
	c := newCommittee(t, "dev", 9, 3, 1)
	ct := c.encrypt(t, []uint64{7, 8, 9})
	all := c.decryptionShares(t, ct, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	corrupt := func(idx ...int) []*DecryptionShare {
		out := slices.Clone(all)
		for _, i := range idx {
			f := *out[i-1]
			f.Value = *f.Value.CopyNew()
			c.Session.ringQ.AtLevel(f.Level()).Add(f.Value, c.Session.ringQ.AtLevel(f.Level()).NewMonomialXi(5), f.Value)
			out[i-1] = &f
		}
		return out
	}
	for _, tc := range []struct {
		m   int
		bad []int
		ok  bool
	}{
		{m: 5, bad: []int{2}, ok: true},       // e = 1
		{m: 9, bad: []int{1, 5, 9}, ok: true}, // e = 3
		{m: 4, bad: []int{4}, ok: false},      // e = 0: detected only
		{m: 7, bad: []int{1, 2, 3}, ok: false},
	} {
		shares := corrupt(tc.bad...)[:tc.m]
		res, err := c.Session.Combine(ct, 0, shares)
		if !tc.ok {
			if !errors.Is(err, ErrInconsistent) {
				t.Fatalf("m=%d bad=%v: want ErrInconsistent, got %v", tc.m, tc.bad, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("m=%d bad=%v: %v", tc.m, tc.bad, err)
		}
		if !slices.Equal(res.Faulty, tc.bad) || !slices.Equal(res.Values[:3], []uint64{7, 8, 9}) {
			t.Fatalf("m=%d: faulty %v values %v", tc.m, res.Faulty, res.Values[:3])
		}
	}
}

func TestNoiseShareSingleUse(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 2)
	ct1, ct2 := c.encrypt(t, []uint64{1}), c.encrypt(t, []uint64{2})
	ks := c.Shares[0]
	a, err := c.Session.DecryptionShare(ks, ct1, 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Session.DecryptionShare(ks, ct1, 0)
	if err != nil {
		t.Fatal(err)
	}
	ab, _ := a.MarshalBinary()
	bb, _ := b.MarshalBinary()
	if !slices.Equal(ab, bb) {
		t.Fatal("decryption share is not deterministic")
	}
	if _, err := c.Session.DecryptionShare(ks, ct2, 0); !errors.Is(err, ErrNoiseReused) {
		t.Fatalf("second ciphertext under the same noise: want ErrNoiseReused, got %v", err)
	}
	if _, err := c.Session.DecryptionShare(ks, ct2, 1); err != nil {
		t.Fatalf("second noise share: %v", err)
	}
	if _, err := c.Session.DecryptionShare(ks, ct2, 2); !errors.Is(err, ErrStage) {
		t.Fatalf("third decryption with K=2: want ErrStage, got %v", err)
	}
	// The use record survives a store round trip.
	raw, err := ks.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back KeyShare
	if err := back.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Session.DecryptionShare(&back, ct2, 0); !errors.Is(err, ErrNoiseReused) {
		t.Fatalf("after reload: want ErrNoiseReused, got %v", err)
	}
}

func TestErase(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	ks, sec := c.Shares[0], c.Secrets[0]
	ks.Erase()
	sec.Erase()
	for _, p := range append([]ringPoly{ks.S}, ks.Noise...) {
		for _, row := range p.Coeffs {
			for _, v := range row {
				if v != 0 {
					t.Fatal("secret coefficient survived Erase")
				}
			}
		}
	}
	if sec.SK != nil || sec.EphSK != nil {
		t.Fatal("dealer secret survived Erase")
	}
	if _, err := c.Session.DecryptionShare(ks, c.encrypt(t, []uint64{1}), 0); !errors.Is(err, ErrErased) {
		t.Fatalf("want ErrErased, got %v", err)
	}
	if _, err := ks.MarshalBinary(); !errors.Is(err, ErrErased) {
		t.Fatalf("marshal erased: want ErrErased, got %v", err)
	}
}

func TestSessionRejects(t *testing.T) {
	c := newCommittee(t, "dev", 4, 3, 1)
	ct := c.encrypt(t, []uint64{3})
	shares := c.decryptionShares(t, ct, 0, 1, 2, 3)

	dup := []*DecryptionShare{shares[0], shares[1], shares[1]}
	if _, err := c.Session.Combine(ct, 0, dup); !errors.Is(err, ErrIndex) {
		t.Fatalf("duplicate member: %v", err)
	}
	if _, err := c.Session.Combine(ct, 1, shares); !errors.Is(err, ErrStage) {
		t.Fatalf("wrong stage: %v", err)
	}
	other := *shares[2]
	other.E3ID++
	if _, err := c.Session.Combine(ct, 0, []*DecryptionShare{shares[0], shares[1], &other}); !errors.Is(err, ErrWrongE3) {
		t.Fatalf("share of another E3: %v", err)
	}
	// Missing and duplicated dealings name the dealer.
	_, err := c.Session.AggregatePublicKey(c.Dealings[:3])
	var de *DealerError
	if !errors.As(err, &de) || de.Dealer != 4 || !errors.Is(err, ErrMissing) {
		t.Fatalf("missing dealing: %v", err)
	}
	_, err = c.Session.AggregatePublicKey(append(slices.Clone(c.Dealings), c.Dealings[1]))
	if !errors.As(err, &de) || de.Dealer != 2 {
		t.Fatalf("duplicate dealing: %v", err)
	}
	// A bundle moved to another recipient's slot does not open.
	d := *c.Dealings[0]
	d.Bundles = slices.Clone(d.Bundles)
	d.Bundles[1], d.Bundles[2] = d.Bundles[2], d.Bundles[1]
	_, err = c.Session.KeyShare(2, c.Keys[1], c.Pubs, []*Dealing{&d, c.Dealings[1], c.Dealings[2], c.Dealings[3]})
	if !errors.As(err, &de) || de.Dealer != 1 || !errors.Is(err, ErrBundleAuth) {
		t.Fatalf("mis-addressed bundle: %v", err)
	}
	// A dealing from another E3 is refused.
	e := *c.Dealings[3]
	e.E3ID = 7
	_, err = c.Session.KeyShare(1, c.Keys[0], c.Pubs, []*Dealing{c.Dealings[0], c.Dealings[1], c.Dealings[2], &e})
	if !errors.As(err, &de) || de.Dealer != 4 || !errors.Is(err, ErrWrongE3) {
		t.Fatalf("dealing of another E3: %v", err)
	}
	if _, err := NewSession(Config{Preset: c.Session.cfg.Preset, N: 3, T: 4, Decryptions: 1}); !errors.Is(err, ErrConfig) {
		t.Fatalf("t > n: %v", err)
	}
}
