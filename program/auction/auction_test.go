package auction_test

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/auction"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/program/internal/e3test"
)

func configure(t testing.TB, preset string, levels int, rule string) program.Instance {
	t.Helper()
	inst, err := builtin.Registry().Configure(auction.Name, preset, json.RawMessage(fmt.Sprintf(`{"levels": %d, "rule": %q}`, levels, rule)))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// reference computes the result from the plaintext bids: invalid[i] marks
// inputs that are not thermometer bids (excluded).
func reference(bids []int, invalid []bool, second bool) auction.Result {
	res := auction.Result{Excluded: []int{}}
	var valid []int
	for i, b := range bids {
		if invalid[i] {
			res.Excluded = append(res.Excluded, i)
			continue
		}
		valid = append(valid, b)
	}
	sorted := slices.Clone(valid)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	at := func(v int) []int {
		var out []int
		for i, b := range bids {
			if !invalid[i] && b == v {
				out = append(out, i)
			}
		}
		return out
	}
	above := func(v int) []int {
		var out []int
		for i, b := range bids {
			if !invalid[i] && b > v {
				out = append(out, i)
			}
		}
		return out
	}
	switch {
	case len(sorted) == 0:
	case !second:
		res.Price = sorted[0]
		if res.Price > 0 {
			top := at(res.Price)
			res.Winner = &auction.Winner{Index: top[0]}
			if len(top) > 1 {
				res.Tied = top
			}
		}
	default:
		if len(sorted) >= 2 {
			res.Price = sorted[1]
		}
		if a := above(res.Price); len(a) == 1 {
			res.Winner = &auction.Winner{Index: a[0]}
		} else if res.Price > 0 {
			top := at(res.Price)
			res.Winner, res.Tied = &auction.Winner{Index: top[0]}, top
		}
	}
	return res
}

type bidSet struct {
	bids    []int
	invalid map[int][]uint64 // crafted slot vectors replacing bid i
}

func runAuction(t *testing.T, e *e3test.E3, levels int, bs bidSet) (auction.Result, *e3test.Run, []*rlwe.Ciphertext) {
	t.Helper()
	values := make([][]uint64, len(bs.bids))
	for i, b := range bs.bids {
		if v, ok := bs.invalid[i]; ok {
			values[i] = v
			continue
		}
		enc, err := e.Inst.EncodeInput(json.RawMessage(fmt.Sprint(b)))
		if err != nil {
			t.Fatal(err)
		}
		values[i] = enc
	}
	inputs, hashes, err := e.Encrypt(values)
	if err != nil {
		t.Fatal(err)
	}
	run, err := e.RunStages(inputs)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := program.ResultOf(e.Inst, run.Released, hashes)
	if err != nil {
		t.Fatal(err)
	}
	var got auction.Result
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Winner != nil {
		if want := "0x" + hex.EncodeToString(hashes[got.Winner.Index]); got.Winner.InputHash != want {
			t.Fatalf("winner hash %s, want %s", got.Winner.InputHash, want)
		}
		got.Winner.InputHash = ""
	}
	return got, run, inputs
}

func equalResults(a, b auction.Result) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// TestRandomAuctions runs random first- and second-price auctions, with
// forced ties and crafted invalid bids, through a real committee, and
// compares each result with the plaintext reference.
func TestRandomAuctions(t *testing.T) {
	const levels = 40
	rng := rand.New(rand.NewPCG(1, 2))
	for _, rule := range []string{auction.First, auction.Second} {
		inst := configure(t, "dev", levels, rule)
		for round := range 4 {
			// One E3 per auction: each stage's noise share is single-use.
			e, err := e3test.New(inst, 3, 2)
			if err != nil {
				t.Fatal(err)
			}
			n := 3 + rng.IntN(10)
			bs := bidSet{bids: make([]int, n), invalid: map[int][]uint64{}}
			for i := range bs.bids {
				bs.bids[i] = rng.IntN(levels + 1)
			}
			switch round {
			case 1: // tie at the top
				top := slices.Max(bs.bids)
				bs.bids[rng.IntN(n)], bs.bids[rng.IntN(n)] = top, top
			case 2: // crafted invalid bids
				bad := [][]uint64{
					{1, 0, 1}, // not monotone
					{1, 1, 2}, // not 0/1
					append(auction.Thermometer(levels, levels), 5), // spill beyond the levels
					{0, 1}, // hole at the bottom
				}
				for k, v := range bad {
					bs.invalid[(k*3+1)%n] = v
				}
			case 3: // everyone bids the maximum level
				for i := range bs.bids {
					bs.bids[i] = levels
				}
			}
			invalid := make([]bool, n)
			for i := range bs.invalid {
				invalid[i] = true
			}
			// The spill vector's first levels slots are a valid full bid;
			// the validity stage only checks the levels, and the price stage
			// ignores slots beyond them, so that input is valid and bids P.
			for i, v := range bs.invalid {
				if len(v) == levels+1 {
					invalid[i] = false
					bs.bids[i] = levels
					delete(bs.invalid, i)
					bs.invalid[i] = v
				}
			}
			got, run, _ := runAuction(t, e, levels, bs)
			want := reference(bs.bids, invalid, rule == auction.Second)
			if !equalResults(got, want) {
				t.Fatalf("%s round %d bids %v invalid %v: got %+v winner %+v, want %+v winner %+v", rule, round, bs.bids, invalid, got, got.Winner, want, want.Winner)
			}
			checkReleases(t, inst, run, bs.bids, invalid, want, rule == auction.Second)
			t.Logf("%s round %d: bids %v invalid %v -> price %d winner %+v tied %v excluded %v", rule, round, bs.bids, invalid, got.Price, got.Winner, got.Tied, got.Excluded)
		}
	}
}

// checkReleases asserts that each stage's plaintext holds only what the
// package doc says: validity values only at invalid inputs' slots, masked
// price values only below the price (and not equal to the counts), winner
// indicators only for the revealed bidders.
func checkReleases(t *testing.T, inst program.Instance, run *e3test.Run, bids []int, invalid []bool, want auction.Result, second bool) {
	t.Helper()
	x := inst.(program.Extended)
	n := len(bids)
	for k, rel := range run.Released {
		sel, err := x.SelectorFor(k, n, run.Released[:k])
		if err != nil {
			t.Fatal(err)
		}
		for s, v := range rel {
			if v != 0 && sel[s] == 0 {
				t.Fatalf("stage %d: slot %d = %d outside the selector", k, s, v)
			}
		}
	}
	nonzero := func(rel []uint64) int {
		c := 0
		for _, v := range rel {
			if v != 0 {
				c++
			}
		}
		return c
	}
	if got, wantN := nonzero(run.Released[0]), len(want.Excluded); got != wantN {
		t.Fatalf("validity stage: %d non-zero slots, want %d (one per invalid input)", got, wantN)
	}
	price := run.Released[1]
	for p := range want.Price {
		if price[p] == 0 {
			if !second {
				t.Fatalf("price slot %d is zero below the price %d", p, want.Price)
			}
		}
	}
	if nonzero(price) > want.Price {
		t.Fatalf("price stage: %d non-zero slots above the price %d", nonzero(price), want.Price)
	}
	maskedLikeCounts := 0
	for p := range want.Price {
		count := 0
		for i, b := range bids {
			if !invalid[i] && b > p {
				count++
			}
		}
		if price[p] == uint64(count) {
			maskedLikeCounts++
		}
	}
	if want.Price > 3 && maskedLikeCounts == want.Price {
		t.Fatal("price stage released the counts unmasked")
	}
	revealed := 0
	if want.Winner != nil {
		revealed = max(1, len(want.Tied))
	}
	if got := nonzero(run.Released[2]); got != revealed {
		t.Fatalf("winner stage: %d non-zero slots, want %d", got, revealed)
	}
}

// TestOnlyDeclaredDecryptions: an auction E3 has exactly three noise
// shares; after the stages every one is bound to its stage's output, so no
// member can produce a share for anything else (a losing bid, the counts).
func TestOnlyDeclaredDecryptions(t *testing.T) {
	inst := configure(t, "dev", 8, auction.Second)
	if inst.Stages() != 3 {
		t.Fatalf("%d stages", inst.Stages())
	}
	e, err := e3test.New(inst, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	_, _, inputs := runAuction(t, e, 8, bidSet{bids: []int{3, 7, 5}})
	for k := range inst.Stages() + 1 {
		_, err := e.Committee.DecryptionShares(inputs[0], k, 1)
		if k < inst.Stages() && !errors.Is(err, threshold.ErrNoiseReused) {
			t.Fatalf("stage %d's noise share decrypted a losing bid: %v", k, err)
		}
		if k == inst.Stages() && !errors.Is(err, threshold.ErrStage) {
			t.Fatalf("a fourth decryption: %v", err)
		}
	}
}

// TestBadMaskDetected: a member whose mask is zero at one price level makes
// the validity stage's mask slot non-zero; the price stage then refuses to
// run, and the opened seeds name the cheater.
func TestBadMaskDetected(t *testing.T) {
	inst := configure(t, "dev", 16, auction.First)
	e, err := e3test.New(inst, 3, 3)
	if err != nil {
		t.Fatal(err)
	}
	zeroAt := make([]uint64, inst.Preset().Slots())
	for i := range zeroAt {
		zeroAt[i] = 1
	}
	zeroAt[9] = 0 // would hide every bid above 9
	if err := e.Eval.Mul(e.Masks[1].A, zeroAt, e.Masks[1].A); err != nil {
		t.Fatal(err)
	}
	values := [][]uint64{auction.Thermometer(12, 16), auction.Thermometer(4, 16)}
	inputs, _, err := e.Encrypt(values)
	if err != nil {
		t.Fatal(err)
	}
	run, err := e.RunStages(inputs)
	if !errors.Is(err, threshold.ErrBadMask) {
		t.Fatalf("run with a zeroed mask: %v", err)
	}
	if len(run.Released) != 1 {
		t.Fatalf("%d stages released before the check stopped the E3", len(run.Released))
	}
	var culprits []int
	for j, mc := range e.Masks {
		if err := threshold.VerifyMaskOpening(mc, e.Committee.PK, e.MaskSecs[j]); err != nil {
			if !errors.Is(err, threshold.ErrMaskOpening) {
				t.Fatal(err)
			}
			culprits = append(culprits, mc.Member)
		}
	}
	if !slices.Equal(culprits, []int{2}) {
		t.Fatalf("openings name %v, want [2]", culprits)
	}
}

func TestConfigureAndEncode(t *testing.T) {
	for _, tc := range []struct {
		preset, params string
		err            error
	}{
		{"dev", `{"levels": 2, "rule": "first"}`, nil},
		{"dev", `{"levels": 1023, "rule": "second"}`, nil},
		{"dev", `{"levels": 1024, "rule": "second"}`, program.ErrParams},
		{"dev", `{"levels": 1, "rule": "first"}`, program.ErrParams},
		{"dev", `{"levels": 10, "rule": "third"}`, program.ErrParams},
		{"dev", `{"levels": 10}`, program.ErrParams},
		{"dev", `{"levels": 10, "rule": "first", "x": 1}`, program.ErrParams},
		{"standard", `{"levels": 10, "rule": "first"}`, program.ErrPreset},
	} {
		_, err := builtin.Registry().Configure(auction.Name, tc.preset, json.RawMessage(tc.params))
		if (tc.err == nil) != (err == nil) || (tc.err != nil && !errors.Is(err, tc.err)) {
			t.Errorf("%s %s: %v, want %v", tc.preset, tc.params, err, tc.err)
		}
	}
	inst := configure(t, "dev", 5, auction.First)
	if v, err := inst.EncodeInput(json.RawMessage(`3`)); err != nil || !slices.Equal(v, []uint64{1, 1, 1, 0, 0}) {
		t.Fatalf("encode 3: %v %v", v, err)
	}
	for _, bad := range []string{`6`, `-1`, `"3"`, `3.5`, ``} {
		if _, err := inst.EncodeInput(json.RawMessage(bad)); !errors.Is(err, program.ErrInput) {
			t.Errorf("bid %q: %v", bad, err)
		}
	}
	raw, err := auction.Program{}.FromLedger([]uint64{64, 2})
	if err != nil || string(raw) != `{"levels":64,"rule":"second"}` {
		t.Fatalf("from ledger: %s %v", raw, err)
	}
	for _, bad := range [][]uint64{{64}, {64, 0}, {64, 3}, {}} {
		if _, err := (auction.Program{}).FromLedger(bad); !errors.Is(err, program.ErrParams) {
			t.Errorf("ledger %v: %v", bad, err)
		}
	}
	if _, err := builtin.Registry().ConfigureFromLedger(auction.Name, e3test.Preset("dev"), []uint64{16, 1}); err != nil {
		t.Fatal(err)
	}
	x := inst.(program.Extended)
	if _, err := x.ResultWith(make([][]uint64, 2), nil); !errors.Is(err, program.ErrStage) {
		t.Errorf("two releases: %v", err)
	}
	if got := program.NeedsOf(inst); !got.Masks || !got.Rotations || !got.Relinearization {
		t.Errorf("needs %+v", got)
	}
}

// TestMissingMasks: without contributions the program refuses to run.
func TestMissingMasks(t *testing.T) {
	inst := configure(t, "dev", 8, auction.First)
	e, err := e3test.New(inst, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	inputs, _, err := e.Encrypt([][]uint64{auction.Thermometer(3, 8)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := program.Execute(inst, e.Eval, 2, 0, inputs, nil); !errors.Is(err, program.ErrMasks) {
		t.Fatalf("no masks: %v", err)
	}
}

// TestEdgeCases is a table of degenerate auctions: one bidder, nobody
// bidding, every bid invalid, a lone bid at the top level.
func TestEdgeCases(t *testing.T) {
	const levels = 6
	bad := []uint64{0, 1}
	for _, tc := range []struct {
		name    string
		rule    string
		bids    []int
		invalid map[int][]uint64
	}{
		{"one bidder first", auction.First, []int{4}, nil},
		{"one bidder second", auction.Second, []int{4}, nil},
		{"no bids first", auction.First, []int{0, 0, 0}, nil},
		{"no bids second", auction.Second, []int{0, 0}, nil},
		{"one real bid second", auction.Second, []int{0, 5, 0}, nil},
		{"all invalid first", auction.First, []int{1, 2}, map[int][]uint64{0: bad, 1: bad}},
		{"all invalid second", auction.Second, []int{1, 2}, map[int][]uint64{0: bad, 1: bad}},
		{"top level alone second", auction.Second, []int{levels, 3, 2}, nil},
		{"tie below top second", auction.Second, []int{2, 4, 4, 1}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inst := configure(t, "dev", levels, tc.rule)
			e, err := e3test.New(inst, 2, 2)
			if err != nil {
				t.Fatal(err)
			}
			invalid := make([]bool, len(tc.bids))
			for i := range tc.invalid {
				invalid[i] = true
			}
			got, run, _ := runAuction(t, e, levels, bidSet{bids: tc.bids, invalid: tc.invalid})
			want := reference(tc.bids, invalid, tc.rule == auction.Second)
			if !equalResults(got, want) {
				t.Fatalf("got %+v winner %+v, want %+v winner %+v", got, got.Winner, want, want.Winner)
			}
			checkReleases(t, inst, run, tc.bids, invalid, want, tc.rule == auction.Second)
		})
	}
}
