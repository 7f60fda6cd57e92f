package stats_test

import (
	"encoding/binary"
	"encoding/json"
	"testing"

	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/program/internal/e3test"
	"github.com/ciphernet/ciphernet/program/stats"
)

// FuzzConfigure: request parameters from anyone configure an instance or
// fail cleanly.
func FuzzConfigure(f *testing.F) {
	for _, s := range []string{`{"min": 0, "max": 10}`, `{"min": 5, "max": 4}`, `{"max": 18446744073709551615}`, `{}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, params string) {
		inst, err := builtin.Registry().Configure(stats.Name, "dev", json.RawMessage(params))
		if err != nil {
			return
		}
		if inst.(interface{ MaxInputs() int }).MaxInputs() < 1 {
			t.Fatal("configured an instance that accepts no input")
		}
	})
}

// FuzzEncodeInput: a submitter's figure either encodes into bits that add
// up to the span or fails with ErrInput.
func FuzzEncodeInput(f *testing.F) {
	inst := configure(f, "dev", 10, 25)
	for _, s := range []string{`10`, `25`, `26`, `9`, `-3`, `"x"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, value string) {
		v, err := inst.EncodeInput(json.RawMessage(value))
		if err != nil {
			return
		}
		l := len(v) / 2
		var u, w uint64
		for k := range l {
			if v[k] > 1 || v[l+k] > 1 {
				t.Fatalf("not bits: %v", v)
			}
			u |= v[k] << k
			w |= v[l+k] << k
		}
		if u+w != 15 {
			t.Fatalf("%v: %d + %d != 15", v, u, w)
		}
	})
}

// FuzzResult: arbitrary released plaintexts decode or fail cleanly.
func FuzzResult(f *testing.F) {
	p := e3test.Preset("dev")
	f.Add([]byte{1, 0, 0, 7, 1, 0}, uint8(4))
	f.Fuzz(func(t *testing.T, data []byte, n uint8) {
		inst := configure(t, "dev", 0, 20)
		released := [][]uint64{make([]uint64, p.Slots()), make([]uint64, p.Slots())}
		for i := 0; i+4 <= len(data); i += 4 {
			k, slot := int(data[i])%2, int(binary.LittleEndian.Uint16(data[i+1:]))%p.Slots()
			released[k][slot] = uint64(data[i+3])
		}
		hashes := make([][]byte, int(n)%32)
		raw, err := program.ResultOf(inst, released, hashes)
		if err != nil {
			return
		}
		var res stats.Result
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		if res.Count+len(res.Excluded) != len(hashes) || (res.Count == 0) != (res.Mean == nil) {
			t.Fatalf("inconsistent result %s for %d inputs", raw, len(hashes))
		}
	})
}
