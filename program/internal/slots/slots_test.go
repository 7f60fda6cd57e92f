package slots

import (
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// env is a single-key setup on the dev preset with the preset's rotation
// keys (the committee's keys behave identically; these tests are about slot
// movements only).
type env struct {
	p    *bfv.Preset
	eval *bgv.Evaluator
	enc  *bfv.Encryptor
	dec  *rlwe.Decryptor
	ecd  *bgv.Encoder
}

func newEnv(t *testing.T) *env {
	t.Helper()
	p, err := bfv.Lookup("dev")
	if err != nil {
		t.Fatal(err)
	}
	params := p.Params()
	kg := bgv.NewKeyGenerator(params)
	sk, pk := kg.GenKeyPairNew()
	gks := kg.GenGaloisKeysNew(p.RotationGaloisElements(), sk)
	return &env{p: p, eval: p.NewEvaluatorWithKeys(kg.GenRelinearizationKeyNew(sk), gks...), enc: bfv.NewEncryptor(p, pk), dec: rlwe.NewDecryptor(params, sk), ecd: bgv.NewEncoder(params)}
}

func (e *env) encrypt(t *testing.T, v []uint64) *rlwe.Ciphertext {
	t.Helper()
	ct, err := e.enc.Encrypt(v)
	if err != nil {
		t.Fatal(err)
	}
	return ct
}

func (e *env) decrypt(t *testing.T, ct *rlwe.Ciphertext) []uint64 {
	t.Helper()
	out, err := bfv.Decode(e.p, e.ecd, e.dec.DecryptNew(ct))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRotateLeft(t *testing.T) {
	e := newEnv(t)
	row := e.p.RowLength()
	v := make([]uint64, row)
	for i := range v {
		v[i] = uint64(i)
	}
	ct := e.encrypt(t, v)
	for _, k := range []int{0, 1, 5, row - 1, -1, -37, 3*row + 2} {
		r, err := RotateLeft(e.eval, e.p, ct, k)
		if err != nil {
			t.Fatal(err)
		}
		got := e.decrypt(t, r)
		for i := range row {
			if want := v[((i+k)%row+row)%row]; got[i] != want {
				t.Fatalf("k=%d slot %d: %d, want %d", k, i, got[i], want)
			}
		}
	}
}

func TestBlockSumAndGather(t *testing.T) {
	e := newEnv(t)
	const block = 8
	v := make([]uint64, 4*block)
	for i := range v {
		v[i] = uint64(i + 1)
	}
	ct := e.encrypt(t, v)
	if err := BlockSum(e.eval, ct, block); err != nil {
		t.Fatal(err)
	}
	got := e.decrypt(t, ct)
	for j := range 4 {
		want := uint64(0)
		for k := range block {
			want += v[j*block+k]
		}
		if got[j*block] != want {
			t.Fatalf("block %d sum %d, want %d", j, got[j*block], want)
		}
	}
	// Gather slot 5 of three ciphertexts (the middle one absent) to slots
	// 10, 11, 12.
	xs := []*rlwe.Ciphertext{e.encrypt(t, Plain(e.p, 7, 5)[:6]), nil, e.encrypt(t, Plain(e.p, 9, 5)[:6])}
	g, err := Gather(e.eval, e.p, xs, 5, 10)
	if err != nil {
		t.Fatal(err)
	}
	out := e.decrypt(t, g)
	for i, want := range map[int]uint64{10: 7, 11: 0, 12: 9} {
		if out[i] != want {
			t.Fatalf("slot %d: %d, want %d", i, out[i], want)
		}
	}
	if _, err := Gather(e.eval, e.p, []*rlwe.Ciphertext{nil}, 0, 0); err == nil {
		t.Fatal("gathering nothing succeeded")
	}
	if NextPow2(1) != 1 || NextPow2(5) != 8 || NextPow2(1024) != 1024 || NextPow2(1025) != 2048 {
		t.Fatal("NextPow2")
	}
}

func TestMeter(t *testing.T) {
	e := newEnv(t)
	var m Meter
	stop := Measure(&m)
	ct := e.encrypt(t, []uint64{3})
	if _, err := MulRelin(e.eval, ct, ct); err != nil {
		t.Fatal(err)
	}
	if err := MulPlain(e.eval, ct, uint64(2), ct); err != nil {
		t.Fatal(err)
	}
	if _, err := RotateLeft(e.eval, e.p, ct, 3); err != nil {
		t.Fatal(err)
	}
	stop()
	if _, err := MulRelin(e.eval, ct, ct); err != nil { // not metered
		t.Fatal(err)
	}
	if m.MulCount.Load() != 1 || m.PlainCnt.Load() != 1 || m.RotCount.Load() != 2 || m.MulNanos.Load() <= 0 {
		t.Fatalf("meter counts mul %d plain %d rot %d", m.MulCount.Load(), m.PlainCnt.Load(), m.RotCount.Load())
	}
}
