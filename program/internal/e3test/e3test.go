// Package e3test runs a program end to end at the cryptographic level for
// tests and benchmarks: a real threshold committee (key generation,
// relinearization and rotation keys, mask contributions), encrypted inputs,
// every stage through program.ExecuteWith and a real threshold decryption
// of each stage with its own noise share. It stands in for the node in
// program tests; it holds every member's secrets and is never used outside
// tests and benchmarks.
package e3test

import (
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
)

// E3 is one committee set up for one program instance.
type E3 struct {
	Inst      program.Instance
	Committee *threshold.LocalCommittee
	Eval      *bgv.Evaluator
	Masks     []*threshold.MaskContribution
	MaskSecs  []*threshold.MaskSecret
	// Timings of the setup phases.
	KeygenTime, EvalKeyTime, MaskTime time.Duration
}

// New runs key generation for a committee of n with threshold t and the
// keys and masks inst needs (masks from members 1..t).
func New(inst program.Instance, n, t int) (*E3, error) {
	return NewWithMasks(inst, n, t, min(t, threshold.MaxMaskContributions))
}

// NewWithMasks is New with mask contributions from members 1..masks (which
// may exceed n: the depth of the mask product depends only on their number).
func NewWithMasks(inst program.Instance, n, t, masks int) (*E3, error) {
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return nil, err
	}
	start := time.Now()
	lc, err := threshold.NewLocalCommittee(threshold.Config{Preset: inst.Preset(), E3ID: 7, N: n, T: t, Decryptions: inst.Stages(), Seed: seed})
	if err != nil {
		return nil, err
	}
	e := &E3{Inst: inst, Committee: lc, KeygenTime: time.Since(start)}
	needs := program.NeedsOf(inst)
	start = time.Now()
	var rlk *rlwe.RelinearizationKey
	var gks []*rlwe.GaloisKey
	if needs.Relinearization {
		if rlk, err = lc.RelinearizationKey(); err != nil {
			return nil, err
		}
	}
	if needs.Rotations {
		if gks, err = lc.GaloisKeys(); err != nil {
			return nil, err
		}
	}
	e.EvalKeyTime = time.Since(start)
	e.Eval = inst.Preset().NewEvaluatorWithKeys(rlk, gks...)
	start = time.Now()
	if needs.Masks {
		for j := 1; j <= masks; j++ {
			mc, sec, err := threshold.NewMaskContribution(inst.Preset(), lc.PK, 7, j, nil)
			if err != nil {
				return nil, err
			}
			e.Masks, e.MaskSecs = append(e.Masks, mc), append(e.MaskSecs, sec)
		}
	}
	e.MaskTime = time.Since(start)
	return e, nil
}

// Encrypt encrypts slot vectors as inputs and returns them with their
// hashes (sha256 of the canonical encoding, standing in for the ledger's).
func (e *E3) Encrypt(values [][]uint64) ([]*rlwe.Ciphertext, [][]byte, error) {
	enc := e.Committee.Encryptor()
	cts := make([]*rlwe.Ciphertext, len(values))
	hashes := make([][]byte, len(values))
	for i, v := range values {
		b, err := enc.EncryptBytes(v)
		if err != nil {
			return nil, nil, err
		}
		// Round-trip through the input codec, as the node does.
		if cts[i], err = e.Inst.Preset().UnmarshalInput(b); err != nil {
			return nil, nil, err
		}
		sum := sha256.Sum256(b)
		hashes[i] = sum[:]
	}
	return cts, hashes, nil
}

// Run is the outcome of running every stage.
type Run struct {
	Outputs  []*rlwe.Ciphertext
	Released [][]uint64
	// ComputeTime and DecryptTime are summed over the stages.
	ComputeTime, DecryptTime time.Duration
}

// RunStages executes every stage and threshold-decrypts it with members
// 1..t, stage k with noise share k. It stops at the first error (returning
// what was released so far).
func (e *E3) RunStages(inputs []*rlwe.Ciphertext) (*Run, error) {
	cfg := e.Committee.Session.Config()
	members := make([]int, cfg.T)
	for i := range members {
		members[i] = i + 1
	}
	r := &Run{}
	for k := range e.Inst.Stages() {
		start := time.Now()
		out, err := program.ExecuteWith(e.Inst, program.Env{Eval: e.Eval, Inputs: program.Ciphertexts(inputs), Released: r.Released, Masks: e.Masks}, cfg.N, k)
		r.ComputeTime += time.Since(start)
		if err != nil {
			return r, err
		}
		start = time.Now()
		shares, err := e.Committee.DecryptionShares(out, k, members...)
		if err != nil {
			return r, err
		}
		res, err := e.Committee.Session.Combine(out, k, shares)
		if err != nil {
			return r, err
		}
		r.DecryptTime += time.Since(start)
		r.Outputs = append(r.Outputs, out)
		r.Released = append(r.Released, res.Values)
	}
	return r, nil
}

// NoiseLog2 measures log2 of the largest noise coefficient of ct with the
// full secret Σ s_i (only a test holding every dealer secret can).
func (e *E3) NoiseLog2(ct *rlwe.Ciphertext) float64 {
	params := e.Committee.Session.Params()
	sk := rlwe.NewSecretKey(params)
	for _, sec := range e.Committee.Secrets {
		params.RingQP().Add(sk.Value, sec.SK.Value, sk.Value)
	}
	pt := rlwe.NewDecryptor(params, sk).DecryptNew(ct)
	rq := params.RingQ().AtLevel(ct.Level())
	rq.INTT(pt.Value, pt.Value)
	rq.MulScalar(pt.Value, params.PlaintextModulus(), pt.Value)
	coeffs := make([]*big.Int, params.N())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	rq.PolyToBigintCentered(pt.Value, 1, coeffs)
	maxBits := 0
	for _, v := range coeffs {
		maxBits = max(maxBits, v.BitLen())
	}
	return float64(maxBits) - math.Log2(float64(params.PlaintextModulus()))
}

// SmudgingMargin returns how many bits the preset's smudging bound exceeds
// the noise of ct plus the statistical-security and ring-degree terms; it
// must be >= 0 on a secure preset.
func (e *E3) SmudgingMargin(ct *rlwe.Ciphertext) float64 {
	p := e.Inst.Preset()
	return float64(p.LogSmudge) - (e.NoiseLog2(ct) + float64(p.StatSecurityBits) + float64(p.Params().LogN()))
}

// Decrypt decrypts ct with the full secret (tests only).
func (e *E3) Decrypt(ct *rlwe.Ciphertext) ([]uint64, error) {
	params := e.Committee.Session.Params()
	sk := rlwe.NewSecretKey(params)
	for _, sec := range e.Committee.Secrets {
		params.RingQP().Add(sk.Value, sec.SK.Value, sk.Value)
	}
	out := make([]uint64, params.MaxSlots())
	if err := bgv.NewEncoder(params).Decode(rlwe.NewDecryptor(params, sk).DecryptNew(ct), out); err != nil {
		return nil, fmt.Errorf("e3test: %w", err)
	}
	return out, nil
}

// Preset is a shorthand for looking up a preset that must exist.
func Preset(name string) *bfv.Preset {
	p, err := bfv.Lookup(name)
	if err != nil {
		panic(err)
	}
	return p
}
