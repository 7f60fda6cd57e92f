package threshold

import (
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// LocalCommittee runs key generation for every member of a committee in
// one process. It exists for tests, benchmarks and the cryptographic floor
// of `ciphernet bench`; a real deployment never holds every member's
// secrets in one place, and nothing in the node uses this type.
type LocalCommittee struct {
	Session  *Session
	Keys     []*TransportKey
	Pubs     []TransportPublicKey
	Dealings []*Dealing
	Secrets  []*DealerSecret
	Shares   []*KeyShare
	PK       *rlwe.PublicKey
}

// NewLocalCommittee runs transport-key generation, dealing, public-key
// aggregation and key-share derivation for all n members of cfg.
func NewLocalCommittee(cfg Config) (*LocalCommittee, error) {
	s, err := NewSession(cfg)
	if err != nil {
		return nil, err
	}
	c := &LocalCommittee{Session: s}
	for range cfg.N {
		key, err := GenerateTransportKey(nil)
		if err != nil {
			return nil, err
		}
		c.Keys = append(c.Keys, key)
		c.Pubs = append(c.Pubs, key.Public())
	}
	for i := 1; i <= cfg.N; i++ {
		d, sec, err := s.Deal(i, c.Keys[i-1], c.Pubs, nil)
		if err != nil {
			return nil, err
		}
		c.Dealings = append(c.Dealings, d)
		c.Secrets = append(c.Secrets, sec)
	}
	if c.PK, err = s.AggregatePublicKey(c.Dealings); err != nil {
		return nil, err
	}
	for j := 1; j <= cfg.N; j++ {
		ks, err := s.KeyShare(j, c.Keys[j-1], c.Pubs, c.Dealings)
		if err != nil {
			return nil, err
		}
		c.Shares = append(c.Shares, ks)
	}
	return c, nil
}

// Encryptor returns an encryptor under the committee's public key.
func (c *LocalCommittee) Encryptor() *bfv.Encryptor {
	return bfv.NewEncryptor(c.Session.cfg.Preset, c.PK)
}

// DecryptionShares returns decryption k's shares of the given members
// (1-based indexes).
func (c *LocalCommittee) DecryptionShares(ct *rlwe.Ciphertext, k int, members ...int) ([]*DecryptionShare, error) {
	out := make([]*DecryptionShare, 0, len(members))
	for _, j := range members {
		if err := c.Session.checkIndex(j); err != nil {
			return nil, err
		}
		d, err := c.Session.DecryptionShare(c.Shares[j-1], ct, k)
		if err != nil {
			return nil, fmt.Errorf("member %d: %w", j, err)
		}
		out = append(out, d)
	}
	return out, nil
}

// RelinearizationKey runs both relinearization rounds among all members.
func (c *LocalCommittee) RelinearizationKey() (*rlwe.RelinearizationKey, error) {
	r1, err := c.Session.AggregateRelinRound1(c.Dealings)
	if err != nil {
		return nil, err
	}
	r2 := make([]*RelinShare, 0, len(c.Secrets))
	for _, sec := range c.Secrets {
		sh, err := c.Session.RelinRound2(sec, r1)
		if err != nil {
			return nil, err
		}
		r2 = append(r2, sh)
	}
	return c.Session.RelinearizationKey(r1, r2)
}
