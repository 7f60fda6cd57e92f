package protocol

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

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
		if h := m.Masks[i]; h == (store.Hash{}) || !m.EvalKeysReady() {
			t.Fatalf("member %d after keygen: own mask %x, eval keys ready %v", i+1, h, m.EvalKeysReady())
		}
	}
	w.bid(inst, 3, 7, 5, 7, 2)
	w.closeInputs()
	if len(w.stages) != inst.Stages() {
		t.Fatalf("%d stages released, want %d", len(w.stages), inst.Stages())
	}
	var released [][]uint64
	for _, pt := range w.stages {
		var v []uint64
		if err := json.Unmarshal(pt, &v); err != nil {
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
// second half repeats its first instead of inverting it. The released mask check is
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
			bad := *c
			bad.B = c.A // m3, not m3^{-1}
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

// TestMaskSetRules: only the provider's set counts, it must name between
// t and MaxMaskContributions members in ascending order, and a second,
// different set is refused.
func TestMaskSetRules(t *testing.T) {
	w, _ := auctionNet(t)
	m := w.ms[1]
	h := store.Hash{1}
	good := EncodeMaskSet([]MaskRef{{1, h}, {2, h}})
	for name, tc := range map[string]struct {
		from int
		data []byte
	}{
		"not the provider": {2, good},
		"below t":          {1, EncodeMaskSet([]MaskRef{{1, h}})},
		"descending":       {1, EncodeMaskSet([]MaskRef{{2, h}, {1, h}})},
		"repeated member":  {1, EncodeMaskSet([]MaskRef{{1, h}, {1, h}})},
		"non-member":       {1, EncodeMaskSet([]MaskRef{{1, h}, {4, h}})},
		"truncated":        {1, good[:40]},
	} {
		if _, err := m.OnMaskSet(tc.from, tc.data); !errors.Is(err, ErrMaskSet) {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := m.OnMaskSet(1, good); err != nil {
		t.Fatal(err)
	}
	if _, err := m.OnMaskSet(1, EncodeMaskSet([]MaskRef{{1, h}, {3, h}})); !errors.Is(err, ErrMaskSet) {
		t.Errorf("second set: %v", err)
	}
	if _, err := w.ms[1].SelectMasks(); !errors.Is(err, ErrUnexpected) {
		t.Errorf("a non-provider selected masks: %v", err)
	}
}
