package protocol

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
)

// squares is a test program that needs both evaluation keys: it releases
// s + rot(s, 1) for s the slot-wise sum of the inputs' squares.
type squares struct{ p *bfv.Preset }

func (q squares) Preset() *bfv.Preset                                { return q.p }
func (q squares) Layout() program.Layout                             { return program.Layout{Slots: 3} }
func (q squares) Stages() int                                        { return 1 }
func (q squares) EncodeInput(json.RawMessage) ([]uint64, error)      { return nil, errors.New("unused") }
func (q squares) ValidateInput(*rlwe.Ciphertext) error               { return nil }
func (q squares) Selector(int) []uint64                              { return program.FirstSlots(q.p, 3) }
func (q squares) Result(r [][]uint64) (json.RawMessage, error)       { return json.Marshal(r[0][:3]) }
func (q squares) Needs() program.Needs                               { return program.Needs{Relinearization: true, Rotations: true} }
func (q squares) SelectorFor(int, int, [][]uint64) ([]uint64, error) { return q.Selector(0), nil }
func (q squares) ResultWith(r [][]uint64, _ [][]byte) (json.RawMessage, error) {
	return q.Result(r)
}
func (q squares) Compute(*bgv.Evaluator, int, program.Inputs, [][]uint64) (*rlwe.Ciphertext, error) {
	return nil, errors.New("needs ComputeWith")
}
func (q squares) ComputeWith(env program.Env, _ int) (*rlwe.Ciphertext, error) {
	var sum *rlwe.Ciphertext
	for i := range env.Inputs.Len() {
		in, err := env.Inputs.At(i)
		if err != nil {
			return nil, err
		}
		sq, err := env.Eval.MulRelinNew(in, in)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			sum = sq
		} else if err := env.Eval.Add(sum, sq, sum); err != nil {
			return nil, err
		}
	}
	rot, err := env.Eval.RotateColumnsNew(sum, 1)
	if err != nil {
		return nil, err
	}
	return sum, env.Eval.Add(sum, rot, sum)
}

// TestEvalKeysThroughTheCommittee: members derive relinearization and
// rotation shares with their key share, exchange them, assemble the keys
// (also after a restart, from the hashes the machine persisted) and run a
// program that multiplies and rotates; the released plaintext matches.
func TestEvalKeysThroughTheCommittee(t *testing.T) {
	preset, _ := bfv.Lookup("dev")
	w := newNetFor(t, 3, 2, squares{preset})
	w.restartAt[2] = StateInputs // reloads without the in-memory keys
	w.keygen()
	for i, m := range w.ms {
		if m.State != StateInputs || !m.EvalKeysReady() {
			t.Fatalf("member %d after keygen: %v, eval shares %v", i+1, m.State, m.EvalShares)
		}
	}
	if _, err := w.ms[1].OnInputsClosed(nil, Blobs(), false); !errors.Is(err, ErrEvalKeys) || w.ms[1].State != StateInputs {
		t.Fatalf("inputs closed before the keys are assembled: %v (state %v)", err, w.ms[1].State)
	}
	pk, err := preset.UnmarshalPublicKey(w.pk)
	if err != nil {
		t.Fatal(err)
	}
	enc := bfv.NewEncryptor(preset, pk)
	var s [3]uint64
	for _, x := range [][]uint64{{1, 2, 0}, {3, 1, 0}, {2, 2, 0}} {
		for k := range s {
			s[k] += x[k] * x[k]
		}
		raw, err := enc.EncryptBytes(x)
		if err != nil {
			t.Fatal(err)
		}
		w.inputs, w.hashes = append(w.inputs, raw), append(w.hashes, store.Keccak(raw))
	}
	w.closeInputs()
	got, err := program.DecodeRelease(w.released)
	if err != nil {
		t.Fatalf("released %s: %v", w.released, err)
	}
	if want := []uint64{s[0] + s[1], s[1] + s[2], s[2]}; !slices.Equal(got, want) {
		t.Fatalf("released %v, want %v", got, want)
	}
}

// TestEvalShareRejections: a share with broken framing, one claimed by
// another member, and a second different share are refused.
func TestEvalShareRejections(t *testing.T) {
	preset, _ := bfv.Lookup("dev")
	w := newNetFor(t, 3, 2, squares{preset})
	w.keygen()
	fresh := newNetFor(t, 3, 2, squares{preset}).ms[0]
	if _, err := fresh.OnEvalShare(2, []byte{0, 0, 0, 1, 7}); !errors.Is(err, ErrMalformedShare) {
		t.Errorf("garbage: %v", err)
	}
	// A share relabelled as another member's passes the cheap receipt
	// check (decoding waits for assembly) and is refused there, naming
	// the position it was given for.
	m := w.ms[0]
	m.EvalShares[2] = store.Keccak(w.evals[2])
	ds := [][]byte{w.dealings[1], w.dealings[2], w.dealings[3]}
	if err := m.LoadEvalKeys(ds, [][]byte{w.evals[1], w.evals[2], w.evals[2]}); !errors.Is(err, ErrWrongE3) {
		t.Errorf("member 2's share assembled as member 3's: %v", err)
	}
	if _, err := fresh.OnEvalShare(2, w.evals[2]); err != nil {
		t.Fatalf("genuine share: %v", err)
	}
	other := newNetFor(t, 3, 2, squares{preset})
	other.keygen()
	if _, err := fresh.OnEvalShare(2, other.evals[2]); !errors.Is(err, ErrUnexpected) {
		t.Errorf("second, different share: %v", err)
	}
	if _, err := w.ms[0].OnEvalShare(4, w.evals[2]); !errors.Is(err, ErrNotMember) {
		t.Errorf("non-member: %v", err)
	}
}
