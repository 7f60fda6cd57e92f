// Package stats is the private-statistics program (DESIGN.md §8): each
// input is an integer in a declared range [min, max]; the committee releases
// which inputs are out of range (or malformed) and then only the sum and
// sum of squares of the valid ones, from which the result gives the count,
// sum, mean and (population) variance. No individual figure is decrypted.
//
// Parameters: {"min": a, "max": b} with 0 <= a < b, (b-a)² < T (the
// preset's plaintext modulus: b-a <= 65,535 on "mul").
// Input: the figure as a JSON integer in [a, b], encoded over 2L slots
// (L = bit length of b-a): slots 0..L-1 hold the bits of x-a, slots
// L..2L-1 the bits of b-x, least significant first.
// Result: {"count", "sum", "mean", "variance", "excluded": [...]}; mean and
// variance are null when no figure is valid.
//
// # Stages
//
//  0. Validity. For input i one slot holds
//     Σ_k ρ_k·v_k(v_k − 1) + ρ'·(Σ_k 2^k·(u_k + w_k) − (b−a)) over its 2L
//     slots v = (u, w), u the bits of x−a and w those of b−x, with public
//     challenges drawn from the hash of all inputs. It is zero iff every
//     slot is a bit and the two numbers add up to b−a — then both are
//     non-negative, so a <= x <= b — and otherwise non-zero except with
//     probability about 1/T. A valid input releases 0, an invalid one a
//     value that depends only on itself.
//  1. Aggregate. Over the valid inputs: slot 0 holds Σ y_i and slot 1
//     Σ y_i², with y_i = x_i − a recomputed homomorphically from the bits and
//     squared by a ciphertext multiplication (the square is never taken from
//     the submitter).
//
// # What the output reveals
//
// Which inputs are invalid, the number of valid ones, their sum and their
// sum of squares (equivalently count, mean and variance). Nothing else. The
// sums are exact: MaxInputs keeps n·(b−a)² below T.
//
// Soundness of the range check: the challenges are fixed by the inputs, so
// the last submitter could try encryptions until its malformed figure's
// check value happens to be zero — about T ≈ 2^32 tries on "mul", each a
// full encryption (years of CPU). An accepted malformed figure shifts the
// sums; it reveals nothing. The auction binds its challenges to the
// committee's mask contributions too, which submitters cannot predict.
//
// Requirements: a preset with depth >= 2 and rotation keys ("mul" by
// default) and the committee's relinearization and rotation keys; no masks.
package stats

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/internal/slots"
)

// Name is the registered name.
const Name = "stats"

// MaxValue bounds max, so that count·min + Σ y cannot overflow the result's
// 64-bit sum for any input count a preset allows.
const MaxValue = 1 << 40

// Stages of the program.
const (
	StageValidity  = 0
	StageAggregate = 1
)

// Params are the request parameters.
type Params struct {
	Min uint64 `json:"min"`
	Max uint64 `json:"max"`
}

// Result is the released result.
type Result struct {
	Count    int      `json:"count"`
	Sum      uint64   `json:"sum"`
	Mean     *float64 `json:"mean"`
	Variance *float64 `json:"variance"`
	Excluded []int    `json:"excluded"`
}

// Program is the stats program.
type Program struct{}

// Name implements program.Program.
func (Program) Name() string { return Name }

// DefaultPreset implements program.Program.
func (Program) DefaultPreset() string { return "mul" }

// Configure implements program.Program.
func (Program) Configure(raw json.RawMessage, preset *bfv.Preset) (program.Instance, error) {
	var p Params
	if err := program.DecodeJSON(raw, &p); err != nil {
		return nil, fmt.Errorf("stats: %w: %v", program.ErrParams, err)
	}
	if !preset.Relinearize || preset.Depth < 2 {
		return nil, fmt.Errorf("stats: %w: preset %s has depth %d, need 2 with relinearization", program.ErrPreset, preset.Name, preset.Depth)
	}
	if p.Max <= p.Min {
		return nil, fmt.Errorf("stats: %w: empty range [%d,%d]", program.ErrParams, p.Min, p.Max)
	}
	span := p.Max - p.Min
	// Σ y² must stay below T, so at least span² < T.
	T := preset.PlaintextModulus()
	hi, sq := bits.Mul64(span, span)
	if hi != 0 || sq >= T {
		return nil, fmt.Errorf("stats: %w: (max-min)² = %d·%d exceeds the plaintext modulus %d of preset %s", program.ErrParams, span, span, T, preset.Name)
	}
	if p.Max > MaxValue {
		return nil, fmt.Errorf("stats: %w: max %d above %d", program.ErrParams, p.Max, uint64(MaxValue))
	}
	in := &instance{preset: preset, min: p.Min, span: span, bits: bits.Len64(span)}
	in.block = slots.NextPow2(2 * in.bits)
	in.perGroup = preset.RowLength() / in.block
	in.maxInputs = int(min(uint64(in.perGroup*in.block), (T-1)/sq, uint64(preset.MaxInputs)))
	return in, nil
}

