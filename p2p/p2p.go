// Package p2p is the ciphernode ↔ ciphernode network (DESIGN.md §2): a
// libp2p host with one gossipsub topic per E3 for small protocol messages,
// and a request/response protocol that fetches a blob (dealing, input,
// decryption share) by its keccak hash.
//
// Gossip is best-effort — gossipsub drops messages when queues overflow and
// loses anything published before a peer joined the topic — so nothing that
// must arrive relies on it alone: the ledger carries the hash of every blob
// that matters, and a node that has not received a blob pulls it by hash
// with Fetch. Topic messages pass a caller-supplied validator inside
// gossipsub before they are delivered or forwarded, so an invalid message
// never propagates past the first honest node.
package p2p

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/ciphernet/ciphernet/store"
)

// BlobProtocol is the libp2p protocol id of blob fetching.
const BlobProtocol = "/ciphernet/blob/1.0.0"

// DefaultMaxBlob bounds a fetched blob. The largest a node serves are a
// dealing (about 33 MiB for n=64 on the standard preset) and, on the "mul"
// preset, a member's evaluation-key shares (about 70 MiB: 13 rotation keys
// and a relinearization share). The size header is checked against the
// bound before anything is allocated.
const DefaultMaxBlob = 256 << 20

// queueSize replaces gossipsub's 32-message defaults, which drop messages
// in bursts (measured here).
const queueSize = 1024

// Errors.
var (
	// ErrNotFound means the peer does not hold the blob.
	ErrNotFound = errors.New("p2p: blob not found at peer")
	// ErrTooLarge means the blob exceeds the size limit.
	ErrTooLarge = errors.New("p2p: blob exceeds the size limit")
	// ErrHashMismatch means the peer served bytes that do not hash to the
	// requested hash.
	ErrHashMismatch = errors.New("p2p: peer served a blob that does not match its hash")
	// ErrClosed means the host is closed.
	ErrClosed = errors.New("p2p: host closed")
)

// BlobSource answers blob requests from peers.
type BlobSource func(hash store.Hash) ([]byte, bool)

// Config configures a host.
type Config struct {
	// ListenAddrs are multiaddrs to listen on (default: loopback TCP, any port).
	ListenAddrs []string
	// Identity is the libp2p identity key (default: a fresh Ed25519 key).
	Identity crypto.PrivKey
	// Blobs serves blob requests (nil: serve nothing).
	Blobs BlobSource
	// MaxBlob bounds served and fetched blobs (default DefaultMaxBlob).
	MaxBlob int
	// RequestTimeout bounds one blob request (default 30 s).
	RequestTimeout time.Duration
}

// Host is a running libp2p node. It is safe for concurrent use.
type Host struct {
	h       host.Host
	ps      *pubsub.PubSub
	cfg     Config
	mu      sync.Mutex
	topics  map[uint64]*Topic
	closed  atomic.Bool
	served  atomic.Uint64
	refused atomic.Uint64
}

// New starts a host.
func New(ctx context.Context, cfg Config) (*Host, error) {
	if len(cfg.ListenAddrs) == 0 {
		cfg.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	}
	if cfg.MaxBlob <= 0 {
		cfg.MaxBlob = DefaultMaxBlob
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = 30 * time.Second
	}
	opts := []libp2p.Option{libp2p.ListenAddrStrings(cfg.ListenAddrs...), libp2p.DisableRelay()}
	if cfg.Identity != nil {
		opts = append(opts, libp2p.Identity(cfg.Identity))
	}
	h, err := libp2p.New(opts...)
	if err != nil {
		return nil, fmt.Errorf("p2p: host: %w", err)
	}
	ps, err := pubsub.NewGossipSub(ctx, h,
		pubsub.WithPeerOutboundQueueSize(queueSize),
		pubsub.WithValidateQueueSize(queueSize),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign))
	if err != nil {
		h.Close()
		return nil, fmt.Errorf("p2p: gossipsub: %w", err)
	}
	n := &Host{h: h, ps: ps, cfg: cfg, topics: map[uint64]*Topic{}}
	h.SetStreamHandler(BlobProtocol, n.serveBlob)
	return n, nil
}

