package threshold

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// Committee masks.
//
// Some programs release a vector only up to a secret per-slot factor: the
// auction reveals M ⊙ C, whose zero pattern is the answer while the non-zero
// values hide the counts C, provided M is uniform in Z_T^* and unknown to
// everyone. No single party may know M, so it is the product of masks
// contributed by committee members, M = Π_j m_j, each an encryption under
// the E3 public key; anyone can recompute the product from the published
// contributions, so the output stays re-executable. If at least one
// contributor is honest M is uniform in Z_T^*, whatever the others chose.
//
// A contributor who picks m_j = 0 in some slot could cut the result off (the
// auction would show a lower price). Each contribution therefore carries a
// second ciphertext B_j = Enc(m_j^{-1}); a program releases, before any
// masked value, Σ_j ρ_j ⊙ (A_j ⊙ B_j − 1) summed over the masked slots, with
// public challenges ρ_j drawn from the hash of all contributions (MaskCheck).
// It is zero for honest contributions and reveals nothing else about them;
// non-zero means some member cheated. Everything a contribution contains is
// derived from a 32-byte seed, so a member can then prove its honesty by
// opening the seed (VerifyMaskOpening), which is safe because no masked
// value has been released yet; a member whose opening does not reproduce its
// contribution, or who does not open, is the culprit.
//
// Commit, then reveal. Contributions are public ciphertexts, so a member
// that sees an honest contribution A_h before publishing its own can derive
// its mask from it (A_h ⊙ Enc(r), with B_h ⊙ Enc(r^{-1}) passing the check):
// a coalition controlling every other contributor then makes M a k-th power
// of m_h times known values, and M ⊙ C reveals the k-th power residue class
// of every count. The node must therefore collect hash commitments of all
// contributions (on the ledger or acknowledged by every member) before any
// contribution is revealed, as it does for dealings.
//
// Depth: the product of k contributions costs ⌈log2 k⌉ multiplications, so
// MaxMaskContributions bounds k; with t ≤ k members contributing, at least
// one contributor is honest whenever fewer than t members collude.

// MaxMaskContributions is the largest number of mask contributions a
// program multiplies together (depth ⌈log2 8⌉ = 3 on top of the program's own).
const MaxMaskContributions = 8

// Mask errors.
var (
	// ErrBadMask means the mask check of the contributions was not zero: a
	// contributor's mask is zero somewhere or its inverse does not match.
	ErrBadMask = errors.New("committee mask check failed")
	// ErrMaskOpening means an opened seed does not reproduce the
	// contribution it claims to open.
	ErrMaskOpening = errors.New("mask opening does not reproduce the contribution")
)

// MaskContribution is member Member's mask for one E3: A = Enc(m), B =
// Enc(m^{-1}) slot-wise, with m uniform in Z_T^* in every slot.
type MaskContribution struct {
	Preset *bfv.Preset
	E3ID   uint64
	Member int
	A, B   *rlwe.Ciphertext
}

// MaskSecret is what a contributor keeps, encrypted at rest, until the E3
// ends: the seed that opens its contribution if the mask check fails. Erase
// it when the E3 completes or fails; never publish it after a masked value
// was released (with every seed anyone could unmask the release).
type MaskSecret struct {
	E3ID   uint64
	Member int
	Seed   [32]byte
}

// Erase zeroes the seed.
func (s *MaskSecret) Erase() { clear(s.Seed[:]) }

// NewMaskContribution samples a fresh seed from rng (crypto/rand if nil) and
// derives member's contribution under pk.
func NewMaskContribution(p *bfv.Preset, pk *rlwe.PublicKey, e3 uint64, member int, rng io.Reader) (*MaskContribution, *MaskSecret, error) {
	if rng == nil {
		rng = rand.Reader
	}
	sec := &MaskSecret{E3ID: e3, Member: member}
	if _, err := io.ReadFull(rng, sec.Seed[:]); err != nil {
		return nil, nil, fmt.Errorf("threshold: mask seed: %w", err)
	}
	c, err := DeriveMaskContribution(p, pk, sec)
	if err != nil {
		return nil, nil, err
	}
	return c, sec, nil
}

// maskPRNG returns the keyed stream for one use of a mask seed.
func maskPRNG(sec *MaskSecret, use string) *sampling.KeyedPRNG {
	h := sha256.New()
	h.Write([]byte("ciphernet/v1/mask/" + use))
	h.Write(sec.Seed[:])
	_ = binary.Write(h, binary.BigEndian, sec.E3ID)
	_ = binary.Write(h, binary.BigEndian, uint16(sec.Member))
	prng, err := sampling.NewKeyedPRNG(h.Sum(nil))
	if err != nil {
		panic(fmt.Sprintf("threshold: keyed PRNG: %v", err)) // only fails on an invalid key length
	}
	return prng
}

