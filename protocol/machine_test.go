package protocol

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
)

func TestTransitionTable(t *testing.T) {
	for _, tc := range []struct {
		from, to State
		ok       bool
	}{
		{StateCommittee, StateCommitted, true},
		{StateCommitted, StateRevealed, true},
		{StateRevealed, StateKeyConfirmed, true},
		{StateKeyConfirmed, StateInputs, true},
		{StateInputs, StateCompute, true},
		{StateCompute, StateAttested, true},
		{StateAttested, StateShared, true},
		{StateShared, StateCompute, true}, // next stage
		{StateShared, StateCompleted, true},
		{StateInputs, StateFailed, true},
		{StateCommittee, StateRevealed, false}, // reveal before commit
		{StateRevealed, StateInputs, false},    // inputs before the key is confirmed
		{StateCompute, StateShared, false},     // share without attesting
		{StateInputs, StateShared, false},
		{StateCompleted, StateFailed, false},
		{StateFailed, StateCommittee, false},
		{StateCompleted, StateCompute, false},
	} {
		if got := ValidTransition(tc.from, tc.to); got != tc.ok {
			t.Errorf("%v → %v: %v, want %v", tc.from, tc.to, got, tc.ok)
		}
	}
}

// net is the test's model of the ledger and the E3 topic for n machines.
type net struct {
	t        *testing.T
	ms       []*Machine
	online   []bool
	n, tt    int
	confirms map[store.Hash]int
	pk       []byte
	outAtt   map[int]int      // stage → output attestations
	ptAtt    map[int]int      // stage → plaintext attestations
	stages   [][]byte         // released plaintext of each stage
	sealed   map[int][]string // member → sealed secret names, in order
	inputs   [][]byte
	hashes   []store.Hash
	released []byte
	queue    []func() // deliveries in global (ledger) order

	secrets   map[int]map[string][]byte // member → sealed secrets, as its store holds them
	shares    map[int][][]byte          // member → every decryption share it published
	restartAt map[int]State             // restart member j when it reaches this state
	restarted map[int]bool
	dealings  map[int][]byte        // member → its revealed dealing header
	bundles   map[store.Hash][]byte // every published bundle by hash, as the dealers' stores serve them
	evals     map[int][]byte        // member → its eval share
	masks     map[int][]byte        // member → its mask contribution
	openings  map[int][]byte        // member → its mask opening
	// lastOutput is the last output blob a member published.
	lastOutput []byte
	// tamper, if set, rewrites what member j publishes.
	tamper func(j int, a Publish) Publish
	// provider is the party index whose provider turn has come when a
	// stage becomes computable (0: nobody's yet; see provider_test.go).
	provider int
}

func newNet(t *testing.T, n, tt int) *net {
	t.Helper()
	inst, err := builtin.Registry().Configure("tally", "dev", json.RawMessage(`{"options":3}`))
	if err != nil {
		t.Fatal(err)
	}
	return newNetFor(t, n, tt, inst)
}

func newNetFor(t *testing.T, n, tt int, inst program.Instance) *net {
	t.Helper()
	var seed [32]byte
	rand.Read(seed[:])
	keys := make([]*threshold.TransportKey, n)
	pubs := make([]threshold.TransportPublicKey, n)
	for i := range keys {
		keys[i], _ = threshold.GenerateTransportKey(nil)
		pubs[i] = keys[i].Public()
	}
	preset, _ := bfv.Lookup("dev")
	w := &net{t: t, n: n, tt: tt, confirms: map[store.Hash]int{}, sealed: map[int][]string{},
		secrets: map[int]map[string][]byte{}, shares: map[int][][]byte{}, restartAt: map[int]State{}, restarted: map[int]bool{},
		dealings: map[int][]byte{}, bundles: map[store.Hash][]byte{}, evals: map[int][]byte{}, masks: map[int][]byte{}, outAtt: map[int]int{}, ptAtt: map[int]int{}, provider: 1}
	for j := 1; j <= n; j++ {
		m, err := New(Config{Threshold: threshold.Config{Preset: preset, E3ID: 9, N: n, T: tt, Decryptions: inst.Stages(), Seed: seed},
			Program: inst, Self: j, TransportKey: keys[j-1], Committee: pubs})
		if err != nil {
			t.Fatal(err)
		}
		w.ms = append(w.ms, m)
		w.online = append(w.online, true)
	}
	return w
}

