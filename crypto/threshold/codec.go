package threshold

import (
	"fmt"
	"slices"
	"sync"

	"golang.org/x/crypto/sha3"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/ring/ringqp"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// Wire tags of the threshold layer (bfv uses 0x01 and 0x02).
const (
	tagDealing         = 0x03
	tagDecryptionShare = 0x04
	tagKeyShare        = 0x05
	tagRelinShare      = 0x06
	tagDealerSecret    = 0x09
)

// Every encoding starts with: "CN" tag version | preset id | E3 id (u64).
func appendPrefix(tag byte, p *bfv.Preset, e3 uint64) []byte {
	return appendU64(append(wire.Header(tag, formatV1), p.ID), e3)
}

// readPrefix reads and checks the common prefix and resolves the preset.
func readPrefix(r *wire.Reader, tag byte) (*bfv.Preset, uint64, error) {
	r.CheckHeader(tag, formatV1)
	id, e3 := r.Byte("preset"), r.Uint64("e3")
	if err := r.Err(); err != nil {
		return nil, 0, err
	}
	p, err := bfv.ByID(id)
	if err != nil {
		return nil, 0, wire.Malformed(bfv.ErrWrongPreset, "%v", err)
	}
	return p, e3, nil
}

func readIndex(r *wire.Reader, what string) int {
	i := int(r.Uint16(what))
	if r.Err() == nil && (i < 1 || i > MaxMembers) {
		r.Fail(wire.Malformed(ErrIndex, "%s %d outside 1..%d", what, i, MaxMembers))
	}
	return i
}

func readCount(r *wire.Reader, what string, lo, hi int) int {
	k := int(r.Byte(what))
	if r.Err() == nil && (k < lo || k > hi) {
		r.Fail(wire.Malformed(wire.ErrMalformed, "%s %d outside %d..%d", what, k, lo, hi))
	}
	return k
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func readBool(r *wire.Reader, what string) bool {
	v := r.Byte(what)
	if v > 1 {
		r.Fail(wire.Malformed(wire.ErrMalformed, "%s flag %d", what, v))
	}
	return v == 1
}

// appendGadget writes every polynomial of a gadget ciphertext (the
// relinearization-key shares) at its own levels.
func appendGadget(b []byte, g *rlwe.GadgetCiphertext) []byte {
	for _, row := range g.Value {
		for _, vec := range row {
			for _, p := range vec {
				b = wire.AppendPoly(b, p.Q, p.Q.Level())
				if p.P.Level() >= 0 {
					b = wire.AppendPoly(b, p.P, p.P.Level())
				}
			}
		}
	}
	return b
}

// readGadget fills a freshly allocated gadget ciphertext in place.
func readGadget(r *wire.Reader, params rlwe.ParameterProvider, g *rlwe.GadgetCiphertext) {
	rqp := params.GetRLWEParameters().RingQP()
	for _, row := range g.Value {
		for _, vec := range row {
			for k := range vec {
				vec[k] = readQPAt(r, rqp, vec[k].Q.Level(), vec[k].P.Level())
			}
		}
	}
}

func readQPAt(r *wire.Reader, rqp *ringqp.Ring, levelQ, levelP int) ringqp.Poly {
	var p ringqp.Poly
	p.Q = r.Poly(rqp.RingQ, levelQ, "relinearization share")
	if levelP >= 0 {
		p.P = r.Poly(rqp.RingP, levelP, "relinearization share")
	}
	return p
}

// MarshalBinary encodes the dealing's public part, its header: the
// public-key share, the first relinearization round, and the hash and size
// of every sealed bundle — not the bundles. Each bundle travels as its own
// blob, fetched by the one member it is sealed to under the hash the header
// commits to: a whole dealing is n bundles (16 MiB at n = 32), and every
// member pulling every whole dealing moved n² bundles through each node.
func (d *Dealing) MarshalBinary() ([]byte, error) {
	if d.Preset == nil {
		return nil, fmt.Errorf("threshold: marshal dealing: no preset")
	}
	if err := d.fillHashes(); err != nil {
		return nil, fmt.Errorf("threshold: marshal dealing: %w", err)
	}
	params := d.Preset.Params()
	b := appendPrefix(tagDealing, d.Preset, d.E3ID)
	b = appendU16(b, d.Dealer)
	b = appendU16(b, len(d.BundleHashes))
	b = appendBool(b, d.RelinRound1 != nil)
	b = bfv.AppendQP(b, params, d.PublicKeyShare.Value)
	if d.RelinRound1 != nil {
		b = appendGadget(b, &d.RelinRound1.GadgetCiphertext)
	}
	b = appendU32(b, d.BundleSize)
	for _, h := range d.BundleHashes {
		b = append(b, h[:]...)
	}
	return b, nil
}

// fillHashes derives BundleSize and BundleHashes from the bundles when the
// dealing was built in memory rather than decoded.
func (d *Dealing) fillHashes() error {
	if d.BundleHashes != nil {
		return nil
	}
	if len(d.Bundles) == 0 {
		return fmt.Errorf("%w: dealing without bundles", ErrMissing)
	}
	d.BundleSize = len(d.Bundles[0])
	d.BundleHashes = make([][32]byte, len(d.Bundles))
	for j, box := range d.Bundles {
		if len(box) != d.BundleSize {
			return fmt.Errorf("%w: bundles of different sizes", ErrBundleAuth)
		}
		d.BundleHashes[j] = BundleHash(box)
	}
	return nil
}

// MarshalSealed encodes the header followed by every bundle: the dealer's
// own copy, kept sealed at rest between commit and reveal.
func (d *Dealing) MarshalSealed() ([]byte, error) {
	b, err := d.MarshalBinary()
	if err != nil {
		return nil, err
	}
	for j, box := range d.Bundles {
		if box == nil {
			return nil, fmt.Errorf("threshold: marshal dealing: %w: bundle %d", ErrMissing, j+1)
		}
		b = append(b, box...)
	}
	return b, nil
}

// UnmarshalBinary strictly decodes a dealing header (MarshalBinary): sizes
// are checked against the preset before anything is allocated. Bundles
// comes back with n empty entries for SetBundle; whether a bundle opens is
// checked by Session.KeyShare, which can name the dealer.
func (d *Dealing) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	out, err := readDealing(r)
	if err != nil {
		return err
	}
	if err := r.Done(); err != nil {
		return fmt.Errorf("threshold: dealing: %w", err)
	}
	*d = out
	return nil
}

// UnmarshalSealed decodes MarshalSealed's encoding, checking every bundle
// against the header.
func (d *Dealing) UnmarshalSealed(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	out, err := readDealing(r)
	if err != nil {
		return err
	}
	if len(r.Rest()) != len(out.Bundles)*out.BundleSize {
		return fmt.Errorf("threshold: dealing: %w", wire.Malformed(bfv.ErrLength, "%d bytes for %d bundles of %d", len(r.Rest()), len(out.Bundles), out.BundleSize))
	}
	for j := range out.Bundles {
		if err := out.SetBundle(j+1, slices.Clone(r.Bytes(out.BundleSize, "bundle"))); err != nil {
			return err
		}
	}
	*d = out
	return nil
}

func readDealing(r *wire.Reader) (Dealing, error) {
	p, e3, err := readPrefix(r, tagDealing)
	if err != nil {
		return Dealing{}, fmt.Errorf("threshold: dealing: %w", err)
	}
	params := p.Params()
	dealer := readIndex(r, "dealer")
	n := readIndex(r, "member count")
	hasRelin := readBool(r, "relinearization")
	if r.Err() == nil && hasRelin != p.Relinearize {
		r.Fail(wire.Malformed(wire.ErrMalformed, "relinearization share presence does not match preset %s", p.Name))
	}
	if err := r.Err(); err != nil {
		return Dealing{}, fmt.Errorf("threshold: dealing: %w", err)
	}
	out := Dealing{Preset: p, E3ID: e3, Dealer: dealer}
	out.PublicKeyShare.Value = bfv.ReadQP(r, params, "public-key share")
	if hasRelin && r.Err() == nil {
		if len(r.Rest()) < gadgetSize(p) {
			return Dealing{}, fmt.Errorf("threshold: dealing: %w", wire.Malformed(bfv.ErrLength, "%d bytes left for a relinearization share of %d", len(r.Rest()), gadgetSize(p)))
		}
		_, r1, _ := multiparty.NewRelinearizationKeyGenProtocol(params).AllocateShare()
		readGadget(r, params, &r1.GadgetCiphertext)
		out.RelinRound1 = &r1
	}
	out.BundleSize = int(r.Uint32("bundle size"))
	if err := r.Err(); err != nil {
		return Dealing{}, fmt.Errorf("threshold: dealing: %w", err)
	}
	minSize := sealOverhead + bundleHeaderLen + 2*wire.PolySize(params.N(), params.MaxLevelQ())
	maxSize := sealOverhead + bundleHeaderLen + (1+MaxDecryptions)*wire.PolySize(params.N(), params.MaxLevelQ())
	if out.BundleSize < minSize || out.BundleSize > maxSize || len(r.Rest()) < n*32 {
		return Dealing{}, fmt.Errorf("threshold: dealing: %w", wire.Malformed(bfv.ErrLength, "%d bundle hashes and bundles of %d bytes in %d bytes", n, out.BundleSize, len(r.Rest())))
	}
	out.BundleHashes = make([][32]byte, n)
	for j := range out.BundleHashes {
		copy(out.BundleHashes[j][:], r.Bytes(32, "bundle hash"))
	}
	out.Bundles = make([][]byte, n)
	return out, r.Err()
}

// BundleHash is the Keccak-256 of a sealed bundle: what a dealing header
// commits to, and the hash a node stores and serves the bundle under.
func BundleHash(box []byte) [32]byte {
	var h [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(box)
	k.Sum(h[:0])
	return h
}

// SetBundle attaches member j's sealed bundle, fetched separately, after
// checking it against the header: a bundle that is not the committed one is
// the dealer's fault only if the dealer served it, so the error names the
// dealer and the caller decides (fetch again, or blame).
func (d *Dealing) SetBundle(j int, box []byte) error {
	if j < 1 || j > len(d.BundleHashes) || len(d.Bundles) != len(d.BundleHashes) {
		return fmt.Errorf("threshold: bundle: %w: member %d of %d", ErrIndex, j, len(d.BundleHashes))
	}
	if len(box) != d.BundleSize {
		return fmt.Errorf("threshold: %w", &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: bundle for %d is %d bytes, the header says %d", ErrBundleAuth, j, len(box), d.BundleSize)})
	}
	if BundleHash(box) != d.BundleHashes[j-1] {
		return fmt.Errorf("threshold: %w", &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: bundle for %d is not the one its header commits to", ErrBundleAuth, j)})
	}
	d.Bundles[j-1] = box
	return nil
}

// MarshalBinary encodes the decryption share.
func (d *DecryptionShare) MarshalBinary() ([]byte, error) {
	if d.Preset == nil {
		return nil, fmt.Errorf("threshold: marshal decryption share: no preset")
	}
	b := appendPrefix(tagDecryptionShare, d.Preset, d.E3ID)
	b = appendU16(b, d.Index)
	b = append(b, byte(d.Stage), byte(d.Level()))
	return wire.AppendPoly(b, d.Value, d.Level()), nil
}

// UnmarshalBinary strictly decodes a decryption share.
func (d *DecryptionShare) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	p, e3, err := readPrefix(r, tagDecryptionShare)
	if err != nil {
		return fmt.Errorf("threshold: decryption share: %w", err)
	}
	params := p.Params()
	index := readIndex(r, "member")
	stage := readCount(r, "decryption index", 0, MaxDecryptions-1)
	level := readCount(r, "level", 0, params.MaxLevel())
	if err := r.Err(); err != nil {
		return fmt.Errorf("threshold: decryption share: %w", err)
	}
	if want := wire.PolySize(params.N(), level); len(r.Rest()) != want {
		return fmt.Errorf("threshold: decryption share: %w", wire.Malformed(bfv.ErrLength, "%d bytes, want %d", len(r.Rest()), want))
	}
	v := r.Poly(params.RingQ(), level, "share")
	if err := r.Done(); err != nil {
		return fmt.Errorf("threshold: decryption share: %w", err)
	}
	*d = DecryptionShare{Preset: p, E3ID: e3, Index: index, Stage: stage, Value: v}
	return nil
}

// MarshalBinary encodes the key share, secret material included: the node
// stores it only encrypted under the operator's key.
func (ks *KeyShare) MarshalBinary() ([]byte, error) {
	if ks.erased || ks.Preset == nil {
		return nil, fmt.Errorf("threshold: marshal key share: %w", ErrErased)
	}
	level := ks.Preset.Params().MaxLevelQ()
	b := appendPrefix(tagKeyShare, ks.Preset, ks.E3ID)
	b = appendU16(b, ks.Index)
	b = append(b, byte(len(ks.Noise)))
	b = wire.AppendPoly(b, ks.S, level)
	for k := range ks.Noise {
		b = wire.AppendPoly(b, ks.Noise[k], level)
		b = append(b, ks.Used[k][:]...)
	}
	return b, nil
}

// UnmarshalBinary decodes a key share written by MarshalBinary.
func (ks *KeyShare) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	p, e3, err := readPrefix(r, tagKeyShare)
	if err != nil {
		return fmt.Errorf("threshold: key share: %w", err)
	}
	params := p.Params()
	index := readIndex(r, "member")
	k := readCount(r, "decryptions", 1, MaxDecryptions)
	if err := r.Err(); err != nil {
		return fmt.Errorf("threshold: key share: %w", err)
	}
	level := params.MaxLevelQ()
	if want := (1+k)*wire.PolySize(params.N(), level) + 32*k; len(r.Rest()) != want {
		return fmt.Errorf("threshold: key share: %w", wire.Malformed(bfv.ErrLength, "%d bytes, want %d", len(r.Rest()), want))
	}
	out := &KeyShare{Preset: p, E3ID: e3, Index: index, Noise: make([]ring.Poly, k), Used: make([][32]byte, k)}
	out.S = r.Poly(params.RingQ(), level, "secret share")
	for i := range out.Noise {
		out.Noise[i] = r.Poly(params.RingQ(), level, "noise share")
		copy(out.Used[i][:], r.Bytes(32, "use digest"))
	}
	if err := r.Done(); err != nil {
		for _, p := range append(out.Noise, out.S) {
			if p.Level() >= 0 {
				wire.Zero(p)
			}
		}
		return fmt.Errorf("threshold: key share: %w", err)
	}
	ks.Preset, ks.E3ID, ks.Index, ks.S, ks.Noise, ks.Used, ks.erased = out.Preset, out.E3ID, out.Index, out.S, out.Noise, out.Used, false
	return nil
}

// MarshalBinary encodes the dealer secret (stored encrypted at rest).
func (d *DealerSecret) MarshalBinary() ([]byte, error) {
	if d.SK == nil || d.Preset == nil {
		return nil, fmt.Errorf("threshold: marshal dealer secret: %w", ErrErased)
	}
	params := d.Preset.Params()
	b := appendPrefix(tagDealerSecret, d.Preset, d.E3ID)
	b = appendU16(b, d.Dealer)
	b = appendBool(b, d.EphSK != nil)
	b = bfv.AppendQP(b, params, d.SK.Value)
	if d.EphSK != nil {
		b = bfv.AppendQP(b, params, d.EphSK.Value)
	}
	return b, nil
}

// UnmarshalBinary decodes a dealer secret written by MarshalBinary.
func (d *DealerSecret) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	p, e3, err := readPrefix(r, tagDealerSecret)
	if err != nil {
		return fmt.Errorf("threshold: dealer secret: %w", err)
	}
	params := p.Params()
	dealer := readIndex(r, "dealer")
	hasEph := readBool(r, "ephemeral")
	if err := r.Err(); err != nil {
		return fmt.Errorf("threshold: dealer secret: %w", err)
	}
	out := DealerSecret{Preset: p, E3ID: e3, Dealer: dealer, SK: &rlwe.SecretKey{Value: bfv.ReadQP(r, params, "secret")}}
	if hasEph {
		out.EphSK = &rlwe.SecretKey{Value: bfv.ReadQP(r, params, "ephemeral secret")}
	}
	if err := r.Done(); err != nil {
		return fmt.Errorf("threshold: dealer secret: %w", err)
	}
	*d = out
	return nil
}

// MarshalBinary encodes a second-round relinearization share.
func (rs *RelinShare) MarshalBinary() ([]byte, error) {
	if rs.Preset == nil {
		return nil, fmt.Errorf("threshold: marshal relinearization share: no preset")
	}
	b := appendPrefix(tagRelinShare, rs.Preset, rs.E3ID)
	b = appendU16(b, rs.Dealer)
	return appendGadget(b, &rs.Share.GadgetCiphertext), nil
}

// UnmarshalBinary strictly decodes a second-round relinearization share.
func (rs *RelinShare) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	p, e3, err := readPrefix(r, tagRelinShare)
	if err != nil {
		return fmt.Errorf("threshold: relinearization share: %w", err)
	}
	dealer := readIndex(r, "dealer")
	if err := r.Err(); err != nil {
		return fmt.Errorf("threshold: relinearization share: %w", err)
	}
	if !p.Relinearize {
		return fmt.Errorf("threshold: relinearization share: %w", wire.Malformed(wire.ErrMalformed, "preset %s has no relinearization key", p.Name))
	}
	if want := gadgetSize(p); len(r.Rest()) != want {
		return fmt.Errorf("threshold: relinearization share: %w", wire.Malformed(bfv.ErrLength, "%d bytes, want %d", len(r.Rest()), want))
	}
	params := p.Params()
	_, _, r2 := multiparty.NewRelinearizationKeyGenProtocol(params).AllocateShare()
	readGadget(r, params, &r2.GadgetCiphertext)
	if err := r.Done(); err != nil {
		return fmt.Errorf("threshold: relinearization share: %w", err)
	}
	*rs = RelinShare{Preset: p, E3ID: e3, Dealer: dealer, Share: r2}
	return nil
}