// DeriveMaskContribution deterministically derives the contribution opened
// by sec: the mask values and all encryption randomness come from the seed.
func DeriveMaskContribution(p *bfv.Preset, pk *rlwe.PublicKey, sec *MaskSecret) (*MaskContribution, error) {
	if sec.Member < 1 || sec.Member > MaxMembers {
		return nil, fmt.Errorf("threshold: mask: %w: member %d", ErrIndex, sec.Member)
	}
	params := p.Params()
	T := params.PlaintextModulus()
	m := make([]uint64, params.MaxSlots())
	inv := make([]uint64, len(m))
	values := maskPRNG(sec, "values")
	var buf [8]byte
	for i := range m {
		for m[i] == 0 {
			// Rejection sampling below the largest multiple of T-1 keeps
			// m uniform in [1, T).
			if _, err := values.Read(buf[:]); err != nil {
				return nil, fmt.Errorf("threshold: mask: %w", err)
			}
			v := binary.LittleEndian.Uint64(buf[:])
			if v >= ^uint64(0)-^uint64(0)%(T-1) {
				continue
			}
			m[i] = 1 + v%(T-1)
		}
		inv[i] = ring.ModExp(m[i], T-2, T)
	}
	enc := bgv.NewEncoder(params)
	c := &MaskContribution{Preset: p, E3ID: sec.E3ID, Member: sec.Member}
	var err error
	if c.A, err = encryptSeeded(p, enc, pk, m, maskPRNG(sec, "enc/a")); err != nil {
		return nil, err
	}
	if c.B, err = encryptSeeded(p, enc, pk, inv, maskPRNG(sec, "enc/b")); err != nil {
		return nil, err
	}
	clear(m)
	clear(inv)
	return c, nil
}

// encryptSeeded is a public-key encryption over Q whose randomness (u, e0,
// e1) comes from prng, so that the seed's holder can later prove what it
// encrypted. It follows Lattigo's encryption without the auxiliary modulus
// P, which leaves a slightly larger fresh noise (|e·u| instead of |e·u|/P).
func encryptSeeded(p *bfv.Preset, enc *bgv.Encoder, pk *rlwe.PublicKey, values []uint64, prng sampling.PRNG) (*rlwe.Ciphertext, error) {
	params := p.Params()
	pt, err := bfv.Encode(p, enc, values)
	if err != nil {
		return nil, fmt.Errorf("threshold: mask: %w", err)
	}
	rq := params.RingQ()
	xs, err := ring.NewSampler(prng, rq, params.Xs(), false)
	if err != nil {
		return nil, fmt.Errorf("threshold: mask: %w", err)
	}
	xe, err := ring.NewSampler(prng, rq, params.Xe(), false)
	if err != nil {
		return nil, fmt.Errorf("threshold: mask: %w", err)
	}
	ct := bgv.NewCiphertext(params, 1, params.MaxLevel())
	u := rq.NewPoly()
	xs.Read(u)
	rq.NTT(u, u)
	rq.MulCoeffsMontgomery(u, pk.Value[0].Q, ct.Value[0])
	rq.MulCoeffsMontgomery(u, pk.Value[1].Q, ct.Value[1])
	e := u
	for k := range 2 {
		xe.Read(e)
		rq.NTT(e, e)
		rq.Add(ct.Value[k], e, ct.Value[k])
	}
	wire.Zero(u)
	rq.Add(ct.Value[0], pt.Value, ct.Value[0])
	*ct.MetaData = *pt.MetaData
	return ct, nil
}

// ValidateMaskContribution checks a received contribution's envelope against
// the E3: preset, E3 id, author and well-formed fresh ciphertexts (the codec
// already enforces the last for decoded contributions).
func ValidateMaskContribution(c *MaskContribution, p *bfv.Preset, e3 uint64, member int) error {
	switch {
	case c == nil || c.A == nil || c.B == nil:
		return fmt.Errorf("threshold: mask: %w: incomplete contribution", ErrMissing)
	case c.Preset != p:
		return fmt.Errorf("threshold: mask: %w: made under preset %v", ErrConfig, c.Preset)
	case c.E3ID != e3:
		return fmt.Errorf("threshold: mask: %w: E3 %d, want %d", ErrWrongE3, c.E3ID, e3)
	case c.Member != member:
		return fmt.Errorf("threshold: mask: %w: contribution of member %d, sent as %d", ErrIndex, c.Member, member)
	}
	for _, ct := range []*rlwe.Ciphertext{c.A, c.B} {
		if ct.Degree() != 1 || ct.Level() != p.Params().MaxLevel() {
			return fmt.Errorf("threshold: mask: %w: not a fresh ciphertext (degree %d, level %d)", ErrConfig, ct.Degree(), ct.Level())
		}
	}
	return nil
}

