package threshold

import (
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// ErrNoRelinearization means the preset does not multiply, so there is no
// relinearization key to generate.
var ErrNoRelinearization = fmt.Errorf("%w: preset has no relinearization key", ErrConfig)

// RelinShare is member i's second-round relinearization-key share.
type RelinShare struct {
	Preset *bfv.Preset
	E3ID   uint64
	Dealer int
	Share  multiparty.RelinearizationKeyGenShare
}

// AggregateRelinRound1 sums the first-round shares of all n dealings. Every
// member computes it to produce its second-round share, and anyone can, to
// assemble the key.
func (s *Session) AggregateRelinRound1(dealings []*Dealing) (*multiparty.RelinearizationKeyGenShare, error) {
	if s.rlkCRP == nil {
		return nil, ErrNoRelinearization
	}
	ordered, err := s.allDealers(dealings)
	if err != nil {
		return nil, fmt.Errorf("threshold: relinearization round 1: %w", err)
	}
	rkg := multiparty.NewRelinearizationKeyGenProtocol(s.params)
	_, sum, _ := rkg.AllocateShare()
	for _, d := range ordered {
		rkg.AggregateShares(sum, *d.RelinRound1, &sum)
	}
	return &sum, nil
}

// RelinRound2 computes member sec.Dealer's second-round share from its
// dealer secret and the aggregated first round.
func (s *Session) RelinRound2(sec *DealerSecret, round1 *multiparty.RelinearizationKeyGenShare) (*RelinShare, error) {
	if s.rlkCRP == nil {
		return nil, ErrNoRelinearization
	}
	if sec == nil || sec.SK == nil || sec.EphSK == nil {
		return nil, fmt.Errorf("threshold: relinearization round 2: %w", ErrErased)
	}
	if sec.E3ID != s.cfg.E3ID {
		return nil, fmt.Errorf("threshold: relinearization round 2: %w", ErrWrongE3)
	}
	rkg := multiparty.NewRelinearizationKeyGenProtocol(s.params)
	_, _, r2 := rkg.AllocateShare()
	rkg.GenShareRoundTwo(sec.EphSK, sec.SK, *round1, &r2)
	canonicalGadget(s.params, &r2.GadgetCiphertext)
	return &RelinShare{Preset: s.cfg.Preset, E3ID: s.cfg.E3ID, Dealer: sec.Dealer, Share: r2}, nil
}

// canonicalGadget reduces every coefficient of g into [0, q): Lattigo's
// share generation can leave lazily reduced values in [0, 2q), which the
// strict decoder of every receiver (and verifier) refuses. A share is
// canonicalised before it leaves its author; the values mod q are
// unchanged.
func canonicalGadget(params rlwe.ParameterProvider, g *rlwe.GadgetCiphertext) {
	rqp := params.GetRLWEParameters().RingQP()
	for _, row := range g.Value {
		for _, vec := range row {
			for k := range vec {
				rqp.AtLevel(vec[k].Q.Level(), vec[k].P.Level()).Reduce(vec[k], vec[k])
			}
		}
	}
}

// RelinearizationKey assembles the key from the aggregated first round and
// all n second-round shares.
func (s *Session) RelinearizationKey(round1 *multiparty.RelinearizationKeyGenShare, round2 []*RelinShare) (*rlwe.RelinearizationKey, error) {
	if s.rlkCRP == nil {
		return nil, ErrNoRelinearization
	}
	seen := make([]bool, s.cfg.N+1)
	rkg := multiparty.NewRelinearizationKeyGenProtocol(s.params)
	_, _, sum := rkg.AllocateShare()
	for _, sh := range round2 {
		if sh == nil {
			return nil, fmt.Errorf("threshold: relinearization key: %w: nil share", ErrMissing)
		}
		if sh.E3ID != s.cfg.E3ID || sh.Preset != s.cfg.Preset {
			return nil, fmt.Errorf("threshold: relinearization key: %w", &DealerError{Dealer: sh.Dealer, Err: ErrWrongE3})
		}
		if err := s.checkIndex(sh.Dealer); err != nil || seen[sh.Dealer] {
			return nil, fmt.Errorf("threshold: relinearization key: %w", &DealerError{Dealer: sh.Dealer, Err: ErrIndex})
		}
		seen[sh.Dealer] = true
		rkg.AggregateShares(sum, sh.Share, &sum)
	}
	for i := 1; i <= s.cfg.N; i++ {
		if !seen[i] {
			return nil, fmt.Errorf("threshold: relinearization key: %w", &DealerError{Dealer: i, Err: ErrMissing})
		}
	}
	rlk := rlwe.NewRelinearizationKey(s.params)
	rkg.GenRelinearizationKey(*round1, sum, rlk)
	return rlk, nil
}