// ID is the host's peer id.
func (n *Host) ID() peer.ID { return n.h.ID() }

// Addrs returns the host's full dialable addresses (with /p2p/<id>).
func (n *Host) Addrs() []string {
	var out []string
	for _, a := range n.h.Addrs() {
		out = append(out, a.String()+"/p2p/"+n.h.ID().String())
	}
	return out
}

// Connect dials a peer given a full multiaddr (with /p2p/<id>).
func (n *Host) Connect(ctx context.Context, addr string) error {
	m, err := ma.NewMultiaddr(addr)
	if err != nil {
		return fmt.Errorf("p2p: address %q: %w", addr, err)
	}
	info, err := peer.AddrInfoFromP2pAddr(m)
	if err != nil {
		return fmt.Errorf("p2p: address %q: %w", addr, err)
	}
	if err := n.h.Connect(ctx, *info); err != nil {
		return fmt.Errorf("p2p: connect %s: %w", info.ID, err)
	}
	return nil
}

// Peers lists connected peers.
func (n *Host) Peers() []peer.ID { return n.h.Network().Peers() }

// Close stops the host.
func (n *Host) Close() error {
	if n.closed.Swap(true) {
		return nil
	}
	n.mu.Lock()
	for _, t := range n.topics {
		t.close()
	}
	n.mu.Unlock()
	return n.h.Close()
}

// Validator decides whether a topic message is delivered and forwarded. It
// runs inside gossipsub for every message, including the host's own.
type Validator func(ctx context.Context, from peer.ID, data []byte) error

// Message is a validated topic message.
type Message struct {
	From peer.ID
	Data []byte
}

// Topic is the host's membership in one E3's topic.
type Topic struct {
	name     string
	t        *pubsub.Topic
	sub      *pubsub.Subscription
	ps       *pubsub.PubSub
	rejected atomic.Uint64
	once     sync.Once
}

// TopicName is the gossipsub topic of an E3.
func TopicName(e3ID uint64) string { return "/ciphernet/e3/" + strconv.FormatUint(e3ID, 10) }