// VerifyMaskOpening re-derives the contribution from an opened seed and
// compares it byte for byte with the published one. A nil error proves that
// the member's mask is uniform-looking, non-zero and paired with its
// inverse; ErrMaskOpening names a cheater.
func VerifyMaskOpening(c *MaskContribution, pk *rlwe.PublicKey, sec *MaskSecret) error {
	if sec.E3ID != c.E3ID || sec.Member != c.Member {
		return fmt.Errorf("threshold: mask member %d: %w: opening is for E3 %d member %d", c.Member, ErrMaskOpening, sec.E3ID, sec.Member)
	}
	want, err := DeriveMaskContribution(c.Preset, pk, sec)
	if err != nil {
		return err
	}
	got, err := c.MarshalBinary()
	if err != nil {
		return err
	}
	again, err := want.MarshalBinary()
	if err != nil {
		return err
	}
	if !bytes.Equal(got, again) {
		return fmt.Errorf("threshold: mask member %d: %w", c.Member, ErrMaskOpening)
	}
	return nil
}

// MaskDigest hashes the contributions in order; programs derive their
// public challenges from it, so they are fixed only once every contribution
// is.
func MaskDigest(cs []*MaskContribution) ([32]byte, error) {
	h := sha256.New()
	h.Write([]byte("ciphernet/v1/mask-digest"))
	for _, c := range cs {
		b, err := c.MarshalBinary()
		if err != nil {
			return [32]byte{}, err
		}
		sum := sha256.Sum256(b)
		h.Write(sum[:])
	}
	return [32]byte(h.Sum(nil)), nil
}

// CheckMaskContributions validates a contribution list for use in a program:
// between 1 and MaxMaskContributions of them, distinct members, all for the
// same E3 and preset, and no ciphertext published twice (a verbatim copy of
// another member's mask; derived copies are what commit-then-reveal stops).
func CheckMaskContributions(p *bfv.Preset, cs []*MaskContribution) error {
	if len(cs) < 1 || len(cs) > MaxMaskContributions {
		return fmt.Errorf("threshold: mask: %w: %d contributions, want 1..%d", ErrConfig, len(cs), MaxMaskContributions)
	}
	seen := map[int]bool{}
	digests := map[[32]byte]bool{}
	for _, c := range cs {
		if c == nil {
			return fmt.Errorf("threshold: mask: %w: nil contribution", ErrMissing)
		}
		if err := ValidateMaskContribution(c, p, cs[0].E3ID, c.Member); err != nil {
			return err
		}
		if seen[c.Member] {
			return fmt.Errorf("threshold: mask: %w: two contributions of member %d", ErrIndex, c.Member)
		}
		seen[c.Member] = true
		for _, ct := range []*rlwe.Ciphertext{c.A, c.B} {
			b, err := c.Preset.MarshalCiphertext(ct)
			if err != nil {
				return fmt.Errorf("threshold: mask: %w", err)
			}
			d := sha256.Sum256(b)
			if digests[d] {
				return fmt.Errorf("threshold: mask: %w: member %d repeats a published mask ciphertext", ErrConfig, c.Member)
			}
			digests[d] = true
		}
	}
	return nil
}

// MaskProduct multiplies the contributions' A parts in a balanced tree
// (depth ⌈log2 k⌉), relinearizing after each product.
func MaskProduct(eval *bgv.Evaluator, cs []*MaskContribution) (*rlwe.Ciphertext, error) {
	layer := make([]*rlwe.Ciphertext, len(cs))
	for i, c := range cs {
		layer[i] = c.A
	}
	if len(layer) == 0 {
		return nil, fmt.Errorf("threshold: mask product: %w", ErrMissing)
	}
	for len(layer) > 1 {
		next := make([]*rlwe.Ciphertext, 0, (len(layer)+1)/2)
		for i := 0; i+1 < len(layer); i += 2 {
			prod, err := eval.MulRelinNew(layer[i], layer[i+1])
			if err != nil {
				return nil, fmt.Errorf("threshold: mask product: %w", err)
			}
			next = append(next, prod)
		}
		if len(layer)%2 == 1 {
			next = append(next, layer[len(layer)-1])
		}
		layer = next
	}
	if layer[0] == cs[0].A {
		return layer[0].CopyNew(), nil
	}
	return layer[0], nil
}

