package auction_test

import (
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/auction"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/program/internal/e3test"
)

// FuzzConfigure: request parameters come from anyone; they configure an
// instance or fail with ErrParams, never panic.
func FuzzConfigure(f *testing.F) {
	for _, s := range []string{`{"levels": 16, "rule": "first"}`, `{"levels": 1023, "rule": "second"}`, `{"levels": -1}`, `[]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, params string) {
		inst, err := builtin.Registry().Configure(auction.Name, "dev", json.RawMessage(params))
		if err != nil {
			return
		}
		if inst.Layout().Slots < 2 || inst.Layout().Slots >= inst.Preset().RowLength() {
			t.Fatalf("configured %d levels", inst.Layout().Slots)
		}
	})
}

// FuzzEncodeInput: a submitter's value either encodes to a thermometer of
// the declared length or fails with ErrInput.
func FuzzEncodeInput(f *testing.F) {
	inst := configure(f, "dev", 16, auction.First)
	for _, s := range []string{`0`, `16`, `17`, `-1`, `"3"`, `1e3`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		v, err := inst.EncodeInput(json.RawMessage(value))
		if err != nil {
			return
		}
		if len(v) != 16 {
			t.Fatalf("%d slots", len(v))
		}
		for p := 1; p < len(v); p++ {
			if v[p] > v[p-1] || v[p] > 1 {
				t.Fatalf("not a thermometer: %v", v)
			}
		}
	})
}

// FuzzResult: the released plaintexts are certified by t members but a
// corrupt committee could publish anything; decoding must fail cleanly.
func FuzzResult(f *testing.F) {
	p := e3test.Preset("dev")
	f.Add([]byte{0, 1, 2, 3}, uint8(3), true)
	f.Add([]byte{}, uint8(1), false)
	f.Fuzz(func(t *testing.T, data []byte, n uint8, second bool) {
		rule := auction.First
		if second {
			rule = auction.Second
		}
		inst := configure(t, "dev", 16, rule)
		released := make([][]uint64, 3)
		for k := range released {
			released[k] = make([]uint64, p.Slots())
		}
		for i := 0; i+3 <= len(data); i += 3 {
			k, slot := int(data[i])%3, int(binary.LittleEndian.Uint16(data[i+1:]))%p.Slots()
			released[k][slot] = uint64(data[i]) % 3
		}
		hashes := make([][]byte, int(n)%64)
		for i := range hashes {
			hashes[i] = []byte{byte(i)}
		}
		raw, err := program.ResultOf(inst, released, hashes)
		if err != nil {
			return
		}
		var res auction.Result
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		if res.Winner != nil && (res.Winner.Index < 0 || res.Winner.Index >= len(hashes)) {
			t.Fatalf("winner %d of %d", res.Winner.Index, len(hashes))
		}
	})
}