// ToLedger implements program.LedgerParams: {"min": a, "max": b} → [a, b].
func (Program) ToLedger(raw json.RawMessage) ([]uint64, error) {
	var p Params
	if err := program.DecodeJSON(raw, &p); err != nil {
		return nil, fmt.Errorf("stats: %w: %v", program.ErrParams, err)
	}
	return []uint64{p.Min, p.Max}, nil
}

// FromLedger implements program.LedgerParams: the ledger records [min, max].
func (Program) FromLedger(params []uint64) (json.RawMessage, error) {
	if len(params) != 2 {
		return nil, fmt.Errorf("stats: %w: %d ledger parameters, want [min, max]", program.ErrParams, len(params))
	}
	return json.Marshal(Params{Min: params[0], Max: params[1]})
}

type instance struct {
	preset    *bfv.Preset
	min, span uint64
	bits      int // L
	block     int // slots per packed input: a power of two >= 2L
	perGroup  int
	maxInputs int
}

func (in *instance) Preset() *bfv.Preset { return in.preset }
func (in *instance) Stages() int         { return 2 }

func (in *instance) Needs() program.Needs {
	return program.Needs{Relinearization: true, Rotations: true}
}

func (in *instance) Layout() program.Layout {
	return program.Layout{Slots: 2 * in.bits, Description: fmt.Sprintf("bits of x-%d then bits of %d-x, %d each, least significant first", in.min, in.min+in.span, in.bits)}
}

// MaxInputs is the largest number of figures whose sums cannot wrap modulo
// T and that the validity layout holds.
func (in *instance) MaxInputs() int { return in.maxInputs }

func (in *instance) EncodeInput(raw json.RawMessage) ([]uint64, error) {
	var x uint64
	if err := program.DecodeJSON(raw, &x); err != nil {
		return nil, fmt.Errorf("stats: %w: want a non-negative integer, %v", program.ErrInput, err)
	}
	if x < in.min || x-in.min > in.span {
		return nil, fmt.Errorf("stats: %w: %d outside [%d,%d]", program.ErrInput, x, in.min, in.min+in.span)
	}
	return Encode(x-in.min, in.span, in.bits), nil
}

// Encode returns the slot encoding of y = x-min for a range of span with l
// bits: the bits of y, then the bits of span-y.
func Encode(y, span uint64, l int) []uint64 {
	out := make([]uint64, 2*l)
	for k := range l {
		out[k] = y >> k & 1
		out[l+k] = (span - y) >> k & 1
	}
	return out
}

// ValidateInput has nothing to check beyond the codec's input rule: range
// validity is checked homomorphically in stage 0.
func (in *instance) ValidateInput(*rlwe.Ciphertext) error { return nil }

func (in *instance) Compute(eval *bgv.Evaluator, stage int, inputs program.Inputs, released [][]uint64) (*rlwe.Ciphertext, error) {
	return in.ComputeWith(program.Env{Eval: eval, Inputs: inputs, Released: released}, stage)
}

// Selector returns the widest selector of the stage; Execute uses
// SelectorFor, which is exact for the number of inputs.
func (in *instance) Selector(stage int) []uint64 {
	sel, err := in.SelectorFor(stage, in.maxInputs, nil)
	if err != nil {
		return make([]uint64, in.preset.Slots())
	}
	return sel
}

func (in *instance) validitySlot(i int) int { return (i%in.perGroup)*in.block + i/in.perGroup }

func (in *instance) SelectorFor(stage, inputs int, _ [][]uint64) ([]uint64, error) {
	if inputs > in.maxInputs {
		return nil, fmt.Errorf("stats: %w: %d figures, at most %d for this range and preset", program.ErrTooManyInputs, inputs, in.maxInputs)
	}
	sel := make([]uint64, in.preset.Slots())
	switch stage {
	case StageValidity:
		for i := range inputs {
			sel[in.validitySlot(i)] = 1
		}
	case StageAggregate:
		sel[0], sel[1] = 1, 1
	default:
		return nil, fmt.Errorf("stats: %w: %d", program.ErrStage, stage)
	}
	return sel, nil
}

