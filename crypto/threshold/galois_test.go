package threshold

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// TestGaloisKeysRotate runs the rotation-key round among a real committee
// and checks every generated key by rotating an encrypted vector and
// threshold-decrypting it.
func TestGaloisKeysRotate(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	gks, err := c.GaloisKeys()
	if err != nil {
		t.Fatal(err)
	}
	p := c.Session.cfg.Preset
	if len(gks) != len(p.RotationGaloisElements()) {
		t.Fatalf("%d keys, want %d", len(gks), len(p.RotationGaloisElements()))
	}
	eval := p.NewEvaluatorWithKeys(nil, gks...)
	row := p.RowLength()
	vals := make([]uint64, row)
	for i := range vals {
		vals[i] = uint64(i + 1)
	}
	ct := c.encrypt(t, vals)
	// Rotate by 1+2+...+row/2 = row-1 hops: every key is used once.
	for k := 1; k < row; k *= 2 {
		if err := eval.RotateColumns(ct, k, ct); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.ModSwitchForDecryption(ct, 3); err != nil {
		t.Fatal(err)
	}
	res, err := c.Session.Combine(ct, 0, c.decryptionShares(t, ct, 0, 1, 3))
	if err != nil {
		t.Fatal(err)
	}
	for i := range row {
		if want := vals[(i+row-1)%row]; res.Values[i] != want {
			t.Fatalf("slot %d: got %d, want %d (rotation left by %d)", i, res.Values[i], want, row-1)
		}
	}
}

func TestGaloisKeysRejects(t *testing.T) {
	c := newCommittee(t, "dev", 3, 2, 1)
	shares := make([]*GaloisShare, 3)
	for i, sec := range c.Secrets {
		sh, err := c.Session.GaloisRound(sec)
		if err != nil {
			t.Fatal(err)
		}
		shares[i] = sh
	}
	var de *DealerError
	if _, err := c.Session.GaloisKeys(shares[:2]); !errors.Is(err, ErrMissing) || !errors.As(err, &de) || de.Dealer != 3 {
		t.Fatalf("missing member 3: %v", err)
	}
	if _, err := c.Session.GaloisKeys([]*GaloisShare{shares[0], shares[1], shares[1]}); !errors.Is(err, ErrIndex) {
		t.Fatalf("repeated member: %v", err)
	}
	other := *shares[2]
	other.E3ID++
	if _, err := c.Session.GaloisKeys([]*GaloisShare{shares[0], shares[1], &other}); !errors.Is(err, ErrWrongE3) {
		t.Fatalf("wrong E3: %v", err)
	}
	short := *shares[2]
	short.Shares = short.Shares[1:]
	if _, err := c.Session.GaloisKeys([]*GaloisShare{shares[0], shares[1], &short}); !errors.Is(err, ErrConfig) {
		t.Fatalf("short share list: %v", err)
	}
	erased := *c.Secrets[0]
	erased.Erase()
	if _, err := c.Session.GaloisRound(&erased); !errors.Is(err, ErrErased) {
		t.Fatalf("erased secret: %v", err)
	}
	std := newCommittee(t, "standard", 2, 1, 1)
	if _, err := std.Session.GaloisRound(std.Secrets[0]); !errors.Is(err, ErrNoRotation) {
		t.Fatalf("standard preset: %v", err)
	}
}

func TestGaloisShareCodec(t *testing.T) {
	c := newCommittee(t, "dev", 2, 1, 1)
	sh, err := c.Session.GaloisRound(c.Secrets[1])
	if err != nil {
		t.Fatal(err)
	}
	b, err := sh.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back GaloisShare
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	again, _ := back.MarshalBinary()
	if !bytes.Equal(b, again) {
		t.Fatal("galois share does not round-trip")
	}
	for name, bad := range map[string][]byte{
		"truncated": b[:len(b)-1],
		"trailing":  append(append([]byte(nil), b...), 0),
		"count":     func() []byte { x := append([]byte(nil), b...); x[4+1+8+2]--; return x }(),
		"element":   func() []byte { x := append([]byte(nil), b...); x[4+1+8+2+1]++; return x }(),
		"tag":       func() []byte { x := append([]byte(nil), b...); x[2]++; return x }(),
	} {
		if err := new(GaloisShare).UnmarshalBinary(bad); !errors.Is(err, wire.ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
}

// FuzzGaloisShare feeds arbitrary bytes to the rotation-key share decoder.
func FuzzGaloisShare(f *testing.F) {
	c := newCommittee(f, "dev", 2, 1, 1)
	sh, err := c.Session.GaloisRound(c.Secrets[0])
	if err != nil {
		f.Fatal(err)
	}
	b, _ := sh.MarshalBinary()
	f.Add(b)
	f.Add(b[:len(b)/3])
	f.Add(b[:30])
	f.Fuzz(func(t *testing.T, in []byte) {
		var v GaloisShare
		if err := v.UnmarshalBinary(in); err != nil {
			return
		}
		if out, err := v.MarshalBinary(); err != nil || !bytes.Equal(out, in) {
			t.Fatalf("decoded share does not re-encode: %v", err)
		}
	})
}
