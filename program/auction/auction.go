// Package auction is the sealed-bid auction program (DESIGN.md §8): bids
// stay encrypted, the committee releases only whether each bid is
// well-formed, the clearing price and the winner, and losing bids are never
// decrypted.
//
// Parameters: {"levels": P, "rule": "first"|"second"}; prices are the
// integers 1..P, 2 <= P < the preset's row length (8,191 on "mul").
// Input: the bid as a JSON integer in [0, P] (0 = no bid), encoded as a
// thermometer: slot p (0-based) is 1 iff bid >= p+1.
// Result: {"price": P, "winner": {"index": i, "inputHash": "0x…"},
// "tied": [...], "excluded": [...]} with winner null when nobody bid.
//
// # Stages
//
// Three threshold decryptions, each releasing only the slots below.
//
//  0. Validity. For every input i one slot holds Σ_p ρ_p·g_p with
//     g_p = (b_p − b_{p+1})(b_p − 1), b_P = 0, and public challenges ρ drawn
//     from the hash of all inputs and mask contributions. g is zero at every
//     level iff b is a 0/1 non-increasing vector, i.e. a thermometer bid;
//     otherwise the slot is non-zero except with probability 1/T. A valid
//     bid releases 0; an invalid one releases a value that depends only on
//     that invalid bid. One more slot holds the committee-mask check
//     (threshold.MaskCheck): zero unless a contributor cheated, in which
//     case the later stages refuse to run (threshold.ErrBadMask) and the
//     members open their mask seeds to find the culprit.
//  1. Price. Over the valid bids, C[p] = Σ_i b_i[p] is the number of bids
//     >= p+1. The stage releases M ⊙ C (first price) or M ⊙ C ⊙ (C − 1)
//     (second price) on the P price slots, M the product of the committee's
//     masks (uniform in Z_T^* and unknown to any coalition of fewer than t
//     members). Each slot is uniform non-zero where C[p] >= 1 (resp. >= 2)
//     and zero elsewhere, so the release says only which levels at least
//     one (resp. two) bidders reached: the highest bid for first price, the
//     second-highest for second price. Counts are not revealed.
//  2. Winner. First price: slot i holds b_i[price−1], i.e. 1 iff bidder i
//     bid the clearing price (the highest bid). Second price: slot i holds
//     b_i[price], 1 iff bidder i bid strictly more than the price (at most
//     one bidder); slot n+i holds b_i[price−1]·(1 − C[price]), which is
//     non-zero only when nobody bid above the price, i.e. when the top bid
//     is tied, and then marks exactly the tied top bidders.
//
// # What the output reveals
//
//   - which inputs are malformed (valid/invalid per input, nothing else
//     about a valid bid);
//   - the clearing price: the highest bid (first price) or the
//     second-highest bid (second price, equal to the top bid on a tie);
//   - the bidders whose bid equals the top bid when that is the price
//     (first price, or a tie at the top in second price) — so on a tie every
//     tied bidder is revealed as having bid the price; otherwise only the
//     winner;
//   - nothing else: no count, no losing bid, no bid of the winner in a
//     second-price auction beyond "above the price".
//
// Tie rule: among the bidders revealed at the top, the lowest input index
// wins (inputs are ordered by commitment on the ledger).
//
// Requirements: the "mul" preset (or any preset with depth >= 3 and
// rotation keys), the committee's relinearization and rotation keys, and
// mask contributions from between t and threshold.MaxMaskContributions
// members (program.Needs), committed before any is revealed and made after
// the input window closes (see threshold.MaskContribution). So t <= 8.
//
// Soundness of the validity check: the challenges are fixed by the inputs
// and the mask contributions; a malformed bid passes with probability about
// 1/T (2^-32 on "mul"), and grinding for it needs a colluding mask
// contributor and about T mask derivations.
package auction

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/internal/slots"
)

// Name is the registered name.
const Name = "auction"

// Pricing rules.
const (
	// First is the first-price rule: the highest bidder pays its bid.
	First = "first"
	// Second is the second-price (Vickrey) rule: the highest bidder pays the
	// second-highest bid.
	Second = "second"
)

// Stages of the program.
const (
	StageValidity = 0
	StagePrice    = 1
	StageWinner   = 2
)

