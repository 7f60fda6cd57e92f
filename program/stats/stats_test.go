package stats_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/program/internal/e3test"
	"github.com/ciphernet/ciphernet/program/stats"
)

func configure(t testing.TB, preset string, lo, hi uint64) program.Instance {
	t.Helper()
	inst, err := builtin.Registry().Configure(stats.Name, preset, json.RawMessage(fmt.Sprintf(`{"min": %d, "max": %d}`, lo, hi)))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// run encrypts the slot vectors, runs both stages through a real committee
// and decodes the result.
func run(t *testing.T, inst program.Instance, values [][]uint64) (stats.Result, *e3test.Run, *e3test.E3) {
	t.Helper()
	e, err := e3test.New(inst, 3, 2)
	if err != nil {
		t.Fatal(err)
	}
	inputs, hashes, err := e.Encrypt(values)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.RunStages(inputs)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := program.ResultOf(inst, r.Released, hashes)
	if err != nil {
		t.Fatal(err)
	}
	var res stats.Result
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	return res, r, e
}

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-9*max(1, math.Abs(b)) }

// TestRandomStats compares random runs, with crafted out-of-range and
// malformed figures, with a plaintext reference.
func TestRandomStats(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for round, rg := range [][2]uint64{{0, 20}, {1000, 1016}, {5, 6}, {250, 263}} {
		lo, hi := rg[0], rg[1]
		inst := configure(t, "dev", lo, hi)
		span := hi - lo
		n := 2 + rng.IntN(9)
		values := make([][]uint64, n)
		var figures []uint64
		invalid := map[int]bool{}
		for i := range values {
			x := lo + rng.Uint64N(span+1)
			v, err := inst.EncodeInput(json.RawMessage(fmt.Sprint(x)))
			if err != nil {
				t.Fatal(err)
			}
			values[i] = v
			figures = append(figures, x)
		}
		// Crafted invalid inputs (replacing some figures).
		w := inst.Layout().Slots / 2
		crafted := [][]uint64{
			append(bitsOf(span+1, w), bitsOf(0, w)...),       // y = span+1 > span, with b-x "= 0"
			append(bitsOf(2, w), bitsOf(span-1, w)...)[:2*w], // correct sum, but a 2 at slot 0 below
			append(make([]uint64, 2*w-1), 5),                 // a 5 in the last slot
		}
		crafted[1][0] = 2
		if round%2 == 0 {
			for k, v := range crafted {
				if i := (2*k + 1) % n; !invalid[i] {
					values[i], invalid[i] = v, true
				}
			}
		}
		// A valid encoding with garbage beyond its 2L slots stays valid:
		// only the first 2L slots are read.
		values[0] = append(slices.Clone(values[0]), 9, 9, 9)
		if invalid[0] {
			t.Fatal("test layout: input 0 must stay valid")
		}
		got, r, _ := run(t, inst, values)
		want := stats.Result{Excluded: []int{}}
		var sum uint64
		var xs []float64
		for i, x := range figures {
			if invalid[i] {
				want.Excluded = append(want.Excluded, i)
				continue
			}
			want.Count++
			sum += x
			xs = append(xs, float64(x))
		}
		want.Sum = sum
		if got.Count != want.Count || got.Sum != want.Sum || !slices.Equal(got.Excluded, want.Excluded) {
			t.Fatalf("range [%d,%d] figures %v invalid %v: got %+v, want %+v", lo, hi, figures, invalid, got, want)
		}
		mean := float64(sum) / float64(len(xs))
		variance := 0.0
		for _, x := range xs {
			variance += (x - mean) * (x - mean)
		}
		variance /= float64(len(xs))
		if got.Mean == nil || got.Variance == nil || !close(*got.Mean, mean) || !close(*got.Variance, variance) {
			t.Fatalf("mean/variance %v/%v, want %v/%v", got.Mean, got.Variance, mean, variance)
		}
		// The aggregate stage releases exactly Σ y and Σ y², nothing else.
		agg := r.Released[stats.StageAggregate]
		for s, v := range agg[2:] {
			if v != 0 {
				t.Fatalf("aggregate release slot %d = %d", s+2, v)
			}
		}
		nonzero := 0
		for _, v := range r.Released[stats.StageValidity] {
			if v != 0 {
				nonzero++
			}
		}
		if nonzero != len(want.Excluded) {
			t.Fatalf("validity stage: %d non-zero slots for %d invalid inputs", nonzero, len(want.Excluded))
		}
		t.Logf("[%d,%d]: %d figures, excluded %v -> count %d sum %d mean %.3f variance %.3f", lo, hi, n, got.Excluded, got.Count, got.Sum, *got.Mean, *got.Variance)
	}
}

func bitsOf(v uint64, l int) []uint64 {
	out := make([]uint64, l)
	for k := range l {
		out[k] = v >> k & 1
	}
	return out
}