// route performs member j's actions against the model, checking that
// secrets are sealed before anything leaves the node.
// route returns a sink for member j's handler results; the actions are
// carried out at once, their consequences for other members are queued.
func (w *net) route(j int) func([]Action, error) {
	return func(acts []Action, err error) { w.perform(j, acts, err) }
}

// later queues a delivery; drain runs the queue to completion, so every
// member sees events in one global order, as ledger events are.
func (w *net) later(f func()) { w.queue = append(w.queue, f) }

func (w *net) drain() {
	for len(w.queue) > 0 {
		f := w.queue[0]
		w.queue = w.queue[1:]
		f()
	}
}

func (w *net) perform(j int, acts []Action, err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatalf("member %d: %v", j, err)
	}
	defer w.maybeRestart(j)
	sentSomething := false
	for _, a := range acts {
		switch a := a.(type) {
		case SealSecret:
			if sentSomething {
				w.t.Fatalf("member %d seals %q after sending", j, a.Name)
			}
			w.sealed[j] = append(w.sealed[j], a.Name)
			if w.secrets[j] == nil {
				w.secrets[j] = map[string][]byte{}
			}
			w.secrets[j][a.Name] = a.Data
		case DeleteSecret:
			delete(w.secrets[j], a.Name)
		case CommitKeyShare:
			sentSomething = true
			for i := range w.ms {
				w.later(func() { w.route(i + 1)(w.ms[i].OnCommitment(j, a.DealingHash)) })
			}
		case Publish:
			sentSomething = true
			w.publish(j, a)
		case CommitMask:
			sentSomething = true
			h := a.Hash
			if w.masks[j] != nil { // the member commits what it published
				h = store.Keccak(w.masks[j])
			}
			for i := range w.ms {
				w.later(func() { w.route(i + 1)(w.ms[i].OnMaskCommitted(j, h)) })
			}
		case ConfirmPublicKey:
			sentSomething = true
			w.confirms[a.Hash]++
			if w.confirms[a.Hash] == w.n {
				for i := range w.ms {
					w.later(func() { w.route(i + 1)(w.ms[i].OnPublicKeyPublished(a.Hash)) })
				}
			}
		case PublishOutput:
			sentSomething = true
			for i := range w.ms {
				if w.online[i] {
					w.later(func() { w.route(i + 1)(w.ms[i].OnOutputPublished(a.Stage, a.Hash)) })
				}
			}
		case AttestOutput:
			sentSomething = true
			w.outAtt[a.Stage]++
			if w.outAtt[a.Stage] == w.tt {
				for i := range w.ms {
					if w.online[i] {
						w.later(func() { w.route(i + 1)(w.ms[i].OnOutputAccepted(a.Stage, a.Hash, w.aggregator(i))) })
					}
				}
			}
		case PublishPlaintext:
			sentSomething = true
			w.released = a.Plaintext
			for i := range w.ms {
				if w.online[i] {
					w.later(func() { w.route(i + 1)(w.ms[i].OnPlaintextPublished(a.Stage, a.Plaintext)) })
				}
			}
		case AttestPlaintext:
			sentSomething = true
			w.ptAtt[a.Stage]++
			if w.ptAtt[a.Stage] == w.tt {
				w.stages = append(w.stages, w.released)
				for i := range w.ms {
					if w.online[i] {
						w.later(func() {
							w.route(i + 1)(w.ms[i].OnStageReleased(a.Stage, w.released, Blobs(w.inputs...), i+1 == w.provider))
						})
					}
				}
			}
		case EraseSecrets:
			w.secrets[j] = nil
		default:
			w.t.Fatalf("unknown action %T", a)
		}
	}
}

