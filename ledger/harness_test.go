package ledger

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/ledger/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

var ether = big.NewInt(params.Ether)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// gasBook collects gas per method across a test (docs/gas.md).
type gasBook struct {
	mu   sync.Mutex
	used map[string][]uint64
}

func (g *gasBook) record(method string, r *types.Receipt) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.used == nil {
		g.used = make(map[string][]uint64)
	}
	g.used[method] = append(g.used[method], r.GasUsed)
}

// env is one deployed network with named actors.
type env struct {
	t         testing.TB
	ctx       context.Context
	ch        *chain.Chain // nil on anvil
	rc        *rpc.Client
	owner     *Client
	requester *Client
	outsider  *Client
	nodes     []*Client
	net       Network
	cfg       DeployConfig
	gas       *gasBook
}

// testDeployConfig: 1 ether per ticket and minimum bond, 5-block exit delay.
func testDeployConfig() DeployConfig {
	cfg := DefaultDeployConfig()
	cfg.ExitDelay = 5
	return cfg
}

// newEnv starts an embedded chain with nodes+3 funded accounts and deploys.
func newEnv(t testing.TB, nodes int) *env {
	t.Helper()
	ch, err := chain.New(chain.Config{Accounts: nodes + 3})
	if err != nil {
		t.Fatalf("chain: %v", err)
	}
	t.Cleanup(func() { ch.Close() })
	keys := make([]*ecdsa.PrivateKey, 0, nodes+3)
	for _, a := range ch.Accounts() {
		keys = append(keys, a.Key)
	}
	e := setupEnv(t, ch.RPC(), keys)
	e.ch = ch
	return e
}

func setupEnv(t testing.TB, rc *rpc.Client, keys []*ecdsa.PrivateKey) *env {
	t.Helper()
	ctx := context.Background()
	gas := &gasBook{}
	opts := Options{OnReceipt: gas.record, PollInterval: 5 * time.Millisecond}
	deployer, err := New(ctx, rc, keys[0], Addresses{}, opts)
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	cfg := testDeployConfig()
	net, err := Deploy(ctx, deployer, cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	owner, err := New(ctx, rc, keys[0], net.Contracts, opts)
	if err != nil {
		t.Fatalf("client: %v", err)
	}
	e := &env{t: t, ctx: ctx, rc: rc, owner: owner, net: net, cfg: cfg, gas: gas}
	e.requester = owner.WithKey(keys[1])
	e.outsider = owner.WithKey(keys[2])
	for _, k := range keys[3:] {
		e.nodes = append(e.nodes, owner.WithKey(k))
	}
	return e
}

// mine produces k empty blocks.
func (e *env) mine(k int) {
	e.t.Helper()
	if e.ch != nil {
		if err := e.ch.Mine(k); err != nil {
			e.t.Fatalf("mine: %v", err)
		}
		return
	}
	for i := 0; i < k; i++ {
		if err := e.rc.CallContext(e.ctx, nil, "evm_mine"); err != nil {
			e.t.Fatalf("evm_mine: %v", err)
		}
	}
}

func (e *env) head() uint64 {
	e.t.Helper()
	n, err := e.owner.Eth().BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatalf("block number: %v", err)
	}
	return n
}

// mineTo mines until the head is at least block.
func (e *env) mineTo(block uint64) {
	e.t.Helper()
	if h := e.head(); h < block {
		e.mine(int(block - h))
	}
}

func (e *env) must(r *types.Receipt, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatalf("unexpected error: %v", err)
	}
	return r
}

// reverts checks that err is the custom revert want.
func (e *env) reverts(err error, want error) {
	e.t.Helper()
	if err == nil {
		e.t.Fatalf("call succeeded; want revert %v", want)
	}
	if !errors.Is(err, want) {
		e.t.Fatalf("error = %v; want %v", err, want)
	}
}

func transportKey(i int) [32]byte { return crypto.Keccak256Hash([]byte(fmt.Sprintf("x25519-%d", i))) }