// gadgetSizes caches, per preset id, the encoded size of a relinearization
// share, so decoders can check lengths before allocating one.
var gadgetSizes sync.Map

func gadgetSize(p *bfv.Preset) int {
	if v, ok := gadgetSizes.Load(p.ID); ok {
		return v.(int)
	}
	params := p.Params()
	_, _, g := multiparty.NewRelinearizationKeyGenProtocol(params).AllocateShare()
	size := 0
	for _, row := range g.Value {
		for _, vec := range row {
			for _, poly := range vec {
				size += wire.PolySize(params.N(), poly.Q.Level()) + wire.PolySize(params.N(), poly.P.Level())
			}
		}
	}
	gadgetSizes.Store(p.ID, size)
	return size
}

func appendU32(b []byte, v int) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

// tagGaloisShare tags a GaloisShare encoding.
const tagGaloisShare = 0x0A

// MarshalBinary encodes a member's rotation-key shares: the common prefix,
// the dealer, the share count, then per share its Galois element and
// gadget polynomials.
func (gs *GaloisShare) MarshalBinary() ([]byte, error) {
	if gs.Preset == nil {
		return nil, fmt.Errorf("threshold: marshal galois share: no preset")
	}
	b := appendPrefix(tagGaloisShare, gs.Preset, gs.E3ID)
	b = appendU16(b, gs.Dealer)
	b = append(b, byte(len(gs.Shares)))
	for k := range gs.Shares {
		b = appendU64(b, gs.Shares[k].GaloisElement)
		b = appendGadget(b, &gs.Shares[k].GadgetCiphertext)
	}
	return b, nil
}

