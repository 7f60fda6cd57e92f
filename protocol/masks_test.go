package protocol

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
)

// auctionNet is a committee of three (t = 2) running a first-price
// auction over 8 price levels on the dev preset: evaluation keys, mask
// contributions and the provider's mask set all travel as in the node.
func auctionNet(t *testing.T) (*net, program.Instance) {
	t.Helper()
	inst, err := builtin.Registry().Configure("auction", "dev", json.RawMessage(`{"levels":8,"rule":"first"}`))
	if err != nil {
		t.Fatal(err)
	}
	return newNetFor(t, 3, 2, inst), inst
}

func (w *net) bid(inst program.Instance, bids ...int) {
	preset, _ := bfv.Lookup("dev")
	pk, err := preset.UnmarshalPublicKey(w.pk)
	if err != nil {
		w.t.Fatal(err)
	}
	enc := bfv.NewEncryptor(preset, pk)
	for _, b := range bids {
		vals, err := inst.EncodeInput(json.RawMessage(fmt.Sprint(b)))
		if err != nil {
			w.t.Fatal(err)
		}
		raw, err := enc.EncryptBytes(vals)
		if err != nil {
			w.t.Fatal(err)
		}
		w.inputs, w.hashes = append(w.inputs, raw), append(w.hashes, store.Keccak(raw))
	}
}

// TestAuctionThroughTheCommittee: the three stages (validity, price,
// winner) are released in turn and decode to the highest bid and the
// lowest-indexed top bidder.
func TestAuctionThroughTheCommittee(t *testing.T) {
	w, inst := auctionNet(t)
	w.keygen()
	for i, m := range w.ms {
		if len(m.MaskSet()) != 3 || m.MaskSet()[i].Hash != m.MaskHash || !m.EvalKeysReady() {
			t.Fatalf("member %d after keygen: mask set %v, eval keys ready %v", i+1, m.MaskSet(), m.EvalKeysReady())
		}
	}
	w.bid(inst, 3, 7, 5, 7, 2)
	w.closeInputs()
	if len(w.stages) != inst.Stages() {
		t.Fatalf("%d stages released, want %d", len(w.stages), inst.Stages())
	}
	var released [][]uint64
	for _, pt := range w.stages {
		v, err := program.DecodeRelease(pt)
		if err != nil {
			t.Fatal(err)
		}
		released = append(released, v)
	}
	var hashes [][]byte
	for _, h := range w.hashes {
		hashes = append(hashes, h[:])
	}
	full, err := program.Expand(inst, len(w.inputs), released)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := program.ResultOf(inst, full, hashes)
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Price  int
		Winner struct {
			Index     int
			InputHash string
		}
	}
	if err := json.Unmarshal(raw, &res); err != nil || res.Price != 7 || res.Winner.Index != 1 {
		t.Fatalf("result %s (%v): want price 7, winner index 1 (tie with 3, lowest index wins)", raw, err)
	}
	for i, m := range w.ms {
		if m.State != StateCompleted || m.maskSecret != nil {
			t.Fatalf("member %d ends in %v (mask seed held: %v)", i+1, m.State, m.maskSecret != nil)
		}
	}
}

