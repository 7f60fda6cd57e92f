package ledger

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/program"
)

// runLifecycle drives one three-stage E3 (the auction program) with n=5, t=3
// from request to completion with stand-in blobs (hashes only), checks every
// phase on the way, and checks that the fee reaches the members.
func runLifecycle(t *testing.T, e *env) {
	e.register(3, 2, 4, 1, 5, 2, 3)
	provider := e.outsider.Address()
	id, rec := e.request("auction", 5, 3, provider)
	if Phase(rec.Phase) != PhaseCommittee || rec.Stages != 3 || rec.N != 5 || rec.T != 3 {
		t.Fatalf("requested record = %+v", rec)
	}
	fee := rec.Fee

	want, got := e.draw(id)
	if len(got) != 5 {
		t.Fatalf("committee size %d; want 5", len(got))
	}
	for i := range want {
		if want[i].Node != got[i] {
			t.Fatalf("seat %d: chain %s, Go recomputation %s", i+1, got[i], want[i].Node)
		}
	}
	ms := e.members(id)
	e.keygen(id, ms)
	rec, _ = e.owner.GetE3(e.ctx, id)
	if Phase(rec.Phase) != PhaseInputs || rec.PkHash != pkHash {
		t.Fatalf("after keygen: phase %v pk %x", Phase(rec.Phase), rec.PkHash)
	}

	hashes := []common.Hash{inHash(0), inHash(1), inHash(2), inHash(3), inHash(4)}
	e.must(e.requester.PublishInputs(e.ctx, id, hashes[:3]))
	e.must(ms[0].PublishInputs(e.ctx, id, hashes[3:]))
	root := inputRoot(hashes)
	rec, _ = e.owner.GetE3(e.ctx, id)
	if rec.InputRoot != root || rec.InputCount != 5 {
		t.Fatalf("input root %x count %d; want %x 5", rec.InputRoot, rec.InputCount, root)
	}
	if ok, idx, err := e.owner.InputIndex(e.ctx, id, inHash(3)); err != nil || !ok || idx != 3 {
		t.Fatalf("InputIndex(input-3) = %v %d %v; want true 3", ok, idx, err)
	}
	// Committee masks: members commit during the input window only, once,
	// a non-zero hash; outsiders cannot.
	maskHash := crypto.Keccak256Hash([]byte("mask"))
	_, err := e.outsider.CommitMask(e.ctx, id, maskHash)
	e.reverts(err, ErrNotMember)
	_, err = ms[0].CommitMask(e.ctx, id, common.Hash{})
	e.reverts(err, ErrZeroHash)
	e.must(ms[0].CommitMask(e.ctx, id, maskHash))
	_, err = ms[0].CommitMask(e.ctx, id, maskHash)
	e.reverts(err, ErrAlreadyPublished)
	e.must(ms[2].CommitMask(e.ctx, id, maskHash))
	rec, _ = e.owner.GetE3(e.ctx, id)
	if mem, _ := e.owner.MemberOf(e.ctx, id, ms[2].Address()); rec.MaskCommits != 2 || mem.MaskHash != maskHash {
		t.Fatalf("mask commits %d, member 3's hash %x", rec.MaskCommits, mem.MaskHash)
	}
	e.mineTo(rec.InputDeadline + 1)
	_, err = ms[1].CommitMask(e.ctx, id, maskHash)
	e.reverts(err, ErrInputWindowClosed)

	provClient := e.outsider
	for stage := uint8(0); stage < rec.Stages; stage++ {
		out := crypto.Keccak256Hash([]byte(fmt.Sprintf("output-%d", stage)))
		e.must(provClient.PublishOutput(e.ctx, id, stage, out, root, 5))
		for i, m := range ms {
			e.must(m.AttestOutput(e.ctx, id, stage, out))
			if i == 2 {
				rec, _ = e.owner.GetE3(e.ctx, id)
				if Phase(rec.Phase) != PhaseDecrypt {
					t.Fatalf("stage %d: phase %v after t attestations; want decrypt", stage, Phase(rec.Phase))
				}
			}
		}
		pt := []byte(fmt.Sprintf("plaintext of stage %d", stage))
		if stage == 1 { // the largest release the ledger takes: one transaction, read back from its event
			pt = append(pt, bytes.Repeat([]byte{0xa5}, program.MaxRelease-len(pt))...)
		}
		e.must(ms[0].PublishPlaintext(e.ctx, id, stage, pt))
		for _, m := range ms[:3] {
			e.must(m.AttestPlaintext(e.ctx, id, stage, crypto.Keccak256Hash(pt)))
		}
		got, err := e.owner.Plaintext(e.ctx, id, stage)
		if err != nil || string(got) != string(pt) {
			t.Fatalf("plaintext of stage %d: %d bytes, want %d (%v)", stage, len(got), len(pt), err)
		}
		rec, _ = e.owner.GetE3(e.ctx, id)
		if stage == 0 && (Phase(rec.Phase) != PhaseCompute || rec.Stage != 1) {
			t.Fatalf("after stage 0: phase %v stage %d; want compute 1", Phase(rec.Phase), rec.Stage)
		}
	}
	if Phase(rec.Phase) != PhaseCompleted {
		t.Fatalf("final phase %v; want completed", Phase(rec.Phase))
	}

	share := new(big.Int).Div(fee, big.NewInt(5))
	for i, m := range ms {
		p, err := m.PendingWithdrawal(e.ctx, m.Address())
		if err != nil {
			t.Fatal(err)
		}
		if p.Cmp(share) < 0 || p.Cmp(new(big.Int).Add(share, big.NewInt(5))) > 0 {
			t.Fatalf("member %d owed %v; want fee/5 = %v", i+1, p, share)
		}
		before := e.balance(m.Address())
		r := e.must(m.Withdraw(e.ctx))
		cost := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		gotGain := new(big.Int).Sub(e.balance(m.Address()), before)
		if gotGain.Cmp(new(big.Int).Sub(p, cost)) != 0 {
			t.Fatalf("member %d balance grew by %v; want %v - gas %v", i+1, gotGain, p, cost)
		}
		n, _ := e.owner.GetNode(e.ctx, m.Address())
		if n.LiveCommittees != 0 {
			t.Fatalf("member %d still locked on %d committees", i+1, n.LiveCommittees)
		}
	}
}

func TestLifecycleEmbedded(t *testing.T) {
	runLifecycle(t, newEnv(t, 7))
}
