package message

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/ledger"
)

var domain = Domain{ChainID: big.NewInt(1337), E3Manager: common.HexToAddress("0x00000000000000000000000000000000000e3e3e")}

func TestCheck(t *testing.T) {
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	outsider, _ := crypto.GenerateKey()
	a1, a2 := crypto.PubkeyToAddress(k1.PublicKey), crypto.PubkeyToAddress(k2.PublicKey)
	c := &Checker{Domain: domain, Committee: func(id uint64) ([]common.Address, bool) {
		return []common.Address{a1, a2}, id == 7 || id == 8
	}}
	good, err := domain.New(k2, 7, KindDecryptionShare, 0, []byte("share"))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := good.MarshalBinary()
	e, idx, err := c.Check(7, raw)
	if err != nil || idx != 2 || !bytes.Equal(e.Payload, []byte("share")) {
		t.Fatalf("valid envelope: %v idx %d", err, idx)
	}

	mutate := func(f func(*Envelope)) []byte {
		e := *good
		e.Payload = bytes.Clone(good.Payload)
		f(&e)
		b, _ := e.MarshalBinary()
		return b
	}
	fromOutsider, _ := domain.New(outsider, 7, KindDealing, 0, []byte("d"))
	outsiderRaw, _ := fromOutsider.MarshalBinary()
	otherChain := Domain{ChainID: big.NewInt(31337), E3Manager: domain.E3Manager}
	crossChain, _ := otherChain.New(k1, 7, KindDealing, 0, []byte("d"))
	crossRaw, _ := crossChain.MarshalBinary()
	for _, tc := range []struct {
		name  string
		topic uint64
		raw   []byte
		want  error
	}{
		{"replayed on another E3's topic", 8, raw, ErrWrongE3},
		{"E3 id rewritten to the topic", 8, mutate(func(e *Envelope) { e.E3ID = 8 }), ErrBadSignature},
		{"unknown E3", 9, mutate(func(e *Envelope) { e.E3ID = 9 }), ErrUnknownE3},
		{"non-member", 7, outsiderRaw, ErrNotMember},
		{"forged sender", 7, mutate(func(e *Envelope) { e.From = a1 }), ErrBadSignature},
		{"other stage", 7, mutate(func(e *Envelope) { e.Stage = 1 }), ErrBadSignature},
		{"other chain", 7, crossRaw, ErrBadSignature},
		{"tampered payload", 7, mutate(func(e *Envelope) { e.Payload[0] ^= 1 }), ErrPayloadHash},
		{"truncated", 7, raw[:len(raw)-1], ErrMalformed},
		{"junk", 7, []byte("hello"), ErrMalformed},
	} {
		if _, _, err := c.Check(tc.topic, tc.raw); !errors.Is(err, tc.want) {
			t.Errorf("%s: want %v, got %v", tc.name, tc.want, err)
		}
	}
	if c.Rejected(ErrBadSignature) != 4 || c.Rejected(ErrWrongE3) != 1 || c.Rejected(ErrNotMember) != 1 {
		t.Errorf("counts: sig %d wrong-e3 %d non-member %d", c.Rejected(ErrBadSignature), c.Rejected(ErrWrongE3), c.Rejected(ErrNotMember))
	}
}

// TestEquivocationIsSlashingEvidence: two envelopes for one step with
// different payloads verify under exactly the digest the slasher checks.
func TestEquivocationIsSlashingEvidence(t *testing.T) {
	k, _ := crypto.GenerateKey()
	a, _ := domain.New(k, 3, KindDecryptionShare, 1, []byte("share A"))
	b, _ := domain.New(k, 3, KindDecryptionShare, 1, []byte("share B"))
	same, _ := domain.New(k, 3, KindDecryptionShare, 1, []byte("share A"))
	otherStage, _ := domain.New(k, 3, KindDecryptionShare, 0, []byte("share B"))
	if !Equivocation(a, b) || Equivocation(a, same) || Equivocation(a, otherStage) {
		t.Fatal("equivocation misjudged")
	}
	step := ledger.StepID("decryption-share", 1)
	for _, e := range []*Envelope{a, b} {
		signer, err := ledger.Recover(ledger.StepDigest(domain.ChainID, domain.E3Manager, 3, step, e.PayloadHash), e.Sig)
		if err != nil || signer != e.From {
			t.Fatalf("slasher digest does not verify: %v", err)
		}
	}
}

func TestLargePayloadIsAnnounced(t *testing.T) {
	k, _ := crypto.GenerateKey()
	big := make([]byte, MaxInline+1)
	e, err := domain.New(k, 1, KindDealing, 0, big)
	if err != nil || e.Payload != nil || e.PayloadHash != crypto.Keccak256Hash(big) {
		t.Fatalf("large payload: %v", err)
	}
	raw, _ := e.MarshalBinary()
	var back Envelope
	if err := back.UnmarshalBinary(raw); err != nil || back.PayloadHash != e.PayloadHash || back.Payload != nil {
		t.Fatalf("announcement round trip: %v", err)
	}
}

func FuzzEnvelope(f *testing.F) {
	k, _ := crypto.GenerateKey()
	e, _ := domain.New(k, 1, KindInput, 0, []byte("input"))
	raw, _ := e.MarshalBinary()
	f.Add(raw)
	f.Add(raw[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		var e Envelope
		if err := e.UnmarshalBinary(b); err != nil {
			return
		}
		again, err := e.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted envelope does not re-encode identically: %v", err)
		}
	})
}
