package ledger

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/ciphernet/ciphernet/ledger/bindings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// seen records every custom revert a test provoked; TestMain checks, on a
// full run, that each contract error was provoked at least once.
var seen sync.Map

func TestMain(m *testing.M) {
	code := m.Run()
	if f := flag.Lookup("test.run"); code == 0 && f != nil && f.Value.String() == "" && !testing.Short() {
		var missing []string
		for sel, e := range abiErrors {
			_ = sel
			if _, ok := seen.Load(e.Name); !ok {
				missing = append(missing, e.Name)
			}
		}
		if len(missing) > 0 {
			sort.Strings(missing)
			fmt.Fprintf(os.Stderr, "custom errors never provoked by a test: %s\n", strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}

// rv is one expected revert.
type rv struct {
	name string
	want error
	call func() (*types.Receipt, error)
}

func (e *env) expectReverts(cases []rv) {
	e.t.Helper()
	for _, c := range cases {
		_, err := c.call()
		if err == nil {
			e.t.Fatalf("%s: succeeded; want %v", c.name, c.want)
		}
		if !isRevert(err, c.want) {
			e.t.Fatalf("%s: error %v; want %v", c.name, err, c.want)
		}
	}
}

func asRevert(err error, target **RevertError) bool { return errors.As(err, target) }

func isRevert(err, want error) bool {
	var re *RevertError
	if !asRevert(err, &re) || !re.Is(want) {
		return false
	}
	seen.Store(re.Name, true)
	return true
}

// sendValue sends plain native currency (no calldata) to addr.
func (e *env) sendValue(from *Client, to common.Address, v *big.Int) (*types.Receipt, error) {
	return from.transact(e.ctx, call{to: &to, abi: from.registryABI, method: "", value: v, gas: 0, raw: []byte{}})
}

func TestSentinelsCoverABI(t *testing.T) {
	for _, e := range abiErrors {
		if _, ok := sentinels[e.Name]; !ok {
			t.Errorf("custom error %s has no Err%s sentinel", e.Name, e.Name)
		}
	}
	if len(sentinels) != len(abiErrors) {
		names := map[string]bool{}
		for _, e := range abiErrors {
			names[e.Name] = true
		}
		for n := range sentinels {
			if !names[n] {
				t.Errorf("sentinel Err%s has no contract error", n)
			}
		}
	}
}

func TestDecodeRevert(t *testing.T) {
	a, _ := bindings.E3ManagerMetaData.GetAbi()
	id := a.Errors["WrongStage"].ID
	data := append(append([]byte{}, id[:4]...), common.LeftPadBytes([]byte{3}, 32)...)
	cases := []struct {
		name string
		data []byte
		want error
		text string
	}{
		{"custom error with argument", data, ErrWrongStage, "WrongStage(3)"},
		{"too short", []byte{1, 2}, ErrReverted, "no reason"},
		{"unknown selector", hexutil.MustDecode("0xdeadbeef"), ErrReverted, "0xdeadbeef"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := DecodeRevert(c.data)
			if !isRevert(err, c.want) && !strings.Contains(err.Error(), c.text) {
				t.Fatalf("DecodeRevert = %v; want %v containing %q", err, c.want, c.text)
			}
			if !strings.Contains(err.Error(), c.text) {
				t.Fatalf("message %q lacks %q", err, c.text)
			}
		})
	}
	if !(&RevertError{Name: "WrongStage"}).Is(ErrWrongStage) || (&RevertError{Name: "WrongStage"}).Is(ErrWrongPhase) {
		t.Fatal("RevertError.Is does not match by name")
	}
}

// TestRegistryCalls covers every registry function: success and each revert.
func TestRegistryCalls(t *testing.T) {
	e := newEnv(t, 4)
	ctx := e.ctx
	n0, n1, n2 := e.nodes[0], e.nodes[1], e.nodes[2]
	e.must(n0.Register(ctx, transportKey(0), []byte("peer-0"), "/ip4/127.0.0.1/tcp/4000", eth(3)))
	e.expectReverts([]rv{
		{"register twice", ErrAlreadyRegistered, func() (*types.Receipt, error) { return n0.Register(ctx, transportKey(0), []byte("p"), "", nil) }},
		{"zero transport key", ErrInvalidTransportKey, func() (*types.Receipt, error) { return n1.Register(ctx, [32]byte{}, []byte("p"), "", nil) }},
		{"empty peer id", ErrInvalidPeerId, func() (*types.Receipt, error) { return n1.Register(ctx, transportKey(1), nil, "", nil) }},
		{"long peer id", ErrInvalidPeerId, func() (*types.Receipt, error) {
			return n1.Register(ctx, transportKey(1), bytes.Repeat([]byte{1}, 129), "", nil)
		}},
		{"update unregistered", ErrNotRegistered, func() (*types.Receipt, error) { return n1.UpdateNode(ctx, transportKey(1), []byte("p"), "") }},
		{"update zero key", ErrInvalidTransportKey, func() (*types.Receipt, error) { return n0.UpdateNode(ctx, [32]byte{}, []byte("p"), "") }},
		{"bond unregistered", ErrNotRegistered, func() (*types.Receipt, error) { return n1.Bond(ctx, eth(1)) }},
		{"bond zero", ErrZeroAmount, func() (*types.Receipt, error) { return n0.Bond(ctx, big.NewInt(0)) }},
		{"unbond unregistered", ErrNotRegistered, func() (*types.Receipt, error) { return n1.Unbond(ctx, eth(1)) }},
		{"unbond zero", ErrZeroAmount, func() (*types.Receipt, error) { return n0.Unbond(ctx, big.NewInt(0)) }},
		{"unbond too much", ErrInsufficientBond, func() (*types.Receipt, error) { return n0.Unbond(ctx, eth(4)) }},
		{"withdraw nothing", ErrNothingToWithdraw, func() (*types.Receipt, error) { return n0.WithdrawUnbonded(ctx) }},
		{"deregister unregistered", ErrNotRegistered, func() (*types.Receipt, error) { return n1.Deregister(ctx) }},
		{"ticket price by non-owner", ErrNotOwner, func() (*types.Receipt, error) { return n0.SetTicketPrice(ctx, eth(1)) }},
		{"zero ticket price", ErrInvalidTicketPrice, func() (*types.Receipt, error) { return e.owner.SetTicketPrice(ctx, big.NewInt(0)) }},
		{"penalize by EOA", ErrNotPenalizer, func() (*types.Receipt, error) {
			return n1.transact(ctx, n1.registryCall("penalize", nil, n0.Address(), eth(1)))
		}},
		{"lock by EOA", ErrNotPenalizer, func() (*types.Receipt, error) {
			return n1.transact(ctx, n1.registryCall("lockForCommittee", nil, n0.Address()))
		}},
		{"unlock by EOA", ErrNotPenalizer, func() (*types.Receipt, error) {
			return n1.transact(ctx, n1.registryCall("unlockForCommittee", nil, n0.Address()))
		}},
		{"setPenalizers twice", ErrPenalizersAlreadySet, func() (*types.Receipt, error) {
			return e.owner.transact(ctx, e.owner.registryCall("setPenalizers", nil, n0.Address(), n1.Address()))
		}},
		{"setPenalizers by non-owner", ErrNotOwner, func() (*types.Receipt, error) {
			return n0.transact(ctx, n0.registryCall("setPenalizers", nil, n0.Address(), n1.Address()))
		}},
	})

	// Success paths and their effects.
	e.must(n0.UpdateNode(ctx, transportKey(9), []byte("peer-0b"), "/dns/x/tcp/1"))
	e.must(n0.Bond(ctx, eth(2)))
	e.must(e.owner.SetTicketPrice(ctx, new(big.Int).Div(ether, big.NewInt(2))))
	node, _ := e.owner.GetNode(ctx, n0.Address())
	if node.Bond.Cmp(eth(5)) != 0 || node.TransportKey != transportKey(9) || string(node.PeerId) != "peer-0b" {
		t.Fatalf("node record %+v", node)
	}
	price, _ := e.owner.TicketPrice(ctx)
	head := e.head()
	if tk, _ := e.owner.TicketsAt(ctx, n0.Address(), head, price); tk != 10 {
		t.Fatalf("tickets = %d; want 10 (5 ether at 0.5)", tk)
	}
	r := e.must(n0.Unbond(ctx, eth(1)))
	e.expectReverts([]rv{{"withdraw before exit delay", ErrExitDelayNotPassed, func() (*types.Receipt, error) { return n0.WithdrawUnbonded(ctx) }}})
	e.mineTo(r.BlockNumber.Uint64() + e.cfg.ExitDelay)
	before := e.balance(n0.Address())
	r = e.must(n0.WithdrawUnbonded(ctx))
	gain := new(big.Int).Sub(e.balance(n0.Address()), before)
	gain.Add(gain, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	if gain.Cmp(eth(1)) != 0 {
		t.Fatalf("withdrew %v; want 1 ether", gain)
	}
	// Below the minimum bond a node holds no tickets.
	e.must(n1.Register(ctx, transportKey(1), []byte("peer-1"), "", new(big.Int).Div(ether, big.NewInt(4))))
	if tk, _ := e.owner.TicketsAt(ctx, n1.Address(), e.head(), price); tk != 0 {
		t.Fatalf("under-bonded node has %d tickets", tk)
	}
	// Historic weights stay readable (the snapshot an E3 uses).
	if tk, _ := e.owner.TicketsAt(ctx, n0.Address(), head, price); tk != 10 {
		t.Fatalf("historic tickets = %d; want 10", tk)
	}
	e.must(n1.Deregister(ctx))
	e.must(n1.Register(ctx, transportKey(1), []byte("peer-1"), "", nil)) // re-registration is allowed

	// A lone registry whose penalizers are EOAs reaches the hooks directly.
	reg := e.deployLoneRegistry(n2)
	e.expectReverts([]rv{
		{"setPenalizers zero", ErrZeroAddress, func() (*types.Receipt, error) {
			return reg.transact(ctx, reg.registryCall("setPenalizers", nil, common.Address{}, n1.Address()))
		}},
	})
	e.must(reg.transact(ctx, reg.registryCall("setPenalizers", nil, n2.Address(), n1.Address())))
	e.expectReverts([]rv{{"unlock without lock", ErrNotOnCommittee, func() (*types.Receipt, error) {
		return reg.transact(ctx, reg.registryCall("unlockForCommittee", nil, n0.Address()))
	}}})
	e.must(reg.transact(ctx, reg.registryCall("register", eth(3), transportKey(2), []byte("p2"), "")))
	r = e.must(reg.transact(ctx, reg.registryCall("unbond", nil, eth(1)))) // before being drawn
	e.must(reg.transact(ctx, reg.registryCall("lockForCommittee", nil, n2.Address())))
	e.mineTo(r.BlockNumber.Uint64() + e.cfg.ExitDelay)
	e.expectReverts([]rv{
		{"unbond while on a committee", ErrOnLiveCommittee, func() (*types.Receipt, error) {
			return reg.transact(ctx, reg.registryCall("unbond", nil, eth(1)))
		}},
		{"deregister while on a committee", ErrOnLiveCommittee, func() (*types.Receipt, error) {
			return reg.transact(ctx, reg.registryCall("deregister", nil))
		}},
		{"withdraw an earlier unbond while on a committee", ErrOnLiveCommittee, func() (*types.Receipt, error) {
			return reg.transact(ctx, reg.registryCall("withdrawUnbonded", nil))
		}},
	})
	e.must(reg.transact(ctx, reg.registryCall("unlockForCommittee", nil, n2.Address())))
	e.must(reg.transact(ctx, reg.registryCall("penalize", nil, n2.Address(), eth(3)))) // 2 bonded + 1 unbonding
	rec, err := bindings.NewRegistryCaller(reg.addrs.Registry, reg.eth)
	if err != nil {
		t.Fatal(err)
	}
	nd, _ := rec.GetNode(nil, n2.Address())
	if nd.Bond.Sign() != 0 || nd.Unbonding.Sign() != 0 {
		t.Fatalf("bond %v unbonding %v after penalty; want 0, 0", nd.Bond, nd.Unbonding)
	}
	// Plain transfers to the E3 contracts are refused.
	e.expectReverts([]rv{
		{"value to E3Manager", ErrUnexpectedTransfer, func() (*types.Receipt, error) { return e.sendValue(n0, e.net.Contracts.E3Manager, eth(1)) }},
		{"value to Slasher", ErrUnexpectedTransfer, func() (*types.Receipt, error) { return e.sendValue(n0, e.net.Contracts.Slasher, eth(1)) }},
	})
}

// deployLoneRegistry deploys a registry owned by c, for calling its hooks directly.
func (e *env) deployLoneRegistry(c *Client) *Client {
	e.t.Helper()
	a, _ := bindings.RegistryMetaData.GetAbi()
	r, err := c.transact(e.ctx, call{abi: a, args: []any{eth(1), eth(1), uint64(5)}, code: hexutil.MustDecode(bindings.RegistryMetaData.Bin)})
	if err != nil {
		e.t.Fatal(err)
	}
	lone, err := New(context.Background(), e.rc, nil, Addresses{Registry: r.ContractAddress}, Options{})
	if err != nil {
		e.t.Fatal(err)
	}
	return lone.WithKey(c.key)
}
