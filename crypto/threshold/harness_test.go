package threshold

import (
	"crypto/rand"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// committee is an in-memory run of key generation for tests: every member's
// transport key, dealing, dealer secret and key share.
type committee struct {
	s        *Session
	keys     []*TransportKey
	pubs     []TransportPublicKey
	dealings []*Dealing
	secrets  []*DealerSecret
	shares   []*KeyShare
	pk       *rlwe.PublicKey
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
	s, err := NewSession(Config{Preset: p, E3ID: 42, N: n, T: t, Decryptions: k, Seed: seed})
	if err != nil {
		tb.Fatal(err)
	}
	c := &committee{s: s}
	for i := 0; i < n; i++ {
		key, err := GenerateTransportKey(nil)
		if err != nil {
			tb.Fatal(err)
		}
		c.keys = append(c.keys, key)
		c.pubs = append(c.pubs, key.Public())
	}
	for i := 1; i <= n; i++ {
		d, sec, err := s.Deal(i, c.keys[i-1], c.pubs, nil)
		if err != nil {
			tb.Fatal(err)
		}
		c.dealings = append(c.dealings, d)
		c.secrets = append(c.secrets, sec)
	}
	if c.pk, err = s.AggregatePublicKey(c.dealings); err != nil {
		tb.Fatal(err)
	}
	for j := 1; j <= n; j++ {
		ks, err := s.KeyShare(j, c.keys[j-1], c.pubs, c.dealings)
		if err != nil {
			tb.Fatal(err)
		}
		c.shares = append(c.shares, ks)
	}
	return c
}

// decryptionShares returns the shares of the given members (1-based).
func (c *committee) decryptionShares(tb testing.TB, ct *rlwe.Ciphertext, k int, members ...int) []*DecryptionShare {
	tb.Helper()
	var out []*DecryptionShare
	for _, j := range members {
		d, err := c.s.DecryptionShare(c.shares[j-1], ct, k)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}

func (c *committee) encrypt(tb testing.TB, values []uint64) *rlwe.Ciphertext {
	tb.Helper()
	ct, err := bfv.NewEncryptor(c.s.cfg.Preset, c.pk).Encrypt(values)
	if err != nil {
		tb.Fatal(err)
	}
	return ct
}

type ringPoly = ring.Poly

func newEncoder(c *committee) *bgv.Encoder { return bgv.NewEncoder(c.s.params) }
