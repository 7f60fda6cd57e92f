// Package devnet runs a whole Ciphernet network in one process for
// development, demos and tests: the embedded chain served as JSON-RPC on
// loopback, the contracts deployed with the built-in programs registered, and
// N real ciphernodes — each with its own directory, keystore, bbolt store,
// libp2p host and HTTP API — registered, bonded, connected and running.
//
// By default the nodes run inside the calling process (fast, and tests can
// reach into them). With Config.Processes each node is its own OS process
// (`ciphernet node start`) under a small supervisor, so that nodes can be
// killed with SIGKILL and restarted from their directories as real
// deployments are.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/chain"
	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/node"
)

// ErrConfig means the devnet configuration is invalid.
var ErrConfig = errors.New("devnet: invalid configuration")

// Config selects the devnet.
type Config struct {
	// Dir receives network.json and one directory per node.
	Dir string
	// Nodes is the number of registered ciphernodes.
	Nodes int
	// Threshold and Preset are the E3 defaults written to network.json
	// (committee = Nodes): what `ciphernet e3 request` and the SDK use when
	// a request names no threshold or preset. 0 and "": ⌊Nodes/2⌋+1 and
	// each program's own default preset.
	Threshold int
	Preset    string
	// APIRate is every node's per-client API rate limit (requests per
	// second; 0: the node default; negative: no limit). Every devnet client
	// shares 127.0.0.1, so a bulk benchmark turns it off.
	APIRate float64
	// BlockTime is the chain's block interval (deadlines are in blocks).
	BlockTime time.Duration
	// RPCAddr serves the chain on loopback ("127.0.0.1:0" picks a port).
	RPCAddr string
	// Log receives the nodes' logs (nil: discarded). In Processes mode
	// each node writes its own DIR/nodeI/node.log instead.
	Log *slog.Logger
	// Processes runs each node as its own OS process (`Binary node start
	// --config DIR/nodeI/config.toml`) with fixed loopback ports, so that
	// it can be killed (Kill) and restarted (Restart) like a real one.
	Processes bool
	// Binary is the ciphernet executable run in Processes mode (the CLI
	// passes its own os.Executable()).
	Binary string
}

// NodeInfo is one node in the network file.
type NodeInfo struct {
	Address string   `json:"address"`
	API     string   `json:"api"`
	P2P     []string `json:"p2p"`
	Dir     string   `json:"dir"`
	// PID is the process running the node: its own in Processes mode,
	// the devnet's otherwise.
	PID int `json:"pid"`
	// Log is the node's log file (Processes mode).
	Log string `json:"log,omitempty"`
}

// File is the devnet's network file: the ledger's network file plus the
// funded requester key and the nodes (a superset other tools read).
type File struct {
	ledger.Network
	RequesterKey string     `json:"requesterKey"`
	Nodes        []NodeInfo `json:"nodes"`
}

// Devnet is a running network.
type Devnet struct {
	// Chain is the embedded chain, served on File.RPC.
	Chain *chain.Chain
	// Nodes are the in-process nodes (empty in Processes mode, where
	// File.Nodes describes the node processes).
	Nodes []*node.Node
	// File is what network.json holds; Path is where.
	File File
	Path string
	// Requester is a funded account for requesting E3s.
	Requester *ecdsa.PrivateKey

	cancel  context.CancelFunc
	runCtx  context.Context
	wg      sync.WaitGroup
	mu      sync.Mutex
	errs    []error
	stops   []context.CancelFunc
	stopped []chan struct{}
	opens   []func(context.Context) (*node.Node, error)
	procs   *supervisor // Processes mode only
}

// tune sets what a devnet node does differently from a default one:
// polling at block pace, fast outbox retries, the API rate limit.
func (cfg Config) tune(c *node.Config) {
	c.PollInterval.Duration = min(cfg.BlockTime/2, 200*time.Millisecond)
	c.OutboxRetry.Duration = 50 * time.Millisecond
	switch {
	case cfg.APIRate < 0:
		c.APIRate = 0
	case cfg.APIRate > 0:
		c.APIRate, c.APIBurst = cfg.APIRate, int(2*cfg.APIRate)
	}
}

