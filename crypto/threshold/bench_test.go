package threshold

import (
	"fmt"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// Benchmarks pair each operation of this package with the raw Lattigo
// operations it wraps, timed in the same run, so that docs/BENCHMARKS.md can
// report ratios rather than machine-dependent absolute times:
//
//	Deal            vs LattigoCKGThresholdizer (CKG share + one Shamir polynomial
//	                   and n evaluations for s_i and each noise polynomial)
//	DecryptionShare vs LattigoKeySwitchGenShare
//	Combine         vs LattigoKeySwitchDecrypt (aggregate t shares, KeySwitch,
//	                   Decrypt, Decode)
//	KeyAggregation  (AggregatePublicKey + KeyShare) has no single Lattigo
//	                   counterpart; it is reported in absolute terms.
var benchCommittees = []struct{ n, t int }{{5, 3}, {10, 6}}

const benchPreset = "standard"

func benchName(n, t int) string { return fmt.Sprintf("%s/n=%d,t=%d", benchPreset, n, t) }

func BenchmarkDeal(b *testing.B) {
	for _, nt := range benchCommittees {
		b.Run(benchName(nt.n, nt.t), func(b *testing.B) {
			c := newCommittee(b, benchPreset, nt.n, nt.t, 1)
			b.ResetTimer()
			for b.Loop() {
				if _, _, err := c.Session.Deal(1, c.Keys[0], c.Pubs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLattigoCKGThresholdizer(b *testing.B) {
	for _, nt := range benchCommittees {
		b.Run(benchName(nt.n, nt.t), func(b *testing.B) {
			c := newCommittee(b, benchPreset, nt.n, nt.t, 1)
			params := c.Session.params
			const secrets = 2 // s_i and one noise polynomial (K = 1)
			b.ResetTimer()
			for b.Loop() {
				sk := bgv.NewKeyGenerator(params).GenSecretKeyNew()
				ckg := multiparty.NewPublicKeyGenProtocol(params)
				share := ckg.AllocateShare()
				ckg.GenShare(sk, c.Session.pkCRP, &share)
				thr := multiparty.NewThresholdizer(params)
				out := thr.AllocateThresholdSecretShare()
				for range secrets {
					poly, err := thr.GenShamirPolynomial(nt.t, sk)
					if err != nil {
						b.Fatal(err)
					}
					for j := 1; j <= nt.n; j++ {
						thr.GenShamirSecretShare(multiparty.ShamirPublicPoint(j), poly, &out)
					}
				}
			}
		})
	}
}

func BenchmarkKeyAggregation(b *testing.B) {
	for _, nt := range benchCommittees {
		b.Run(benchName(nt.n, nt.t), func(b *testing.B) {
			c := newCommittee(b, benchPreset, nt.n, nt.t, 1)
			b.ResetTimer()
			for b.Loop() {
				if _, err := c.Session.AggregatePublicKey(c.Dealings); err != nil {
					b.Fatal(err)
				}
				if _, err := c.Session.KeyShare(1, c.Keys[0], c.Pubs, c.Dealings); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchCiphertext is a fresh encryption under the committee key, switched
// to the decryption level as program.Execute leaves every output.
func benchCiphertext(b *testing.B, c *committee) *rlwe.Ciphertext {
	ct := c.encrypt(b, []uint64{1, 2, 3})
	if err := c.Session.cfg.Preset.ModSwitchForDecryption(ct, c.Session.cfg.N); err != nil {
		b.Fatal(err)
	}
	return ct
}

func BenchmarkDecryptionShare(b *testing.B) {
	c := newCommittee(b, benchPreset, 5, 3, 1)
	ct := benchCiphertext(b, c)
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Session.DecryptionShare(c.Shares[0], ct, 0); err != nil {
			b.Fatal(err)
		}
	}
}

// keySwitchSetup is Lattigo's own threshold decryption for the floor: a
// key-switch to the zero key with a 2^30 flooding noise, on the same
// ciphertext the package's own benchmarks decrypt.
func keySwitchSetup(b *testing.B) (bgv.Parameters, *rlwe.Ciphertext, multiparty.KeySwitchProtocol, *rlwe.SecretKey) {
	c := newCommittee(b, benchPreset, 5, 3, 1)
	ct := benchCiphertext(b, c)
	params := c.Session.params
	cks, err := multiparty.NewKeySwitchProtocol(params, ring.DiscreteGaussian{Sigma: 1 << 30, Bound: 6 << 30})
	if err != nil {
		b.Fatal(err)
	}
	return params, ct, cks, rlwe.NewSecretKey(params)
}

func BenchmarkLattigoKeySwitchGenShare(b *testing.B) {
	params, ct, cks, zero := keySwitchSetup(b)
	sk := bgv.NewKeyGenerator(params).GenSecretKeyNew()
	share := cks.AllocateShare(ct.Level())
	b.ResetTimer()
	for b.Loop() {
		cks.GenShare(sk, zero, ct, &share)
	}
}

func BenchmarkCombine(b *testing.B) {
	for _, m := range []int{3, 5} {
		b.Run(fmt.Sprintf("%s/t=3,shares=%d", benchPreset, m), func(b *testing.B) {
			c := newCommittee(b, benchPreset, 5, 3, 1)
			ct := benchCiphertext(b, c)
			shares := c.decryptionShares(b, ct, 0, []int{1, 2, 3, 4, 5}[:m]...)
			b.ResetTimer()
			for b.Loop() {
				if _, err := c.Session.Combine(ct, 0, shares); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkLattigoKeySwitchDecrypt(b *testing.B) {
	params, ct, cks, zero := keySwitchSetup(b)
	shares := make([]multiparty.KeySwitchShare, 3)
	for i := range shares {
		shares[i] = cks.AllocateShare(ct.Level())
		cks.GenShare(bgv.NewKeyGenerator(params).GenSecretKeyNew(), zero, ct, &shares[i])
	}
	dec := rlwe.NewDecryptor(params, zero)
	enc := bgv.NewEncoder(params)
	values := make([]uint64, params.MaxSlots())
	b.ResetTimer()
	for b.Loop() {
		sum := cks.AllocateShare(ct.Level())
		for _, sh := range shares {
			if err := cks.AggregateShares(sum, sh, &sum); err != nil {
				b.Fatal(err)
			}
		}
		out := rlwe.NewCiphertext(params, 1, ct.Level())
		cks.KeySwitch(ct, sum, out)
		if err := enc.Decode(dec.DecryptNew(out), values); err != nil {
			b.Fatal(err)
		}
	}
}
