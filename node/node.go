package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"golang.org/x/crypto/hkdf"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/keystore"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/p2p"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/protocol"
	"github.com/ciphernet/ciphernet/store"
	"github.com/ciphernet/ciphernet/verify"
)

// Node is a running ciphernode.
type Node struct {
	cfg       Config
	log       *slog.Logger
	keys      *keystore.Store
	transport *threshold.TransportKey
	st        *store.Store
	lc        *ledger.Client
	network   ledger.Network
	host      *p2p.Host
	domain    message.Domain
	checker   *message.Checker
	programs  *program.Registry
	engine    *engine
	apiLn     net.Listener
	// wake signals the outbox lanes (gossip, ledger) that messages are
	// waiting; one buffered slot each, so a signal is never lost.
	wake    [2]chan struct{}
	ownsRPC bool // the ledger connection was dialed here (not lent by Deps)

	metrics *metrics
	// dropGossip, when set (fault-injection tests only), makes the node
	// silently lose the topic messages it returns true for.
	dropGossip atomic.Pointer[func(envelope []byte) bool]
	// faults, when set (fault-injection tests only), make the machines of
	// E3s this node joins afterwards misbehave (protocol.Faults).
	faults atomic.Pointer[protocol.Faults]

	mu         sync.RWMutex
	committees map[uint64][]common.Address
	peerIDs    map[common.Address]peer.ID // registered peer ids, by operator
	topics     map[uint64]*p2p.Topic
}

// Deps lets an embedding process (tests, the devnet) hand the node an
// in-process RPC client instead of dialing the network file's URL.
type Deps struct {
	RPC *rpc.Client
}

// Open loads the keystore with password, opens the store, connects to the
// ledger and starts the p2p host and the API listener. Run starts the
// services.
func Open(ctx context.Context, cfg Config, password string, log *slog.Logger, deps Deps) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	keys, err := keystore.Open(cfg.KeystorePath(), password)
	if err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, log: log, keys: keys, programs: builtin.Registry(), wake: [2]chan struct{}{make(chan struct{}, 1), make(chan struct{}, 1)},
		committees: map[uint64][]common.Address{}, topics: map[uint64]*p2p.Topic{}, peerIDs: map[common.Address]peer.ID{}}
	n.transport = new(threshold.TransportKey)
	if err := n.transport.UnmarshalBinary(keys.Keys.Transport.Bytes()); err != nil {
		return nil, err
	}
	if cfg.Network != "" {
		if n.network, err = ledger.LoadNetwork(cfg.Network); err != nil {
			return nil, fmt.Errorf("node: network file: %w", err)
		}
	}
	if cfg.RPC != "" {
		n.network.RPC = cfg.RPC
	}
	// Members' transactions race each other inside one block (the
	// attestation that completes a phase costs several times a plain one),
	// so estimates get a wide margin.
	opts := ledger.Options{GasMargin: 50, GasExtra: 400_000}
	if deps.RPC != nil {
		n.lc, err = ledger.New(ctx, deps.RPC, keys.Keys.Ledger, n.network.Contracts, opts)
	} else {
		n.lc, err = ledger.Dial(ctx, n.network.RPC, keys.Keys.Ledger, n.network.Contracts, opts)
		n.ownsRPC = true
	}
	if err != nil {
		return nil, fmt.Errorf("node: ledger: %w", err)
	}
	n.domain = message.Domain{ChainID: n.lc.ChainID(), E3Manager: n.network.Contracts.E3Manager}
	n.checker = &message.Checker{Domain: n.domain, Committee: n.committeeOf}
	if n.st, err = store.Open(cfg.StorePath(), keys); err != nil {
		return nil, err
	}
	id, err := libp2pIdentity(keys)
	if err != nil {
		return nil, err
	}
	n.host, err = p2p.New(ctx, p2p.Config{ListenAddrs: cfg.Listen, Identity: id, Blobs: n.blob})
	if err != nil {
		n.st.Close()
		return nil, err
	}
	if cfg.API != "" {
		if n.apiLn, err = net.Listen("tcp", cfg.API); err != nil {
			n.Close()
			return nil, fmt.Errorf("node: api listen: %w", err)
		}
	}
	n.engine = newEngine(n)
	n.metrics = newMetrics(n)
	return n, nil
}

