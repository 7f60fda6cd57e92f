package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// Committee masks (DESIGN.md §8; threshold/mask.go). Programs such as the
// auction release a vector only up to a random non-zero factor that no
// coalition below t knows: the product of mask contributions from between
// t and threshold.MaxMaskContributions members.
//
// A contribution must not depend on another one: a member who saw an
// honest contribution first could publish a transformed copy (say B_h·r,
// A_h·r⁻¹) that passes the mask check yet cancels the honest mask, leaving
// a product its coalition knows. So contributions are committed before any
// is revealed, on the ledger: every member derives its contribution with
// its key share (encrypted under the E3 public key; the seed is sealed as
// "mask"), commits its hash with E3Manager.commitMask during the input
// window, and reveals it (announced on the topic, pulled by hash) only
// after the window has closed, when no commitment can be added. The mask
// set is then fixed by the ledger alone: the committed contributions in
// party order, the first threshold.MaxMaskContributions of them, at least
// t — so at least one is an honest member's.
//
// A contributor who cheats otherwise (a zero slot, a mask not paired with
// its inverse) makes the program's public mask check non-zero; later
// stages then refuse to run (threshold.ErrBadMask), and each member
// publishes its mask opening so that anyone can name the culprit
// (threshold.VerifyMaskOpening). Openings happen only then, before any
// masked value was released.

// Mask errors.
var (
	// ErrMasks means the stage needs mask contributions not loaded yet.
	ErrMasks = errors.New("mask contributions not loaded")
	// ErrMaskSet means fewer than t members committed a mask.
	ErrMaskSet = errors.New("too few committed masks")
)

// MaskRef names one contribution of a mask set.
type MaskRef struct {
	Member int
	Hash   store.Hash
}

// NeedsMasks reports whether the program uses committee masks.
func (m *Machine) NeedsMasks() bool { return program.NeedsOf(m.cfg.Program).Masks }

// MasksLoaded reports whether the mask set's contributions are in memory.
func (m *Machine) MasksLoaded() bool { return m.masks != nil }

// maskContribution derives this member's contribution under pk (called by
// deriveKey): the blob to publish and the sealed seed.
func (m *Machine) maskContribution(pk *rlwe.PublicKey) (blob, secret []byte, err error) {
	c, sec, err := threshold.NewMaskContribution(m.cfg.Threshold.Preset, pk, m.cfg.Threshold.E3ID, m.cfg.Self, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("protocol: %w", err)
	}
	defer sec.Erase()
	if f := m.cfg.Faults; f != nil && f.BadMask {
		ones := make([]uint64, m.cfg.Threshold.Preset.Slots())
		for i := range ones {
			ones[i] = 1
		}
		if c.B, err = bfv.NewEncryptor(m.cfg.Threshold.Preset, pk).Encrypt(ones); err != nil {
			return nil, nil, fmt.Errorf("protocol: fault injection: %w", err)
		}
	}
	if blob, err = c.MarshalBinary(); err != nil {
		return nil, nil, err
	}
	return blob, encodeMaskSecret(sec), nil
}

func encodeMaskSecret(sec *threshold.MaskSecret) []byte {
	b := binary.BigEndian.AppendUint64(nil, sec.E3ID)
	b = binary.BigEndian.AppendUint16(b, uint16(sec.Member))
	return append(b, sec.Seed[:]...)
}

// DecodeMaskSecret decodes a mask opening (as published after a failed mask
// check).
func DecodeMaskSecret(b []byte) (*threshold.MaskSecret, error) {
	if len(b) != 8+2+32 {
		return nil, fmt.Errorf("protocol: mask opening: %w: %d bytes", ErrMalformedShare, len(b))
	}
	sec := &threshold.MaskSecret{E3ID: binary.BigEndian.Uint64(b), Member: int(binary.BigEndian.Uint16(b[8:]))}
	copy(sec.Seed[:], b[10:])
	return sec, nil
}

// OnMaskCommitted records member j's mask commitment (ledger event
// MaskCommitted).
func (m *Machine) OnMaskCommitted(j int, hash store.Hash) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if !m.NeedsMasks() || m.Masks[j-1] != (store.Hash{}) {
		return nil, fmt.Errorf("protocol: %w: mask commitment of %d", ErrUnexpected, j)
	}
	m.Masks[j-1] = hash
	return nil, nil
}

