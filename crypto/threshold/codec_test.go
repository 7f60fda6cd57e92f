package threshold

import (
	"bytes"
	"encoding"
	"errors"
	"math/big"
	"testing"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

type wireValue interface {
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
}

// roundTrip checks that v survives MarshalBinary/UnmarshalBinary into
// fresh and re-encodes to identical bytes, and that every truncation and an
// extra byte are rejected without panicking.
func roundTrip(t *testing.T, v wireValue, fresh func() wireValue) {
	t.Helper()
	raw, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back := fresh()
	if err := back.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	again, err := back.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(raw, again) {
		t.Fatal("re-encoding differs")
	}
	for _, cut := range []int{0, 3, 12, len(raw) / 2, len(raw) - 1} {
		if err := fresh().UnmarshalBinary(raw[:cut]); !errors.Is(err, wire.ErrMalformed) {
			t.Fatalf("truncated to %d: want ErrMalformed, got %v", cut, err)
		}
	}
	if err := fresh().UnmarshalBinary(append(raw, 0)); !errors.Is(err, wire.ErrMalformed) {
		t.Fatalf("trailing byte: want ErrMalformed, got %v", err)
	}
}

func TestWireRoundTrips(t *testing.T) {
	for _, preset := range []string{"dev", "standard"} {
		t.Run(preset, func(t *testing.T) {
			c := newCommittee(t, preset, 3, 2, 2)
			ct := c.encrypt(t, []uint64{1, 2})
			roundTrip(t, c.Dealings[1], func() wireValue { return new(Dealing) })
			roundTrip(t, c.Secrets[1], func() wireValue { return new(DealerSecret) })
			roundTrip(t, c.Shares[2], func() wireValue { return new(KeyShare) })
			roundTrip(t, c.decryptionShares(t, ct, 1, 2)[0], func() wireValue { return new(DecryptionShare) })
			if c.Session.rlkCRP != nil {
				r1, err := c.Session.AggregateRelinRound1(c.Dealings)
				if err != nil {
					t.Fatal(err)
				}
				r2, err := c.Session.RelinRound2(c.Secrets[0], r1)
				if err != nil {
					t.Fatal(err)
				}
				roundTrip(t, r2, func() wireValue { return new(RelinShare) })
			}
		})
	}
}

// sealedDealing puts a dealing's at-rest encoding (header and every
// bundle) behind the wireValue interface.
type sealedDealing struct{ *Dealing }

func (s sealedDealing) MarshalBinary() ([]byte, error) { return s.MarshalSealed() }
func (s sealedDealing) UnmarshalBinary(b []byte) error { return s.UnmarshalSealed(b) }

// A dealing travels as a header plus one bundle per member, fetched by the
// hash the header commits to: member 2 derives its key share from the n
// headers and its own n bundles, and refuses a bundle that is not the
// committed one.
func TestDecodedDealingStillWorks(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	var decoded []*Dealing
	for _, d := range c.Dealings {
		raw, _ := d.MarshalBinary()
		sealed, _ := d.MarshalSealed()
		if len(sealed)-len(raw) != len(d.Bundles)*len(d.Bundles[0]) {
			t.Fatalf("header of %d bytes carries bundle bytes (sealed %d, %d bundles of %d)", len(raw), len(sealed), len(d.Bundles), len(d.Bundles[0]))
		}
		var back Dealing
		if err := back.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		decoded = append(decoded, &back)
	}
	if _, err := c.Session.KeyShare(2, c.Keys[1], c.Pubs, decoded); !errors.Is(err, ErrMissing) {
		t.Fatalf("key share without bundles: want ErrMissing, got %v", err)
	}
	var de *DealerError
	if err := decoded[0].SetBundle(2, c.Dealings[0].Bundles[2]); !errors.Is(err, ErrBundleAuth) || !errors.As(err, &de) || de.Dealer != 1 {
		t.Fatalf("another member's bundle: want ErrBundleAuth naming dealer 1, got %v", err)
	}
	if err := decoded[0].SetBundle(2, c.Dealings[0].Bundles[1][1:]); !errors.Is(err, ErrBundleAuth) {
		t.Fatalf("short bundle: want ErrBundleAuth, got %v", err)
	}
	if err := decoded[0].SetBundle(4, c.Dealings[0].Bundles[1]); !errors.Is(err, ErrIndex) {
		t.Fatalf("member 4 of 3: want ErrIndex, got %v", err)
	}
	for i, d := range decoded {
		if err := d.SetBundle(2, c.Dealings[i].Bundles[1]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Session.KeyShare(2, c.Keys[1], c.Pubs, decoded); err != nil {
		t.Fatal(err)
	}
}

// The dealer's sealed copy keeps every bundle and checks each against the
// header on the way back.
func TestSealedDealingRoundTrip(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	roundTrip(t, sealedDealing{c.Dealings[0]}, func() wireValue { return sealedDealing{new(Dealing)} })
	raw, err := c.Dealings[0].MarshalSealed()
	if err != nil {
		t.Fatal(err)
	}
	raw[len(raw)-1] ^= 1
	if err := (sealedDealing{new(Dealing)}).UnmarshalBinary(raw); !errors.Is(err, ErrBundleAuth) {
		t.Fatalf("flipped bundle byte: want ErrBundleAuth, got %v", err)
	}
}

func TestDecryptionShareRejectsUnreducedCoefficient(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	sh := c.decryptionShares(t, c.encrypt(t, []uint64{1}), 0, 1)[0]
	raw, _ := sh.MarshalBinary()
	for i := len(raw) - 8; i < len(raw); i++ {
		raw[i] = 0xff
	}
	if err := new(DecryptionShare).UnmarshalBinary(raw); !errors.Is(err, wire.ErrCoefficient) {
		t.Fatalf("want ErrCoefficient, got %v", err)
	}
}

func TestSmudgingSamplerMatchesCRT(t *testing.T) {
	p, _ := bfv.Lookup("standard")
	rq := p.Params().RingQ()
	Q := rq.Modulus()
	for _, logB := range []int{1, 40, 63, 64, 65, 100, 120, maxLogSmudge} {
		poly := rq.NewPoly()
		if err := sampleSmudging(bytes.NewReader(bytes.Repeat([]byte{0x5a, 0xc3, 0x11, 0xfe}, 1<<16)), rq, logB, poly); err != nil {
			t.Fatal(err)
		}
		// Reconstruct each coefficient by CRT and check it lies in [-B, B).
		coeffs := make([]*big.Int, rq.N())
		for i := range coeffs {
			coeffs[i] = new(big.Int)
		}
		rq.PolyToBigintCentered(poly, 1, coeffs)
		B := new(big.Int).Lsh(big.NewInt(1), uint(logB))
		negB := new(big.Int).Neg(B)
		for i, v := range coeffs {
			if v.Cmp(negB) < 0 || v.Cmp(B) >= 0 {
				t.Fatalf("logB=%d coefficient %d = %v outside [-B,B)", logB, i, v)
			}
		}
		_ = Q
	}
	// Statistically: with true randomness, about half are negative and the
	// largest magnitude is close to B.
	poly := rq.NewPoly()
	if err := sampleSmudging(nil2rand(), rq, 120, poly); err != nil {
		t.Fatal(err)
	}
	coeffs := make([]*big.Int, rq.N())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	rq.PolyToBigintCentered(poly, 1, coeffs)
	neg, maxBits := 0, 0
	for _, v := range coeffs {
		if v.Sign() < 0 {
			neg++
		}
		maxBits = max(maxBits, v.BitLen())
	}
	if neg < rq.N()*45/100 || neg > rq.N()*55/100 || maxBits != 120 {
		t.Fatalf("distribution off: %d/%d negative, max %d bits", neg, rq.N(), maxBits)
	}
	if err := sampleSmudging(nil2rand(), rq, maxLogSmudge+1, poly); err == nil {
		t.Fatal("bound above the sampler's range accepted")
	}
}

func TestTransportBinding(t *testing.T) {
	a, _ := GenerateTransportKey(nil)
	b, _ := GenerateTransportKey(nil)
	m, _ := GenerateTransportKey(nil)
	box, err := seal(nil, a, b.Public(), 9, 1, 2, []byte("shares"))
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := open(b, a.Public(), 9, 1, 2, box); err != nil || string(pt) != "shares" {
		t.Fatalf("open: %q %v", pt, err)
	}
	for name, try := range map[string]func() error{
		"other E3":        func() error { _, err := open(b, a.Public(), 10, 1, 2, box); return err },
		"other dealer":    func() error { _, err := open(b, a.Public(), 9, 3, 2, box); return err },
		"other recipient": func() error { _, err := open(b, a.Public(), 9, 1, 3, box); return err },
		"wrong sender":    func() error { _, err := open(b, m.Public(), 9, 1, 2, box); return err },
		"wrong key":       func() error { _, err := open(m, a.Public(), 9, 1, 2, box); return err },
		"short":           func() error { _, err := open(b, a.Public(), 9, 1, 2, box[:10]); return err },
	} {
		if err := try(); !errors.Is(err, ErrBundleAuth) {
			t.Errorf("%s: want ErrBundleAuth, got %v", name, err)
		}
	}
	raw, _ := a.MarshalBinary()
	var back TransportKey
	if err := back.UnmarshalBinary(raw); err != nil || back.Public() != a.Public() {
		t.Fatalf("transport key round trip: %v", err)
	}
	if err := back.UnmarshalBinary(raw[:5]); err == nil {
		t.Fatal("short transport key accepted")
	}
}

func TestLagrangeReconstructsConstant(t *testing.T) {
	// f(x) = 5 + 3x + x^2 over a small modulus: Σ λ_j f(j) = f(0).
	q := big.NewInt(1000003)
	f := func(x int64) int64 { return 5 + 3*x + x*x }
	pts := []int{2, 5, 7}
	lam := lagrangeAtZero(pts, q)
	acc := new(big.Int)
	for i, x := range pts {
		acc.Add(acc, new(big.Int).Mul(lam[i], big.NewInt(f(int64(x)))))
	}
	if acc.Mod(acc, q).Int64() != 5 {
		t.Fatalf("got %v", acc)
	}
}

// TestEvalSharesDecodeOnMul: every member's relinearization and rotation
// shares on the 128-bit multiplying preset pass the strict decoder.
// Lattigo leaves some share coefficients lazily reduced (in [q, 2q)); they
// are canonicalised before leaving their author (canonicalGadget), or a
// receiver refuses the whole share and no member can assemble the keys
// (seen on a devnet auction on "mul").
func TestEvalSharesDecodeOnMul(t *testing.T) {
	if testing.Short() {
		t.Skip("logN=14 key material")
	}
	c := newCommittee(t, "mul", 3, 2, 1)
	r1, err := c.Session.AggregateRelinRound1(c.Dealings)
	if err != nil {
		t.Fatal(err)
	}
	for j, sec := range c.Secrets {
		roundTrip(t, c.Dealings[j], func() wireValue { return new(Dealing) })
		r2, err := c.Session.RelinRound2(sec, r1)
		if err != nil {
			t.Fatal(err)
		}
		roundTrip(t, r2, func() wireValue { return new(RelinShare) })
	}
	g, err := c.Session.GaloisRound(c.Secrets[0])
	if err != nil {
		t.Fatal(err)
	}
	roundTrip(t, g, func() wireValue { return new(GaloisShare) })
}