// Start builds and starts a devnet.
func Start(ctx context.Context, cfg Config) (*Devnet, error) {
	if cfg.Nodes < 1 || cfg.Nodes > 64 {
		return nil, fmt.Errorf("%w: %d nodes outside 1..64", ErrConfig, cfg.Nodes)
	}
	if cfg.Dir == "" {
		return nil, fmt.Errorf("%w: no directory", ErrConfig)
	}
	if cfg.Threshold == 0 {
		cfg.Threshold = cfg.Nodes/2 + 1
	}
	if cfg.Threshold < 1 || cfg.Threshold > cfg.Nodes {
		return nil, fmt.Errorf("%w: threshold %d outside 1..%d (the number of nodes)", ErrConfig, cfg.Threshold, cfg.Nodes)
	}
	if cfg.Preset != "" {
		if _, err := bfv.Lookup(cfg.Preset); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfig, err)
		}
	}
	if cfg.BlockTime <= 0 {
		cfg.BlockTime = 250 * time.Millisecond
	}
	if cfg.RPCAddr == "" {
		cfg.RPCAddr = "127.0.0.1:0"
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Processes {
		if err := checkBinary(cfg.Binary); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	path := filepath.Join(cfg.Dir, "network.json")
	// Node identities first, so the genesis can fund them.
	var members []member
	alloc := types.GenesisAlloc{}
	for i := range cfg.Nodes {
		dir := filepath.Join(cfg.Dir, fmt.Sprintf("node%d", i+1))
		password := randomPassword()
		id, err := node.InitWithPassword(dir, path, "CIPHERNET_PASSWORD", password, keystore.TestKDF)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, "password"), []byte(password), 0o600); err != nil {
			return nil, err
		}
		alloc[common.HexToAddress(id.Address)] = types.Account{Balance: ether(1000)}
		members = append(members, member{dir, password})
	}
	ch, err := chain.New(chain.Config{Accounts: 2, BlockTime: cfg.BlockTime, RPCAddr: cfg.RPCAddr, Alloc: alloc})
	if err != nil {
		return nil, fmt.Errorf("devnet: chain: %w", err)
	}
	d := &Devnet{Chain: ch, Path: path, Requester: ch.Accounts()[1].Key}
	ok := false
	defer func() {
		if !ok {
			d.Close()
		}
	}()
	owner, err := ledger.New(ctx, ch.RPC(), ch.Accounts()[0].Key, ledger.Addresses{}, ledger.Options{})
	if err != nil {
		return nil, err
	}
	network, err := ledger.Deploy(ctx, owner, ledger.DefaultDeployConfig())
	if err != nil {
		return nil, fmt.Errorf("devnet: deploy: %w", err)
	}
	network.RPC = ch.HTTPEndpoint()
	network.Defaults = &ledger.E3Defaults{Committee: cfg.Nodes, Threshold: cfg.Threshold, Preset: cfg.Preset}
	d.File = File{Network: network, RequesterKey: "0x" + hex.EncodeToString(ethcrypto.FromECDSA(d.Requester))}
	if err := d.save(); err != nil {
		return nil, err
	}
	if cfg.Processes {
		if err := d.startProcesses(ctx, cfg, members); err != nil {
			return nil, err
		}
		ok = true
		return d, nil
	}
	d.runCtx, d.cancel = context.WithCancel(context.Background())
	for _, m := range members {
		c, err := node.Load(filepath.Join(m.dir, "config.toml"))
		if err != nil {
			return nil, err
		}
		c.API = "127.0.0.1:0"
		cfg.tune(&c)
		log := cfg.Log.With("node", filepath.Base(m.dir))
		open := func(ctx context.Context) (*node.Node, error) {
			return node.Open(ctx, c, m.password, log, node.Deps{RPC: ch.RPC()})
		}
		d.opens = append(d.opens, open)
		nd, err := open(ctx)
		if err != nil {
			return nil, err
		}
		d.Nodes = append(d.Nodes, nd)
		if err := nd.Register(ctx, ether(int64(2+len(d.Nodes)%4))); err != nil {
			return nil, err
		}
		d.File.Nodes = append(d.File.Nodes, NodeInfo{Address: nd.Address().Hex(), API: nd.APIAddr(), P2P: nd.P2PAddrs(), Dir: m.dir, PID: os.Getpid()})
	}
	if err := d.save(); err != nil {
		return nil, err
	}
	d.stops = make([]context.CancelFunc, len(d.Nodes))
	d.stopped = make([]chan struct{}, len(d.Nodes))
	for i := range d.Nodes {
		d.run(i)
	}
	ok = true
	return d, nil
}