// CheckMask checks a revealed contribution of member j: it matches j's
// ledger commitment and decodes as j's for this E3 and preset.
func (m *Machine) CheckMask(j int, blob []byte) error {
	if err := m.checkMember(j); err != nil {
		return err
	}
	if !m.NeedsMasks() || m.Masks[j-1] == (store.Hash{}) || store.Keccak(blob) != m.Masks[j-1] {
		return fmt.Errorf("protocol: mask of %d: %w", j, ErrUncommitted)
	}
	_, err := DecodeMask(m.cfg.Threshold.Preset, m.cfg.Threshold.E3ID, j, blob)
	return err
}

// DecodeMask strictly decodes member j's revealed mask contribution for E3
// e3ID under preset p: it must be j's own, for this E3 and preset. Exported
// so that an auditor (package verify) accepts exactly the contributions a
// member accepts.
func DecodeMask(p *bfv.Preset, e3ID uint64, j int, blob []byte) (*threshold.MaskContribution, error) {
	c := new(threshold.MaskContribution)
	if err := c.UnmarshalBinary(blob); err != nil {
		return nil, fmt.Errorf("protocol: mask of %d: %w: %w", j, ErrMalformedShare, err)
	}
	if err := threshold.ValidateMaskContribution(c, p, e3ID, j); err != nil {
		return nil, fmt.Errorf("protocol: mask of %d: %w", j, err)
	}
	return c, nil
}

// MaskSet is the set of contributions a stage uses, fixed by the ledger
// commitments: the committed ones in party order, at most
// MaxMaskContributions. It is final once the input window has closed.
func (m *Machine) MaskSet() []MaskRef { return MaskSet(m.Masks) }

// MaskSet derives the mask set from the ledger's commitments alone
// (hashes[j] is member j+1's committed hash, zero if it committed none):
// the committed contributions in party order, the first
// threshold.MaxMaskContributions of them. Because nothing but the ledger
// decides it, every member and any auditor (package verify) arrive at the
// same set without trusting the provider.
func MaskSet(hashes []store.Hash) []MaskRef {
	var set []MaskRef
	for j, h := range hashes {
		if h != (store.Hash{}) && len(set) < threshold.MaxMaskContributions {
			set = append(set, MaskRef{Member: j + 1, Hash: h})
		}
	}
	return set
}

// LoadMasks decodes the mask set's contributions (blobs in MaskSet order,
// read by the node from its store by hash) into memory, once the input
// window has closed. Not a transition.
func (m *Machine) LoadMasks(blobs [][]byte) error {
	cs, err := MaskContributions(m.cfg.Threshold.Preset, m.cfg.Threshold.E3ID, m.cfg.Threshold.T, m.MaskSet(), blobs)
	if err != nil {
		return err
	}
	m.masks = cs
	return nil
}

// MaskContributions checks and decodes a mask set's contributions (blobs[i]
// is set[i]'s, as fetched by hash) in the order programs use them: the set
// must hold at least t contributions (else none is sure to be an honest
// member's: ErrMaskSet), each blob must match its ledger commitment
// (ErrUncommitted) and decode as its member's (DecodeMask), and the set
// must pass threshold.CheckMaskContributions. It is the one implementation
// behind Machine.LoadMasks and the public verifier's re-execution.
func MaskContributions(p *bfv.Preset, e3ID uint64, t int, set []MaskRef, blobs [][]byte) ([]*threshold.MaskContribution, error) {
	if len(set) < t {
		return nil, fmt.Errorf("protocol: %w: %d committed, t = %d", ErrMaskSet, len(set), t)
	}
	if len(blobs) != len(set) {
		return nil, fmt.Errorf("protocol: %w: set of %d, %d blobs", ErrMasks, len(set), len(blobs))
	}
	cs := make([]*threshold.MaskContribution, len(blobs))
	for i, r := range set {
		if store.Keccak(blobs[i]) != r.Hash {
			return nil, fmt.Errorf("protocol: mask of %d: %w", r.Member, ErrUncommitted)
		}
		c, err := DecodeMask(p, e3ID, r.Member, blobs[i])
		if err != nil {
			return nil, err
		}
		cs[i] = c
	}
	if err := threshold.CheckMaskContributions(p, cs); err != nil {
		return nil, fmt.Errorf("protocol: %w", err)
	}
	return cs, nil
}

// maskEnv returns the loaded contributions for a stage.
func (m *Machine) maskEnv() ([]*threshold.MaskContribution, error) {
	if !m.NeedsMasks() {
		return nil, nil
	}
	if m.masks == nil {
		return nil, fmt.Errorf("protocol: %w", ErrMasks)
	}
	return m.masks, nil
}
