package protocol

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// TestProviderSchedule: turns are computeWindow/(n+1) blocks long (at least
// MinProviderSlot), in turn-position order from the block the stage became
// computable, and every member's turn starts before the compute deadline.
func TestProviderSchedule(t *testing.T) {
	for _, tc := range []struct {
		window   uint64
		n        int
		slot     uint64
		position int
		turn     uint64 // from start 100
	}{
		{240, 5, 40, 0, 100},
		{240, 5, 40, 1, 140},
		{240, 5, 40, 4, 260},
		{300, 3, 75, 2, 250},
		{10, 5, MinProviderSlot, 2, 106}, // short window: at least a few blocks
		{0, 0, MinProviderSlot, 1, 103},
		{240, 5, 40, -1, 100}, // no negative positions
	} {
		if got := ProviderSlot(tc.window, tc.n); got != tc.slot {
			t.Errorf("ProviderSlot(%d, %d) = %d, want %d", tc.window, tc.n, got, tc.slot)
		}
		if got := ProviderTurn(100, tc.window, tc.n, tc.position); got != tc.turn {
			t.Errorf("ProviderTurn(100, %d, %d, %d) = %d, want %d", tc.window, tc.n, tc.position, got, tc.turn)
		}
	}
	for n := 1; n <= 16; n++ {
		w := uint64(MinProviderSlot * (n + 1))
		if last := ProviderTurn(0, w, n, n-1); last >= w {
			t.Errorf("n=%d window %d: last turn at %d, not before the deadline", n, w, last)
		}
	}
}

// TestProviderTurnTable: OnProviderTurn in each situation a member can be
// in when the node signals its turn — and that the record of having
// published survives a restart, while an output published by another
// member is still attested.
func TestProviderTurnTable(t *testing.T) {
	w := newNet(t, 3, 2)
	w.provider = 0 // nobody's turn at input close
	w.keygen()
	w.submit([]int{0, 1, 1})
	early := w.ms[0]
	if _, err := early.OnProviderTurn(0); !errors.Is(err, ErrUnexpected) || early.AwaitsOutput() {
		t.Fatalf("turn before re-execution (state %v): %v", early.State, err)
	}
	for i, m := range w.ms {
		acts, err := m.OnInputsClosed(w.hashes, Blobs(w.inputs...), false)
		if err != nil || len(acts) != 0 {
			t.Fatalf("member %d closes inputs off turn: %v %v", i+1, acts, err)
		}
		if !m.AwaitsOutput() || m.Provided != 0 {
			t.Fatalf("member %d after re-execution: awaits %v, provided %d", i+1, m.AwaitsOutput(), m.Provided)
		}
	}
	m2 := w.ms[1]
	want := store.Keccak(m2.Output)
	restart := func(m *Machine) *Machine {
		t.Helper()
		raw, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := New(m.cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, fresh); err != nil {
			t.Fatal(err)
		}
		ks, _ := m.keyShare.MarshalBinary()
		if err := fresh.Resume(map[string][]byte{"keyshare": ks}); err != nil {
			t.Fatal(err)
		}
		return fresh
	}
	for _, tc := range []struct {
		name     string
		do       func() ([]Action, error)
		err      error
		acts     []Action
		state    State
		provided int
	}{
		{"another stage", func() ([]Action, error) { return m2.OnProviderTurn(1) }, ErrUnexpected, nil, StateCompute, 0},
		{"turn taken", func() ([]Action, error) { return m2.OnProviderTurn(0) }, nil,
			[]Action{Publish{Kind: "output", Data: m2.Output}, PublishOutput{Stage: 0, Hash: want}}, StateCompute, 1},
		{"turn again", func() ([]Action, error) { return m2.OnProviderTurn(0) }, ErrUnexpected, nil, StateCompute, 1},
		{"turn again after a restart", func() ([]Action, error) { m2 = restart(m2); return m2.OnProviderTurn(0) }, ErrUnexpected, nil, StateCompute, 1},
		{"output on the ledger (published by another member first)", func() ([]Action, error) { return m2.OnOutputPublished(0, want) }, nil,
			[]Action{AttestOutput{Stage: 0, Hash: want}}, StateAttested, 1},
		{"turn after attesting", func() ([]Action, error) { return m2.OnProviderTurn(0) }, ErrUnexpected, nil, StateAttested, 1},
	} {
		acts, err := tc.do()
		if !errors.Is(err, tc.err) || (tc.err != nil) != (err != nil) {
			t.Fatalf("%s: error %v, want %v", tc.name, err, tc.err)
		}
		if !actionsEqual(acts, tc.acts) {
			t.Fatalf("%s: actions %v, want %v", tc.name, acts, tc.acts)
		}
		if m2.State != tc.state || m2.Provided != tc.provided {
			t.Fatalf("%s: state %v provided %d, want %v and %d", tc.name, m2.State, m2.Provided, tc.state, tc.provided)
		}
		if m2.AwaitsOutput() != (tc.provided == 0) {
			t.Fatalf("%s: awaits an output: %v", tc.name, m2.AwaitsOutput())
		}
	}
	// A member that never took its turn attests the same output.
	if acts, err := w.ms[2].OnOutputPublished(0, want); err != nil || len(acts) != 1 || w.ms[2].Provided != 0 {
		t.Fatalf("member 3 attests member 2's output: %v %v (provided %d)", acts, err, w.ms[2].Provided)
	}
	// The first-in-turn path (OnInputsClosed with provider) records the
	// publication too.
	v := newNet(t, 3, 2)
	v.keygen()
	v.submit([]int{2})
	acts, err := v.ms[0].OnInputsClosed(v.hashes, Blobs(v.inputs...), true)
	if err != nil || len(acts) != 2 || v.ms[0].Provided != 1 {
		t.Fatalf("first in turn: %v %v (provided %d)", acts, err, v.ms[0].Provided)
	}
	if _, err := v.ms[0].OnProviderTurn(0); !errors.Is(err, ErrUnexpected) {
		t.Fatalf("turn after publishing at input close: %v", err)
	}
}

