package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// Evaluation keys (DESIGN.md §5.4). A program that multiplies or rotates
// needs the committee's relinearization and rotation keys. Both come from
// the dealer secrets: the relinearization key's first round travels in the
// dealings; once a member holds all n dealings it derives its second-round
// relinearization share and its rotation-key shares, publishes them as one
// "eval-share" blob (announced on the topic, pulled by hash) and keeps only
// hashes in the persisted machine. The keys are assembled in memory by
// LoadEvalKeys from the n dealings and the n eval shares the node holds by
// hash — after a restart too — before the first stage runs.
//
// The eval shares are not committed on the ledger: a member who sends
// different shares to different members makes their keys, hence their
// re-executions, differ, so no output gathers t attestations and the E3
// fails by its compute deadline. That costs liveness, never a wrong result.

// ErrEvalKeys means the stage needs evaluation keys that are not loaded.
var ErrEvalKeys = errors.New("evaluation keys not assembled")

// needsEval reports whether the program needs relinearization or rotation
// keys.
func (m *Machine) needsEval() (relin, rot bool) {
	n := program.NeedsOf(m.cfg.Program)
	return n.Relinearization, n.Rotations
}

// NeedsEvalKeys reports whether the E3's program needs the committee's
// evaluation keys.
func (m *Machine) NeedsEvalKeys() bool {
	relin, rot := m.needsEval()
	return relin || rot
}

// EvalKeysReady reports whether every member's eval share is known (by
// hash), so LoadEvalKeys can run.
func (m *Machine) EvalKeysReady() bool {
	return len(m.EvalShares) > 0 && !slices.Contains(m.EvalShares, store.Hash{})
}

// EvalKeysLoaded reports whether the keys are assembled in memory.
func (m *Machine) EvalKeysLoaded() bool { return m.eval != nil }

