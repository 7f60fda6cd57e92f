package ledger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestFailurePathsRefund drives an E3 (n=5, t=3) into each failure and checks
// the recorded phase and reason, the full refund to the requester, that
// exactly the members that missed the failing phase's duty lose the liveness
// penalty (credited to the requester), and that every member is unlocked.
func TestFailurePathsRefund(t *testing.T) {
	out := crypto.Keccak256Hash([]byte("output"))
	pt := []byte("plaintext")
	cases := []struct {
		name       string
		drive      func(e *env, id uint64, ms []*Client)
		wantPhase  Phase
		wantReason FailReason
		penalized  []int // member positions (0-based party order)
	}{
		{
			name: "keygen timeout: member 5 never publishes its key share",
			drive: func(e *env, id uint64, ms []*Client) {
				for i, m := range ms[:4] {
					e.must(m.PublishKeyShare(e.ctx, id, ksHash(i), dealHash(i)))
				}
				rec, _ := e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.Deadline + 1)
			},
			wantPhase: PhaseKeyGen, wantReason: FailKeygenTimeout, penalized: []int{4},
		},
		{
			name: "keygen timeout: members 2 and 4 never confirm the key",
			drive: func(e *env, id uint64, ms []*Client) {
				for i, m := range ms {
					e.must(m.PublishKeyShare(e.ctx, id, ksHash(i), dealHash(i)))
				}
				for _, i := range []int{0, 2, 4} {
					e.must(ms[i].ConfirmPublicKey(e.ctx, id, pkHash))
				}
				rec, _ := e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.Deadline + 1)
			},
			wantPhase: PhaseKeyGen, wantReason: FailKeygenTimeout, penalized: []int{1, 3},
		},
		{
			name: "no output",
			drive: func(e *env, id uint64, ms []*Client) {
				e.keygen(id, ms)
				rec, _ := e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.InputDeadline + uint64(rec.Windows.Compute) + 1)
			},
			wantPhase: PhaseCompute, wantReason: FailNoOutput,
		},
		{
			name: "too few output attestations",
			drive: func(e *env, id uint64, ms []*Client) {
				e.keygen(id, ms)
				rec, _ := e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.InputDeadline + 1)
				e.must(ms[0].PublishOutput(e.ctx, id, 0, out, common.Hash{}, 0))
				e.must(ms[0].AttestOutput(e.ctx, id, 0, out))
				e.must(ms[3].AttestOutput(e.ctx, id, 0, out))
				rec, _ = e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.Deadline + 1)
			},
			wantPhase: PhaseCompute, wantReason: FailOutputNotAccepted, penalized: []int{1, 2, 4},
		},
		{
			name: "too few plaintext attestations",
			drive: func(e *env, id uint64, ms []*Client) {
				e.keygen(id, ms)
				rec, _ := e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.InputDeadline + 1)
				e.must(ms[0].PublishOutput(e.ctx, id, 0, out, common.Hash{}, 0))
				for _, m := range ms[:4] {
					e.must(m.AttestOutput(e.ctx, id, 0, out))
				}
				e.must(ms[1].PublishPlaintext(e.ctx, id, 0, pt))
				e.must(ms[1].AttestPlaintext(e.ctx, id, 0, crypto.Keccak256Hash(pt)))
				e.must(ms[2].AttestPlaintext(e.ctx, id, 0, crypto.Keccak256Hash(pt)))
				rec, _ = e.owner.GetE3(e.ctx, id)
				e.mineTo(rec.Deadline + 1)
			},
			wantPhase: PhaseDecrypt, wantReason: FailPlaintextNotAccepted, penalized: []int{0, 3, 4},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, 5)
			e.register(2, 2, 2, 2, 2)
			id, rec := e.request("tally", 5, 3, common0)
			e.draw(id)
			ms := e.members(id)
			tc.drive(e, id, ms)
			e.must(e.outsider.MarkFailed(e.ctx, id))
			rec, _ = e.owner.GetE3(e.ctx, id)
			if Phase(rec.Phase) != PhaseFailed || FailReason(rec.FailReason) != tc.wantReason {
				t.Fatalf("phase %v reason %v; want failed, %v", Phase(rec.Phase), FailReason(rec.FailReason), tc.wantReason)
			}
			failedIn := e.failedPhase(id)
			if failedIn != tc.wantPhase {
				t.Fatalf("E3Failed phase %v; want %v", failedIn, tc.wantPhase)
			}
			penalty := e.cfg.LivenessPenalty
			wantRefund := new(big.Int).Add(rec.Fee, new(big.Int).Mul(penalty, big.NewInt(int64(len(tc.penalized)))))
			owed, _ := e.owner.PendingWithdrawal(e.ctx, e.requester.Address())
			if owed.Cmp(wantRefund) != 0 {
				t.Fatalf("requester owed %v; want fee %v + %d penalties", owed, rec.Fee, len(tc.penalized))
			}
			for i, m := range ms {
				n, _ := e.owner.GetNode(e.ctx, m.Address())
				want := eth(2)
				for _, p := range tc.penalized {
					if p == i {
						want = new(big.Int).Sub(want, penalty)
					}
				}
				if n.Bond.Cmp(want) != 0 || n.LiveCommittees != 0 {
					t.Fatalf("member %d: bond %v live %d; want %v, 0", i+1, n.Bond, n.LiveCommittees, want)
				}
			}
			before := e.balance(e.requester.Address())
			r := e.must(e.requester.Withdraw(e.ctx))
			gain := new(big.Int).Sub(e.balance(e.requester.Address()), before)
			gain.Add(gain, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
			if gain.Cmp(wantRefund) != 0 {
				t.Fatalf("requester received %v; want %v", gain, wantRefund)
			}
		})
	}
}

// TestFailInsufficientTickets: with fewer ticket holders than seats,
// finalizeCommittee fails the E3 and refunds.
func TestFailInsufficientTickets(t *testing.T) {
	e := newEnv(t, 3)
	e.register(2, 2, 2)
	id, rec := e.request("tally", 5, 3, common0)
	e.mineTo(rec.RequestBlock + 2)
	e.reverts(func() error { _, err := e.outsider.FinalizeCommittee(e.ctx, id); return err }(), ErrTicketWindowOpen)
	e.mineTo(rec.Deadline + 1)
	e.must(e.outsider.FinalizeCommittee(e.ctx, id))
	rec, _ = e.owner.GetE3(e.ctx, id)
	if Phase(rec.Phase) != PhaseFailed || FailReason(rec.FailReason) != FailInsufficientTickets {
		t.Fatalf("phase %v reason %v", Phase(rec.Phase), FailReason(rec.FailReason))
	}
	if owed, _ := e.owner.PendingWithdrawal(e.ctx, e.requester.Address()); owed.Cmp(rec.Fee) != 0 {
		t.Fatalf("refund %v; want %v", owed, rec.Fee)
	}
	// markFailed reaches the same end when nobody finalizes.
	id2, rec2 := e.request("tally", 5, 3, common0)
	e.mineTo(rec2.Deadline + 1)
	e.must(e.outsider.MarkFailed(e.ctx, id2))
	if got := e.failedPhase(id2); got != PhaseCommittee {
		t.Fatalf("E3Failed phase %v; want committee", got)
	}
}