// libp2pIdentity derives the node's libp2p key from its transport key, so
// the peer id registered on the ledger survives restarts without another
// secret to store.
func libp2pIdentity(keys *keystore.Store) (p2pcrypto.PrivKey, error) {
	seed := make([]byte, ed25519.SeedSize)
	if _, err := io.ReadFull(hkdf.New(sha256.New, keys.Keys.Transport.Bytes(), nil, []byte("ciphernet/v1/libp2p-identity")), seed); err != nil {
		return nil, err
	}
	priv, err := p2pcrypto.UnmarshalEd25519PrivateKey(ed25519.NewKeyFromSeed(seed))
	if err != nil {
		return nil, fmt.Errorf("node: libp2p identity: %w", err)
	}
	return priv, nil
}

// Close releases the host, store and ledger client.
func (n *Node) Close() error {
	var errs []error
	if n.apiLn != nil {
		n.apiLn.Close()
	}
	if n.host != nil {
		errs = append(errs, n.host.Close())
	}
	if n.st != nil {
		errs = append(errs, n.st.Close())
	}
	if n.lc != nil && n.ownsRPC {
		n.lc.Close()
	}
	return errors.Join(errs...)
}

func (n *Node) address() common.Address { return n.lc.Address() }

// Address is the node's ledger account.
func (n *Node) Address() common.Address { return n.address() }

// APIAddr is the address the HTTP API listens on.
func (n *Node) APIAddr() string {
	if n.apiLn == nil {
		return ""
	}
	return n.apiLn.Addr().String()
}

// Connect dials a peer (full multiaddr with /p2p/<id>).
func (n *Node) Connect(ctx context.Context, addr string) error { return n.host.Connect(ctx, addr) }

// P2PAddrs are the host's dialable addresses.
func (n *Node) P2PAddrs() []string { return n.host.Addrs() }

// Register registers the node on the ledger (transport key, peer id,
// addresses) and bonds amount.
func (n *Node) Register(ctx context.Context, bond *big.Int) error {
	_, err := n.lc.Register(ctx, n.transport.Public(), []byte(n.host.ID()), strings.Join(n.host.Addrs(), ","), bond)
	if err != nil {
		return fmt.Errorf("node: register: %w", err)
	}
	return nil
}

// Run starts every service and blocks until ctx ends or one fails.
func (n *Node) Run(ctx context.Context) error {
	for _, b := range n.cfg.Bootstrap {
		if err := n.host.Connect(ctx, b); err != nil {
			n.log.Warn("bootstrap peer unreachable", "addr", b, "err", err)
		}
	}
	checkpoint := n.network.DeployBlock
	n.st.View(func(tx *store.Tx) error {
		checkpoint = max(checkpoint, tx.Checkpoint()) // at-least-once: replayed
		return nil
	})
	from, err := n.engine.load(ctx, checkpoint)
	if err != nil {
		return fmt.Errorf("node: restore: %w", err)
	}
	services := []Service{n.engine, watcher{n, from}, ticker{n},
		&Outbox{Lane: "gossip", Keep: isGossip, Store: n.st, Deliver: n.deliver, Retry: n.cfg.OutboxRetry.Duration, Wake: n.wake[0], Log: n.log},
		&Outbox{Lane: "ledger", Keep: func(m []byte) bool { return !isGossip(m) }, Store: n.st, Deliver: n.deliver, Merge: mergeOutbox,
			Retry: n.cfg.OutboxRetry.Duration, Wake: n.wake[1], Log: n.log}}
	if n.apiLn != nil {
		services = append(services, apiService{n})
	}
	return Run(ctx, n.log, services...)
}

func (n *Node) wakeOutbox() {
	for _, w := range n.wake {
		select {
		case w <- struct{}{}:
		default: // a signal is already waiting
		}
	}
}

// gossipPrefix starts every outbox message for the E3 topic: outMsg
// encodes Op first (TestOutboxLanes pins it).
var gossipPrefix = []byte(`{"op":"publish"`)