// UnmarshalBinary strictly decodes a member's rotation-key shares: the
// preset must rotate, the elements must be exactly the preset's rotation
// elements in order, and the length is checked before anything is
// allocated.
func (gs *GaloisShare) UnmarshalBinary(b []byte) (err error) {
	defer wire.Recover(&err)
	r := wire.NewReader(b)
	p, e3, err := readPrefix(r, tagGaloisShare)
	if err != nil {
		return fmt.Errorf("threshold: galois share: %w", err)
	}
	dealer := readIndex(r, "dealer")
	count := int(r.Byte("share count"))
	if err := r.Err(); err != nil {
		return fmt.Errorf("threshold: galois share: %w", err)
	}
	if !p.Relinearize {
		return fmt.Errorf("threshold: galois share: %w", wire.Malformed(wire.ErrMalformed, "preset %s has no rotation keys", p.Name))
	}
	els := p.RotationGaloisElements()
	if count != len(els) {
		return fmt.Errorf("threshold: galois share: %w", wire.Malformed(wire.ErrMalformed, "%d shares, preset %s has %d rotation keys", count, p.Name, len(els)))
	}
	if want := count * (8 + galoisShareSize(p)); len(r.Rest()) != want {
		return fmt.Errorf("threshold: galois share: %w", wire.Malformed(bfv.ErrLength, "%d bytes, want %d", len(r.Rest()), want))
	}
	params := p.Params()
	gkg := multiparty.NewGaloisKeyGenProtocol(params)
	out := GaloisShare{Preset: p, E3ID: e3, Dealer: dealer, Shares: make([]multiparty.GaloisKeyGenShare, count)}
	for k := range out.Shares {
		el := r.Uint64("galois element")
		if r.Err() == nil && el != els[k] {
			r.Fail(wire.Malformed(wire.ErrMalformed, "share %d is for galois element %d, want %d", k, el, els[k]))
		}
		if err := r.Err(); err != nil {
			return fmt.Errorf("threshold: galois share: %w", err)
		}
		out.Shares[k] = gkg.AllocateShare()
		out.Shares[k].GaloisElement = el
		readGadget(r, params, &out.Shares[k].GadgetCiphertext)
	}
	if err := r.Done(); err != nil {
		return fmt.Errorf("threshold: galois share: %w", err)
	}
	*gs = out
	return nil
}

// galoisShareSizes caches the encoded gadget size of one rotation-key share
// per preset id.
var galoisShareSizes sync.Map

func galoisShareSize(p *bfv.Preset) int {
	if v, ok := galoisShareSizes.Load(p.ID); ok {
		return v.(int)
	}
	params := p.Params()
	g := multiparty.NewGaloisKeyGenProtocol(params).AllocateShare()
	size := 0
	for _, row := range g.Value {
		for _, vec := range row {
			for _, poly := range vec {
				size += wire.PolySize(params.N(), poly.Q.Level()) + wire.PolySize(params.N(), poly.P.Level())
			}
		}
	}
	galoisShareSizes.Store(p.ID, size)
	return size
}