// run starts node i's services.
func (d *Devnet) run(i int) {
	nd := d.Nodes[i]
	nodeCtx, stop := context.WithCancel(d.runCtx)
	done := make(chan struct{})
	d.stops[i], d.stopped[i] = stop, done
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer close(done)
		if err := nd.Run(nodeCtx); err != nil {
			d.fail(fmt.Errorf("node %s: %w", nd.Address(), err))
		}
	}()
}

// member is one node directory and its keystore password.
type member struct {
	dir, password string
}

// Stop stops node i (0-based) as if its process died; the others go on.
// In Processes mode the process gets SIGTERM (SIGKILL if it lingers) and
// Stop waits for it to exit.
func (d *Devnet) Stop(i int) {
	if d.procs != nil {
		d.procs.stop(i)
		return
	}
	d.stops[i]()
	<-d.stopped[i]
}

// Restart stops node i, closes it and opens it again from its directory
// alone (keystore, store, config), as a crashed process restarts; it
// resumes from its store and the ledger. The API gets a new port. In
// Processes mode the process (stopped first if still running) is started
// again on the same directory and ports, and Restart returns once its API
// answers /healthz.
func (d *Devnet) Restart(ctx context.Context, i int) error {
	if d.procs != nil {
		return d.restartProcess(ctx, i)
	}
	d.Stop(i)
	if err := d.Nodes[i].Close(); err != nil {
		return fmt.Errorf("devnet: close node %d: %w", i, err)
	}
	nd, err := d.opens[i](ctx)
	if err != nil {
		return fmt.Errorf("devnet: reopen node %d: %w", i, err)
	}
	d.Nodes[i] = nd
	d.File.Nodes[i].API, d.File.Nodes[i].P2P = nd.APIAddr(), nd.P2PAddrs()
	for j, other := range d.Nodes {
		if j != i {
			for _, a := range other.P2PAddrs() {
				nd.Connect(ctx, a)
			}
		}
	}
	d.run(i)
	return d.save()
}

// Err reports the node failures so far, if any (in Processes mode: node
// processes that exited without being stopped or killed).
func (d *Devnet) Err() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return errors.Join(d.errs...)
}

// fail records a node failure for Err.
func (d *Devnet) fail(err error) {
	d.mu.Lock()
	d.errs = append(d.errs, err)
	d.mu.Unlock()
}

// Close stops every node and the chain. In Processes mode every node
// process still running gets SIGTERM, then SIGKILL if it lingers; none is
// left behind.
func (d *Devnet) Close() error {
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	var errs []error
	if d.procs != nil {
		d.procs.close()
	}
	for _, nd := range d.Nodes {
		errs = append(errs, nd.Close())
	}
	if d.Chain != nil {
		errs = append(errs, d.Chain.Close())
	}
	return errors.Join(errs...)
}

func (d *Devnet) save() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	b, err := json.MarshalIndent(d.File, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(d.Path, b, 0o600) // holds the requester's dev key
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func randomPassword() string {
	b := make([]byte, 18)
	rand.Read(b)
	return hex.EncodeToString(b)
}