// TestBadMaskIsDetectedAndOpened: member 3 publishes a contribution whose
// second half encrypts 1 instead of the inverse of its first. The released mask check is
// non-zero, no later stage runs, every member opens its mask, and the
// openings clear members 1 and 2 and name member 3.
func TestBadMaskIsDetectedAndOpened(t *testing.T) {
	w, inst := auctionNet(t)
	preset, _ := bfv.Lookup("dev")
	w.tamper = func(j int, a Publish) Publish {
		if a.Kind != "mask" {
			return a
		}
		c := new(threshold.MaskContribution)
		if err := c.UnmarshalBinary(a.Data); err != nil {
			t.Fatal(err)
		}
		if j == 3 {
			pk, err := preset.UnmarshalPublicKey(w.pk)
			if err != nil {
				t.Fatal(err)
			}
			ones := make([]uint64, preset.Slots())
			for k := range ones {
				ones[k] = 1
			}
			bad := *c
			if bad.B, err = bfv.NewEncryptor(preset, pk).Encrypt(ones); err != nil { // 1, not m3^{-1}
				t.Fatal(err)
			}
			raw, err := bad.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			return Publish{Kind: "mask", Data: raw}
		}
		return a
	}
	w.keygen()
	w.bid(inst, 4, 6)
	w.closeInputs()
	if len(w.stages) != 1 {
		t.Fatalf("%d stages released after a bad mask, want only the validity stage", len(w.stages))
	}
	// No member holds an output for the masked stage: none can take a
	// provider turn, and none attests an output published for it (say the
	// validity stage's output again).
	for j, m := range w.ms {
		if m.AwaitsOutput() {
			t.Errorf("member %d awaits publishing an output of stage %d it could not compute", j+1, m.Stage)
		}
		if acts, err := m.OnProviderTurn(1); err == nil {
			t.Errorf("member %d took a provider turn for the masked stage (%d actions)", j+1, len(acts))
		}
		if acts, err := m.OnOutputPublished(1, store.Keccak(w.lastOutput)); !errors.Is(err, ErrOutputMismatch) {
			t.Errorf("member %d on the validity output republished as stage 1: %d actions, %v", j+1, len(acts), err)
		}
	}
	pk, err := preset.UnmarshalPublicKey(w.pk)
	if err != nil {
		t.Fatal(err)
	}
	blamed := []int{}
	for j := 1; j <= 3; j++ {
		raw, ok := w.openings[j]
		if !ok {
			t.Fatalf("member %d did not open its mask", j)
		}
		sec, err := DecodeMaskSecret(raw)
		if err != nil {
			t.Fatal(err)
		}
		published := new(threshold.MaskContribution)
		if err := published.UnmarshalBinary(w.masks[j]); err != nil {
			t.Fatal(err)
		}
		if err := threshold.VerifyMaskOpening(published, pk, sec); err != nil {
			if !errors.Is(err, threshold.ErrMaskOpening) {
				t.Fatalf("member %d: %v", j, err)
			}
			blamed = append(blamed, j)
		}
	}
	if fmt.Sprint(blamed) != "[3]" {
		t.Fatalf("openings blame %v, want [3]", blamed)
	}
}

// TestMaskCommitments: a revealed contribution must match its author's
// ledger commitment, a commitment counts once, and fewer than t committed
// masks cannot be used (the set would not contain an honest member's).
func TestMaskCommitments(t *testing.T) {
	w, _ := auctionNet(t)
	w.keygen()
	other, _ := auctionNet(t)
	other.keygen()
	m := w.ms[1]
	if err := m.CheckMask(2, w.masks[2]); err != nil {
		t.Fatalf("committed contribution: %v", err)
	}
	if err := m.CheckMask(2, other.masks[2]); !errors.Is(err, ErrUncommitted) {
		t.Errorf("uncommitted contribution: %v", err)
	}
	if err := m.CheckMask(3, w.masks[2]); !errors.Is(err, ErrUncommitted) {
		t.Errorf("member 2's contribution as member 3's: %v", err)
	}
	if _, err := m.OnMaskCommitted(2, store.Keccak(other.masks[2])); !errors.Is(err, ErrUnexpected) {
		t.Errorf("second commitment: %v", err)
	}
	if _, err := m.OnMaskCommitted(4, store.Hash{1}); !errors.Is(err, ErrNotMember) {
		t.Errorf("non-member commitment: %v", err)
	}
	few := newNetFor(t, 3, 2, w.ms[0].cfg.Program).ms[0]
	few.OnMaskCommitted(1, store.Keccak(w.masks[1]))
	if err := few.LoadMasks([][]byte{w.masks[1]}); !errors.Is(err, ErrMaskSet) {
		t.Errorf("one committed mask with t = 2: %v", err)
	}
}