func (in *instance) ComputeWith(penv program.Env, stage int) (*rlwe.Ciphertext, error) {
	if n := penv.Inputs.Len(); n > in.maxInputs {
		return nil, fmt.Errorf("stats: %w: %d figures, at most %d for this range and preset", program.ErrTooManyInputs, n, in.maxInputs)
	}
	env, err := penv.Load() // inputs are visited more than once; MaxInputs bounds them
	if err != nil {
		return nil, err
	}
	switch stage {
	case StageValidity:
		return in.validity(env)
	case StageAggregate:
		valid, err := in.decodeValidity(env.Released[StageValidity], len(env.Inputs))
		if err != nil {
			return nil, err
		}
		return in.aggregate(env, valid)
	}
	return nil, fmt.Errorf("stats: %w: %d", program.ErrStage, stage)
}

// pack multiplies every input by the plaintext first (which must be zero
// beyond the 2L input slots, so a hostile input cannot spill into its
// neighbours) and packs groups of perGroup inputs: input g·perGroup+j goes
// to block j of ciphertext g.
func (in *instance) pack(env program.Loaded, first []uint64) ([]*rlwe.Ciphertext, error) {
	eval, p := env.Eval, in.preset
	groups := (len(env.Inputs) + in.perGroup - 1) / in.perGroup
	out := make([]*rlwe.Ciphertext, groups)
	for i, ct := range env.Inputs {
		g, j := i/in.perGroup, i%in.perGroup
		b := ct.CopyNew()
		if err := slots.MulPlain(eval, b, first, b); err != nil {
			return nil, err
		}
		b, err := slots.RotateLeft(eval, p, b, -j*in.block)
		if err != nil {
			return nil, err
		}
		if out[g] == nil {
			out[g] = b
		} else if err := eval.Add(out[g], b, out[g]); err != nil {
			return nil, fmt.Errorf("stats: pack: %w", err)
		}
	}
	return out, nil
}

func (in *instance) heads() []int {
	out := make([]int, in.perGroup)
	for j := range out {
		out[j] = j * in.block
	}
	return out
}

func (in *instance) validity(env program.Loaded) (*rlwe.Ciphertext, error) {
	eval, p := env.Eval, in.preset
	T := p.PlaintextModulus()
	h := sha256.New()
	h.Write([]byte("ciphernet/v1/stats/validity"))
	for _, ct := range env.Inputs {
		b, err := p.MarshalCiphertext(ct)
		if err != nil {
			return nil, fmt.Errorf("stats: %w", err)
		}
		sum := sha256.Sum256(b)
		h.Write(sum[:])
	}
	stream := threshold.NewChallengeStream([32]byte(h.Sum(nil)), "stats/validity")
	// Per block: ρ_k on the 2L slots for v(v−1); ρ'·2^k on the same slots
	// for the linear sum; −ρ'·span added at the block head.
	rho := make([]uint64, p.Slots())
	lin := make([]uint64, p.Slots())
	constant := make([]uint64, p.Slots())
	for j := range in.perGroup {
		r := threshold.UniformChallenge(stream, 2*in.bits+1, 2*in.bits+1, T)
		for k := range 2 * in.bits {
			rho[j*in.block+k] = r[k]
			lin[j*in.block+k] = r[2*in.bits] * (1 << (k % in.bits)) % T
		}
		constant[j*in.block] = (T - r[2*in.bits]*(in.span%T)%T) % T
	}
	clean := slots.Plain(p, 1, seq(2*in.bits)...)
	pick := slots.Plain(p, 1, in.heads()...)
	packed, err := in.pack(env, clean)
	if err != nil {
		return nil, err
	}
	sums := make([]*rlwe.Ciphertext, len(packed))
	for g, x := range packed {
		xm1, err := eval.SubNew(x, 1)
		if err != nil {
			return nil, fmt.Errorf("stats: validity: %w", err)
		}
		q, err := slots.MulRelin(eval, x, xm1)
		if err != nil {
			return nil, err
		}
		if err := slots.MulPlain(eval, q, rho, q); err != nil {
			return nil, err
		}
		l := x.CopyNew()
		if err := slots.MulPlain(eval, l, lin, l); err != nil {
			return nil, err
		}
		if err := eval.Add(q, l, q); err != nil {
			return nil, fmt.Errorf("stats: validity: %w", err)
		}
		if err := slots.BlockSum(eval, q, in.block); err != nil {
			return nil, err
		}
		if err := eval.Add(q, constant, q); err != nil {
			return nil, fmt.Errorf("stats: validity: %w", err)
		}
		if err := slots.MulPlain(eval, q, pick, q); err != nil {
			return nil, err
		}
		sums[g] = q
	}
	return slots.Gather(eval, p, sums, 0, 0)
}