// Join subscribes to an E3's topic with the given validator.
func (n *Host) Join(e3ID uint64, validate Validator) (*Topic, error) {
	if n.closed.Load() {
		return nil, ErrClosed
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if t, ok := n.topics[e3ID]; ok {
		return t, nil
	}
	name := TopicName(e3ID)
	tp := &Topic{name: name, ps: n.ps}
	err := n.ps.RegisterTopicValidator(name, func(ctx context.Context, from peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
		if err := validate(ctx, from, msg.Data); err != nil {
			tp.rejected.Add(1)
			return pubsub.ValidationReject
		}
		return pubsub.ValidationAccept
	})
	if err != nil {
		return nil, fmt.Errorf("p2p: validator for %s: %w", name, err)
	}
	if tp.t, err = n.ps.Join(name); err != nil {
		n.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: join %s: %w", name, err)
	}
	if tp.sub, err = tp.t.Subscribe(pubsub.WithBufferSize(queueSize)); err != nil {
		tp.t.Close()
		n.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: subscribe %s: %w", name, err)
	}
	n.topics[e3ID] = tp
	return tp, nil
}

// Leave unsubscribes from an E3's topic (when the E3 ends).
func (n *Host) Leave(e3ID uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if t, ok := n.topics[e3ID]; ok {
		t.close()
		delete(n.topics, e3ID)
	}
}

func (t *Topic) close() {
	t.once.Do(func() {
		t.sub.Cancel()
		t.t.Close()
		t.ps.UnregisterTopicValidator(t.name)
	})
}

// Publish sends data on the topic. The local validator runs first: a node
// cannot publish what it would itself reject.
func (t *Topic) Publish(ctx context.Context, data []byte) error {
	if err := t.t.Publish(ctx, data); err != nil {
		return fmt.Errorf("p2p: publish on %s: %w", t.name, err)
	}
	return nil
}

// Next blocks for the next validated message (the host's own included).
func (t *Topic) Next(ctx context.Context) (Message, error) {
	m, err := t.sub.Next(ctx)
	if err != nil {
		return Message{}, err
	}
	return Message{From: m.ReceivedFrom, Data: m.Data}, nil
}

// Peers lists the peers known on the topic.
func (t *Topic) Peers() []peer.ID { return t.t.ListPeers() }

// Rejected counts messages the validator refused (a metric).
func (t *Topic) Rejected() uint64 { return t.rejected.Load() }

// Response status bytes of the blob protocol.
const (
	statusOK       = 0
	statusNotFound = 1
	statusTooLarge = 2
)

// serveBlob answers one request: 32-byte hash in, status byte, uvarint
// length and the blob out.
func (n *Host) serveBlob(s network.Stream) {
	defer s.Close()
	s.SetDeadline(time.Now().Add(n.cfg.RequestTimeout))
	var h store.Hash
	if _, err := io.ReadFull(s, h[:]); err != nil {
		s.Reset()
		return
	}
	var blob []byte
	ok := false
	if n.cfg.Blobs != nil {
		blob, ok = n.cfg.Blobs(h)
	}
	w := bufio.NewWriter(s)
	switch {
	case !ok:
		n.refused.Add(1)
		w.WriteByte(statusNotFound)
	case len(blob) > n.cfg.MaxBlob:
		n.refused.Add(1)
		w.WriteByte(statusTooLarge)
	default:
		n.served.Add(1)
		w.WriteByte(statusOK)
		w.Write(binary.AppendUvarint(nil, uint64(len(blob))))
		w.Write(blob)
	}
	w.Flush()
}

// Fetch asks peer p for the blob with hash h and checks what it gets back:
// the size limit before reading, the hash after.
func (n *Host) Fetch(ctx context.Context, p peer.ID, h store.Hash) ([]byte, error) {
	if n.closed.Load() {
		return nil, ErrClosed
	}
	ctx, cancel := context.WithTimeout(ctx, n.cfg.RequestTimeout)
	defer cancel()
	s, err := n.h.NewStream(ctx, p, BlobProtocol)
	if err != nil {
		return nil, fmt.Errorf("p2p: fetch %x from %s: %w", h[:6], p, err)
	}
	defer s.Close()
	if deadline, ok := ctx.Deadline(); ok {
		s.SetDeadline(deadline)
	}
	if _, err := s.Write(h[:]); err != nil {
		s.Reset()
		return nil, fmt.Errorf("p2p: fetch %x: %w", h[:6], err)
	}
	s.CloseWrite()
	r := bufio.NewReader(s)
	status, err := r.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("p2p: fetch %x: %w", h[:6], err)
	}
	switch status {
	case statusOK:
	case statusNotFound:
		return nil, fmt.Errorf("%w: %x from %s", ErrNotFound, h[:6], p)
	case statusTooLarge:
		return nil, fmt.Errorf("%w: %x from %s", ErrTooLarge, h[:6], p)
	default:
		return nil, fmt.Errorf("p2p: fetch %x: unknown status %d", h[:6], status)
	}
	size, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, fmt.Errorf("p2p: fetch %x: length: %w", h[:6], err)
	}
	if size > uint64(n.cfg.MaxBlob) {
		s.Reset()
		return nil, fmt.Errorf("%w: %d bytes announced", ErrTooLarge, size)
	}
	blob := make([]byte, size)
	if _, err := io.ReadFull(r, blob); err != nil {
		return nil, fmt.Errorf("p2p: fetch %x: %w", h[:6], err)
	}
	if store.Keccak(blob) != h {
		return nil, fmt.Errorf("%w: %x from %s", ErrHashMismatch, h[:6], p)
	}
	return blob, nil
}

// Stats reports blob requests served and refused (metrics).
func (n *Host) Stats() (served, refused uint64) { return n.served.Load(), n.refused.Load() }