// maybeRestart replaces member j by a machine rebuilt from what its store
// holds — the persisted fields and the sealed secrets — as a crash and
// restart would, the first time j reaches its restart state.
func (w *net) maybeRestart(j int) {
	want, ok := w.restartAt[j]
	if !ok || w.restarted[j] || w.ms[j-1].State != want {
		return
	}
	w.restarted[j] = true
	old := w.ms[j-1]
	raw, err := json.Marshal(old)
	if err != nil {
		w.t.Fatal(err)
	}
	fresh, err := New(old.cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := json.Unmarshal(raw, fresh); err != nil {
		w.t.Fatal(err)
	}
	if err := fresh.Resume(w.secrets[j]); err != nil {
		w.t.Fatalf("member %d resume in %v: %v", j, want, err)
	}
	w.ms[j-1] = fresh
	// The node's blob store: every dealing header and bundle revealed so
	// far (a superset of what it fetched).
	stored := maps.Clone(w.bundles)
	for _, d := range w.dealings {
		stored[store.Keccak(d)] = d
	}
	w.route(j)(fresh.Rehydrate(func(h store.Hash) []byte { return stored[h] }))
}

// pullBundle hands member i the bundle dealer j sealed to it, fetched by
// the hash j's header names, as the node does after storing the header.
func (w *net) pullBundle(i, j int) {
	m := w.ms[i-1]
	if h, ok := m.WantBundle(j); ok && w.bundles[h] != nil {
		w.route(i)(m.OnBundle(j, w.bundles[h]))
	}
}

func (w *net) publish(j int, a Publish) {
	if w.tamper != nil {
		a = w.tamper(j, a)
	}
	if a.Kind == "decryption-share" {
		w.shares[j] = append(w.shares[j], a.Data)
	}
	switch a.Kind {
	case "dealing":
		w.dealings[j] = a.Data
		for i := range w.ms {
			if i+1 != j {
				w.later(func() { w.route(i + 1)(w.ms[i].OnDealing(j, a.Data)) })
				w.later(func() { w.pullBundle(i+1, j) })
			}
		}
	case "bundle":
		w.bundles[store.Keccak(a.Data)] = a.Data
	case "public-key":
		w.pk = a.Data
	case "mask":
		w.masks[j] = a.Data // revealed after the input window (closeInputs)
	case "mask-opening":
		if w.openings == nil {
			w.openings = map[int][]byte{}
		}
		w.openings[j] = a.Data
	case "eval-share":
		w.evals[j] = a.Data
		for i := range w.ms {
			if i+1 != j {
				w.later(func() { w.route(i + 1)(w.ms[i].OnEvalShare(j, a.Data)) })
			}
		}
	case "output":
		w.lastOutput = a.Data
	case "decryption-share":
		for i := range w.ms {
			if i+1 != j && w.online[i] {
				w.later(func() { w.route(i + 1)(w.ms[i].OnDecryptionShare(j, a.Data, w.aggregator(i))) })
			}
		}
	default:
		w.t.Fatalf("unknown blob kind %q", a.Kind)
	}
}

// aggregator reports whether member i+1 is the model's aggregator: the
// online member with the lowest index.
func (w *net) aggregator(i int) bool {
	return slices.Index(w.online, true) == i
}

func (w *net) keygen() {
	for i, m := range w.ms {
		w.route(i + 1)(m.Start())
	}
	w.drain()
}

func (w *net) submit(ballots []int) []uint64 {
	preset, _ := bfv.Lookup("dev")
	pk, err := preset.UnmarshalPublicKey(w.pk)
	if err != nil {
		w.t.Fatal(err)
	}
	enc := bfv.NewEncryptor(preset, pk)
	counts := make([]uint64, 3)
	for _, b := range ballots {
		v := make([]uint64, 3)
		v[b] = 1
		counts[b]++
		raw, err := enc.EncryptBytes(v)
		if err != nil {
			w.t.Fatal(err)
		}
		w.inputs = append(w.inputs, raw)
		w.hashes = append(w.hashes, store.Keccak(raw))
	}
	return counts
}

func (w *net) closeInputs() {
	for i, m := range w.ms {
		if w.online[i] && m.NeedsMasks() && !m.MasksLoaded() {
			var blobs [][]byte
			for _, r := range m.MaskSet() {
				blobs = append(blobs, w.masks[r.Member])
			}
			if err := m.LoadMasks(blobs); err != nil {
				w.t.Fatalf("member %d: %v", i+1, err)
			}
		}
		if w.online[i] && m.NeedsEvalKeys() && !m.EvalKeysLoaded() {
			var ds, es [][]byte
			for j := 1; j <= w.n; j++ {
				ds, es = append(ds, w.dealings[j]), append(es, w.evals[j])
			}
			if err := m.LoadEvalKeys(ds, es); err != nil {
				w.t.Fatalf("member %d: %v", i+1, err)
			}
		}
		if w.online[i] {
			w.route(i + 1)(m.OnInputsClosed(w.hashes, Blobs(w.inputs...), i+1 == w.provider))
		}
	}
	w.drain()
}

func TestCommitteeRun(t *testing.T) {
	for _, tc := range []struct {
		n, t    int
		offline []int
	}{{3, 2, nil}, {5, 3, nil}, {5, 3, []int{4}}, {4, 3, nil}} {
		t.Run(fmt.Sprintf("n=%d,t=%d,offline=%v", tc.n, tc.t, tc.offline), func(t *testing.T) {
			w := newNet(t, tc.n, tc.t)
			w.keygen()
			for _, m := range w.ms {
				if m.State != StateInputs {
					t.Fatalf("after keygen: %v", m.State)
				}
			}
			want := w.submit([]int{0, 2, 2, 1, 2, 0, 2})
			for _, j := range tc.offline {
				w.online[j-1] = false
			}
			w.closeInputs()
			if len(tc.offline) > 0 {
				// 2t-1 = 5 consistent shares cannot be reached with 4
				// members: nothing is published until the timeout fallback.
				if w.released != nil {
					t.Fatal("published without a certified set before the timeout")
				}
				w.route(1)(w.ms[0].OnDecryptTimeout())
				w.drain()
			}
			if got, err := program.DecodeRelease(w.released); err != nil || !slices.Equal(got, want) {
				t.Fatalf("released %x, want %v (%v)", w.released, want, err)
			}
			for i, m := range w.ms {
				if !w.online[i] {
					continue // catches up from the ledger when it returns
				}
				if m.State != StateCompleted || m.keyShare != nil || m.dealerSecret != nil {
					t.Fatalf("member %d ends in %v with secrets held", i+1, m.State)
				}
				if !slices.Equal(w.sealed[i+1], []string{"dealer", "dealing", "keyshare", "keyshare"}) {
					t.Fatalf("member %d sealed %v", i+1, w.sealed[i+1])
				}
			}
		})
	}
}

func TestRejections(t *testing.T) {
	w := newNet(t, 3, 2)
	m := w.ms[0]
	if _, err := m.OnDealing(1, []byte("x")); !errors.Is(err, ErrUnexpected) {
		t.Errorf("dealing before reveal: %v", err)
	}
	if _, err := m.OnCommitment(4, store.Hash{1}); !errors.Is(err, ErrNotMember) {
		t.Errorf("commitment of a non-member: %v", err)
	}
	if _, err := m.OnCommitment(0, store.Hash{1}); !errors.Is(err, ErrNotMember) {
		t.Errorf("index 0: %v", err)
	}
	// Member 2 commits, then a second commitment from 2 is refused.
	w2 := newNet(t, 3, 2)
	acts, err := w2.ms[1].Start()
	if err != nil {
		t.Fatal(err)
	}
	commit := acts[2].(CommitKeyShare)
	if _, err := w2.ms[0].OnCommitment(2, commit.DealingHash); err != nil {
		t.Fatal(err)
	}
	if _, err := w2.ms[0].OnCommitment(2, commit.DealingHash); !errors.Is(err, ErrUnexpected) {
		t.Errorf("double commitment: %v", err)
	}
	// A dealing that is not the committed one is refused.
	w3 := newNet(t, 3, 2)
	var dealings [][]byte
	var hashes []store.Hash
	for _, mm := range w3.ms {
		acts, _ := mm.Start()
		header, _ := mm.own.MarshalBinary()
		dealings = append(dealings, header)
		hashes = append(hashes, acts[2].(CommitKeyShare).DealingHash)
	}
	for j, h := range hashes {
		if _, err := w3.ms[0].OnCommitment(j+1, h); err != nil {
			t.Fatal(err)
		}
	}
	if w3.ms[0].State != StateRevealed {
		t.Fatalf("state %v", w3.ms[0].State)
	}
	if _, err := w3.ms[0].OnDealing(2, dealings[2]); !errors.Is(err, ErrUncommitted) {
		t.Errorf("dealing of member 3 passed off as member 2's: %v", err)
	}
	if _, err := w3.ms[0].OnBundle(2, w3.ms[1].own.Bundles[0]); !errors.Is(err, ErrUnexpected) {
		t.Errorf("bundle before its dealing: %v", err)
	}
	if _, err := w3.ms[0].OnDealing(2, dealings[1]); err != nil {
		t.Fatal(err)
	}
	if h, ok := w3.ms[0].WantBundle(2); !ok || h != store.Hash(threshold.BundleHash(w3.ms[1].own.Bundles[0])) {
		t.Fatalf("member 1 wants %x (%v) from member 2", h, ok)
	}
	if _, err := w3.ms[0].OnBundle(2, w3.ms[1].own.Bundles[2]); !errors.Is(err, ErrUncommitted) {
		t.Errorf("member 3's bundle passed off as member 1's: %v", err)
	}
	if _, err := w3.ms[0].OnBundle(2, w3.ms[1].own.Bundles[0]); err != nil {
		t.Fatal(err)
	}
	if _, ok := w3.ms[0].WantBundle(2); ok {
		t.Error("bundle still wanted once attached")
	}
	if _, err := w3.ms[0].OnOutputPublished(0, store.Hash{}); !errors.Is(err, ErrUnexpected) {
		t.Errorf("output during keygen: %v", err)
	}
	if _, err := w3.ms[0].OnFailed(); err != nil {
		t.Fatal(err)
	}
	if w3.ms[0].State != StateFailed || w3.ms[0].dealerSecret != nil {
		t.Error("failure did not erase")
	}
	if _, err := w3.ms[0].OnFailed(); !errors.Is(err, ErrUnexpected) {
		t.Errorf("second failure: %v", err)
	}
}

// TestOutputAndPlaintextChecks: a member does not attest an output or a
// plaintext that differ from its own computation.
func TestOutputAndPlaintextChecks(t *testing.T) {
	w := newNet(t, 3, 2)
	w.keygen()
	w.submit([]int{1, 1, 0})
	for i, m := range w.ms {
		if _, err := m.OnInputsClosed(w.hashes, Blobs(w.inputs...), false); err != nil {
			t.Fatalf("member %d: %v", i+1, err)
		}
	}
	m := w.ms[1]
	if _, err := m.OnOutputPublished(0, store.Keccak([]byte("not the output"))); !errors.Is(err, ErrOutputMismatch) {
		t.Fatalf("forged output: %v", err)
	}
	if _, err := m.OnOutputPublished(1, store.Keccak(m.Output)); !errors.Is(err, ErrUnexpected) {
		t.Fatalf("wrong stage: %v", err)
	}
	if _, err := m.OnOutputAccepted(0, store.Keccak([]byte("someone else's output")), false); !errors.Is(err, ErrOutputMismatch) {
		t.Fatalf("share for an output this member did not compute: %v", err)
	}
	if m.keyShare.Used[0] != ([32]byte{}) {
		t.Fatal("noise share consumed by a refused output")
	}
	var shares [][]byte
	for i, mm := range w.ms {
		if _, err := mm.OnOutputPublished(0, store.Keccak(mm.Output)); err != nil {
			t.Fatalf("member %d: %v", i+1, err)
		}
		acts, err := mm.OnOutputAccepted(0, store.Keccak(mm.Output), false)
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, acts[1].(Publish).Data)
	}
	if _, err := m.OnDecryptionShare(1, shares[2], false); !errors.Is(err, ErrWrongE3) {
		t.Fatalf("member 3's share sent as member 1's: %v", err)
	}
	if _, err := m.OnDecryptionShare(1, []byte("junk"), false); err == nil {
		t.Fatal("junk share accepted")
	}
	if _, err := m.OnDecryptionShare(1, shares[0], false); err != nil {
		t.Fatal(err)
	}
	if _, err := m.OnDecryptionShare(1, shares[0], false); !errors.Is(err, ErrUnexpected) {
		t.Fatalf("duplicate share: %v", err)
	}
	if _, err := m.OnPlaintextPublished(0, program.EncodeRelease([]uint64{9, 9, 9})); !errors.Is(err, ErrPlaintextMismatch) {
		t.Fatalf("forged plaintext: %v", err)
	}
	if acts, err := m.OnPlaintextPublished(0, program.EncodeRelease([]uint64{1, 2, 0})); err != nil || len(acts) != 1 {
		t.Fatalf("true plaintext: %v %v", acts, err)
	}
}

