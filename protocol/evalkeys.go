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
	return checkEvalFraming(program.NeedsOf(m.cfg.Program), j, blob)
}

func checkEvalFraming(needs program.Needs, j int, blob []byte) error {
	if len(blob) < 4 {
		return fmt.Errorf("protocol: eval share of %d: %w", j, ErrMalformedShare)
	}
	n := int(binary.BigEndian.Uint32(blob))
	if n > len(blob)-4 || (n > 0) != needs.Relinearization || (len(blob)-4-n > 0) != needs.Rotations {
		return fmt.Errorf("protocol: eval share of %d: %w: framing", j, ErrMalformedShare)
	}
	return nil
}

// DecodeEvalShare strictly decodes member j's eval share for inst's
// program in E3 e3ID: the framing, then each part the program needs, which
// must be j's own share for this E3. Exported so that an auditor (package
// verify) decodes a blob exactly as the members do; a share relabelled as
// another member's or taken from another E3 is refused (ErrWrongE3).
func DecodeEvalShare(inst program.Instance, e3ID uint64, j int, blob []byte) (*threshold.RelinShare, *threshold.GaloisShare, error) {
	needs := program.NeedsOf(inst)
	return decodeEvalParts(needs, e3ID, j, blob, needs.Relinearization, needs.Rotations)
}

// decodeEvalParts checks the framing and decodes the parts asked for (a
// relinearization share and the rotation shares are each many MiB on the
// mul preset: EvalKeys holds one kind at a time for the n members).
func decodeEvalParts(needs program.Needs, e3ID uint64, j int, blob []byte, relin, rot bool) (*threshold.RelinShare, *threshold.GaloisShare, error) {
	if err := checkEvalFraming(needs, j, blob); err != nil {
		return nil, nil, err
	}
	n := int(binary.BigEndian.Uint32(blob))
	var rs *threshold.RelinShare
	var gs *threshold.GaloisShare
	if relin && needs.Relinearization {
		rs = new(threshold.RelinShare)
		if err := rs.UnmarshalBinary(blob[4 : 4+n]); err != nil {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w: %w", j, ErrMalformedShare, err)
		}
		if rs.Dealer != j || rs.E3ID != e3ID {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w (dealer %d, E3 %d)", j, ErrWrongE3, rs.Dealer, rs.E3ID)
		}
	}
	if rot && needs.Rotations {
		gs = new(threshold.GaloisShare)
		if err := gs.UnmarshalBinary(blob[4+n:]); err != nil {
			return nil, nil, fmt.Errorf("protocol: eval share of %d: %w: %w", j, ErrMalformedShare, err)
		}
		if gs.Dealer != j || gs.E3ID != e3ID {
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
	if relin, _ := m.needsEval(); relin {
		for i, raw := range dealings {
			if store.Keccak(raw) != m.Commitments[i] {
				return fmt.Errorf("protocol: dealing of %d: %w", i+1, ErrUncommitted)
			}
		}
	}
	for i, raw := range shares {
		if store.Keccak(raw) != m.EvalShares[i] {
			return fmt.Errorf("protocol: eval share of %d: %w", i+1, ErrUncommitted)
		}
	}
	eval, err := EvalKeys(m.sess, m.cfg.Program, dealings, shares)
	if err != nil {
		return err
	}
	m.eval = eval
	return nil
}

// EvalKeys assembles the committee's evaluation keys for inst's program and
// returns the stage evaluator carrying them: relinearization round 1 is
// aggregated from the n dealings (dealings[i] is member i+1's), and
// shares[i] is member i+1's eval share (DecodeEvalShare). A program that
// needs no keys gets the plain evaluator and nothing is decoded.
//
// It is the one implementation behind Machine.LoadEvalKeys and the public
// verifier (package verify), so an auditor re-executes a stage with
// exactly the keys the members used. It is pure and checks no commitment:
// the caller first checks each dealing against its ledger hash and each
// share against the hash its member recorded or signed. A share that does
// not decode as its position's member's is refused naming that member.
func EvalKeys(sess *threshold.Session, inst program.Instance, dealings, shares [][]byte) (*bgv.Evaluator, error) {
	needs := program.NeedsOf(inst)
	if !needs.Relinearization && !needs.Rotations {
		return inst.Preset().NewEvaluator(nil), nil
	}
	n := sess.Config().N
	e3ID := sess.Config().E3ID
	if len(shares) != n || (needs.Relinearization && len(dealings) != n) {
		return nil, fmt.Errorf("protocol: %w: %d dealings and %d eval shares for %d members", ErrEvalKeys, len(dealings), len(shares), n)
	}
	for i, raw := range shares { // framing and labels first: a bad share is named before any aggregation
		if err := checkEvalFraming(needs, i+1, raw); err != nil {
			return nil, err
		}
	}
	var rlk *rlwe.RelinearizationKey
	var gks []*rlwe.GaloisKey
	if needs.Relinearization {
		r2 := make([]*threshold.RelinShare, n)
		for i, raw := range shares {
			var err error
			if r2[i], _, err = decodeEvalParts(needs, e3ID, i+1, raw, true, false); err != nil {
				return nil, err
			}
		}
		ds := make([]*threshold.Dealing, n)
		for i, raw := range dealings {
			ds[i] = new(threshold.Dealing)
			if err := ds[i].UnmarshalBinary(raw); err != nil {
				return nil, fmt.Errorf("protocol: %w", &threshold.DealerError{Dealer: i + 1, Err: err})
			}
		}
		round1, err := sess.AggregateRelinRound1(ds)
		if err != nil {
			return nil, fmt.Errorf("protocol: %w", err)
		}
		if rlk, err = sess.RelinearizationKey(round1, r2); err != nil {
			return nil, fmt.Errorf("protocol: %w", err)
		}
	}
	if needs.Rotations {
		gs := make([]*threshold.GaloisShare, n)
		for i, raw := range shares {
			var err error
			if _, gs[i], err = decodeEvalParts(needs, e3ID, i+1, raw, false, true); err != nil {
				return nil, err
			}
		}
		var err error
		if gks, err = sess.GaloisKeys(gs); err != nil {
			return nil, fmt.Errorf("protocol: %w", err)
		}
	}
	return inst.Preset().NewEvaluatorWithKeys(rlk, gks...), nil
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
