// Package chain runs the embedded development ledger: go-ethereum's own EVM
// and block production (the same node, eth service and simulated beacon that
// back go-ethereum's simulated backend) with funded dev accounts, optionally
// served as HTTP and WebSocket JSON-RPC on loopback so other processes (nodes,
// the CLI, anvil-style tooling) use it exactly like any EVM endpoint.
//
// Blocks are produced either on each transaction (BlockTime 0) or on a fixed
// interval; Mine and the JSON-RPC method evm_mine produce empty blocks on
// demand so tests and demos can move past block-number deadlines.
package chain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/eth/tracers"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID is the chain id of the embedded chain (go-ethereum's dev chain id).
const ChainID = 1337

// ErrClosed is returned by methods called after Close.
var ErrClosed = errors.New("chain: closed")

// DefaultBalance is what each dev account holds at genesis: 10^6 ether.
var DefaultBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// ChainConfig is go-ethereum's dev chain configuration with every released
// fork up to Osaka active from genesis (the rules of public EVM chains today)
// and the unreleased forks after it off: their repriced storage would make the
// embedded chain's gas figures disagree with anvil and with any testnet.
func ChainConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.BogotaTime = nil
	cfg.UBTTime = nil
	return &cfg
}

// Config selects the dev accounts, block production and the RPC listener.
type Config struct {
	// Accounts is the number of funded dev accounts (default 10).
	Accounts int
	// Balance is each account's genesis balance (default DefaultBalance).
	Balance *big.Int
	// BlockTime 0 mines one block as soon as a transaction arrives; a
	// positive value mines a block on that interval (empty or not).
	BlockTime time.Duration
	// Manual disables automatic block production: blocks are sealed only by
	// Mine or evm_mine, so many transactions can share one block (tests).
	Manual bool
	// RPCAddr, if set (e.g. "127.0.0.1:8545", port 0 for a free port),
	// serves HTTP and WebSocket JSON-RPC on that address. Only loopback
	// hosts are accepted: the dev keys are public.
	RPCAddr string
	// Alloc adds genesis accounts (e.g. a deployer funded elsewhere).
	Alloc types.GenesisAlloc
}

// Account is a funded dev account.
type Account struct {
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// Chain is a running embedded chain. Its methods are safe for concurrent use.
type Chain struct {
	stack    *node.Node
	backend  *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	client   *ethclient.Client
	rpc      *rpc.Client
	accounts []Account

	mu     sync.Mutex // serializes block production (the beacon is not concurrency safe)
	closed bool
	stop   chan struct{}
	done   chan struct{}
}

// DevKey returns the i-th dev account key. Keys are derived from a public
// label, so they are the same on every run and must never hold real value.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := crypto.Keccak256([]byte("ciphernet/dev-account/" + strconv.Itoa(i)))
	k, err := crypto.ToECDSA(seed)
	if err != nil {
		// A keccak output is a valid secp256k1 scalar except with negligible probability.
		panic(fmt.Sprintf("chain: dev key %d: %v", i, err))
	}
	return k
}

// New starts an embedded chain.
func New(cfg Config) (*Chain, error) {
	if cfg.Accounts <= 0 {
		cfg.Accounts = 10
	}
	if cfg.Balance == nil {
		cfg.Balance = DefaultBalance
	}
	if cfg.BlockTime < 0 {
		return nil, fmt.Errorf("chain: negative block time %v", cfg.BlockTime)
	}
	alloc := core.SystemContractAllocs()
	accounts := make([]Account, cfg.Accounts)
	for i := range accounts {
		k := DevKey(i)
		accounts[i] = Account{Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
		alloc[accounts[i].Address] = types.Account{Balance: new(big.Int).Set(cfg.Balance)}
	}
	maps.Copy(alloc, cfg.Alloc)

	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	if cfg.RPCAddr != "" {
		host, portStr, err := net.SplitHostPort(cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("chain: rpc address %q: %w", cfg.RPCAddr, err)
		}
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return nil, fmt.Errorf("chain: rpc address %q: only loopback hosts are allowed", cfg.RPCAddr)
		}
		port, err := strconv.Atoi(portStr)
		if err != nil {
			return nil, fmt.Errorf("chain: rpc port %q: %w", portStr, err)
		}
		if port == 0 {
			if port, err = freePort(host); err != nil {
				return nil, err
			}
		}
		modules := []string{"eth", "net", "web3", "evm"}
		nodeConf.HTTPHost, nodeConf.HTTPPort, nodeConf.HTTPModules = host, port, modules
		nodeConf.HTTPVirtualHosts = []string{"*"}
		nodeConf.WSHost, nodeConf.WSPort, nodeConf.WSModules = host, port, modules
		nodeConf.WSOrigins = []string{"*"}
	}

	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{
		Config:   ChainConfig(),
		GasLimit: ethconfig.Defaults.Miner.GasCeil,
		Alloc:    alloc,
	}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("chain: node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain: eth service: %w", err)
	}
	c := &Chain{stack: stack, backend: backend, accounts: accounts, stop: make(chan struct{}), done: make(chan struct{})}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)},
		{Namespace: "evm", Service: &evmAPI{c: c}},
	})
	stack.RegisterAPIs(tracers.APIs(backend.APIBackend)) // debug_traceTransaction and friends
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain: start: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain: beacon: %w", err)
	}
	if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
		stack.Close()
		return nil, fmt.Errorf("chain: beacon reset: %w", err)
	}
	c.beacon = beacon
	c.rpc = stack.Attach()
	c.client = ethclient.NewClient(c.rpc)
	// Subscribe before returning so no transaction sent after New is missed.
	txs := make(chan core.NewTxsEvent, 256)
	sub := backend.TxPool().SubscribeTransactions(txs, true)
	go c.produce(cfg.BlockTime, cfg.Manual, txs, sub)
	return c, nil
}