// TestRestartInEveryPhase: member 2 crashes and restarts from its store
// (persisted fields + sealed secrets) on reaching each phase; the E3 still
// completes with the right result, and no member ever publishes two
// different decryption shares for the stage.
func TestRestartInEveryPhase(t *testing.T) {
	for _, phase := range []State{StateCommitted, StateRevealed, StateKeyConfirmed, StateInputs, StateCompute, StateAttested, StateShared} {
		t.Run(phase.String(), func(t *testing.T) {
			w := newNet(t, 3, 2)
			w.restartAt[2] = phase
			w.keygen()
			want := w.submit([]int{1, 2, 2, 0})
			w.closeInputs()
			if !w.restarted[2] {
				t.Fatalf("member 2 never reached %v", phase)
			}
			if got, err := program.DecodeRelease(w.released); err != nil || !slices.Equal(got, want) {
				t.Fatalf("released %x, want %v (%v)", w.released, want, err)
			}
			for j, shares := range w.shares {
				for _, s := range shares[1:] {
					if string(s) != string(shares[0]) {
						t.Fatalf("member %d published two different decryption shares", j)
					}
				}
			}
			for j := 1; j <= 3; j++ {
				if w.ms[j-1].State != StateCompleted || w.secrets[j] != nil {
					t.Fatalf("member %d ends %v with secrets %v", j, w.ms[j-1].State, w.secrets[j])
				}
			}
		})
	}
}