// evalShare derives this member's eval share from its dealer secret and the
// decoded dealings (called by deriveKey, while both are at hand).
func (m *Machine) evalShare(dealings []*threshold.Dealing) ([]byte, error) {
	relin, rot := m.needsEval()
	var r, g []byte
	if relin {
		round1, err := m.sess.AggregateRelinRound1(dealings)
		if err != nil {
			return nil, fmt.Errorf("protocol: %w", err)
		}
		sh, err := m.sess.RelinRound2(m.dealerSecret, round1)
		if err != nil {
			return nil, fmt.Errorf("protocol: %w", err)
		}
		if r, err = sh.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	if rot {
		sh, err := m.sess.GaloisRound(m.dealerSecret)
		if err != nil {
			return nil, fmt.Errorf("protocol: %w", err)
		}
		if g, err = sh.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	return encodeEvalShare(r, g), nil
}

// encodeEvalShare frames the two parts: u32 length of the relinearization
// share, the share, then the rotation shares (either may be empty).
func encodeEvalShare(relin, rot []byte) []byte {
	out := binary.BigEndian.AppendUint32(make([]byte, 0, 4+len(relin)+len(rot)), uint32(len(relin)))
	return append(append(out, relin...), rot...)
}

// checkEvalFraming checks the framing of member j's eval share: both parts
// present exactly when the program needs them.
func (m *Machine) checkEvalFraming(j int, blob []byte) error {
	relin, rot := m.needsEval()
	if len(blob) < 4 {
		return fmt.Errorf("protocol: eval share of %d: %w", j, ErrMalformedShare)
	}
	n := int(binary.BigEndian.Uint32(blob))
	if n > len(blob)-4 || (n > 0) != relin || (len(blob)-4-n > 0) != rot {
		return fmt.Errorf("protocol: eval share of %d: %w: framing", j, ErrMalformedShare)
	}
	return nil
}

// decodeEvalShare strictly decodes member j's eval share.
func (m *Machine) decodeEvalShare(j int, blob []byte) (*threshold.RelinShare, *threshold.GaloisShare, error) {
	relin, rot := m.needsEval()
	if err := m.checkEvalFraming(j, blob); err != nil {
		return nil, nil, err
	}
	n := int(binary.BigEndian.Uint32(blob))
	var rs *threshold.RelinShare
	var gs *threshold.GaloisShare
	if relin {
		rs = new(threshold.RelinShare)
		if err := rs.UnmarshalBinary(blob[4 : 4+n]); err != nil {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w: %w", j, ErrMalformedShare, err)
		}
		if rs.Dealer != j || rs.E3ID != m.cfg.Threshold.E3ID {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w (dealer %d, E3 %d)", j, ErrWrongE3, rs.Dealer, rs.E3ID)
		}
	}
	if rot {
		gs = new(threshold.GaloisShare)
		if err := gs.UnmarshalBinary(blob[4+n:]); err != nil {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w: %w", j, ErrMalformedShare, err)
		}
		if gs.Dealer != j || gs.E3ID != m.cfg.Threshold.E3ID {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w (dealer %d, E3 %d)", j, ErrWrongE3, gs.Dealer, gs.E3ID)
		}
	}
	return rs, gs, nil
}

// ErrMalformedShare means a peer's share does not decode.
var ErrMalformedShare = errors.New("malformed share")

// OnEvalShare records member j's eval share after checking that it decodes
// as j's for this E3. The first valid share from j is kept; a different
// second one is refused (and is evidence of equivocation off-chain).
func (m *Machine) OnEvalShare(j int, blob []byte) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if !m.NeedsEvalKeys() {
		return nil, fmt.Errorf("protocol: %w: program needs no evaluation keys", ErrUnexpected)
	}
	if m.State == StateCompleted || m.State == StateFailed {
		return nil, fmt.Errorf("protocol: %w (state %v)", ErrUnexpected, m.State)
	}
	h := store.Keccak(blob)
	if m.EvalShares[j-1] != (store.Hash{}) {
		if m.EvalShares[j-1] == h {
			return nil, fmt.Errorf("protocol: %w: eval share of %d again", ErrUnexpected, j)
		}
		return nil, fmt.Errorf("protocol: member %d sent two different eval shares: %w", j, ErrUnexpected)
	}
	if err := m.checkEvalFraming(j, blob); err != nil {
		return nil, err
	}
	// Decoding (tens of MiB on the mul preset) waits for LoadEvalKeys,
	// which decodes every share anyway and names a bad one's sender.
	m.EvalShares[j-1] = h
	return nil, nil
}

// LoadEvalKeys assembles the evaluation keys in memory from the n dealings
// (by the ledger commitments) and the n eval shares (by the hashes
// recorded), which the node reads from its blob store. It is not a
// transition: nothing persisted changes.
func (m *Machine) LoadEvalKeys(dealings, shares [][]byte) error {
	if !m.EvalKeysReady() {
		return fmt.Errorf("protocol: %w: eval shares missing", ErrEvalKeys)
	}
	n := m.cfg.Threshold.N
	if len(dealings) != n || len(shares) != n {
		return fmt.Errorf("protocol: %w: %d dealings and %d eval shares for %d members", ErrEvalKeys, len(dealings), len(shares), n)
	}
	relin, rot := m.needsEval()
	var rlk *rlwe.RelinearizationKey
	var gks []*rlwe.GaloisKey
	if relin {
		ds := make([]*threshold.Dealing, n)
		for i, raw := range dealings {
			if store.Keccak(raw) != m.Commitments[i] {
				return fmt.Errorf("protocol: dealing of %d: %w", i+1, ErrUncommitted)
			}
			ds[i] = new(threshold.Dealing)
			if err := ds[i].UnmarshalBinary(raw); err != nil {
				return fmt.Errorf("protocol: %w", &threshold.DealerError{Dealer: i + 1, Err: err})
			}
		}
		round1, err := m.sess.AggregateRelinRound1(ds)
		if err != nil {
			return fmt.Errorf("protocol: %w", err)
		}
		r2 := make([]*threshold.RelinShare, n)
		for i, raw := range shares {
			if store.Keccak(raw) != m.EvalShares[i] {
				return fmt.Errorf("protocol: eval share of %d: %w", i+1, ErrUncommitted)
			}
			if r2[i], _, err = m.decodeEvalShare(i+1, raw); err != nil {
				return err
			}
		}
		if rlk, err = m.sess.RelinearizationKey(round1, r2); err != nil {
			return fmt.Errorf("protocol: %w", err)
		}
	}
	if rot {
		gs := make([]*threshold.GaloisShare, n)
		for i, raw := range shares {
			if store.Keccak(raw) != m.EvalShares[i] {
				return fmt.Errorf("protocol: eval share of %d: %w", i+1, ErrUncommitted)
			}
			_, g, err := m.decodeEvalShare(i+1, raw)
			if err != nil {
				return err
			}
			gs[i] = g
		}
		var err error
		if gks, err = m.sess.GaloisKeys(gs); err != nil {
			return fmt.Errorf("protocol: %w", err)
		}
	}
	m.eval = m.cfg.Program.Preset().NewEvaluatorWithKeys(rlk, gks...)
	return nil
}

// evaluator is the stage evaluator: with the committee's keys when the
// program needs them.
func (m *Machine) evaluator() (*bgv.Evaluator, error) {
	if !m.NeedsEvalKeys() {
		return m.cfg.Program.Preset().NewEvaluator(nil), nil
	}
	if m.eval == nil {
		return nil, fmt.Errorf("protocol: %w", ErrEvalKeys)
	}
	return m.eval, nil
}
