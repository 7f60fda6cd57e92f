package tally_test

import (
	"bytes"
	crand "crypto/rand"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/program/tally"
)

func configure(t *testing.T, preset, params string) program.Instance {
	t.Helper()
	inst, err := builtin.Registry().Configure(tally.Name, preset, json.RawMessage(params))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

func TestConfigure(t *testing.T) {
	for _, tc := range []struct {
		params string
		ok     bool
	}{
		{`{"options": 2}`, true},
		{`{"options": 2048}`, true}, // every slot of dev
		{`{"options": 2049}`, false},
		{`{"options": 1}`, false},
		{`{"options": -3}`, false},
		{`{}`, false},
		{`{"options": 3, "extra": 1}`, false},
		{`{"options": "3"}`, false},
		{`{"options": 3} {}`, false},
		{`not json`, false},
	} {
		_, err := builtin.Registry().Configure(tally.Name, "dev", json.RawMessage(tc.params))
		if tc.ok != (err == nil) || (!tc.ok && !errors.Is(err, program.ErrParams)) {
			t.Errorf("%s: ok=%v err=%v", tc.params, tc.ok, err)
		}
	}
	if _, err := builtin.Registry().Configure("nope", "", nil); !errors.Is(err, program.ErrUnknownProgram) {
		t.Errorf("unknown program: %v", err)
	}
	if _, err := builtin.Registry().Configure(tally.Name, "nope", json.RawMessage(`{"options":2}`)); !errors.Is(err, bfv.ErrUnknownPreset) {
		t.Errorf("unknown preset: %v", err)
	}
	if inst := configure(t, "", `{"options": 3}`); inst.Preset().Name != "standard" {
		t.Errorf("default preset %s", inst.Preset().Name)
	}
}

func TestEncodeInput(t *testing.T) {
	inst := configure(t, "dev", `{"options": 4}`)
	for _, tc := range []struct {
		value string
		want  []uint64
	}{
		{`0`, []uint64{1, 0, 0, 0}},
		{`3`, []uint64{0, 0, 0, 1}},
		{`4`, nil},
		{`-1`, nil},
		{`1.5`, nil},
		{`"2"`, nil},
		{`[1]`, nil},
		{``, nil},
	} {
		got, err := inst.EncodeInput(json.RawMessage(tc.value))
		if tc.want == nil {
			if !errors.Is(err, program.ErrInput) {
				t.Errorf("%q: want ErrInput, got %v %v", tc.value, got, err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v %v", tc.value, got, err)
		}
	}
}

// run encrypts ballots under a local committee, executes the program and
// threshold-decrypts with members, returning the result JSON.
func run(t *testing.T, preset string, n, tt int, ballots []int, m int, members ...int) (json.RawMessage, []*rlwe.Ciphertext, *threshold.LocalCommittee, program.Instance) {
	t.Helper()
	inst := configure(t, preset, `{"options": `+itoa(m)+`}`)
	var seed [32]byte
	crand.Read(seed[:])
	c, err := threshold.NewLocalCommittee(threshold.Config{Preset: inst.Preset(), E3ID: 1, N: n, T: tt, Decryptions: inst.Stages(), Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	enc := c.Encryptor()
	var inputs []*rlwe.Ciphertext
	for _, b := range ballots {
		v, err := inst.EncodeInput(json.RawMessage(itoa(b)))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := enc.EncryptBytes(v)
		if err != nil {
			t.Fatal(err)
		}
		ct, err := inst.Preset().UnmarshalInput(raw) // as a node receives it
		if err != nil {
			t.Fatal(err)
		}
		if err := inst.ValidateInput(ct); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, ct)
	}
	out, err := program.Execute(inst, inst.Preset().NewEvaluator(nil), n, 0, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	shares, err := c.DecryptionShares(out, 0, members...)
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Session.Combine(out, 0, shares)
	if err != nil {
		t.Fatal(err)
	}
	result, err := inst.Result([][]uint64{res.Values})
	if err != nil {
		t.Fatal(err)
	}
	return result, inputs, c, inst
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func TestTallyEndToEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	const m = 5
	ballots := make([]int, 60)
	want := make([]uint64, m)
	for i := range ballots {
		ballots[i] = rng.IntN(m)
		want[ballots[i]]++
	}
	result, _, _, _ := run(t, "dev", 5, 3, ballots, m, 1, 4, 5)
	var got tally.Result
	if err := json.Unmarshal(result, &got); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Counts, want) {
		t.Fatalf("counts %v, want %v (%s)", got.Counts, want, result)
	}
}

func TestComputeIsDeterministic(t *testing.T) {
	_, inputs, _, inst := run(t, "dev", 3, 2, []int{0, 1, 1, 2}, 3, 1, 2)
	var outs [][]byte
	for range 2 {
		ct, err := program.Execute(inst, inst.Preset().NewEvaluator(nil), 3, 0, inputs, nil)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := inst.Preset().MarshalCiphertext(ct)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, raw)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatal("two executions over the same inputs differ")
	}
	// The inputs were not modified by Execute.
	again, _ := program.Execute(inst, inst.Preset().NewEvaluator(nil), 3, 0, inputs, nil)
	raw, _ := inst.Preset().MarshalCiphertext(again)
	if !bytes.Equal(raw, outs[0]) {
		t.Fatal("a third execution differs: inputs were mutated")
	}

}

func TestExecuteRejects(t *testing.T) {
	inst := configure(t, "dev", `{"options": 3}`)
	eval := inst.Preset().NewEvaluator(nil)
	if _, err := program.Execute(inst, eval, 3, 0, nil, nil); !errors.Is(err, program.ErrNoInputs) {
		t.Errorf("no inputs: %v", err)
	}
	if _, err := program.Execute(inst, eval, 3, 1, nil, nil); !errors.Is(err, program.ErrStage) {
		t.Errorf("stage 1 of 1: %v", err)
	}
	if _, err := inst.Result(nil); err == nil {
		t.Error("result without released stage")
	}
}

// TestSelectorHidesOtherSlots: a malformed "ballot" that puts values in
// slots beyond the options cannot make them appear in the release.
func TestSelectorHidesOtherSlots(t *testing.T) {
	inst := configure(t, "dev", `{"options": 2}`)
	var seed [32]byte
	c, err := threshold.NewLocalCommittee(threshold.Config{Preset: inst.Preset(), E3ID: 3, N: 3, T: 2, Decryptions: 1, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	ct, err := c.Encryptor().Encrypt([]uint64{1, 0, 999, 5})
	if err != nil {
		t.Fatal(err)
	}
	out, err := program.Execute(inst, inst.Preset().NewEvaluator(nil), 3, 0, []*rlwe.Ciphertext{ct}, nil)
	if err != nil {
		t.Fatal(err)
	}
	shares, _ := c.DecryptionShares(out, 0, 1, 2)
	res, err := c.Session.Combine(out, 0, shares)
	if err != nil {
		t.Fatal(err)
	}
	if res.Values[0] != 1 || slices.ContainsFunc(res.Values[2:], func(v uint64) bool { return v != 0 }) {
		t.Fatalf("released slots beyond the options: %v", res.Values[:6])
	}
}

// visits is a program.Inputs that decodes each input on demand (as the
// node's store-backed inputs do) and records the order of the visits.
type visits struct {
	preset *bfv.Preset
	raw    [][]byte
	seen   []int
}

func (v *visits) Len() int { return len(v.raw) }

func (v *visits) At(i int) (*rlwe.Ciphertext, error) {
	v.seen = append(v.seen, i)
	return v.preset.UnmarshalInput(v.raw[i])
}

// TestTallyStreamsInputs: the tally visits each input once, in order, so a
// node decodes one at a time (memory independent of the input count), and
// the output equals the one over inputs decoded up front.
func TestTallyStreamsInputs(t *testing.T) {
	_, inputs, _, inst := run(t, "dev", 3, 2, []int{0, 1, 1, 2, 0}, 3, 1, 2)
	p := inst.Preset()
	src := &visits{preset: p}
	for _, ct := range inputs {
		raw, err := p.MarshalCiphertext(ct)
		if err != nil {
			t.Fatal(err)
		}
		src.raw = append(src.raw, raw)
	}
	streamed, err := program.ExecuteWith(inst, program.Env{Eval: p.NewEvaluator(nil), Inputs: src}, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(src.seen, []int{0, 1, 2, 3, 4}) {
		t.Fatalf("inputs visited in order %v, want each once in order", src.seen)
	}
	whole, err := program.Execute(inst, p.NewEvaluator(nil), 3, 0, inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := p.MarshalCiphertext(streamed)
	b, _ := p.MarshalCiphertext(whole)
	if !bytes.Equal(a, b) {
		t.Fatal("streamed output differs from the output over decoded inputs")
	}
}