// TestResumeAfterRestart: a member reloaded from its persisted fields and
// sealed secrets continues and produces the same decryption share.
func TestResumeAfterRestart(t *testing.T) {
	w := newNet(t, 3, 2)
	w.keygen()
	w.submit([]int{2})
	m := w.ms[2]
	if _, err := m.OnInputsClosed(w.hashes, Blobs(w.inputs...), false); err != nil {
		t.Fatal(err)
	}
	if _, err := m.OnOutputPublished(0, store.Keccak(m.Output)); err != nil {
		t.Fatal(err)
	}
	ks, _ := m.keyShare.MarshalBinary()
	fresh, err := New(m.cfg)
	if err != nil {
		t.Fatal(err)
	}
	persisted, _ := json.Marshal(m)
	if err := json.Unmarshal(persisted, fresh); err != nil {
		t.Fatal(err)
	}
	if err := fresh.Resume(map[string][]byte{"keyshare": ks}); err != nil {
		t.Fatal(err)
	}
	a1, err := m.OnOutputAccepted(0, store.Keccak(m.Output), false)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := fresh.OnOutputAccepted(0, store.Keccak(m.Output), false)
	if err != nil {
		t.Fatal(err)
	}
	if string(a1[1].(Publish).Data) != string(a2[1].(Publish).Data) {
		t.Fatal("resumed member produced a different decryption share")
	}
}

