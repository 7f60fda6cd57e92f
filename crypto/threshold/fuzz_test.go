package threshold

import (
	"crypto/rand"
	"io"
	"sync"
	"testing"
)

var (
	seedOnce sync.Once
	seeds    [][]byte
)

// fuzzSeeds are valid encodings of every wire type on the dev preset.
func fuzzSeeds(tb testing.TB) [][]byte {
	seedOnce.Do(func() {
		c := newCommittee(tb, "dev", 2, 1, 1)
		ct := c.encrypt(tb, []uint64{1})
		for _, v := range []wireValue{c.Dealings[0], sealedDealing{c.Dealings[0]}, c.Secrets[0], c.Shares[0], c.decryptionShares(tb, ct, 0, 1)[0]} {
			b, err := v.MarshalBinary()
			if err != nil {
				tb.Fatal(err)
			}
			seeds = append(seeds, b)
		}
	})
	return seeds
}

func fuzzDecoder(f *testing.F, fresh func() wireValue) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
		f.Add(s[:len(s)/3])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v := fresh()
		if err := v.UnmarshalBinary(b); err != nil {
			return
		}
		if _, err := v.MarshalBinary(); err != nil {
			t.Fatalf("decoded value does not re-encode: %v", err)
		}
	})
}

func FuzzDealing(f *testing.F) { fuzzDecoder(f, func() wireValue { return new(Dealing) }) }
func FuzzSealedDealing(f *testing.F) {
	fuzzDecoder(f, func() wireValue { return sealedDealing{new(Dealing)} })
}
func FuzzDecryptionShare(f *testing.F) {
	fuzzDecoder(f, func() wireValue { return new(DecryptionShare) })
}
func FuzzKeyShare(f *testing.F)     { fuzzDecoder(f, func() wireValue { return new(KeyShare) }) }
func FuzzDealerSecret(f *testing.F) { fuzzDecoder(f, func() wireValue { return new(DealerSecret) }) }
func FuzzRelinShare(f *testing.F)   { fuzzDecoder(f, func() wireValue { return new(RelinShare) }) }

// FuzzBundleOpen feeds arbitrary envelopes to the bundle opener.
func FuzzBundleOpen(f *testing.F) {
	a, _ := GenerateTransportKey(nil)
	b, _ := GenerateTransportKey(nil)
	box, _ := seal(nil, a, b.Public(), 1, 1, 2, []byte("x"))
	f.Add(box)
	f.Fuzz(func(t *testing.T, in []byte) {
		if pt, err := open(b, a.Public(), 1, 1, 2, in); err == nil && string(pt) != "x" {
			t.Fatal("forged envelope opened")
		}
	})
}

func nil2rand() io.Reader { return rand.Reader }

// FuzzTransportKey: arbitrary bytes as a stored transport key either load
// into a usable key or fail cleanly.
func FuzzTransportKey(f *testing.F) {
	k, _ := GenerateTransportKey(nil)
	raw, _ := k.MarshalBinary()
	f.Add(raw)
	f.Add(raw[:7])
	f.Fuzz(func(t *testing.T, b []byte) {
		var k TransportKey
		if err := k.UnmarshalBinary(b); err != nil {
			return
		}
		if again, _ := k.MarshalBinary(); string(again) != string(b) {
			t.Fatal("transport key does not round-trip")
		}
		_ = k.Public()
	})
}
