package threshold

import (
	"bytes"
	"errors"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// decrypt decrypts with the full secret Σ s_i, which only a test holding
// every member's dealer secret can form: a threshold decryption consumes a
// noise share per ciphertext, and these tests look at many intermediates.
func (c *committee) decrypt(tb testing.TB, ct *rlwe.Ciphertext) []uint64 {
	tb.Helper()
	params := c.Session.params
	sk := rlwe.NewSecretKey(params)
	for _, sec := range c.Secrets {
		params.RingQP().Add(sk.Value, sec.SK.Value, sk.Value)
	}
	out := make([]uint64, params.MaxSlots())
	if err := bgv.NewEncoder(params).Decode(rlwe.NewDecryptor(params, sk).DecryptNew(ct), out); err != nil {
		tb.Fatal(err)
	}
	return out
}

// TestMaskContributions: honest contributions are inverse pairs of non-zero
// masks, their product is the product of the masks, the check vector is
// zero, and each opening reproduces its contribution.
func TestMaskContributions(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	p := c.Session.cfg.Preset
	T := p.PlaintextModulus()
	eval := p.NewEvaluator(c.relinKey(t))
	var cs []*MaskContribution
	var secs []*MaskSecret
	for j := 1; j <= 3; j++ {
		mc, sec, err := NewMaskContribution(p, c.PK, 42, j, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := ValidateMaskContribution(mc, p, 42, j); err != nil {
			t.Fatal(err)
		}
		cs, secs = append(cs, mc), append(secs, sec)
	}
	if err := CheckMaskContributions(p, cs); err != nil {
		t.Fatal(err)
	}
	a := c.decrypt(t, cs[0].A)
	b := c.decrypt(t, cs[0].B)
	for i := range a {
		if a[i] == 0 || a[i]*b[i]%T != 1 {
			t.Fatalf("slot %d: mask %d, inverse %d", i, a[i], b[i])
		}
	}
	prod, err := MaskProduct(eval, cs)
	if err != nil {
		t.Fatal(err)
	}
	got := c.decrypt(t, prod)
	ms := [][]uint64{a, c.decrypt(t, cs[1].A), c.decrypt(t, cs[2].A)}
	for i := range got {
		want := ms[0][i] * ms[1][i] % T * ms[2][i] % T
		if got[i] != want {
			t.Fatalf("product slot %d: %d, want %d", i, got[i], want)
		}
	}
	check, err := MaskCheck(eval, p, cs, [32]byte{1}, 100)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range c.decrypt(t, check) {
		if v != 0 {
			t.Fatalf("honest check slot %d = %d", i, v)
		}
	}
	for j, mc := range cs {
		if err := VerifyMaskOpening(mc, c.PK, secs[j]); err != nil {
			t.Fatalf("member %d: %v", j+1, err)
		}
	}
	wrong := *secs[0]
	wrong.Seed[0] ^= 1
	if err := VerifyMaskOpening(cs[0], c.PK, &wrong); !errors.Is(err, ErrMaskOpening) {
		t.Fatalf("wrong seed: %v", err)
	}
	if err := VerifyMaskOpening(cs[0], c.PK, secs[1]); !errors.Is(err, ErrMaskOpening) {
		t.Fatalf("another member's seed: %v", err)
	}
}

// TestMaskCheckCatchesZero: a member whose mask is zero in one slot (its B
// part honest-looking) makes the check non-zero, and its opening fails.
func TestMaskCheckCatchesZero(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	p := c.Session.cfg.Preset
	eval := p.NewEvaluator(c.relinKey(t))
	honest, _, err := NewMaskContribution(p, c.PK, 42, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	bad, sec, err := NewMaskContribution(p, c.PK, 42, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	zeroAt := make([]uint64, p.Slots())
	for i := range zeroAt {
		zeroAt[i] = 1
	}
	zeroAt[57] = 0
	if err := eval.Mul(bad.A, zeroAt, bad.A); err != nil {
		t.Fatal(err)
	}
	check, err := MaskCheck(eval, p, []*MaskContribution{honest, bad}, [32]byte{2}, 100)
	if err != nil {
		t.Fatal(err)
	}
	vals := c.decrypt(t, check)
	if vals[57] == 0 {
		t.Fatal("zeroed mask slot not caught by the check")
	}
	for i, v := range vals {
		if i != 57 && v != 0 {
			t.Fatalf("slot %d = %d, only slot 57 is bad", i, v)
		}
	}
	if err := VerifyMaskOpening(bad, c.PK, sec); !errors.Is(err, ErrMaskOpening) {
		t.Fatalf("opening of a tampered contribution: %v", err)
	}
}

func TestMaskContributionCodec(t *testing.T) {
	c := newCommittee(t, "dev", 2, 1, 1)
	p := c.Session.cfg.Preset
	mc, _, err := NewMaskContribution(p, c.PK, 42, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := mc.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back MaskContribution
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, b) {
		t.Fatal("mask contribution does not round-trip")
	}
	bigCoeff := append([]byte(nil), b...)
	for i := len(bigCoeff) - 8; i < len(bigCoeff); i++ {
		bigCoeff[i] = 0xff
	}
	for name, bad := range map[string][]byte{
		"truncated":   b[:len(b)-1],
		"trailing":    append(append([]byte(nil), b...), 0),
		"member 0":    func() []byte { x := append([]byte(nil), b...); x[13], x[14] = 0, 0; return x }(),
		"size":        func() []byte { x := append([]byte(nil), b...); x[15]++; return x }(),
		"coefficient": bigCoeff,
	} {
		if err := new(MaskContribution).UnmarshalBinary(bad); !errors.Is(err, wire.ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
	if err := ValidateMaskContribution(&back, p, 43, 2); !errors.Is(err, ErrWrongE3) {
		t.Fatalf("wrong E3: %v", err)
	}
	if err := ValidateMaskContribution(&back, p, 42, 1); !errors.Is(err, ErrIndex) {
		t.Fatalf("wrong sender: %v", err)
	}
	if err := CheckMaskContributions(p, []*MaskContribution{&back, mc}); !errors.Is(err, ErrIndex) {
		t.Fatalf("duplicate member: %v", err)
	}
	copied := *mc
	copied.Member = 1
	if err := CheckMaskContributions(p, []*MaskContribution{mc, &copied}); !errors.Is(err, ErrConfig) {
		t.Fatalf("copied contribution: %v", err)
	}
	if err := CheckMaskContributions(p, nil); !errors.Is(err, ErrConfig) {
		t.Fatalf("no contributions: %v", err)
	}
}

// FuzzMaskContribution feeds arbitrary bytes to the contribution decoder.
func FuzzMaskContribution(f *testing.F) {
	c := newCommittee(f, "dev", 2, 1, 1)
	mc, _, err := NewMaskContribution(c.Session.cfg.Preset, c.PK, 42, 1, nil)
	if err != nil {
		f.Fatal(err)
	}
	b, _ := mc.MarshalBinary()
	f.Add(b)
	f.Add(b[:40])
	f.Fuzz(func(t *testing.T, in []byte) {
		var v MaskContribution
		if err := v.UnmarshalBinary(in); err != nil {
			return
		}
		if out, err := v.MarshalBinary(); err != nil || !bytes.Equal(out, in) {
			t.Fatalf("decoded contribution does not re-encode: %v", err)
		}
	})
}