// TestSharedHelpersArePure: EvalKeys, MaskSet and MaskContributions — the
// functions the public verifier shares with the members — assemble from
// the published blobs alone what a member's machine assembles, so a stage
// re-executed with them gives the member's output bytes; and they refuse
// what the members refuse.
func TestSharedHelpersArePure(t *testing.T) {
	w, inst := auctionNet(t)
	w.keygen()
	w.bid(inst, 3, 7, 5)
	preset, _ := bfv.Lookup("dev")
	m := w.ms[0]
	var ds, es [][]byte
	for j := 1; j <= 3; j++ {
		ds, es = append(ds, w.dealings[j]), append(es, w.evals[j])
	}
	set := MaskSet(m.Masks)
	var blobs [][]byte
	for _, r := range set {
		blobs = append(blobs, w.masks[r.Member])
	}
	eval, err := EvalKeys(m.sess, inst, ds, es)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := MaskContributions(preset, 9, 2, set, blobs)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.LoadEvalKeys(ds, es); err != nil {
		t.Fatal(err)
	}
	if err := m.LoadMasks(blobs); err != nil {
		t.Fatal(err)
	}
	var cts []*rlwe.Ciphertext
	for _, raw := range w.inputs {
		ct, err := preset.UnmarshalInput(raw)
		if err != nil {
			t.Fatal(err)
		}
		cts = append(cts, ct)
	}
	run := func(env program.Env) []byte {
		ct, err := program.ExecuteWith(inst, env, 3, 0)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := preset.MarshalCiphertext(ct)
		if err != nil {
			t.Fatal(err)
		}
		return raw
	}
	mine, _ := m.evaluator()
	if !bytes.Equal(run(program.Env{Eval: eval, Inputs: program.Ciphertexts(cts), Masks: cs}), run(program.Env{Eval: mine, Inputs: program.Ciphertexts(cts), Masks: m.masks})) {
		t.Fatal("stage 0 with the shared helpers differs from the member's")
	}

	// Refusals.
	if _, err := EvalKeys(m.sess, inst, ds, [][]byte{es[0], es[1], es[1]}); !errors.Is(err, ErrWrongE3) {
		t.Errorf("member 2's eval share in member 3's place: %v", err)
	}
	if _, err := EvalKeys(m.sess, inst, ds[:2], es); !errors.Is(err, ErrEvalKeys) {
		t.Errorf("two dealings for three members: %v", err)
	}
	if _, _, err := DecodeEvalShare(inst, 10, 2, es[1]); !errors.Is(err, ErrWrongE3) {
		t.Errorf("eval share of E3 9 decoded for E3 10: %v", err)
	}
	tally, err := builtin.Registry().Configure("tally", "dev", json.RawMessage(`{"options":2}`))
	if err != nil {
		t.Fatal(err)
	}
	if e, err := EvalKeys(m.sess, tally, nil, nil); err != nil || e == nil {
		t.Errorf("a program without keys: %v", err)
	}
	if _, err := MaskContributions(preset, 9, 2, set[:1], blobs[:1]); !errors.Is(err, ErrMaskSet) {
		t.Errorf("one contribution with t = 2: %v", err)
	}
	if _, err := MaskContributions(preset, 9, 2, set, blobs[:2]); !errors.Is(err, ErrMasks) {
		t.Errorf("three in the set, two blobs: %v", err)
	}
	if _, err := MaskContributions(preset, 9, 2, set, [][]byte{blobs[1], blobs[0], blobs[2]}); !errors.Is(err, ErrUncommitted) {
		t.Errorf("swapped contributions: %v", err)
	}
	relabelled := []MaskRef{set[0], {Member: 3, Hash: set[1].Hash}}
	if _, err := MaskContributions(preset, 9, 2, relabelled, blobs[:2]); !errors.Is(err, threshold.ErrIndex) {
		t.Errorf("member 2's contribution committed as member 3's: %v", err)
	}
	if _, err := DecodeMask(preset, 10, 1, blobs[0]); !errors.Is(err, threshold.ErrWrongE3) {
		t.Errorf("contribution of E3 9 decoded for E3 10: %v", err)
	}

	// The set is the committed hashes in party order, at most
	// MaxMaskContributions of them.
	hashes := make([]store.Hash, threshold.MaxMaskContributions+3)
	for j := range hashes {
		if j != 1 {
			hashes[j] = store.Hash{byte(j + 1)}
		}
	}
	got := MaskSet(hashes)
	if len(got) != threshold.MaxMaskContributions || got[0].Member != 1 || got[1].Member != 3 || got[1].Hash != hashes[2] ||
		got[len(got)-1].Member != threshold.MaxMaskContributions+1 {
		t.Fatalf("mask set %v", got)
	}
	if MaskSet(make([]store.Hash, 3)) != nil {
		t.Fatal("no commitments, yet a mask set")
	}
}