// Params are the request parameters.
type Params struct {
	Levels int    `json:"levels"`
	Rule   string `json:"rule"`
}

// Winner identifies the winning input.
type Winner struct {
	Index     int    `json:"index"`
	InputHash string `json:"inputHash,omitempty"`
}

// Result is the released result.
type Result struct {
	Price    int     `json:"price"`
	Winner   *Winner `json:"winner"`
	Tied     []int   `json:"tied,omitempty"`
	Excluded []int   `json:"excluded"`
}

// Program is the auction program.
type Program struct{}

// Name implements program.Program.
func (Program) Name() string { return Name }

// DefaultPreset implements program.Program: the 128-bit depth-3 preset.
func (Program) DefaultPreset() string { return "mul" }

// Configure implements program.Program.
func (Program) Configure(raw json.RawMessage, preset *bfv.Preset) (program.Instance, error) {
	var p Params
	if err := program.DecodeJSON(raw, &p); err != nil {
		return nil, fmt.Errorf("auction: %w: %v", program.ErrParams, err)
	}
	if !preset.Relinearize || preset.Depth < 3 {
		return nil, fmt.Errorf("auction: %w: preset %s has depth %d, need 3 with relinearization", program.ErrPreset, preset.Name, preset.Depth)
	}
	if p.Levels < 2 || p.Levels >= preset.RowLength() {
		return nil, fmt.Errorf("auction: %w: levels=%d outside [2,%d]", program.ErrParams, p.Levels, preset.RowLength()-1)
	}
	if p.Rule != First && p.Rule != Second {
		return nil, fmt.Errorf("auction: %w: rule %q, want %q or %q", program.ErrParams, p.Rule, First, Second)
	}
	in := &instance{preset: preset, levels: p.Levels, second: p.Rule == Second}
	in.block = slots.NextPow2(p.Levels + 1)
	in.perGroup = preset.RowLength() / in.block
	return in, nil
}

// FromLedger implements program.LedgerParams: the ledger records
// [levels, rule] with rule 1 = first price, 2 = second price.
func (Program) FromLedger(params []uint64) (json.RawMessage, error) {
	if len(params) != 2 {
		return nil, fmt.Errorf("auction: %w: %d ledger parameters, want [levels, rule]", program.ErrParams, len(params))
	}
	rule := ruleName[params[1]]
	if rule == "" {
		return nil, fmt.Errorf("auction: %w: ledger rule %d, want 1 (first) or 2 (second)", program.ErrParams, params[1])
	}
	return json.Marshal(Params{Levels: int(min(params[0], 1<<20)), Rule: rule})
}

// ruleName maps the ledger's rule codes to names.
var ruleName = map[uint64]string{1: First, 2: Second}

// ToLedger implements program.LedgerParams: {"levels": P, "rule": r} →
// [P, 1 (first) or 2 (second)].
func (Program) ToLedger(raw json.RawMessage) ([]uint64, error) {
	var p Params
	if err := program.DecodeJSON(raw, &p); err != nil {
		return nil, fmt.Errorf("auction: %w: %v", program.ErrParams, err)
	}
	for code, name := range ruleName {
		if p.Rule == name && p.Levels >= 0 {
			return []uint64{uint64(p.Levels), code}, nil
		}
	}
	return nil, fmt.Errorf("auction: %w: levels=%d, rule %q (want %q or %q)", program.ErrParams, p.Levels, p.Rule, First, Second)
}

type instance struct {
	preset   *bfv.Preset
	levels   int
	second   bool
	block    int // slots per packed bid: a power of two > levels
	perGroup int // bids packed per ciphertext in the validity stage
}

func (in *instance) Preset() *bfv.Preset { return in.preset }
func (in *instance) Stages() int         { return 3 }

func (in *instance) Needs() program.Needs {
	return program.Needs{Relinearization: true, Rotations: true, Masks: true}
}

func (in *instance) Layout() program.Layout {
	return program.Layout{Slots: in.levels, Description: fmt.Sprintf("thermometer bid over %d price levels: slot p is 1 iff bid >= p+1", in.levels)}
}

// MaxInputs is the largest number of bids the slot layout holds: the
// validity stage needs a free slot per group for the mask check and the
// winner stage two slots per bid.
func (in *instance) MaxInputs() int {
	return min(in.perGroup*(in.block-1), in.preset.RowLength()/2)
}

