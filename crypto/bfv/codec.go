package bfv

import (
	"errors"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring/ringqp"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// Decoding errors. Every one of them also wraps ErrMalformed, so callers
// that only need "reject" can test for that, and callers that report the
// reason (the input API) can name it.
var (
	// ErrMalformed is wrapped by every decoding error.
	ErrMalformed = wire.ErrMalformed
	// ErrWrongPreset means the value was made under another preset.
	ErrWrongPreset = errors.New("value made under another preset")
	// ErrRingDegree means the ring degree N differs from the preset's.
	ErrRingDegree = errors.New("ring degree does not match the preset")
	// ErrLevel means the number of RNS moduli is not acceptable.
	ErrLevel = errors.New("unacceptable ciphertext level (modulus count)")
	// ErrCiphertextDegree means the number of polynomials is not acceptable.
	ErrCiphertextDegree = errors.New("unacceptable ciphertext degree")
	// ErrScale means the plaintext scale is zero or not reduced modulo T.
	ErrScale = errors.New("invalid plaintext scale")
	// ErrLength means the value is shorter or longer than its header says.
	ErrLength = errors.New("length does not match the header")
	// ErrCoefficient means a coefficient is not reduced modulo its prime.
	ErrCoefficient = wire.ErrCoefficient
	// ErrFormat means the type tag or format version is wrong.
	ErrFormat = wire.ErrMagic
)

// Wire tags of the values this package encodes.
const (
	tagCiphertext = 0x01
	tagPublicKey  = 0x02
	formatV1      = 1

	// header: "CN" tag version | preset | logN | level | degree | flags | scale(8)
	ciphertextHeaderLen = 4 + 5 + 8
	flagBatched         = 1 << 0
)

// MarshalCiphertext encodes ct: a fixed header followed by every RNS row of
// every polynomial as little-endian uint64. The format is canonical (one
// encoding per ciphertext), so hashes of encodings identify ciphertexts.
func (p *Preset) MarshalCiphertext(ct *rlwe.Ciphertext) ([]byte, error) {
	params := p.Params()
	if ct == nil || ct.MetaData == nil {
		return nil, fmt.Errorf("bfv: marshal: nil ciphertext")
	}
	if !ct.IsNTT || ct.IsMontgomery {
		return nil, fmt.Errorf("bfv: marshal: ciphertext must be NTT and not Montgomery")
	}
	if ct.Value[0].N() != params.N() {
		return nil, fmt.Errorf("bfv: marshal: ring degree %d, preset %s has %d", ct.Value[0].N(), p.Name, params.N())
	}
	level, degree := ct.Level(), ct.Degree()
	if degree < 1 || degree > 2 {
		return nil, fmt.Errorf("bfv: marshal: degree %d", degree)
	}
	var flags byte
	if ct.IsBatched {
		flags |= flagBatched
	}
	out := make([]byte, 0, ciphertextHeaderLen+(degree+1)*wire.PolySize(params.N(), level))
	out = append(out, wire.Header(tagCiphertext, formatV1)...)
	out = append(out, p.ID, byte(params.LogN()), byte(level), byte(degree), flags)
	out = appendUint64(out, ct.Scale.Uint64())
	for _, poly := range ct.Value {
		out = wire.AppendPoly(out, poly, level)
	}
	return out, nil
}

// CiphertextRule says which ciphertexts a decoder accepts beyond
// well-formedness.
type CiphertextRule struct {
	// Level, if >= 0, is the only acceptable level.
	Level int
	// MaxDegree is the largest acceptable degree (1 for fresh or
	// relinearized ciphertexts).
	MaxDegree int
	// FreshScale requires the default scale, as every fresh encryption has.
	FreshScale bool
}

// InputRule is the rule for ciphertexts submitted as program inputs: fresh
// public-key encryptions at the top level.
func (p *Preset) InputRule() CiphertextRule {
	return CiphertextRule{Level: p.Params().MaxLevel(), MaxDegree: 1, FreshScale: true}
}

// AnyRule accepts any well-formed ciphertext of degree 1 or 2 at any level.
var AnyRule = CiphertextRule{Level: -1, MaxDegree: 2}

// UnmarshalInput decodes an untrusted program input under InputRule.
func (p *Preset) UnmarshalInput(b []byte) (*rlwe.Ciphertext, error) {
	return p.UnmarshalCiphertext(b, p.InputRule())
}

// UnmarshalCiphertext decodes untrusted bytes into a ciphertext. It checks
// the header against the preset and the rule, the exact length before
// allocating, and every coefficient against its prime; it never panics.
func (p *Preset) UnmarshalCiphertext(b []byte, rule CiphertextRule) (ct *rlwe.Ciphertext, err error) {
	defer wire.Recover(&err)
	params := p.Params()
	r := wire.NewReader(b)
	r.CheckHeader(tagCiphertext, formatV1)
	id, logN := r.Byte("preset"), r.Byte("logN")
	level, degree, flags := int(r.Byte("level")), int(r.Byte("degree")), r.Byte("flags")
	scale := r.Uint64("scale")
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("bfv: ciphertext: %w", err)
	}
	switch {
	case id != p.ID:
		return nil, ctErr(ErrWrongPreset, "preset id %#x, want %#x (%s)", id, p.ID, p.Name)
	case int(logN) != params.LogN():
		return nil, ctErr(ErrRingDegree, "logN %d, want %d", logN, params.LogN())
	case level > params.MaxLevel() || (rule.Level >= 0 && level != rule.Level):
		return nil, ctErr(ErrLevel, "level %d (%d moduli), want %s", level, level+1, levelWant(rule, params.MaxLevel()))
	case degree < 1 || degree > rule.MaxDegree:
		return nil, ctErr(ErrCiphertextDegree, "degree %d, want 1..%d", degree, rule.MaxDegree)
	case flags&^flagBatched != 0:
		return nil, ctErr(wire.ErrMagic, "unknown flags %#x", flags)
	case scale == 0 || scale >= params.PlaintextModulus():
		return nil, ctErr(ErrScale, "scale %d not in [1,T)", scale)
	case rule.FreshScale && (scale != params.DefaultScale().Uint64() || flags&flagBatched == 0):
		return nil, ctErr(ErrScale, "scale %d or encoding is not that of a fresh batched encryption", scale)
	}
	want := (degree + 1) * wire.PolySize(params.N(), level)
	if len(r.Rest()) != want {
		return nil, ctErr(ErrLength, "body is %d bytes, header implies %d", len(r.Rest()), want)
	}
	ct = bgv.NewCiphertext(params, degree, level)
	for i := range ct.Value {
		ct.Value[i] = r.Poly(params.RingQ(), level, "polynomial")
	}
	if err := r.Done(); err != nil {
		return nil, fmt.Errorf("bfv: ciphertext: %w", err)
	}
	ct.Scale = rlwe.NewScaleModT(scale, params.PlaintextModulus())
	ct.IsBatched = flags&flagBatched != 0
	return ct, nil
}