func actionsEqual(a, b []Action) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		pa, ok := a[i].(Publish)
		pb, ok2 := b[i].(Publish)
		if ok || ok2 {
			if !ok || !ok2 || pa.Kind != pb.Kind || !slices.Equal(pa.Data, pb.Data) {
				return false
			}
			continue
		}
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestProviderTakeover: n=5, t=3; members 1 (first in turn) and 5 are down
// once the key is published. Nobody publishes at input close; member 2's
// turn comes, it publishes its re-execution, members 2–4 attest, and the
// E3 releases the right counts (through the decrypt-timeout fallback: three
// shares cannot certify). Member 3, whose turn would come next, finds the
// output already attested.
func TestProviderTakeover(t *testing.T) {
	w := newNet(t, 5, 3)
	w.keygen()
	want := w.submit([]int{2, 0, 1, 2, 2, 1})
	w.online[0], w.online[4] = false, false
	w.closeInputs() // provider 1 is offline: no output
	if w.outAtt[0] != 0 {
		t.Fatal("an output was attested without any provider")
	}
	for _, i := range []int{1, 2, 3} {
		if !w.ms[i].AwaitsOutput() {
			t.Fatalf("member %d does not await the output (state %v)", i+1, w.ms[i].State)
		}
	}
	w.route(2)(w.ms[1].OnProviderTurn(0))
	w.drain()
	if w.outAtt[0] != 3 {
		t.Fatalf("%d attestations of member 2's output, want 3", w.outAtt[0])
	}
	if _, err := w.ms[2].OnProviderTurn(0); !errors.Is(err, ErrUnexpected) {
		t.Fatalf("member 3's turn after the output was attested: %v", err)
	}
	if w.released != nil {
		t.Fatal("released without a certified set before the timeout")
	}
	w.route(2)(w.ms[1].OnDecryptTimeout())
	w.drain()
	if got, err := program.DecodeRelease(w.released); err != nil || !slices.Equal(got, want) {
		t.Fatalf("released %x, want %v (%v)", w.released, want, err)
	}
	for _, i := range []int{1, 2, 3} {
		if w.ms[i].State != StateCompleted {
			t.Fatalf("member %d ends in %v", i+1, w.ms[i].State)
		}
	}
}