func (in *instance) EncodeInput(raw json.RawMessage) ([]uint64, error) {
	var bid int
	if err := program.DecodeJSON(raw, &bid); err != nil {
		return nil, fmt.Errorf("auction: %w: want a bid, %v", program.ErrInput, err)
	}
	if bid < 0 || bid > in.levels {
		return nil, fmt.Errorf("auction: %w: bid %d outside [0,%d]", program.ErrInput, bid, in.levels)
	}
	return Thermometer(bid, in.levels), nil
}

// Thermometer returns the encoding of bid over levels slots.
func Thermometer(bid, levels int) []uint64 {
	out := make([]uint64, levels)
	for p := range min(bid, levels) {
		out[p] = 1
	}
	return out
}

// ValidateInput has nothing to check beyond the codec's input rule: bid
// validity is checked homomorphically in stage 0.
func (in *instance) ValidateInput(*rlwe.Ciphertext) error { return nil }

func (in *instance) Compute(eval *bgv.Evaluator, stage int, inputs program.Inputs, released [][]uint64) (*rlwe.Ciphertext, error) {
	return in.ComputeWith(program.Env{Eval: eval, Inputs: inputs, Released: released}, stage)
}

// Selector returns the widest selector of the stage; Execute uses
// SelectorFor, which is exact for the number of inputs.
func (in *instance) Selector(stage int) []uint64 {
	sel, err := in.SelectorFor(stage, in.MaxInputs(), make([][]uint64, stage))
	if err != nil {
		return make([]uint64, in.preset.Slots())
	}
	return sel
}

// validitySlot is where input i's validity value is released.
func (in *instance) validitySlot(i int) int { return (i%in.perGroup)*in.block + i/in.perGroup }

// maskSlot is where the mask check is released.
func (in *instance) maskSlot() int { return in.preset.RowLength() - 1 }

func (in *instance) SelectorFor(stage, inputs int, _ [][]uint64) ([]uint64, error) {
	if inputs > in.MaxInputs() {
		return nil, fmt.Errorf("auction: %w: %d bids, the layout holds %d", program.ErrTooManyInputs, inputs, in.MaxInputs())
	}
	sel := make([]uint64, in.preset.Slots())
	switch stage {
	case StageValidity:
		for i := range inputs {
			sel[in.validitySlot(i)] = 1
		}
		sel[in.maskSlot()] = 1
	case StagePrice:
		for p := range in.levels {
			sel[p] = 1
		}
	case StageWinner:
		for i := range 2 * inputs {
			sel[i] = 1
		}
	default:
		return nil, fmt.Errorf("auction: %w: %d", program.ErrStage, stage)
	}
	return sel, nil
}

func (in *instance) ComputeWith(penv program.Env, stage int) (*rlwe.Ciphertext, error) {
	if n := penv.Inputs.Len(); n > in.MaxInputs() {
		return nil, fmt.Errorf("auction: %w: %d bids, the layout holds %d", program.ErrTooManyInputs, n, in.MaxInputs())
	}
	env, err := penv.Load() // inputs are visited more than once; MaxInputs bounds them
	if err != nil {
		return nil, err
	}
	if err := threshold.CheckMaskContributions(in.preset, env.Masks); err != nil {
		return nil, fmt.Errorf("auction: %w: %w", program.ErrMasks, err)
	}
	switch stage {
	case StageValidity:
		return in.validity(env)
	case StagePrice:
		valid, err := in.decodeValidity(env.Released[StageValidity], len(env.Inputs))
		if err != nil {
			return nil, err
		}
		return in.price(env, valid)
	case StageWinner:
		valid, err := in.decodeValidity(env.Released[StageValidity], len(env.Inputs))
		if err != nil {
			return nil, err
		}
		price, err := in.decodePrice(env.Released[StagePrice])
		if err != nil {
			return nil, err
		}
		return in.winner(env, valid, price)
	}
	return nil, fmt.Errorf("auction: %w: %d", program.ErrStage, stage)
}