// isGossip selects the outbox messages of the gossip lane: envelopes for
// an E3 topic. Everything else is a ledger transaction.
func isGossip(msg []byte) bool { return bytes.HasPrefix(msg, gossipPrefix) }

// watcher streams ledger events into the engine from a block (the last
// checkpoint, or earlier when a reloaded E3 needs its events again).
type watcher struct {
	n    *Node
	from uint64
}

func (w watcher) Name() string { return "ledger-watcher" }

func (w watcher) Run(ctx context.Context) error {
	s, err := w.n.lc.Stream(ledger.StreamConfig{From: w.from, Confirmations: w.n.cfg.Confirmations, PollInterval: w.n.cfg.PollInterval.Duration})
	if err != nil {
		return err
	}
	for {
		ev, err := s.Next(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		w.n.engine.post(ctx, evLedger{ev: ev})
	}
}

// ticker reports the chain head, for block-number deadlines.
type ticker struct{ n *Node }

func (t ticker) Name() string { return "ticker" }

func (t ticker) Run(ctx context.Context) error {
	tick := time.NewTicker(t.n.cfg.PollInterval.Duration)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
			head, err := t.n.lc.Eth().BlockNumber(ctx)
			if err != nil {
				t.n.log.Debug("head poll failed", "err", err)
				continue
			}
			t.n.engine.post(ctx, evTick{head: head})
		}
	}
}

// apiService serves the HTTP API.
type apiService struct{ n *Node }

func (a apiService) Name() string { return "api" }

