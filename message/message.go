// Package message is the signed envelope of every ciphernode ↔ ciphernode
// message on an E3's topic, and the check every node runs on it inside the
// gossipsub validator: E3 id first, then committee membership, then the
// signature, then the payload hash — cheap checks before cryptography.
//
// An envelope is signed over ledger.StepDigest(chain, E3 manager, E3, step,
// payload hash), the digest the slasher checks. So two envelopes from one
// member for one step with different payloads are, as they stand, the
// on-chain evidence of equivocation, and a message replayed into another E3
// or chain fails its signature.
package message

import (
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/ledger"
)

// Kind is what an envelope carries.
type Kind uint8

// Kinds of message.
const (
	// KindDealing announces a member's dealing (fetched by hash).
	KindDealing Kind = iota + 1
	// KindDecryptionShare carries or announces a decryption share.
	KindDecryptionShare
	// KindInput replicates a submitted input to other members.
	KindInput
	// KindInputAck acknowledges a replicated input.
	KindInputAck
	// KindEvalShare announces a member's evaluation-key shares
	// (relinearization round 2 and rotation keys), fetched by hash.
	KindEvalShare
	// KindMask reveals a member's committee-mask contribution (by hash),
	// only after the input window closed.
	KindMask
	// KindMaskOpening carries a member's opened mask seed after a failed
	// mask check.
	KindMaskOpening
)

var kindNames = map[Kind]string{KindDealing: "dealing", KindDecryptionShare: "decryption-share", KindInput: "input", KindInputAck: "input-ack",
	KindEvalShare: "eval-share", KindMask: "mask", KindMaskOpening: "mask-opening"}

// KindOf maps a protocol blob kind ("eval-share", "mask", ...) to the
// envelope kind announcing it.
func KindOf(name string) (Kind, bool) {
	for k, n := range kindNames {
		if n == name {
			return k, true
		}
	}
	return 0, false
}

func (k Kind) String() string {
	if n, ok := kindNames[k]; ok {
		return n
	}
	return fmt.Sprintf("kind(%d)", k)
}

// MaxInline bounds a payload carried in the envelope; larger blobs are
// announced by hash and fetched over the blob protocol.
const MaxInline = 256 << 10

// Errors; Check counts each rejection under its error.
var (
	ErrMalformed    = errors.New("message: malformed envelope")
	ErrWrongE3      = errors.New("message: envelope for another E3")
	ErrUnknownE3    = errors.New("message: E3 has no committee known to this node")
	ErrNotMember    = errors.New("message: sender is not a committee member")
	ErrBadSignature = errors.New("message: signature does not match the sender")
	ErrPayloadHash  = errors.New("message: payload does not match its hash")
)

// Envelope is one signed message.
type Envelope struct {
	E3ID  uint64
	Kind  Kind
	Stage uint8 // decryption index, dealing round, or 0
	From  common.Address
	// PayloadHash is keccak256 of the payload, carried or not.
	PayloadHash common.Hash
	Sig         []byte
	// Payload is carried inline when small; empty for an announcement.
	Payload []byte
}

// Step is the protocol step the envelope signs for.
func (e *Envelope) Step() common.Hash { return ledger.StepID(e.Kind.String(), uint64(e.Stage)) }

// Domain binds signatures to one deployment.
type Domain struct {
	ChainID   *big.Int
	E3Manager common.Address
}

// Digest is what the sender signs.
func (d Domain) Digest(e *Envelope) common.Hash {
	return ledger.StepDigest(d.ChainID, d.E3Manager, e.E3ID, e.Step(), e.PayloadHash)
}

// New builds and signs an envelope carrying (or, above MaxInline,
// announcing) payload.
func (d Domain) New(key *ecdsa.PrivateKey, e3ID uint64, kind Kind, stage uint8, payload []byte) (*Envelope, error) {
	return d.NewHashed(key, e3ID, kind, stage, payload, crypto.Keccak256Hash(payload))
}

// NewHashed is New for a payload whose keccak256 hash the caller already
// holds (an upload hashed on arrival): large inputs are not hashed again.
func (d Domain) NewHashed(key *ecdsa.PrivateKey, e3ID uint64, kind Kind, stage uint8, payload []byte, hash common.Hash) (*Envelope, error) {
	if len(payload) > MaxInline {
		return d.Announce(key, e3ID, kind, stage, hash)
	}
	e := &Envelope{E3ID: e3ID, Kind: kind, Stage: stage, From: crypto.PubkeyToAddress(key.PublicKey), PayloadHash: hash, Payload: payload}
	return e, d.sign(key, e)
}

// Announce builds and signs an envelope announcing a payload by its hash
// alone (receivers pull it over the blob protocol): re-announcing a
// many-MiB blob costs no rehashing.
func (d Domain) Announce(key *ecdsa.PrivateKey, e3ID uint64, kind Kind, stage uint8, hash common.Hash) (*Envelope, error) {
	e := &Envelope{E3ID: e3ID, Kind: kind, Stage: stage, From: crypto.PubkeyToAddress(key.PublicKey), PayloadHash: hash}
	return e, d.sign(key, e)
}

func (d Domain) sign(key *ecdsa.PrivateKey, e *Envelope) error {
	sig, err := ledger.Sign(key, d.Digest(e))
	if err != nil {
		return fmt.Errorf("message: sign: %w", err)
	}
	e.Sig = sig
	return nil
}

const headerLen = 4 + 8 + 1 + 1 + 20 + 32 + 65 + 4