// produce is the only background goroutine: it seals blocks on each new
// transaction or on the configured interval until Close. In mine-on-tx mode
// a slow sweep also seals anything executable the subscription did not
// announce (a transaction re-injected by a reorg, a nonce gap filled).
func (c *Chain) produce(blockTime time.Duration, manual bool, txs chan core.NewTxsEvent, sub event.Subscription) {
	defer close(c.done)
	defer sub.Unsubscribe()
	if manual {
		for {
			select {
			case <-c.stop:
				return
			case <-txs:
			}
		}
	}
	if blockTime > 0 {
		tick := time.NewTicker(blockTime)
		defer tick.Stop()
		for {
			select {
			case <-c.stop:
				return
			case <-txs:
			case <-tick.C:
				c.commit(false)
			}
		}
	}
	sweep := time.NewTicker(100 * time.Millisecond)
	defer sweep.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-sub.Err():
			return
		case <-txs:
			c.commit(true)
		case <-sweep.C:
			c.commit(true)
		}
	}
}

// commit seals one block; onlyIfPending skips it when the pool has nothing
// executable (a transaction already swept into the previous block).
func (c *Chain) commit(onlyIfPending bool) common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return common.Hash{}
	}
	if onlyIfPending {
		if err := c.backend.TxPool().Sync(); err == nil {
			if pending, _ := c.backend.TxPool().Stats(); pending == 0 {
				return common.Hash{}
			}
		}
	}
	return c.beacon.Commit()
}

// Mine seals n blocks (including any pending transactions in the first one).
func (c *Chain) Mine(n int) error {
	for i := 0; i < n; i++ {
		c.mu.Lock()
		closed := c.closed
		c.mu.Unlock()
		if closed {
			return ErrClosed
		}
		c.commit(false)
	}
	return nil
}

// Fork makes the block with the given hash the head, dropping its
// descendants: the next Mine builds a competing branch. Used to test reorgs.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return ErrClosed
	}
	if err := c.beacon.Fork(parent); err != nil {
		return fmt.Errorf("chain: fork at %s: %w", parent, err)
	}
	return nil
}

// PoolStats reports the transactions waiting in the pool: executable
// (pending) and waiting on a nonce gap (queued).
func (c *Chain) PoolStats() (pending, queued int) {
	return c.backend.TxPool().Stats()
}

// Client returns an in-process client of the chain.
func (c *Chain) Client() *ethclient.Client { return c.client }

// RPC returns the in-process JSON-RPC client (for raw calls such as evm_mine).
func (c *Chain) RPC() *rpc.Client { return c.rpc }

// Accounts returns the funded dev accounts.
func (c *Chain) Accounts() []Account { return c.accounts }

// HTTPEndpoint is the HTTP JSON-RPC URL, or "" when RPCAddr was not set.
func (c *Chain) HTTPEndpoint() string { return c.stack.HTTPEndpoint() }

// WSEndpoint is the WebSocket JSON-RPC URL, or "" when RPCAddr was not set.
func (c *Chain) WSEndpoint() string { return c.stack.WSEndpoint() }

// Close stops block production and the node.
func (c *Chain) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.mu.Unlock()
	close(c.stop)
	<-c.done
	c.client.Close()
	return errors.Join(c.beacon.Stop(), c.stack.Close())
}

// evmAPI serves evm_mine, the anvil/hardhat method for mining one block, so
// the same tooling drives the embedded chain and anvil.
type evmAPI struct{ c *Chain }

// Mine seals one block.
func (a *evmAPI) Mine() (string, error) {
	if err := a.c.Mine(1); err != nil {
		return "", err
	}
	return "0x0", nil
}

func freePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, fmt.Errorf("chain: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
