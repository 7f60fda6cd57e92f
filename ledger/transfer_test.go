package ledger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestTransferFailed provokes every TransferFailed revert: each contract pays
// by pull and reverts when the payee (here a contract without a receive
// function) refuses the payment, leaving the amount owed.
func TestTransferFailed(t *testing.T) {
	e := newEnv(t, 5)
	ctx := e.ctx
	x := e.outsider
	f := e.deployForwarder(x)
	reg, e3a, sla := e.owner.registryABI, e.owner.e3ABI, e.owner.slasherABI

	// Registry.withdrawUnbonded to a contract operator.
	e.must(f.call(x, e.net.Contracts.Registry, reg, eth(2), "register", transportKey(7), []byte("fwd"), ""))
	r := e.must(f.call(x, e.net.Contracts.Registry, reg, nil, "unbond", eth(2))) // no tickets left
	e.mineTo(r.BlockNumber.Uint64() + e.cfg.ExitDelay)
	e.expectReverts([]rv{{"registry pays a contract without receive", ErrTransferFailed, func() (*types.Receipt, error) {
		return f.call(x, e.net.Contracts.Registry, reg, nil, "withdrawUnbonded")
	}}})

	// Registry.penalize to a penalizer that refuses the proceeds.
	lone := e.deployLoneRegistry(e.nodes[4])
	e.must(lone.transact(ctx, lone.registryCall("setPenalizers", nil, f.addr, x.Address())))
	e.must(e.nodes[3].WithKey(e.nodes[3].key).transact(ctx, call{to: &lone.addrs.Registry, abi: reg, method: "register", value: eth(2), args: []any{transportKey(3), []byte("p3"), ""}}))
	e.expectReverts([]rv{{"penalty proceeds refused", ErrTransferFailed, func() (*types.Receipt, error) {
		return f.call(x, lone.addrs.Registry, reg, nil, "penalize", e.nodes[3].Address(), eth(1))
	}}})

	// E3Manager.withdraw of a refund owed to a contract requester.
	fee, _ := x.Quote(ctx, ProgramID("tally"), 3)
	r = e.must(f.call(x, e.net.Contracts.E3Manager, e3a, fee, "request", ProgramID("tally"), []uint64{4}, PresetDev, uint16(3), uint16(2), stdWindows, common.Address{}))
	var id uint64
	for _, l := range r.Logs {
		if ev, err := e.owner.e3.ParseE3Requested(*l); err == nil {
			id = ev.E3Id.Uint64()
		}
	}
	rec, _ := x.GetE3(ctx, id)
	e.mineTo(rec.Deadline + 1)
	e.must(x.FinalizeCommittee(ctx, id)) // no tickets: fails and owes the forwarder its fee
	e.expectReverts([]rv{{"refund to a contract without receive", ErrTransferFailed, func() (*types.Receipt, error) {
		return f.call(x, e.net.Contracts.E3Manager, e3a, nil, "withdraw")
	}}})

	// Slasher.withdraw of a reward owed to a contract reporter.
	e.register(2, 2, 2)
	id2, _ := e.request("tally", 3, 2, common.Address{})
	e.draw(id2)
	m := e.members(id2)[0]
	step := StepID("keyshare", 0)
	a, b := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	sa, _ := m.SignStep(id2, step, a)
	sb, _ := m.SignStep(id2, step, b)
	e.must(f.call(x, e.net.Contracts.Slasher, sla, nil, "slashEquivocation", u256(id2), step, a, sa, b, sb))
	if owed, _ := x.SlasherPending(ctx, f.addr); owed.Cmp(big.NewInt(0)) <= 0 {
		t.Fatal("forwarder owed no reward")
	}
	e.expectReverts([]rv{{"reward to a contract without receive", ErrTransferFailed, func() (*types.Receipt, error) {
		return f.call(x, e.net.Contracts.Slasher, sla, nil, "withdraw")
	}}})
}
