package protocol

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// Committee masks (DESIGN.md §8; threshold/mask.go). Programs such as the
// auction release a vector only up to a random non-zero factor that no
// coalition below t knows: the product of mask contributions from between
// t and threshold.MaxMaskContributions members.
//
// Every member derives its contribution together with its key share (it
// is encrypted under the E3 public key), keeps the seed sealed ("mask")
// and announces the contribution, pulled by hash. Which contributions an
// output uses must be the same for the provider, every re-executing member
// and any verifier, and gossip gives no two members the same view: so the
// compute provider (member 1, the node's default) fixes the set when the
// input window closes — every contribution it holds, in member order, at
// most MaxMaskContributions, at least t so one honest member is in it — and
// announces it signed; the others load exactly that set. A provider that
// withholds the set only stalls the E3 until its compute deadline.
//
// A contributor who cheats (a zero slot, a mask not paired with its
// inverse) makes the program's public mask check non-zero; later stages
// then refuse to run (threshold.ErrBadMask), and each member publishes its
// mask opening so that anyone can name the culprit
// (threshold.VerifyMaskOpening).

// Mask errors.
var (
	// ErrMasks means the stage needs mask contributions not loaded yet.
	ErrMasks = errors.New("mask contributions not loaded")
	// ErrMaskSet means an announced mask set is malformed or not the
	// provider's.
	ErrMaskSet = errors.New("invalid mask set")
)

// MaskProvider is the party index whose mask set an E3 uses: the compute
// provider, by the node's default rule (the member with party index 1).
const MaskProvider = 1

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

// OnMask records member j's contribution after checking it is j's, for this
// E3 and preset. The first one from j is kept.
func (m *Machine) OnMask(j int, blob []byte) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if !m.NeedsMasks() || m.State == StateCompleted || m.State == StateFailed {
		return nil, fmt.Errorf("protocol: %w: no masks expected (state %v)", ErrUnexpected, m.State)
	}
	if m.Masks[j-1] != (store.Hash{}) {
		return nil, fmt.Errorf("protocol: %w: mask of %d again", ErrUnexpected, j)
	}
	if _, err := m.decodeMask(j, blob); err != nil {
		return nil, err
	}
	m.Masks[j-1] = store.Keccak(blob)
	return nil, nil
}

func (m *Machine) decodeMask(j int, blob []byte) (*threshold.MaskContribution, error) {
	c := new(threshold.MaskContribution)
	if err := c.UnmarshalBinary(blob); err != nil {
		return nil, fmt.Errorf("protocol: mask of %d: %w: %w", j, ErrMalformedShare, err)
	}
	if err := threshold.ValidateMaskContribution(c, m.cfg.Threshold.Preset, m.cfg.Threshold.E3ID, j); err != nil {
		return nil, fmt.Errorf("protocol: mask of %d: %w", j, err)
	}
	return c, nil
}

// SelectMasks is the provider's choice of the mask set when the input
// window closes: every contribution it holds, in member order, up to
// MaxMaskContributions. It needs at least t; the node retries later
// otherwise.
func (m *Machine) SelectMasks() ([]Action, error) {
	if m.cfg.Self != MaskProvider || !m.NeedsMasks() || len(m.MaskSet) > 0 {
		return nil, fmt.Errorf("protocol: %w: not selecting masks", ErrUnexpected)
	}
	var set []MaskRef
	for j, h := range m.Masks {
		if h != (store.Hash{}) && len(set) < threshold.MaxMaskContributions {
			set = append(set, MaskRef{Member: j + 1, Hash: h})
		}
	}
	if len(set) < m.cfg.Threshold.T {
		return nil, fmt.Errorf("protocol: %w: %d mask contributions held, need %d", ErrMasks, len(set), m.cfg.Threshold.T)
	}
	m.MaskSet = set
	return []Action{Publish{Kind: "mask-set", Data: EncodeMaskSet(set)}}, nil
}

// EncodeMaskSet encodes a mask set: per contribution, u16 member and the
// 32-byte hash.
func EncodeMaskSet(set []MaskRef) []byte {
	var b []byte
	for _, r := range set {
		b = binary.BigEndian.AppendUint16(b, uint16(r.Member))
		b = append(b, r.Hash[:]...)
	}
	return b
}

// DecodeMaskSet strictly decodes a mask set for a committee of n with
// threshold t: members ascending and distinct, between t and
// MaxMaskContributions of them.
func DecodeMaskSet(b []byte, n, t int) ([]MaskRef, error) {
	const item = 2 + 32
	if len(b)%item != 0 || len(b)/item < t || len(b)/item > threshold.MaxMaskContributions {
		return nil, fmt.Errorf("protocol: %w: %d bytes", ErrMaskSet, len(b))
	}
	set := make([]MaskRef, len(b)/item)
	for i := range set {
		r := b[i*item:]
		set[i].Member = int(binary.BigEndian.Uint16(r))
		copy(set[i].Hash[:], r[2:item])
		if set[i].Member < 1 || set[i].Member > n || (i > 0 && set[i].Member <= set[i-1].Member) {
			return nil, fmt.Errorf("protocol: %w: member %d at %d", ErrMaskSet, set[i].Member, i)
		}
	}
	return set, nil
}

// OnMaskSet records the provider's mask set (from the topic).
func (m *Machine) OnMaskSet(j int, payload []byte) ([]Action, error) {
	if err := m.checkMember(j); err != nil {
		return nil, err
	}
	if !m.NeedsMasks() || j != MaskProvider {
		return nil, fmt.Errorf("protocol: %w: mask set from member %d", ErrMaskSet, j)
	}
	set, err := DecodeMaskSet(payload, m.cfg.Threshold.N, m.cfg.Threshold.T)
	if err != nil {
		return nil, err
	}
	if len(m.MaskSet) > 0 {
		if slices.Equal(m.MaskSet, set) {
			return nil, fmt.Errorf("protocol: %w: mask set again", ErrUnexpected)
		}
		return nil, fmt.Errorf("protocol: %w: the provider announced two mask sets", ErrMaskSet)
	}
	m.MaskSet = set
	return nil, nil
}

// LoadMasks decodes the mask set's contributions (blobs in set order, read
// by the node from its store by hash) into memory. Not a transition.
func (m *Machine) LoadMasks(blobs [][]byte) error {
	if len(m.MaskSet) == 0 || len(blobs) != len(m.MaskSet) {
		return fmt.Errorf("protocol: %w: set of %d, %d blobs", ErrMasks, len(m.MaskSet), len(blobs))
	}
	cs := make([]*threshold.MaskContribution, len(blobs))
	for i, r := range m.MaskSet {
		if store.Keccak(blobs[i]) != r.Hash {
			return fmt.Errorf("protocol: mask of %d: %w", r.Member, ErrUncommitted)
		}
		c, err := m.decodeMask(r.Member, blobs[i])
		if err != nil {
			return err
		}
		cs[i] = c
	}
	if err := threshold.CheckMaskContributions(m.cfg.Threshold.Preset, cs); err != nil {
		return fmt.Errorf("protocol: %w", err)
	}
	m.masks = cs
	return nil
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