// challengeSeed binds the validity challenges to every input and mask
// contribution, so no submitter knows them when it encrypts.
func (in *instance) challengeSeed(env program.Loaded) ([32]byte, error) {
	h := sha256.New()
	h.Write([]byte("ciphernet/v1/auction/validity"))
	for _, ct := range env.Inputs {
		b, err := in.preset.MarshalCiphertext(ct)
		if err != nil {
			return [32]byte{}, fmt.Errorf("auction: %w", err)
		}
		sum := sha256.Sum256(b)
		h.Write(sum[:])
	}
	md, err := threshold.MaskDigest(env.Masks)
	if err != nil {
		return [32]byte{}, fmt.Errorf("auction: %w", err)
	}
	h.Write(md[:])
	return [32]byte(h.Sum(nil)), nil
}

// validity computes stage 0 (see the package doc).
func (in *instance) validity(env program.Loaded) (*rlwe.Ciphertext, error) {
	eval, p := env.Eval, in.preset
	seed, err := in.challengeSeed(env)
	if err != nil {
		return nil, err
	}
	T := p.PlaintextModulus()
	// Challenges: uniform non-zero on the P level slots of every block,
	// zero on the guard slots (whose check value mixes in the next block).
	stream := threshold.NewChallengeStream(seed, "auction/validity")
	rho := make([]uint64, p.Slots())
	for j := range in.perGroup {
		block := threshold.UniformChallenge(stream, in.levels, in.levels, T)
		copy(rho[j*in.block:], block)
	}
	clean := slots.Plain(p, 1, seq(0, in.levels)...)
	heads := make([]int, in.perGroup)
	for j := range heads {
		heads[j] = j * in.block
	}
	pick := slots.Plain(p, 1, heads...)

	groups := (len(env.Inputs) + in.perGroup - 1) / in.perGroup
	sums := make([]*rlwe.Ciphertext, groups)
	for g := range groups {
		var x *rlwe.Ciphertext
		for j := range in.perGroup {
			i := g*in.perGroup + j
			if i >= len(env.Inputs) {
				break
			}
			// Zero the slots beyond the levels so a sloppy or hostile input
			// cannot spill into its neighbours' blocks, then move it to
			// block j.
			b := env.Inputs[i].CopyNew()
			if err := slots.MulPlain(eval, b, clean, b); err != nil {
				return nil, err
			}
			if b, err = slots.RotateLeft(eval, p, b, -j*in.block); err != nil {
				return nil, err
			}
			if x == nil {
				x = b
			} else if err := eval.Add(x, b, x); err != nil {
				return nil, fmt.Errorf("auction: validity: %w", err)
			}
		}
		// g_p = (b_p − b_{p+1})(b_p − 1)
		next, err := slots.RotateLeft(eval, p, x, 1)
		if err != nil {
			return nil, err
		}
		d, err := eval.SubNew(x, next)
		if err != nil {
			return nil, fmt.Errorf("auction: validity: %w", err)
		}
		e, err := eval.SubNew(x, 1)
		if err != nil {
			return nil, fmt.Errorf("auction: validity: %w", err)
		}
		gv, err := slots.MulRelin(eval, d, e)
		if err != nil {
			return nil, err
		}
		if err := slots.MulPlain(eval, gv, rho, gv); err != nil {
			return nil, err
		}
		if err := slots.BlockSum(eval, gv, in.block); err != nil {
			return nil, err
		}
		if err := slots.MulPlain(eval, gv, pick, gv); err != nil {
			return nil, err
		}
		sums[g] = gv
	}
	// Group g's block sums sit at slots j·block; gather them to j·block+g.
	out, err := slots.Gather(eval, p, sums, 0, 0)
	if err != nil {
		return nil, err
	}
	// The mask check, summed over the level slots, goes to the last slot of
	// the row (free: groups < block).
	var mc *rlwe.Ciphertext
	err = slots.Timed(len(env.Masks), func() (err error) {
		mc, err = threshold.MaskCheck(eval, p, env.Masks, seed, in.levels)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("auction: %w", err)
	}
	if err := slots.BlockSum(eval, mc, in.block); err != nil {
		return nil, err
	}
	if err := slots.MulPlain(eval, mc, slots.Plain(p, 1, 0), mc); err != nil {
		return nil, err
	}
	if mc, err = slots.RotateLeft(eval, p, mc, 1); err != nil {
		return nil, err
	}
	if err := eval.Add(out, mc, out); err != nil {
		return nil, fmt.Errorf("auction: validity: %w", err)
	}
	return out, nil
}

// decodeValidity reads stage 0: which inputs are valid, and whether the
// mask check passed.
func (in *instance) decodeValidity(rel []uint64, n int) ([]bool, error) {
	if len(rel) != in.preset.Slots() {
		return nil, fmt.Errorf("auction: %w: validity release has %d slots", program.ErrStage, len(rel))
	}
	if rel[in.maskSlot()] != 0 {
		return nil, fmt.Errorf("auction: %w", threshold.ErrBadMask)
	}
	valid := make([]bool, n)
	for i := range valid {
		valid[i] = rel[in.validitySlot(i)] == 0
	}
	return valid, nil
}

// counts returns C = Σ of the valid bids, or nil if there is none.
func (in *instance) counts(env program.Loaded, valid []bool) (*rlwe.Ciphertext, error) {
	var c *rlwe.Ciphertext
	for i, ok := range valid {
		switch {
		case !ok:
		case c == nil:
			c = env.Inputs[i].CopyNew()
		default:
			if err := env.Eval.Add(c, env.Inputs[i], c); err != nil {
				return nil, fmt.Errorf("auction: counts: %w", err)
			}
		}
	}
	return c, nil
}

// zero returns an encryption of zero shaped like an input (for stages with
// nothing to release).
func (in *instance) zero(env program.Loaded) (*rlwe.Ciphertext, error) {
	z, err := env.Eval.MulNew(env.Inputs[0], 0)
	if err != nil {
		return nil, fmt.Errorf("auction: %w", err)
	}
	return z, nil
}

// price computes stage 1.
func (in *instance) price(env program.Loaded, valid []bool) (*rlwe.Ciphertext, error) {
	eval := env.Eval
	c, err := in.counts(env, valid)
	if err != nil || c == nil {
		if err == nil {
			return in.zero(env)
		}
		return nil, err
	}
	if in.second {
		cm1, err := eval.SubNew(c, 1)
		if err != nil {
			return nil, fmt.Errorf("auction: price: %w", err)
		}
		if c, err = slots.MulRelin(eval, c, cm1); err != nil {
			return nil, err
		}
	}
	var m *rlwe.Ciphertext
	err = slots.Timed(len(env.Masks)-1, func() (err error) {
		m, err = threshold.MaskProduct(eval, env.Masks)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("auction: price: %w", err)
	}
	return slots.MulRelin(eval, c, m)
}

// decodePrice reads stage 1: the highest level whose masked value is
// non-zero (0 if none).
func (in *instance) decodePrice(rel []uint64) (int, error) {
	if len(rel) < in.levels {
		return 0, fmt.Errorf("auction: %w: price release has %d slots", program.ErrStage, len(rel))
	}
	price := 0
	for p := range in.levels {
		if rel[p] != 0 {
			price = p + 1
		}
	}
	return price, nil
}

// indicators returns b_i ⊙ e_q for the valid inputs (nil for the others).
func (in *instance) indicators(env program.Loaded, valid []bool, q int) ([]*rlwe.Ciphertext, error) {
	e := slots.Plain(in.preset, 1, q)
	out := make([]*rlwe.Ciphertext, len(valid))
	for i, ok := range valid {
		if !ok {
			continue
		}
		x := env.Inputs[i].CopyNew()
		if err := slots.MulPlain(env.Eval, x, e, x); err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

// winner computes stage 2 (see the package doc).
func (in *instance) winner(env program.Loaded, valid []bool, price int) (*rlwe.Ciphertext, error) {
	eval, p, n := env.Eval, in.preset, len(env.Inputs)
	if !slices.Contains(valid, true) || (!in.second && price == 0) {
		return in.zero(env)
	}
	if !in.second {
		xs, err := in.indicators(env, valid, price-1)
		if err != nil {
			return nil, err
		}
		return slots.Gather(eval, p, xs, price-1, 0)
	}
	var out *rlwe.Ciphertext
	if price < in.levels {
		// Region A: bidders strictly above the price.
		xs, err := in.indicators(env, valid, price)
		if err != nil {
			return nil, err
		}
		if out, err = slots.Gather(eval, p, xs, price, 0); err != nil {
			return nil, err
		}
	}
	if price == 0 {
		return out, nil
	}
	// Region B: the bidders at the price, kept only if nobody is above it.
	xs, err := in.indicators(env, valid, price-1)
	if err != nil {
		return nil, err
	}
	tied, err := slots.Gather(eval, p, xs, price-1, n)
	if err != nil {
		return nil, err
	}
	if price < in.levels {
		c, err := in.counts(env, valid)
		if err != nil {
			return nil, err
		}
		// Broadcast C[price] (0 or 1) over slots n..2n-1.
		if err := slots.MulPlain(eval, c, slots.Plain(p, 1, price), c); err != nil {
			return nil, err
		}
		if c, err = slots.RotateLeft(eval, p, c, price-(2*n-1)); err != nil {
			return nil, err
		}
		for k := 1; k < n; k <<= 1 {
			r, err := slots.RotateLeft(eval, p, c, k)
			if err != nil {
				return nil, err
			}
			if err := eval.Add(c, r, c); err != nil {
				return nil, fmt.Errorf("auction: winner: %w", err)
			}
		}
		// tied ⊙ (1 − C[price])
		if err := slots.MulPlain(eval, c, p.PlaintextModulus()-1, c); err != nil {
			return nil, err
		}
		if err := eval.Add(c, 1, c); err != nil {
			return nil, fmt.Errorf("auction: winner: %w", err)
		}
		if tied, err = slots.MulRelin(eval, tied, c); err != nil {
			return nil, err
		}
	}
	if out == nil {
		return tied, nil
	}
	if err := eval.Add(out, tied, out); err != nil {
		return nil, fmt.Errorf("auction: winner: %w", err)
	}
	return out, nil
}

func (in *instance) Result(released [][]uint64) (json.RawMessage, error) {
	return in.ResultWith(released, nil)
}

// ResultWith decodes the three releases. The number of inputs is not part
// of the releases, so it is taken from inputHashes (len); with nil hashes
// the result lists indexes only, for up to MaxInputs inputs.
func (in *instance) ResultWith(released [][]uint64, inputHashes [][]byte) (json.RawMessage, error) {
	if len(released) != 3 {
		return nil, fmt.Errorf("auction: %w: need 3 released stages, have %d", program.ErrStage, len(released))
	}
	n := len(inputHashes)
	if inputHashes == nil {
		return nil, fmt.Errorf("auction: %w: the result needs the committed input hashes", program.ErrInput)
	}
	valid, err := in.decodeValidity(released[StageValidity], n)
	if err != nil {
		return nil, err
	}
	price, err := in.decodePrice(released[StagePrice])
	if err != nil {
		return nil, err
	}
	rel := released[StageWinner]
	if len(rel) < 2*n {
		return nil, fmt.Errorf("auction: %w: winner release has %d slots", program.ErrStage, len(rel))
	}
	res := Result{Price: price, Excluded: []int{}}
	for i, ok := range valid {
		if !ok {
			res.Excluded = append(res.Excluded, i)
		}
	}
	var above, atPrice []int
	for i := range n {
		for _, v := range []uint64{rel[i], rel[n+i]} {
			if v > 1 {
				return nil, fmt.Errorf("auction: %w: winner slot holds %d", program.ErrStage, v)
			}
		}
		if rel[i] == 1 {
			above = append(above, i)
		}
		if rel[n+i] == 1 {
			atPrice = append(atPrice, i)
		}
	}
	switch {
	case in.second && len(above) > 1:
		return nil, fmt.Errorf("auction: %w: %d bidders above the second price", program.ErrStage, len(above))
	case in.second && len(above) == 1:
		res.Winner = &Winner{Index: above[0]}
	case in.second:
		if len(atPrice) > 0 {
			res.Winner, res.Tied = &Winner{Index: atPrice[0]}, atPrice
		}
	case len(above) > 0:
		res.Winner = &Winner{Index: above[0]}
		if len(above) > 1 {
			res.Tied = above
		}
	}
	if res.Winner != nil {
		res.Winner.InputHash = "0x" + hex.EncodeToString(inputHashes[res.Winner.Index])
	}
	return json.Marshal(res)
}

func seq(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