// TestPersistedStateOmitsDealings: what the node writes at every step stays
// small during key generation — the dealings (n bundles each, 10 MiB at
// n = 19 on standard) live in the blob store and the sealed secrets, not in
// the machine's JSON.
func TestPersistedStateOmitsDealings(t *testing.T) {
	w := newNet(t, 5, 3)
	for i, m := range w.ms[:4] { // member 5 holds back: everyone waits in Committed
		w.route(i + 1)(m.Start())
	}
	w.drain()
	m := w.ms[0]
	if m.State != StateCommitted || m.own == nil {
		t.Fatalf("member 1 in %v", m.State)
	}
	raw, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if own := len(m.own.Bundles[0]); len(raw) > own/4 {
		t.Fatalf("persisted machine is %d bytes, one bundle %d: dealings are being persisted", len(raw), own)
	}
	w.route(5)(w.ms[4].Start())
	w.drain()
	if m.State != StateKeyConfirmed && m.State != StateInputs {
		t.Fatalf("member 1 ends key generation in %v", m.State)
	}
	if raw, _ := json.Marshal(m); len(raw) > 64<<10 {
		t.Fatalf("persisted machine after key generation is %d bytes", len(raw))
	}
}

// TestInputsCheckedAgainstCommitments: an input whose stored bytes no
// longer match its committed hash (a corrupted store) stops the stage with
// ErrUncommitted instead of entering the computation.
func TestInputsCheckedAgainstCommitments(t *testing.T) {
	w := newNet(t, 3, 2)
	w.keygen()
	w.submit([]int{1, 2})
	bad := slices.Clone(w.inputs[1])
	bad[len(bad)-1] ^= 1
	src := func(h store.Hash, fn func([]byte) error) error {
		if h == w.hashes[1] {
			return fn(bad)
		}
		return Blobs(w.inputs...)(h, fn)
	}
	if _, err := w.ms[0].OnInputsClosed(w.hashes, src, false); !errors.Is(err, ErrUncommitted) {
		t.Fatalf("tampered input: %v, want ErrUncommitted", err)
	}
	if _, err := w.ms[1].OnInputsClosed(w.hashes, Blobs(w.inputs[0]), false); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing input: %v, want store.ErrNotFound", err)
	}
}
