package ledger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// highS turns a valid signature into its malleable twin (n - s, flipped v),
// which the slasher must refuse.
func highS(sig []byte) []byte {
	out := append([]byte{}, sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	copy(out[32:64], common.LeftPadBytes(new(big.Int).Sub(crypto.S256().Params().N, s).Bytes(), 32))
	out[64] ^= 1
	return out
}

// TestSlashing covers both evidence-based offences and every false
// accusation: the Go digests equal the contract's, equivocation and broken
// receipts are slashed once with the reward split, and each malformed or
// false accusation reverts. (Missed duties are penalized by markFailed:
// TestFailurePathsRefund.)
func TestSlashing(t *testing.T) {
	e := newEnv(t, 5)
	ctx := e.ctx
	e.register(2, 2, 2, 2, 2)
	id, _ := e.request("tally", 3, 2, common.Address{})
	e.draw(id)
	ms := e.members(id)
	m1, m2 := ms[0], ms[1]
	var outsiderNode *Client
	for _, n := range e.nodes {
		if mb, _ := e.owner.MemberOf(ctx, id, n.Address()); mb.Index == 0 {
			outsiderNode = n
			break
		}
	}
	e.keygen(id, ms)
	e.must(e.outsider.PublishInputs(ctx, id, []common.Hash{inHash(1)}))

	// The Go digests are the contract's.
	step := StepID("decryption-share", 0)
	a, b := crypto.Keccak256Hash([]byte("share A")), crypto.Keccak256Hash([]byte("share B"))
	chainID := e.owner.ChainID()
	onStep, err := e.owner.slasher.StepDigest(nil, u256(id), step, a)
	if err != nil || common.Hash(onStep) != StepDigest(chainID, e.net.Contracts.E3Manager, id, step, a) {
		t.Fatalf("step digest: chain %x, Go %x (%v)", onStep, StepDigest(chainID, e.net.Contracts.E3Manager, id, step, a), err)
	}
	onReceipt, err := e.owner.slasher.ReceiptDigest(nil, u256(id), inHash(2), m1.Address())
	if err != nil || common.Hash(onReceipt) != ReceiptDigest(chainID, e.net.Contracts.E3Manager, id, inHash(2), m1.Address()) {
		t.Fatalf("receipt digest mismatch (%v)", err)
	}

	sig := func(c *Client, payload common.Hash) []byte {
		s, err := c.SignStep(id, step, payload)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	sigA, sigB := sig(m1, a), sig(m1, b)
	if who, err := Recover(StepDigest(chainID, e.net.Contracts.E3Manager, id, step, a), sigA); err != nil || who != m1.Address() {
		t.Fatalf("Recover = %s, %v; want %s", who, err, m1.Address())
	}
	if _, err := Recover(StepDigest(chainID, e.net.Contracts.E3Manager, id, step, a), highS(sigA)); err == nil {
		t.Fatal("Recover accepted a high-s signature")
	}
	x := e.outsider
	eq := func(pa common.Hash, sa []byte, pb common.Hash, sb []byte) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) { return x.SlashEquivocation(ctx, id, step, pa, sa, pb, sb) }
	}
	e.expectReverts([]rv{
		{"same payload twice", ErrSamePayload, eq(a, sigA, a, sigA)},
		{"two different signers", ErrSignerMismatch, eq(a, sigA, b, sig(m2, b))},
		{"signer not on the committee", ErrNotMember, eq(a, sig(outsiderNode, a), b, sig(outsiderNode, b))},
		{"truncated signature", ErrInvalidSignature, eq(a, sigA[:64], b, sigB)},
		{"high-s signature", ErrInvalidSignature, eq(a, highS(sigA), b, sigB)},
		{"signature over another step", ErrSignerMismatch, func() (*types.Receipt, error) {
			other, _ := m1.SignStep(id, StepID("decryption-share", 1), b)
			return x.SlashEquivocation(ctx, id, step, a, sigA, b, other)
		}},
	})
	bondBefore, _ := e.owner.GetNode(ctx, m1.Address())
	e.must(x.SlashEquivocation(ctx, id, step, a, sigA, b, sigB))
	bondAfter, _ := e.owner.GetNode(ctx, m1.Address())
	if diff := new(big.Int).Sub(bondBefore.Bond, bondAfter.Bond); diff.Cmp(e.cfg.EquivocationPenalty) != 0 {
		t.Fatalf("equivocation took %v; want %v", diff, e.cfg.EquivocationPenalty)
	}
	half := new(big.Int).Div(e.cfg.EquivocationPenalty, big.NewInt(2))
	if r, _ := x.SlasherPending(ctx, x.Address()); r.Cmp(half) != 0 {
		t.Fatalf("reporter reward %v; want %v", r, half)
	}
	if r, _ := x.SlasherPending(ctx, e.requester.Address()); r.Cmp(half) != 0 {
		t.Fatalf("requester compensation %v; want %v", r, half)
	}
	e.expectReverts([]rv{{"same offence twice", ErrAlreadySlashed, eq(b, sigB, a, sigA)}})
	e.must(x.WithdrawRewards(ctx))
	e.expectReverts([]rv{{"withdraw rewards twice", ErrNothingToWithdraw, func() (*types.Receipt, error) { return x.WithdrawRewards(ctx) }}})

	// Broken input receipts.
	rc := func(c *Client, h common.Hash) []byte {
		s, err := c.SignReceipt(id, h)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	missing := func(h common.Hash, node common.Address, s []byte) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) { return x.SlashMissingInput(ctx, id, h, node, s) }
	}
	e.expectReverts([]rv{{"accusation inside the input window", ErrInputWindowOpen, missing(inHash(2), m1.Address(), rc(m1, inHash(2)))}})
	rec, _ := e.owner.GetE3(ctx, id)
	e.mineTo(rec.InputDeadline + 1)
	e.expectReverts([]rv{
		{"false accusation: the input was committed", ErrInputCommitted, missing(inHash(1), m1.Address(), rc(m1, inHash(1)))},
		{"receipt signed by someone else", ErrInvalidSignature, missing(inHash(2), m1.Address(), rc(m2, inHash(2)))},
		{"receipt by a non-member", ErrNotMember, missing(inHash(2), outsiderNode.Address(), rc(outsiderNode, inHash(2)))},
		{"unknown E3", ErrUnknownE3, func() (*types.Receipt, error) {
			return x.SlashMissingInput(ctx, 999, inHash(2), m1.Address(), rc(m1, inHash(2)))
		}},
	})
	bondBefore, _ = e.owner.GetNode(ctx, m2.Address())
	e.must(x.SlashMissingInput(ctx, id, inHash(2), m2.Address(), rc(m2, inHash(2))))
	bondAfter, _ = e.owner.GetNode(ctx, m2.Address())
	if diff := new(big.Int).Sub(bondBefore.Bond, bondAfter.Bond); diff.Cmp(e.cfg.ReceiptPenalty) != 0 {
		t.Fatalf("receipt penalty took %v; want %v", diff, e.cfg.ReceiptPenalty)
	}
	e.expectReverts([]rv{{"same receipt twice", ErrAlreadySlashed, missing(inHash(2), m2.Address(), rc(m2, inHash(2)))}})
}
