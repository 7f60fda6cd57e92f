package bfv

import (
	"errors"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// ErrValueRange is returned when a slot value is not below the plaintext
// modulus or there are more values than slots.
var ErrValueRange = errors.New("plaintext value out of range")

// Encryptor encrypts slot vectors under a public key. Like the Lattigo
// objects it wraps it is not safe for concurrent use: give each goroutine
// its own (they are cheap next to one encryption).
type Encryptor struct {
	preset *Preset
	enc    *bgv.Encoder
	pkEnc  *rlwe.Encryptor
}

// NewEncryptor returns an Encryptor for pk under preset p.
func NewEncryptor(p *Preset, pk *rlwe.PublicKey) *Encryptor {
	params := p.Params()
	return &Encryptor{preset: p, enc: bgv.NewEncoder(params), pkEnc: bgv.NewEncryptor(params, pk)}
}

// Encrypt encodes values into the first slots (the rest are zero) and
// encrypts them at the top level.
func (e *Encryptor) Encrypt(values []uint64) (*rlwe.Ciphertext, error) {
	pt, err := Encode(e.preset, e.enc, values)
	if err != nil {
		return nil, err
	}
	ct, err := e.pkEnc.EncryptNew(pt)
	if err != nil {
		return nil, fmt.Errorf("bfv: encrypt: %w", err)
	}
	return ct, nil
}

// EncryptBytes encrypts values and returns the wire encoding.
func (e *Encryptor) EncryptBytes(values []uint64) ([]byte, error) {
	ct, err := e.Encrypt(values)
	if err != nil {
		return nil, err
	}
	return e.preset.MarshalCiphertext(ct)
}

// Encode checks values against the slot count and plaintext modulus and
// encodes them as a batched top-level plaintext.
func Encode(p *Preset, enc *bgv.Encoder, values []uint64) (*rlwe.Plaintext, error) {
	params := p.Params()
	if len(values) > params.MaxSlots() {
		return nil, fmt.Errorf("bfv: encode: %w: %d values for %d slots", ErrValueRange, len(values), params.MaxSlots())
	}
	full := make([]uint64, params.MaxSlots())
	for i, v := range values {
		if v >= params.PlaintextModulus() {
			return nil, fmt.Errorf("bfv: encode: %w: slot %d value %d >= T=%d", ErrValueRange, i, v, params.PlaintextModulus())
		}
		full[i] = v
	}
	pt := bgv.NewPlaintext(params, params.MaxLevel())
	if err := enc.Encode(full, pt); err != nil {
		return nil, fmt.Errorf("bfv: encode: %w", err)
	}
	return pt, nil
}

// Decode returns the slot values of a decrypted plaintext.
func Decode(p *Preset, enc *bgv.Encoder, pt *rlwe.Plaintext) ([]uint64, error) {
	out := make([]uint64, p.Params().MaxSlots())
	if err := enc.Decode(pt, out); err != nil {
		return nil, fmt.Errorf("bfv: decode: %w", err)
	}
	return out, nil
}

// NewEvaluator returns a scale-invariant (BFV) evaluator; rlk may be nil for
// addition-only programs. Not safe for concurrent use.
func (p *Preset) NewEvaluator(rlk *rlwe.RelinearizationKey) *bgv.Evaluator {
	var evk rlwe.EvaluationKeySet
	if rlk != nil {
		evk = rlwe.NewMemEvaluationKeySet(rlk)
	}
	return bgv.NewEvaluator(p.Params(), evk, true)
}

// ModSwitchForDecryption rescales ct in place down to the lowest level at
// which a committee of n can threshold-decrypt it. Dividing by the dropped
// primes shrinks the absolute noise, which is what the smudging bound must
// hide, while the noise budget stays the same. Lattigo's scale-invariant
// evaluator treats Rescale as a no-op, so this uses the BGV rescale, which
// tracks the scale change modulo T in the ciphertext metadata.
func (p *Preset) ModSwitchForDecryption(ct *rlwe.Ciphertext, n int) error {
	target, ok := p.DecryptionLevel(n)
	if !ok {
		return fmt.Errorf("bfv: preset %s cannot threshold-decrypt with n=%d", p.Name, n)
	}
	if ct.Level() < target {
		return fmt.Errorf("bfv: ciphertext at level %d is below the decryption level %d", ct.Level(), target)
	}
	eval := bgv.NewEvaluator(p.Params(), nil, false)
	for ct.Level() > target {
		if err := eval.Rescale(ct, ct); err != nil {
			return fmt.Errorf("bfv: rescale: %w", err)
		}
	}
	return nil
}