// MarshalBinary encodes the envelope.
func (e *Envelope) MarshalBinary() ([]byte, error) {
	if len(e.Sig) != 65 || len(e.Payload) > MaxInline {
		return nil, fmt.Errorf("%w: signature %d bytes, payload %d", ErrMalformed, len(e.Sig), len(e.Payload))
	}
	b := make([]byte, 0, headerLen+len(e.Payload))
	b = append(b, 'C', 'N', 0x0A, 1)
	b = binary.LittleEndian.AppendUint64(b, e.E3ID)
	b = append(b, byte(e.Kind), e.Stage)
	b = append(b, e.From[:]...)
	b = append(b, e.PayloadHash[:]...)
	b = append(b, e.Sig...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(e.Payload)))
	return append(b, e.Payload...), nil
}

// UnmarshalBinary strictly decodes an envelope (exact length, known kind).
func (e *Envelope) UnmarshalBinary(b []byte) error {
	if len(b) < headerLen || b[0] != 'C' || b[1] != 'N' || b[2] != 0x0A || b[3] != 1 {
		return fmt.Errorf("%w: header", ErrMalformed)
	}
	n := binary.LittleEndian.Uint32(b[headerLen-4:])
	if n > MaxInline || uint64(len(b)) != uint64(headerLen)+uint64(n) {
		return fmt.Errorf("%w: payload length %d in %d bytes", ErrMalformed, n, len(b))
	}
	out := Envelope{E3ID: binary.LittleEndian.Uint64(b[4:]), Kind: Kind(b[12]), Stage: b[13]}
	if _, ok := kindNames[out.Kind]; !ok {
		return fmt.Errorf("%w: unknown kind %d", ErrMalformed, b[12])
	}
	copy(out.From[:], b[14:34])
	copy(out.PayloadHash[:], b[34:66])
	out.Sig = append([]byte(nil), b[66:131]...)
	if n > 0 {
		out.Payload = append([]byte(nil), b[headerLen:]...)
	}
	*e = out
	return nil
}

// Checker validates envelopes for one deployment and counts rejections by
// reason (the node exports them as metrics).
type Checker struct {
	Domain Domain
	// Committee returns an E3's members in party order.
	Committee func(e3ID uint64) ([]common.Address, bool)

	mu       sync.Mutex
	rejected map[error]uint64
}

// Check decodes raw and validates it for the topic of E3 topicE3; it
// returns the envelope and the sender's party index (1-based).
func (c *Checker) Check(topicE3 uint64, raw []byte) (*Envelope, int, error) {
	e := new(Envelope)
	if err := e.UnmarshalBinary(raw); err != nil {
		return nil, 0, c.reject(ErrMalformed, err)
	}
	if e.E3ID != topicE3 {
		return nil, 0, c.reject(ErrWrongE3, fmt.Errorf("%w: envelope E3 %d on topic of E3 %d", ErrWrongE3, e.E3ID, topicE3))
	}
	members, ok := c.Committee(e.E3ID)
	if !ok {
		return nil, 0, c.reject(ErrUnknownE3, fmt.Errorf("%w: %d", ErrUnknownE3, e.E3ID))
	}
	index := 0
	for i, m := range members {
		if m == e.From {
			index = i + 1
		}
	}
	if index == 0 {
		return nil, 0, c.reject(ErrNotMember, fmt.Errorf("%w: %s", ErrNotMember, e.From))
	}
	signer, err := ledger.Recover(c.Domain.Digest(e), e.Sig)
	if err != nil || signer != e.From {
		return nil, 0, c.reject(ErrBadSignature, fmt.Errorf("%w: claims %s", ErrBadSignature, e.From))
	}
	if len(e.Payload) > 0 && crypto.Keccak256Hash(e.Payload) != e.PayloadHash {
		return nil, 0, c.reject(ErrPayloadHash, ErrPayloadHash)
	}
	return e, index, nil
}

func (c *Checker) reject(reason, err error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rejected == nil {
		c.rejected = map[error]uint64{}
	}
	c.rejected[reason]++
	if errors.Is(err, reason) {
		return err
	}
	return fmt.Errorf("%w: %w", reason, err)
}

// Rejected returns how many envelopes were refused for reason.
func (c *Checker) Rejected(reason error) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.rejected[reason]
}

// Equivocation reports whether a and b prove that one member signed two
// different payloads for one step of one E3 (both must already have passed
// Check); such a pair is what Slasher.slashEquivocation takes.
func Equivocation(a, b *Envelope) bool {
	return a.E3ID == b.E3ID && a.From == b.From && a.Step() == b.Step() && a.PayloadHash != b.PayloadHash
}

// Counts returns the rejection counts by reason (a copy), for metrics.
func (c *Checker) Counts() map[error]uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[error]uint64, len(c.rejected))
	for k, v := range c.rejected {
		out[k] = v
	}
	return out
}

// Reason is a short metric label for a rejection reason.
func Reason(err error) string {
	switch {
	case errors.Is(err, ErrMalformed):
		return "malformed"
	case errors.Is(err, ErrWrongE3):
		return "wrong_e3"
	case errors.Is(err, ErrUnknownE3):
		return "unknown_e3"
	case errors.Is(err, ErrNotMember):
		return "not_member"
	case errors.Is(err, ErrBadSignature):
		return "bad_signature"
	case errors.Is(err, ErrPayloadHash):
		return "payload_hash"
	}
	return "other"
}