func TestAllInvalid(t *testing.T) {
	inst := configure(t, "dev", 0, 10)
	got, _, _ := run(t, inst, [][]uint64{{3}, {1, 1, 1, 1, 1, 1, 1, 1}})
	if got.Count != 0 || got.Mean != nil || got.Variance != nil || !slices.Equal(got.Excluded, []int{0, 1}) {
		t.Fatalf("%+v", got)
	}
}

func TestConfigureAndEncode(t *testing.T) {
	for _, tc := range []struct {
		preset, params string
		err            error
	}{
		{"dev", `{"min": 0, "max": 255}`, nil},
		{"dev", `{"min": 0, "max": 256}`, nil},               // 256² < T = 65537: one figure
		{"dev", `{"min": 0, "max": 257}`, program.ErrParams}, // 257² > T
		{"mul", `{"min": 100, "max": 65100}`, nil},
		{"mul", `{"min": 0, "max": 65535}`, program.ErrParams},
		{"dev", `{"min": 5, "max": 5}`, program.ErrParams},
		{"dev", `{"min": 6, "max": 5}`, program.ErrParams},
		{"dev", `{"min": -1, "max": 5}`, program.ErrParams},
		{"dev", `{"min": 1099511627776, "max": 1099511627777}`, program.ErrParams},
		{"dev", `{"max": 5, "extra": 1}`, program.ErrParams},
		{"standard", `{"min": 0, "max": 5}`, program.ErrPreset},
	} {
		_, err := builtin.Registry().Configure(stats.Name, tc.preset, json.RawMessage(tc.params))
		if (tc.err == nil) != (err == nil) || (tc.err != nil && !errors.Is(err, tc.err)) {
			t.Errorf("%s %s: %v, want %v", tc.preset, tc.params, err, tc.err)
		}
	}
	inst := configure(t, "dev", 10, 15)
	if v, err := inst.EncodeInput(json.RawMessage(`12`)); err != nil || !slices.Equal(v, []uint64{0, 1, 0, 1, 1, 0}) {
		t.Fatalf("encode 12 in [10,15]: %v %v", v, err)
	}
	for _, bad := range []string{`9`, `16`, `-1`, `"12"`, `1.5`} {
		if _, err := inst.EncodeInput(json.RawMessage(bad)); !errors.Is(err, program.ErrInput) {
			t.Errorf("figure %s: %v", bad, err)
		}
	}
	if raw, err := (stats.Program{}).FromLedger([]uint64{3, 9}); err != nil || string(raw) != `{"min":3,"max":9}` {
		t.Fatalf("from ledger: %s %v", raw, err)
	}
	if _, err := (stats.Program{}).FromLedger([]uint64{3}); !errors.Is(err, program.ErrParams) {
		t.Fatalf("short ledger params: %v", err)
	}
	if _, err := builtin.Registry().ConfigureFromLedger(stats.Name, e3test.Preset("dev"), []uint64{0, 100}); err != nil {
		t.Fatal(err)
	}
	if _, err := inst.Result(nil); !errors.Is(err, program.ErrInput) {
		t.Fatalf("result without hashes: %v", err)
	}
	if _, err := inst.(program.Extended).ResultWith([][]uint64{{}}, nil); !errors.Is(err, program.ErrStage) {
		t.Fatalf("one release: %v", err)
	}
}

// TestStandardPresetStats runs a stats E3 on the 128-bit preset and checks
// the result and the smudging margin of both stages.
func TestStandardPresetStats(t *testing.T) {
	if testing.Short() {
		t.Skip("logN=14 preset with rotation keys skipped in -short")
	}
	inst := configure(t, "mul", 1000, 7000)
	if got := inst.(interface{ MaxInputs() int }).MaxInputs(); got != 119 {
		t.Fatalf("MaxInputs %d for a span of 6000 under T≈2^32, want 119", got)
	}
	var values [][]uint64
	figures := []uint64{1000, 7000, 3137, 4242, 5555}
	for _, x := range figures {
		v, err := inst.EncodeInput(json.RawMessage(fmt.Sprint(x)))
		if err != nil {
			t.Fatal(err)
		}
		values = append(values, v)
	}
	values = append(values, append(make([]uint64, 25), 1)) // y = 0 but b-x = 2^12 ≠ 6000
	got, r, e := run(t, inst, values)
	if got.Count != 5 || got.Sum != 1000+7000+3137+4242+5555 || !slices.Equal(got.Excluded, []int{5}) {
		t.Fatalf("%+v", got)
	}
	for k, out := range r.Outputs {
		margin := e.SmudgingMargin(out)
		t.Logf("stage %d: noise 2^%.1f, smudging margin %.1f bits", k, e.NoiseLog2(out), margin)
		if margin < 0 {
			t.Fatalf("stage %d: smudging bound short by %.1f bits", k, -margin)
		}
	}
}