func (a apiService) Run(ctx context.Context) error {
	srv := &http.Server{Handler: a.n.handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	if err := srv.Serve(a.n.apiLn); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// committeeOf is the message checker's view of committees.
func (n *Node) committeeOf(e3 uint64) ([]common.Address, bool) {
	n.mu.RLock()
	defer n.mu.RUnlock()
	m, ok := n.committees[e3]
	return m, ok
}

// joinTopic subscribes to an E3's topic and forwards checked envelopes to
// the engine; invalid ones are dropped inside gossipsub and counted.
func (n *Node) joinTopic(ctx context.Context, e3 uint64, members []common.Address) error {
	n.mu.Lock()
	n.committees[e3] = members
	n.mu.Unlock()
	t, err := n.host.Join(e3, func(_ context.Context, _ peer.ID, data []byte) error {
		_, _, err := n.checker.Check(e3, data)
		return err
	})
	if err != nil {
		return err
	}
	n.mu.Lock()
	n.topics[e3] = t
	n.mu.Unlock()
	go func() {
		for {
			msg, err := t.Next(ctx)
			if err != nil {
				return
			}
			env, index, err := n.checker.Check(e3, msg.Data)
			if err != nil || env.From == n.address() {
				continue
			}
			n.engine.post(ctx, evTopic{env: env, index: index})
		}
	}()
	return nil
}

// deliver carries out one outbox message. A ledger revert is final (the
// ledger refused it for good: logged, not retried); anything else is
// retried.
func (n *Node) deliver(ctx context.Context, raw []byte) error {
	var m outMsg
	if err := json.Unmarshal(raw, &m); err != nil {
		n.log.Error("undecodable outbox entry dropped", "err", err)
		return nil
	}
	var err error
	switch m.Op {
	case "ticket":
		_, _, _, err = n.lc.SubmitBestTicket(ctx, m.E3)
	case "finalize":
		_, err = n.lc.FinalizeCommittee(ctx, m.E3)
	case "commit":
		_, err = n.lc.PublishKeyShare(ctx, m.E3, m.Hashes[0], m.Hashes[1])
	case "confirm":
		_, err = n.lc.ConfirmPublicKey(ctx, m.E3, m.Hashes[0])
	case "inputs":
		err = n.commitInputs(ctx, m.E3, m.Hashes)
	case "output":
		var rec ledger.E3
		if rec, err = n.lc.GetE3(ctx, m.E3); err == nil {
			_, err = n.lc.PublishOutput(ctx, m.E3, m.Stage, m.Hashes[0], rec.InputRoot, rec.InputCount)
		}
	case "attestOutput":
		_, err = n.lc.AttestOutput(ctx, m.E3, m.Stage, m.Hashes[0])
	case "plaintext":
		_, err = n.lc.PublishPlaintext(ctx, m.E3, m.Stage, m.Data)
	case "commitMask":
		_, err = n.lc.CommitMask(ctx, m.E3, m.Hashes[0])
	case "attestPlaintext":
		_, err = n.lc.AttestPlaintext(ctx, m.E3, m.Stage, m.Hashes[0])
	case "withdraw":
		// Only what is owed now, and nothing if nothing is (a claim queued
		// twice, or one already paid out before a restart).
		var owed *big.Int
		if owed, err = n.lc.PendingWithdrawal(ctx, n.address()); err == nil && owed.Sign() > 0 {
			_, err = n.lc.Withdraw(ctx)
		}
	case "publish":
		n.mu.RLock()
		t := n.topics[m.E3]
		n.mu.RUnlock()
		if drop := n.dropGossip.Load(); drop != nil && (*drop)(m.Data) {
			break // fault injection (tests): lost on the way, as gossip may be
		}
		if t != nil {
			err = t.Publish(ctx, m.Data)
		}
	default:
		n.log.Error("unknown outbox operation dropped", "op", m.Op)
		return nil
	}
	// Only a decoded custom error is a final refusal (wrong phase, already
	// attested, ...). Anything else — RPC trouble, or running out of gas
	// because another member's transaction in the same block changed the
	// cost (the attestation that completes an E3 pays every member) — is
	// retried with a fresh estimate.
	var revert *ledger.RevertError
	switch {
	case errors.As(err, &revert):
		n.metrics.delivered.WithLabelValues(m.Op, "refused").Inc()
		n.log.Info("ledger refused a transaction; not retrying", "op", m.Op, "e3", m.E3, "err", err)
		return nil
	case err != nil:
		n.metrics.delivered.WithLabelValues(m.Op, "retry").Inc()
		return err
	}
	n.metrics.delivered.WithLabelValues(m.Op, "sent").Inc()
	return nil
}

// maxInputBatch bounds the input hashes committed in one transaction
// (about 26k gas each: 256 stay far below a block's gas limit).
const maxInputBatch = 256

// mergeOutbox folds input commitments of one E3 into one transaction: the
// outbox calls it on the messages waiting while a transaction is mined, so
// the ingest rate is not bounded by one commitment per block.
func mergeOutbox(a, b []byte) ([]byte, bool) {
	var x, y outMsg
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil ||
		x.Op != "inputs" || y.Op != "inputs" || x.E3 != y.E3 || len(x.Hashes)+len(y.Hashes) > maxInputBatch {
		return nil, false
	}
	x.Hashes = append(x.Hashes, y.Hashes...)
	raw, err := json.Marshal(x)
	return raw, err == nil
}

// commitInputs commits the hashes the ledger does not hold yet. A batch
// is all or nothing on the ledger, and the same ciphertext may have been
// uploaded to two members, or this batch sent before a crash: so hashes
// already committed are left out, and a duplicate that appears between the
// check and the transaction makes the whole batch retry (not drop).
func (n *Node) commitInputs(ctx context.Context, e3 uint64, hashes []common.Hash) error {
	todo := make([]common.Hash, 0, len(hashes))
	for _, h := range hashes {
		committed, _, err := n.lc.InputIndex(ctx, e3, h)
		if err != nil {
			return err
		}
		if !committed && !slices.Contains(todo, h) {
			todo = append(todo, h)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	_, err := n.lc.PublishInputs(ctx, e3, todo)
	var revert *ledger.RevertError
	if errors.As(err, &revert) && revert.Name == "DuplicateInput" {
		return fmt.Errorf("node: input batch raced a duplicate; retrying: %v", err) // not a RevertError: retried
	}
	return err
}

// blob serves blob requests from peers (dealings only after reveal: they
// enter the store when the machine reveals them).
func (n *Node) blob(h store.Hash) ([]byte, bool) {
	var b []byte
	n.st.View(func(tx *store.Tx) error {
		b = tx.ServeBlob(h) // its receivers check the hash
		return nil
	})
	return b, b != nil
}

// connect dials a registered node's advertised addresses.
func (n *Node) connect(ctx context.Context, who common.Address, node ledger.Node) {
	if pid, err := peer.IDFromBytes(node.PeerId); err == nil {
		n.mu.Lock()
		n.peerIDs[who] = pid
		n.mu.Unlock()
	}
	for _, a := range strings.Split(node.Addrs, ",") {
		if a == "" {
			continue
		}
		if err := n.host.Connect(ctx, a); err == nil {
			return
		}
	}
}

// fetchFrom pulls a blob from a registered node.
func (n *Node) fetchFrom(ctx context.Context, who common.Address, h store.Hash) ([]byte, error) {
	node, err := n.lc.GetNode(ctx, who)
	if err != nil {
		return nil, err
	}
	pid, err := peer.IDFromBytes(node.PeerId)
	if err != nil {
		return nil, fmt.Errorf("node: peer id of %s: %w", who, err)
	}
	n.connect(ctx, who, node)
	return n.host.Fetch(ctx, pid, h)
}

// receipt signs an input receipt (the slasher's digest).
func (n *Node) receipt(e3 uint64, h store.Hash) (api.Receipt, error) {
	digest := ledger.ReceiptDigest(n.domain.ChainID, n.domain.E3Manager, e3, common.Hash(h), n.address())
	sig, err := ledger.Sign(n.keys.Keys.Ledger, digest)
	if err != nil {
		return api.Receipt{}, err
	}
	return api.Receipt{E3ID: e3, InputHash: common.Hash(h).Hex(), Node: n.address().Hex(), Signature: "0x" + hex.EncodeToString(sig)}, nil
}

// programName maps a ledger program id back to a registered program.
func (n *Node) programName(id [32]byte) string {
	for _, name := range n.programs.Names() {
		if ledger.ProgramID(name) == common.Hash(id) {
			return name
		}
	}
	return ""
}

// backend implements api.Backend over the node.
type backend struct{ n *Node }

func (b backend) E3(_ context.Context, id uint64) (api.E3View, error) {
	b.n.engine.viewMu.RLock()
	defer b.n.engine.viewMu.RUnlock()
	v, ok := b.n.engine.views[id]
	if !ok || v.Instance == nil {
		return api.E3View{}, api.ErrUnknownE3
	}
	return v, nil
}

func (b backend) PublicKey(ctx context.Context, id uint64) ([]byte, error) {
	rec, err := b.n.lc.GetE3(ctx, id)
	if err != nil {
		return nil, err
	}
	pk, ok := b.n.blob(rec.PkHash)
	if rec.PkHash == ([32]byte{}) || !ok {
		return nil, fmt.Errorf("%w: public key of E3 %d", api.ErrNotReady, id)
	}
	return pk, nil
}

func (b backend) AcceptInput(ctx context.Context, id uint64, ct []byte, h store.Hash) (api.Receipt, error) {
	reply := make(chan inputReply, 1)
	b.n.engine.post(ctx, evInput{e3: id, blob: ct, hash: h, reply: reply})
	select {
	case r := <-reply:
		return r.receipt, r.err
	case <-ctx.Done():
		return api.Receipt{}, ctx.Err()
	}
}

func (b backend) Result(ctx context.Context, id uint64) (json.RawMessage, error) {
	v, err := b.E3(ctx, id)
	if err != nil {
		return nil, err
	}
	rec, err := b.n.lc.GetE3(ctx, id) // the ledger, not the node's possibly lagging view
	if err != nil {
		return nil, err
	}
	if phase := ledger.Phase(rec.Phase); phase != ledger.PhaseCompleted {
		return nil, fmt.Errorf("%w: E3 %d is in phase %s", api.ErrNotReady, id, phase)
	}
	return verify.Result(ctx, b.n.lc, v.Instance, id)
}

// HoldsSecrets reports whether the node still stores secret material for an
// E3 (its dealer secret or key share): operators watch it to see that a
// member can still take part, and that it erased everything afterwards.
func (n *Node) HoldsSecrets(e3 uint64) bool {
	held := false
	n.st.View(func(tx *store.Tx) error {
		for _, name := range protocol.SecretNames {
			if _, err := tx.Secret(e3, name); err == nil {
				held = true
			}
		}
		return nil
	})
	return held
}
