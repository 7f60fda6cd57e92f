// Package bfv defines Ciphernet's named BFV parameter sets and the strict
// encoding of the values that cross trust boundaries: ciphertexts submitted
// by anyone and public keys published by the committee.
//
// BFV here is Lattigo's schemes/bgv with the scale-invariant evaluator. A
// preset is part of every E3 record, so its parameters are pinned literally
// (explicit primes), never regenerated from bit sizes: two nodes built from
// different library versions must agree byte for byte.
package bfv

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// ErrUnknownPreset is returned when a preset name or id is not defined.
var ErrUnknownPreset = errors.New("unknown BFV preset")

// Preset is a named, pinned BFV parameter set with the facts an operator
// needs to choose it. All fields are documentation except Literal, ID and
// LogSmudge, which the protocol uses.
type Preset struct {
	// Name is how requests and the CLI refer to the preset.
	Name string
	// ID is the byte that tags every encoded value made under this preset.
	ID byte
	// Insecure marks parameter sets that exist only to make tests fast.
	Insecure bool
	// SecurityBits is the classical security level claimed, 0 if none.
	SecurityBits int
	// Security explains how the level was derived.
	Security string
	// Depth is the number of ciphertext-ciphertext multiplications (with
	// relinearization) a program may chain before decryption, on top of the
	// final plaintext selector multiplication.
	Depth int
	// Relinearize says whether key generation also produces a
	// relinearization key (two extra rounds among the committee).
	Relinearize bool
	// MaxInputs is the largest number of fresh ciphertexts whose sum the
	// smudging bound still hides with StatSecurityBits of statistical security.
	MaxInputs int
	// LogSmudge is log2 of the smudging bound B: every dealer samples its
	// noise polynomials uniformly in [-B, B).
	LogSmudge int
	// StatSecurityBits is the statistical distance (in bits) between the
	// released decryption and one without the ciphertext noise, for outputs
	// whose noise stays within the preset's documented bound.
	StatSecurityBits int
	// Literal holds the pinned parameters.
	Literal bgv.ParametersLiteral

	once   sync.Once
	params bgv.Parameters
	err    error
}

// Params returns the Lattigo parameters. Presets are validated by the
// package tests, so an error here is a broken invariant and panics.
func (p *Preset) Params() bgv.Parameters {
	p.once.Do(func() { p.params, p.err = bgv.NewParametersFromLiteral(p.Literal) })
	if p.err != nil {
		panic(fmt.Sprintf("bfv: preset %s does not instantiate: %v", p.Name, p.err))
	}
	return p.params
}

// Slots is the number of plaintext slots (the SIMD vector length).
func (p *Preset) Slots() int { return p.Params().MaxSlots() }

// PlaintextModulus is T: slot values and sums are exact modulo T.
func (p *Preset) PlaintextModulus() uint64 { return p.Params().PlaintextModulus() }

// CiphertextSize is the encoded size of a degree-1 ciphertext at the top level.
func (p *Preset) CiphertextSize() int {
	return ciphertextHeaderLen + 2*8*p.Params().N()*(p.Params().MaxLevel()+1)
}

// DecryptionLevel is the highest level at which a threshold decryption is
// still correct with n members: T·n·B must stay below Q_level/4 so that the
// smudged noise never wraps. It returns the lowest level with that property
// too, so a program can rescale its output down to it (a smaller modulus
// shrinks the absolute noise the smudging must hide).
func (p *Preset) DecryptionLevel(n int) (lowest int, ok bool) {
	params := p.Params()
	need := math.Log2(float64(params.PlaintextModulus())) + math.Log2(float64(n)) + float64(p.LogSmudge) + 2
	logQ := 0.0
	for i, q := range params.Q() {
		logQ += math.Log2(float64(q))
		if logQ > need {
			return i, true
		}
	}
	return 0, false
}

// MaxCommittee is the largest committee every preset must be able to
// threshold-decrypt for (the smudging noise of n dealers adds up).
const MaxCommittee = 256

// presets is the registry; the literal primes were generated once with
// Lattigo's NTT-friendly prime generator and are pinned here.
var presets = []*Preset{
	{
		Name:             "dev",
		ID:               0x01,
		Insecure:         true,
		SecurityBits:     0,
		Security:         "INSECURE, for tests only: logN=11 with logQP=271 is far above the 54-bit HE-standard bound for N=2048.",
		Depth:            3,
		Relinearize:      true,
		MaxInputs:        10_000,
		LogSmudge:        60,
		StatSecurityBits: 0,
		Literal: bgv.ParametersLiteral{
			LogN:             11,
			Q:                []uint64{0x40000000006001, 0x3ffffffffed001, 0x3ffffffffeb001, 0x3ffffffffe1001},
			P:                []uint64{0x80000000002001},
			PlaintextModulus: 0x10001,
			Xs:               ring.Ternary{P: 2.0 / 3.0},
			Xe:               rlwe.DefaultXe,
		},
	},
	{
		Name:         "standard",
		ID:           0x02,
		SecurityBits: 128,
		Security: "128-bit classical: logN=13 with logQ=218 (no special modulus) meets the HomomorphicEncryption.org " +
			"standard bound logQP<=218 for N=8192, uniform ternary secret, error sigma=3.2.",
		Depth:            0,
		Relinearize:      false,
		MaxInputs:        1_000_000,
		LogSmudge:        126,
		StatSecurityBits: 40,
		Literal: bgv.ParametersLiteral{
			LogN:             13,
			Q:                []uint64{0x7ffffffffb4001, 0x7fffffffeac001, 0x3fffffffef8001, 0x3fffffffeb8001},
			PlaintextModulus: 0x3fff4001,
			Xs:               ring.Ternary{P: 2.0 / 3.0},
			Xe:               rlwe.DefaultXe,
		},
	},
	{
		Name:         "mul",
		ID:           0x03,
		SecurityBits: 128,
		Security: "128-bit classical: logN=14 with logQP=419 meets the HomomorphicEncryption.org standard bound " +
			"logQP<=438 for N=16384, uniform ternary secret, error sigma=3.2.",
		Depth:            3,
		Relinearize:      true,
		MaxInputs:        100_000,
		LogSmudge:        120,
		StatSecurityBits: 40,
		Literal: bgv.ParametersLiteral{
			LogN:             14,
			Q:                []uint64{0xffffffffffe8001, 0xffffffffffd8001, 0xffffffffffc0001, 0x1000000000078001, 0x7fffffffff18001, 0x8000000000f8001},
			P:                []uint64{0x1fffffffffe10001},
			PlaintextModulus: 0xfff88001,
			Xs:               ring.Ternary{P: 2.0 / 3.0},
			Xe:               rlwe.DefaultXe,
		},
	},
}

// Lookup returns the preset with the given name.
func Lookup(name string) (*Preset, error) {
	for _, p := range presets {
		if p.Name == name {
			return p, nil
		}
	}
	return nil, fmt.Errorf("%w %q (known: %v)", ErrUnknownPreset, name, Names())
}

// ByID returns the preset with the given wire id.
func ByID(id byte) (*Preset, error) {
	for _, p := range presets {
		if p.ID == id {
			return p, nil
		}
	}
	return nil, fmt.Errorf("%w: id %#x", ErrUnknownPreset, id)
}

// Names lists the preset names in a stable order.
func Names() []string {
	out := make([]string, len(presets))
	for i, p := range presets {
		out[i] = p.Name
	}
	sort.Strings(out)
	return out
}

// All returns every preset.
func All() []*Preset { return append([]*Preset(nil), presets...) }
