package demo

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// scenario is what the demo needs to know about a program: its request
// parameters, how a submitter picks a value, and the plaintext reference
// computation the released result must equal.
type scenario interface {
	// params are the program's JSON parameters and their ledger form.
	params() (json.RawMessage, []uint64)
	// describe names the request for the log.
	describe() string
	// input draws one submitter's value (the program's input JSON).
	input(rng *rand.Rand) json.RawMessage
	// reference computes the expected result over the values in
	// commitment order (hashes[i] is input i's committed hash).
	reference(values []json.RawMessage, hashes []common.Hash) (json.RawMessage, error)
	// same compares a released result with the reference.
	same(got, want json.RawMessage) bool
}

// scenarioFor builds the scenario of cfg.Program.
func scenarioFor(cfg Config) (scenario, error) {
	switch cfg.Program {
	case "tally":
		return tallyDemo{options: cfg.Options}, nil
	case "auction":
		return auctionDemo{levels: cfg.Levels, second: cfg.Rule == "second"}, nil
	case "stats":
		return statsDemo{max: uint64(cfg.Max)}, nil
	}
	return nil, fmt.Errorf("%w: the demo runs tally, auction or stats (got %q)", ErrConfig, cfg.Program)
}

type tallyDemo struct{ options int }

func (s tallyDemo) params() (json.RawMessage, []uint64) {
	return json.RawMessage(fmt.Sprintf(`{"options":%d}`, s.options)), []uint64{uint64(s.options)}
}
func (s tallyDemo) describe() string { return fmt.Sprintf("tally(options=%d)", s.options) }
func (s tallyDemo) input(rng *rand.Rand) json.RawMessage {
	return json.RawMessage(strconv.Itoa(rng.IntN(s.options)))
}
func (s tallyDemo) reference(values []json.RawMessage, _ []common.Hash) (json.RawMessage, error) {
	counts := make([]uint64, s.options)
	for _, v := range values {
		c, err := strconv.Atoi(string(v))
		if err != nil {
			return nil, err
		}
		counts[c]++
	}
	return json.Marshal(map[string][]uint64{"counts": counts})
}
func (s tallyDemo) same(got, want json.RawMessage) bool {
	return string(compact(got)) == string(compact(want))
}

// auctionDemo: random bids over the price grid; the reference is the
// highest (first price) or second-highest (second price) bid and the
// lowest-indexed top bidder.
type auctionDemo struct {
	levels int
	second bool
}

func (s auctionDemo) params() (json.RawMessage, []uint64) {
	rule, code := "first", uint64(1)
	if s.second {
		rule, code = "second", 2
	}
	return json.RawMessage(fmt.Sprintf(`{"levels":%d,"rule":%q}`, s.levels, rule)), []uint64{uint64(s.levels), code}
}
func (s auctionDemo) describe() string {
	rule := "first-price"
	if s.second {
		rule = "second-price"
	}
	return fmt.Sprintf("auction(%s, %d levels)", rule, s.levels)
}
func (s auctionDemo) input(rng *rand.Rand) json.RawMessage {
	return json.RawMessage(strconv.Itoa(1 + rng.IntN(s.levels)))
}

type auctionResult struct {
	Price  int `json:"price"`
	Winner *struct {
		Index     int    `json:"index"`
		InputHash string `json:"inputHash"`
	} `json:"winner"`
	Excluded []int `json:"excluded"`
}

func (s auctionDemo) reference(values []json.RawMessage, hashes []common.Hash) (json.RawMessage, error) {
	bids := make([]int, len(values))
	for i, v := range values {
		b, err := strconv.Atoi(string(v))
		if err != nil {
			return nil, err
		}
		bids[i] = b
	}
	top, winner := 0, 0
	for i, b := range bids {
		if b > top {
			top, winner = b, i
		}
	}
	price := top
	if s.second && len(bids) > 1 {
		sorted := slices.Sorted(slices.Values(bids))
		price = sorted[len(sorted)-2]
	}
	return json.Marshal(map[string]any{"price": price, "winner": map[string]any{"index": winner, "inputHash": hashes[winner].Hex()}, "excluded": []int{}})
}

func (s auctionDemo) same(got, want json.RawMessage) bool {
	var g, w auctionResult
	if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil || g.Winner == nil || w.Winner == nil {
		return false
	}
	return g.Price == w.Price && *g.Winner == *w.Winner && len(g.Excluded) == 0
}

// statsDemo: random figures in [0, max]; the reference is count, sum,
// mean and population variance.
type statsDemo struct{ max uint64 }

func (s statsDemo) params() (json.RawMessage, []uint64) {
	return json.RawMessage(fmt.Sprintf(`{"min":0,"max":%d}`, s.max)), []uint64{0, s.max}
}
func (s statsDemo) describe() string { return fmt.Sprintf("stats(range 0..%d)", s.max) }
func (s statsDemo) input(rng *rand.Rand) json.RawMessage {
	return json.RawMessage(strconv.FormatUint(rng.Uint64N(s.max+1), 10))
}

type statsResult struct {
	Count    int     `json:"count"`
	Sum      uint64  `json:"sum"`
	Mean     float64 `json:"mean"`
	Variance float64 `json:"variance"`
}

func (s statsDemo) reference(values []json.RawMessage, _ []common.Hash) (json.RawMessage, error) {
	var sum, sq float64
	for _, v := range values {
		x, err := strconv.ParseUint(string(v), 10, 64)
		if err != nil {
			return nil, err
		}
		sum, sq = sum+float64(x), sq+float64(x*x)
	}
	n := float64(len(values))
	mean := sum / n
	return json.Marshal(statsResult{Count: len(values), Sum: uint64(sum), Mean: mean, Variance: sq/n - mean*mean})
}

func (s statsDemo) same(got, want json.RawMessage) bool {
	var g, w statsResult
	if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil {
		return false
	}
	return g.Count == w.Count && g.Sum == w.Sum && math.Abs(g.Mean-w.Mean) < 1e-9 && math.Abs(g.Variance-w.Variance) < 1e-6*(1+w.Variance)
}