func (in *instance) decodeValidity(rel []uint64, n int) ([]bool, error) {
	if len(rel) != in.preset.Slots() {
		return nil, fmt.Errorf("stats: %w: validity release has %d slots", program.ErrStage, len(rel))
	}
	valid := make([]bool, n)
	for i := range valid {
		valid[i] = rel[in.validitySlot(i)] == 0
	}
	return valid, nil
}

// aggregate computes stage 1: slot 0 = Σ y, slot 1 = Σ y² over the valid
// inputs.
func (in *instance) aggregate(env program.Loaded, valid []bool) (*rlwe.Ciphertext, error) {
	eval, p := env.Eval, in.preset
	// The weights 2^k on the bits of y double as the cleaning plaintext.
	weights := make([]uint64, p.Slots())
	for k := range in.bits {
		weights[k] = 1 << k
	}
	packed, err := in.pack(env, weights)
	if err != nil {
		return nil, err
	}
	var sum, sumSq *rlwe.Ciphertext
	for g, x := range packed {
		// y at every block head; keep only the valid inputs' heads (this
		// also clears the partial sums elsewhere).
		if err := slots.BlockSum(eval, x, in.block); err != nil {
			return nil, err
		}
		keep := make([]uint64, p.Slots())
		for j := range in.perGroup {
			if i := g*in.perGroup + j; i < len(valid) && valid[i] {
				keep[j*in.block] = 1
			}
		}
		if err := slots.MulPlain(eval, x, keep, x); err != nil {
			return nil, err
		}
		sq, err := slots.MulRelin(eval, x, x)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			sum, sumSq = x, sq
			continue
		}
		if err := eval.Add(sum, x, sum); err != nil {
			return nil, fmt.Errorf("stats: aggregate: %w", err)
		}
		if err := eval.Add(sumSq, sq, sumSq); err != nil {
			return nil, fmt.Errorf("stats: aggregate: %w", err)
		}
	}
	// Add the heads together (every head then holds the total; the other
	// slots stay zero), and move Σ y² one slot right, next to Σ y.
	for _, ct := range []*rlwe.Ciphertext{sum, sumSq} {
		for k := in.block; k < p.RowLength(); k <<= 1 {
			r, err := slots.RotateLeft(eval, p, ct, k)
			if err != nil {
				return nil, err
			}
			if err := eval.Add(ct, r, ct); err != nil {
				return nil, fmt.Errorf("stats: aggregate: %w", err)
			}
		}
	}
	if sumSq, err = slots.RotateLeft(eval, p, sumSq, -1); err != nil {
		return nil, err
	}
	if err := eval.Add(sum, sumSq, sum); err != nil {
		return nil, fmt.Errorf("stats: aggregate: %w", err)
	}
	return sum, nil
}

// Result cannot decode without the number of inputs; use program.ResultOf.
func (in *instance) Result([][]uint64) (json.RawMessage, error) {
	return nil, fmt.Errorf("stats: %w: the result needs the committed input hashes (program.ResultOf)", program.ErrInput)
}

// ResultWith decodes both releases; the number of inputs is len(inputHashes).
func (in *instance) ResultWith(released [][]uint64, inputHashes [][]byte) (json.RawMessage, error) {
	if len(released) != 2 {
		return nil, fmt.Errorf("stats: %w: need 2 released stages, have %d", program.ErrStage, len(released))
	}
	valid, err := in.decodeValidity(released[StageValidity], len(inputHashes))
	if err != nil {
		return nil, err
	}
	if len(released[StageAggregate]) < 2 {
		return nil, fmt.Errorf("stats: %w: aggregate release has %d slots", program.ErrStage, len(released[StageAggregate]))
	}
	res := Result{Excluded: []int{}}
	for i, ok := range valid {
		if ok {
			res.Count++
		} else {
			res.Excluded = append(res.Excluded, i)
		}
	}
	sumY, sumY2 := released[StageAggregate][0], released[StageAggregate][1]
	if n := uint64(res.Count); n*in.span < sumY || n*in.span*in.span < sumY2 {
		return nil, fmt.Errorf("stats: %w: sums %d, %d exceed what %d figures can add up to", program.ErrStage, sumY, sumY2, res.Count)
	}
	res.Sum = sumY + uint64(res.Count)*in.min
	if res.Count > 0 {
		n := float64(res.Count)
		meanY := float64(sumY) / n
		mean := float64(in.min) + meanY
		variance := max(0, float64(sumY2)/n-meanY*meanY)
		res.Mean, res.Variance = &mean, &variance
	}
	return json.Marshal(res)
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