func levelWant(rule CiphertextRule, maxLevel int) string {
	if rule.Level >= 0 {
		return fmt.Sprint(rule.Level)
	}
	return fmt.Sprintf("0..%d", maxLevel)
}

func ctErr(specific error, format string, args ...any) error {
	return fmt.Errorf("bfv: ciphertext: %w", wire.Malformed(specific, format, args...))
}

// MarshalPublicKey encodes a public key (two polynomials over Q and P).
func (p *Preset) MarshalPublicKey(pk *rlwe.PublicKey) ([]byte, error) {
	params := p.Params()
	if pk == nil || len(pk.Value) != 2 || pk.LevelQ() != params.MaxLevelQ() || pk.LevelP() != params.MaxLevelP() {
		return nil, fmt.Errorf("bfv: marshal public key: not a full-level key of preset %s", p.Name)
	}
	out := append(wire.Header(tagPublicKey, formatV1), p.ID)
	for _, v := range pk.Value {
		out = appendQP(out, params, v)
	}
	return out, nil
}

// UnmarshalPublicKey strictly decodes a public key of this preset.
func (p *Preset) UnmarshalPublicKey(b []byte) (pk *rlwe.PublicKey, err error) {
	defer wire.Recover(&err)
	params := p.Params()
	r := wire.NewReader(b)
	r.CheckHeader(tagPublicKey, formatV1)
	if id := r.Byte("preset"); r.Err() == nil && id != p.ID {
		return nil, fmt.Errorf("bfv: public key: %w", wire.Malformed(ErrWrongPreset, "preset id %#x, want %#x", id, p.ID))
	}
	pk = rlwe.NewPublicKey(params)
	for i := range pk.Value {
		pk.Value[i] = ReadQP(r, params, "public key")
	}
	if err := r.Done(); err != nil {
		return nil, fmt.Errorf("bfv: public key: %w", err)
	}
	return pk, nil
}

// appendQP appends the Q and (if any) P parts of a full-level QP polynomial.
func appendQP(b []byte, params bgv.Parameters, v ringqp.Poly) []byte {
	b = wire.AppendPoly(b, v.Q, params.MaxLevelQ())
	if params.MaxLevelP() >= 0 {
		b = wire.AppendPoly(b, v.P, params.MaxLevelP())
	}
	return b
}

// AppendQP appends a full-level QP polynomial in the wire format. Exported
// for the threshold package, whose shares live in the same rings.
func AppendQP(b []byte, params bgv.Parameters, v ringqp.Poly) []byte { return appendQP(b, params, v) }

// ReadQP reads a full-level QP polynomial written by AppendQP.
func ReadQP(r *wire.Reader, params bgv.Parameters, what string) ringqp.Poly {
	var v ringqp.Poly
	v.Q = r.Poly(params.RingQ(), params.MaxLevelQ(), what)
	if params.MaxLevelP() >= 0 {
		v.P = r.Poly(params.RingP(), params.MaxLevelP(), what)
	}
	return v
}

func appendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24), byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}