// MaskCheck returns the encrypted check vector Σ_j ρ_j ⊙ (A_j ⊙ B_j − 1),
// restricted to the first slots slots (the ones the program masks), with ρ_j
// uniform public challenges derived from seed. Every slot is zero when all
// contributions are honest; a program sums it into one released slot.
func MaskCheck(eval *bgv.Evaluator, p *bfv.Preset, cs []*MaskContribution, seed [32]byte, slots int) (*rlwe.Ciphertext, error) {
	T := p.PlaintextModulus()
	prng := challengePRNG(seed, "mask-check")
	var acc *rlwe.Ciphertext
	for _, c := range cs {
		prod, err := eval.MulRelinNew(c.A, c.B)
		if err != nil {
			return nil, fmt.Errorf("threshold: mask check: %w", err)
		}
		if err := eval.Sub(prod, 1, prod); err != nil {
			return nil, fmt.Errorf("threshold: mask check: %w", err)
		}
		rho := UniformChallenge(prng, p.Slots(), slots, T)
		if err := eval.Mul(prod, rho, prod); err != nil {
			return nil, fmt.Errorf("threshold: mask check: %w", err)
		}
		if acc == nil {
			acc = prod
		} else if err := eval.Add(acc, prod, acc); err != nil {
			return nil, fmt.Errorf("threshold: mask check: %w", err)
		}
	}
	return acc, nil
}

// challengePRNG returns the keyed stream of public challenges for one use.
func challengePRNG(seed [32]byte, use string) *sampling.KeyedPRNG {
	h := sha256.Sum256(append([]byte("ciphernet/v1/challenge/"+use+"/"), seed[:]...))
	prng, err := sampling.NewKeyedPRNG(h[:])
	if err != nil {
		panic(fmt.Sprintf("threshold: keyed PRNG: %v", err)) // only fails on an invalid key length
	}
	return prng
}

// NewChallengeStream returns a deterministic stream of public challenges
// for use, keyed by seed: every party that knows seed draws the same values.
func NewChallengeStream(seed [32]byte, use string) io.Reader { return challengePRNG(seed, use) }

// UniformChallenge draws a vector of total slots whose first used entries are
// uniform non-zero values modulo T (the rest zero) from r.
func UniformChallenge(r io.Reader, total, used int, T uint64) []uint64 {
	out := make([]uint64, total)
	var buf [8]byte
	for i := range min(used, total) {
		for out[i] == 0 {
			if _, err := io.ReadFull(r, buf[:]); err != nil {
				panic(fmt.Sprintf("threshold: challenge stream: %v", err)) // a keyed PRNG never fails
			}
			v := binary.LittleEndian.Uint64(buf[:])
			if v >= ^uint64(0)-^uint64(0)%(T-1) {
				continue
			}
			out[i] = 1 + v%(T-1)
		}
	}
	return out
}

// tagMaskContribution tags a MaskContribution encoding.
const tagMaskContribution = 0x0B

// MarshalBinary encodes the contribution: the common prefix, the member,
// then A and B as canonical ciphertext encodings (A's length first).
func (c *MaskContribution) MarshalBinary() ([]byte, error) {
	if c.Preset == nil || c.A == nil || c.B == nil {
		return nil, fmt.Errorf("threshold: marshal mask contribution: incomplete")
	}
	a, err := c.Preset.MarshalCiphertext(c.A)
	if err != nil {
		return nil, err
	}
	bb, err := c.Preset.MarshalCiphertext(c.B)
	if err != nil {
		return nil, err
	}
	b := appendPrefix(tagMaskContribution, c.Preset, c.E3ID)
	b = appendU16(b, c.Member)
	b = appendU32(b, len(a))
	b = append(b, a...)
	return append(b, bb...), nil
}

// UnmarshalBinary strictly decodes a contribution; both ciphertexts must be
// fresh top-level encryptions of the preset (bfv.Preset.InputRule).
func (c *MaskContribution) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	p, e3, err := readPrefix(r, tagMaskContribution)
	if err != nil {
		return fmt.Errorf("threshold: mask contribution: %w", err)
	}
	member := readIndex(r, "member")
	size := int(r.Uint32("ciphertext size"))
	if err := r.Err(); err != nil {
		return fmt.Errorf("threshold: mask contribution: %w", err)
	}
	if want := p.CiphertextSize(); size != want || len(r.Rest()) != 2*want {
		return fmt.Errorf("threshold: mask contribution: %w", wire.Malformed(bfv.ErrLength, "ciphertexts of %d bytes in %d bytes, want 2×%d", size, len(r.Rest()), want))
	}
	out := MaskContribution{Preset: p, E3ID: e3, Member: member}
	if out.A, err = p.UnmarshalInput(r.Bytes(size, "mask")); err != nil {
		return fmt.Errorf("threshold: mask contribution: %w", err)
	}
	if out.B, err = p.UnmarshalInput(r.Bytes(size, "inverse mask")); err != nil {
		return fmt.Errorf("threshold: mask contribution: %w", err)
	}
	if err := r.Done(); err != nil {
		return fmt.Errorf("threshold: mask contribution: %w", err)
	}
	*c = out
	return nil
}