// register registers nodes[i] with bond ether(bonds[i]).
func (e *env) register(bonds ...int64) {
	e.t.Helper()
	for i, b := range bonds {
		e.must(e.nodes[i].Register(e.ctx, transportKey(i), []byte(fmt.Sprintf("peer-%d", i)), fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", 4000+i), eth(b)))
	}
}

// stdWindows: short windows for tests.
var stdWindows = Windows{Ticket: 20, Keygen: 40, Input: 5, Compute: 30, Decrypt: 30}

func (e *env) request(program string, n, t uint16, provider common.Address) (uint64, E3) {
	e.t.Helper()
	params := map[string][]uint64{"tally": {4}, "auction": {4, 1}, "stats": {0, 10}}[program]
	id, _, err := e.requester.Request(e.ctx, Request{Program: ProgramID(program), Params: params, Preset: PresetDev, N: n, T: t, Windows: stdWindows, ComputeProvider: provider})
	if err != nil {
		e.t.Fatalf("request: %v", err)
	}
	rec, err := e.owner.GetE3(e.ctx, id)
	if err != nil {
		e.t.Fatalf("getE3: %v", err)
	}
	return id, rec
}

// byAddr finds the client of a node address.
func (e *env) byAddr(a common.Address) *Client {
	for _, c := range e.nodes {
		if c.Address() == a {
			return c
		}
	}
	e.t.Fatalf("no client for %s", a)
	return nil
}

// draw runs sortition for e3: every registered node with tickets submits its
// best ticket (non-competitive ones revert with ScoreTooHigh and are skipped),
// then finalizes. It returns the Go recomputation and the on-chain committee.
func (e *env) draw(id uint64) ([]Seat, []common.Address) {
	e.t.Helper()
	rec, err := e.owner.GetE3(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	// A ticket needs blockhash(request+1), i.e. head >= request+2 (eth_estimateGas
	// on the embedded chain executes at the head's number).
	e.mineTo(rec.RequestBlock + 2)
	seed, err := e.owner.Seed(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	snap, err := e.owner.Snapshot(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	want, err := Committee(seed, id, snap, int(rec.N))
	if err != nil {
		e.t.Fatalf("committee: %v", err)
	}
	for _, w := range snap {
		if _, _, _, err := e.byAddr(w.Node).SubmitBestTicket(e.ctx, id); err != nil && !errors.Is(err, ErrScoreTooHigh) {
			e.t.Fatalf("submitTicket: %v", err)
		}
	}
	e.mineTo(rec.Deadline + 1)
	e.must(e.outsider.FinalizeCommittee(e.ctx, id))
	got, err := e.owner.CommitteeOf(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	expected, err := e.outsider.ExpectedCommittee(e.ctx, id)
	if err != nil || len(expected) != len(want) {
		e.t.Fatalf("ExpectedCommittee = %v, %v", expected, err)
	}
	for i := range want {
		if expected[i] != want[i] {
			e.t.Fatalf("ExpectedCommittee seat %d = %+v; want %+v", i+1, expected[i], want[i])
		}
	}
	return want, got
}

func (e *env) members(id uint64) []*Client {
	e.t.Helper()
	addrs, err := e.owner.CommitteeOf(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	out := make([]*Client, len(addrs))
	for i, a := range addrs {
		out[i] = e.byAddr(a)
	}
	return out
}

var pkHash = crypto.Keccak256Hash([]byte("public key"))

func ksHash(i int) common.Hash   { return crypto.Keccak256Hash([]byte(fmt.Sprintf("keyshare-%d", i))) }
func dealHash(i int) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprintf("dealing-%d", i))) }
func inHash(i int) common.Hash   { return crypto.Keccak256Hash([]byte(fmt.Sprintf("input-%d", i))) }

// keygen has every member publish its key share and confirm the public key.
func (e *env) keygen(id uint64, ms []*Client) {
	e.t.Helper()
	for i, m := range ms {
		e.must(m.PublishKeyShare(e.ctx, id, ksHash(i), dealHash(i)))
	}
	for _, m := range ms {
		e.must(m.ConfirmPublicKey(e.ctx, id, pkHash))
	}
}

// inputRoot is the Go recomputation of the contract's input hash chain.
func inputRoot(hs []common.Hash) common.Hash {
	var root common.Hash
	for _, h := range hs {
		root = crypto.Keccak256Hash(root[:], h[:])
	}
	return root
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.owner.Eth().BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

var common0 common.Address

// failedPhase reads the phase recorded in the E3's E3Failed event.
func (e *env) failedPhase(id uint64) Phase {
	e.t.Helper()
	it, err := e.owner.e3.FilterE3Failed(nil, []*big.Int{u256(id)})
	if err != nil {
		e.t.Fatal(err)
	}
	defer it.Close()
	if !it.Next() {
		e.t.Fatalf("no E3Failed event for %d", id)
	}
	return Phase(it.Event.Phase)
}

// forwarder is a deployed test Forwarder: a contract account without a
// receive function, used to provoke TransferFailed.
type forwarder struct {
	e    *env
	addr common.Address
}

func (e *env) deployForwarder(by *Client) *forwarder {
	e.t.Helper()
	a, _ := bindings.ForwarderMetaData.GetAbi()
	r, err := by.transact(e.ctx, call{abi: a, code: hexutil.MustDecode(bindings.ForwarderMetaData.Bin)})
	if err != nil {
		e.t.Fatal(err)
	}
	return &forwarder{e: e, addr: r.ContractAddress}
}

// call makes the forwarder call target.method(args...) with value, sent by from.
func (f *forwarder) call(from *Client, target common.Address, targetABI *abi.ABI, value *big.Int, method string, args ...any) (*types.Receipt, error) {
	data, err := targetABI.Pack(method, args...)
	if err != nil {
		f.e.t.Fatal(err)
	}
	fa, _ := bindings.ForwarderMetaData.GetAbi()
	return from.transact(f.e.ctx, call{to: &f.addr, abi: fa, method: "forward", value: value, args: []any{target, data}})
}
