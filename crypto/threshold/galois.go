package threshold

import (
	"fmt"
	"strconv"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// Galois (rotation) keys. Programs that move values between slots (the
// auction's per-bidder indicators, inner sums for input validity) need the
// committee's Galois keys for the preset's power-of-two column rotations
// (bfv.Preset.RotationGaloisElements). Lattigo's protocol has one round:
// every member publishes, for each Galois element, a share computed from its
// dealer secret s_i and a common random polynomial; the key is the sum of
// all n shares. Like the relinearization key it is n-out-of-n and belongs to
// key generation, while every member still holds its DealerSecret.

// ErrNoRotation means the preset does not multiply, so no program on it
// rotates and there are no Galois keys to generate.
var ErrNoRotation = fmt.Errorf("%w: preset has no rotation keys", ErrConfig)

// GaloisShare is member Dealer's share of every rotation key of the preset,
// Shares[k] for GaloisElements()[k].
type GaloisShare struct {
	Preset *bfv.Preset
	E3ID   uint64
	Dealer int
	Shares []multiparty.GaloisKeyGenShare
}

// GaloisElements lists the Galois elements whose keys the session
// generates, in the order of GaloisShare.Shares; nil if the preset does not
// multiply.
func (s *Session) GaloisElements() []uint64 {
	if !s.cfg.Preset.Relinearize {
		return nil
	}
	return s.cfg.Preset.RotationGaloisElements()
}

// galoisCRPs returns one common random polynomial per Galois element, each
// from its own domain-separated stream of the E3 seed.
func (s *Session) galoisCRPs() []multiparty.GaloisKeyGenCRP {
	s.galOnce.Do(func() {
		gkg := multiparty.NewGaloisKeyGenProtocol(s.params)
		for _, el := range s.GaloisElements() {
			s.galCRP = append(s.galCRP, gkg.SampleCRP(s.crs("gal/"+strconv.FormatUint(el, 10))))
		}
	})
	return s.galCRP
}

// GaloisRound computes member sec.Dealer's shares of every rotation key from
// its dealer secret. It is deterministic given the secret and the session,
// except for the fresh key-generation errors Lattigo samples.
func (s *Session) GaloisRound(sec *DealerSecret) (*GaloisShare, error) {
	els := s.GaloisElements()
	if els == nil {
		return nil, ErrNoRotation
	}
	if sec == nil || sec.SK == nil {
		return nil, fmt.Errorf("threshold: galois round: %w", ErrErased)
	}
	if sec.E3ID != s.cfg.E3ID || sec.Preset != s.cfg.Preset {
		return nil, fmt.Errorf("threshold: galois round: %w", ErrWrongE3)
	}
	crps := s.galoisCRPs()
	gkg := multiparty.NewGaloisKeyGenProtocol(s.params)
	out := &GaloisShare{Preset: s.cfg.Preset, E3ID: s.cfg.E3ID, Dealer: sec.Dealer, Shares: make([]multiparty.GaloisKeyGenShare, len(els))}
	for k, el := range els {
		out.Shares[k] = gkg.AllocateShare()
		if err := gkg.GenShare(sec.SK, el, crps[k], &out.Shares[k]); err != nil {
			return nil, fmt.Errorf("threshold: galois round: element %d: %w", el, err)
		}
		canonicalGadget(s.params, &out.Shares[k].GadgetCiphertext)
	}
	return out, nil
}

// checkGaloisShare validates a share's envelope against the session.
func (s *Session) checkGaloisShare(sh *GaloisShare) error {
	if sh == nil {
		return fmt.Errorf("%w: nil galois share", ErrMissing)
	}
	if sh.E3ID != s.cfg.E3ID || sh.Preset != s.cfg.Preset {
		return &DealerError{Dealer: sh.Dealer, Err: ErrWrongE3}
	}
	if err := s.checkIndex(sh.Dealer); err != nil {
		return &DealerError{Dealer: sh.Dealer, Err: err}
	}
	els := s.GaloisElements()
	if len(sh.Shares) != len(els) {
		return &DealerError{Dealer: sh.Dealer, Err: fmt.Errorf("%w: %d galois shares, want %d", ErrConfig, len(sh.Shares), len(els))}
	}
	for k, el := range els {
		if sh.Shares[k].GaloisElement != el {
			return &DealerError{Dealer: sh.Dealer, Err: fmt.Errorf("%w: share %d is for galois element %d, want %d", ErrConfig, k, sh.Shares[k].GaloisElement, el)}
		}
	}
	return nil
}

// GaloisKeys assembles the rotation keys from all n members' shares. Anyone
// can run it from the published shares; a share from the wrong E3, a
// repeated or missing member is named in a DealerError.
func (s *Session) GaloisKeys(shares []*GaloisShare) ([]*rlwe.GaloisKey, error) {
	els := s.GaloisElements()
	if els == nil {
		return nil, ErrNoRotation
	}
	byDealer := make([]*GaloisShare, s.cfg.N+1)
	for _, sh := range shares {
		if err := s.checkGaloisShare(sh); err != nil {
			return nil, fmt.Errorf("threshold: galois keys: %w", err)
		}
		if byDealer[sh.Dealer] != nil {
			return nil, fmt.Errorf("threshold: galois keys: %w", &DealerError{Dealer: sh.Dealer, Err: fmt.Errorf("%w: two galois shares", ErrIndex)})
		}
		byDealer[sh.Dealer] = sh
	}
	for i := 1; i <= s.cfg.N; i++ {
		if byDealer[i] == nil {
			return nil, fmt.Errorf("threshold: galois keys: %w", &DealerError{Dealer: i, Err: ErrMissing})
		}
	}
	crps := s.galoisCRPs()
	gkg := multiparty.NewGaloisKeyGenProtocol(s.params)
	keys := make([]*rlwe.GaloisKey, len(els))
	for k := range els {
		sum := gkg.AllocateShare()
		sum.GaloisElement = els[k]
		for _, sh := range byDealer[1:] {
			if err := gkg.AggregateShares(sum, sh.Shares[k], &sum); err != nil {
				return nil, fmt.Errorf("threshold: galois keys: %w", err)
			}
		}
		keys[k] = rlwe.NewGaloisKey(s.params)
		if err := gkg.GenGaloisKey(sum, crps[k], keys[k]); err != nil {
			return nil, fmt.Errorf("threshold: galois keys: %w", err)
		}
	}
	return keys, nil
}

// GaloisKeys runs the rotation-key round among all members.
func (c *LocalCommittee) GaloisKeys() ([]*rlwe.GaloisKey, error) {
	shares := make([]*GaloisShare, 0, len(c.Secrets))
	for _, sec := range c.Secrets {
		sh, err := c.Session.GaloisRound(sec)
		if err != nil {
			return nil, err
		}
		shares = append(shares, sh)
	}
	return c.Session.GaloisKeys(shares)
}
