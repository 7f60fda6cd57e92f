// Package sdk is the Go client of a Ciphernet network for requesters,
// submitters and auditors (DESIGN.md §10): request an E3, fetch its public
// key and check it against the ledger, encrypt a program input, submit it to
// a committee member's API (falling back to the next member), watch the
// lifecycle, read the result and verify the whole E3 from the public record.
//
// The ledger is the only thing a client trusts: the public key is checked
// against the hash the committee confirmed on the ledger, receipts are
// checked against the signer's committee seat, the result is decoded from
// the plaintexts the ledger accepted, and blobs fetched from node APIs are
// checked against their committed hashes. Nodes are interchangeable.
//
// The CLI (`ciphernet e3 ...`) is a thin layer over this package.
package sdk

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
)

// Errors. API refusals are *APIError values that match these with
// errors.Is.
var (
	// ErrNetworkFile means the network file is missing or unusable.
	ErrNetworkFile = errors.New("network file")
	// ErrNoKey means a transaction was asked of a client without a key.
	ErrNoKey = errors.New("no requester key: pass --key FILE or use a network file with a requesterKey")
	// ErrNoAPI means no node API is known for the E3's committee.
	ErrNoAPI = errors.New("no node API known for the committee")
	// ErrUnknownE3 means the ledger has no such E3.
	ErrUnknownE3 = errors.New("unknown E3")
	// ErrClosed means the E3 does not accept inputs (not open yet or closed).
	ErrClosed = errors.New("E3 is not accepting inputs")
	// ErrDuplicate means the same ciphertext was already accepted.
	ErrDuplicate = errors.New("input already submitted")
	// ErrInvalidInput means the input value or ciphertext is refused.
	ErrInvalidInput = errors.New("invalid input")
	// ErrNotReady means the key or result does not exist yet.
	ErrNotReady = errors.New("not available yet")
	// ErrFailed means the E3 failed on the ledger.
	ErrFailed = errors.New("E3 failed")
	// ErrKeyMismatch means a node served a public key whose hash is not the
	// ledger's: the node is faulty or lying and is skipped.
	ErrKeyMismatch = errors.New("public key does not match the ledger's hash")
	// ErrBadReceipt means a receipt is not signed by a committee member.
	ErrBadReceipt = errors.New("receipt not signed by a committee member")
	// ErrParams means the request is invalid before anything is sent.
	ErrParams = errors.New("invalid request")
)

// NodeInfo is one node of the network file ("nodes" of a devnet's file).
type NodeInfo struct {
	Address string `json:"address"`
	API     string `json:"api"`
}

// NetworkFile is what the SDK reads: the ledger's network file, plus (as a
// devnet writes it) a funded requester key and the nodes' API addresses.
type NetworkFile struct {
	ledger.Network
	RequesterKey string     `json:"requesterKey,omitempty"`
	Nodes        []NodeInfo `json:"nodes,omitempty"`
}

// LoadNetworkFile reads and checks a network file.
func LoadNetworkFile(path string) (NetworkFile, error) {
	var f NetworkFile
	b, err := os.ReadFile(path)
	if err != nil {
		return f, fmt.Errorf("%w: %w (start a network with 'ciphernet devnet --dir DIR' and pass --network DIR/network.json)", ErrNetworkFile, err)
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, fmt.Errorf("%w %s is not JSON: %w", ErrNetworkFile, path, err)
	}
	if f.RPC == "" || f.Contracts.E3Manager == (common.Address{}) || f.Contracts.Registry == (common.Address{}) {
		return f, fmt.Errorf("%w %s lacks the rpc URL or contract addresses (it is written by 'ciphernet devnet' or 'ciphernet contracts deploy')", ErrNetworkFile, path)
	}
	return f, nil
}

// Options configure a Client.
type Options struct {
	// Key signs requests; nil: the network file's requester key, if any (a
	// client without a key can still read, submit inputs and verify).
	Key *ecdsa.PrivateKey
	// APIs are node API base URLs ("http://host:port") to use besides those
	// in the network file.
	APIs []string
	// HTTP is the HTTP client (default: 60 s timeout).
	HTTP *http.Client
	// PollInterval is how often Wait* and Watch poll the ledger (default 250 ms).
	PollInterval time.Duration
}

// Client talks to one network.
type Client struct {
	lc    *ledger.Client
	file  NetworkFile
	apis  map[common.Address]string // node → API base URL
	extra []string                  // APIs of unknown nodes
	http  *http.Client
	poll  time.Duration
	reg   *program.Registry
}

// Open connects to the network described by the file at path.
func Open(ctx context.Context, path string, opts Options) (*Client, error) {
	f, err := LoadNetworkFile(path)
	if err != nil {
		return nil, err
	}
	return New(ctx, f, opts)
}

// New connects to the network f describes.
func New(ctx context.Context, f NetworkFile, opts Options) (*Client, error) {
	key := opts.Key
	if key == nil && f.RequesterKey != "" {
		k, err := ethcrypto.HexToECDSA(strings.TrimPrefix(f.RequesterKey, "0x"))
		if err != nil {
			return nil, fmt.Errorf("%w: requesterKey: %w", ErrNetworkFile, err)
		}
		key = k
	}
	lc, err := ledger.Dial(ctx, f.RPC, key, f.Contracts, ledger.Options{})
	if err != nil {
		return nil, fmt.Errorf("sdk: cannot reach the ledger at %s (is the network running?): %w", f.RPC, err)
	}
	c := &Client{lc: lc, file: f, apis: map[common.Address]string{}, http: opts.HTTP, poll: opts.PollInterval, reg: builtin.Registry()}
	if c.http == nil {
		c.http = &http.Client{Timeout: 60 * time.Second}
	}
	if c.poll <= 0 {
		c.poll = 250 * time.Millisecond
	}
	for _, n := range f.Nodes {
		if n.API != "" {
			c.apis[common.HexToAddress(n.Address)] = baseURL(n.API)
		}
	}
	for _, a := range opts.APIs {
		c.extra = append(c.extra, baseURL(a))
	}
	return c, nil
}

func baseURL(a string) string {
	if !strings.Contains(a, "://") {
		a = "http://" + a
	}
	return strings.TrimRight(a, "/")
}

// Close closes the ledger connection.
func (c *Client) Close() { c.lc.Close() }

// Ledger is the client's ledger connection (read the record directly).
func (c *Client) Ledger() *ledger.Client { return c.lc }

// Account is the requester account (zero without a key).
func (c *Client) Account() common.Address { return c.lc.Address() }

// Request describes an E3 to request. Windows are in blocks; zero picks
// the default.
type Request struct {
	// Program is a registered program name (tally).
	Program string
	// Params is the program's parameter JSON, e.g. {"options":4}.
	Params json.RawMessage
	// Preset is the BFV preset name ("" = the network file's default
	// preset if the program runs on it, else the program's default; "dev"
	// is insecure, for tests).
	Preset string
	// N is the committee size, T the number of members needed to decrypt
	// (0: the network file's defaults, else 3 and 2).
	N, T int
	// InputWindow is counted from key publication (required).
	InputWindow uint32
	// TicketWindow, KeygenWindow, ComputeWindow, DecryptWindow default to
	// 16, 240, 240 and 60 blocks.
	TicketWindow, KeygenWindow, ComputeWindow, DecryptWindow uint32
	// ComputeProvider is the member that computes (zero: the aggregator).
	ComputeProvider common.Address
}

// Request requests an E3, paying the quoted fee, and returns its id.
func (c *Client) Request(ctx context.Context, req Request) (uint64, error) {
	if c.lc.Address() == (common.Address{}) {
		return 0, ErrNoKey
	}
	p, err := c.reg.Lookup(req.Program)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrParams, err)
	}
	req = c.withDefaults(req, p.DefaultPreset())
	inst, err := c.reg.Configure(req.Program, req.Preset, req.Params)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrParams, err)
	}
	params, err := ledgerParams(p, req.Params)
	if err != nil {
		return 0, err
	}
	switch {
	case req.T < 1 || req.T > req.N:
		return 0, fmt.Errorf("%w: threshold %d outside 1..n=%d", ErrParams, req.T, req.N)
	case req.N > 256:
		return 0, fmt.Errorf("%w: committee of %d exceeds 256", ErrParams, req.N)
	case req.InputWindow == 0:
		return 0, fmt.Errorf("%w: the input window must be at least one block", ErrParams)
	}
	w := ledger.Windows{Ticket: or(req.TicketWindow, 16), Keygen: or(req.KeygenWindow, 240), Input: req.InputWindow,
		Compute: or(req.ComputeWindow, 240), Decrypt: or(req.DecryptWindow, 60)}
	id, _, err := c.lc.Request(ctx, ledger.Request{Program: ledger.ProgramID(req.Program), Params: params, Preset: inst.Preset().ID,
		N: uint16(req.N), T: uint16(req.T), Windows: w, ComputeProvider: req.ComputeProvider})
	if err != nil {
		return 0, fmt.Errorf("sdk: request %s: %w", req.Program, err)
	}
	return id, nil
}

// withDefaults fills what a request leaves open from the network file's
// E3 defaults (a devnet's --nodes, --threshold, --preset), then from fixed
// fallbacks. The network's preset is taken only when the program can run
// on it (a devnet on the additive standard preset still runs auctions on
// their multiplying default).
func (c *Client) withDefaults(req Request, programPreset string) Request {
	d := ledger.E3Defaults{Committee: 3, Threshold: 2}
	if f := c.file.Defaults; f != nil && f.Committee > 0 && f.Threshold > 0 {
		d = *f
	}
	if req.N == 0 {
		req.N = d.Committee
	}
	if req.T == 0 {
		req.T = d.Threshold
		if req.T > req.N { // a smaller committee than the network's default
			req.T = req.N/2 + 1
		}
	}
	if req.Preset == "" {
		req.Preset = programPreset
		if d.Preset != "" {
			if _, err := c.reg.Configure(req.Program, d.Preset, req.Params); err == nil {
				req.Preset = d.Preset
			}
		}
	}
	return req
}

// Defaults are the E3 request defaults of the network file (nil: none).
func (c *Client) Defaults() *ledger.E3Defaults { return c.file.Defaults }

func or(v, d uint32) uint32 {
	if v == 0 {
		return d
	}
	return v
}

// ledgerParams turns a program's parameter JSON into the integers the
// ledger records, by the program's own encoding (program.LedgerParams).
func ledgerParams(p program.Program, raw json.RawMessage) ([]uint64, error) {
	lp, ok := p.(program.LedgerParams)
	if !ok {
		return nil, fmt.Errorf("%w: program %s has no ledger parameter mapping", ErrParams, p.Name())
	}
	vals, err := lp.ToLedger(raw)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrParams, err)
	}
	return vals, nil
}

// Instance configures the E3's program from the ledger record, as every
// node does.
func (c *Client) Instance(ctx context.Context, id uint64) (program.Instance, ledger.E3, error) {
	rec, err := c.record(ctx, id)
	if err != nil {
		return nil, rec, err
	}
	name := ""
	for _, n := range c.reg.Names() {
		if ledger.ProgramID(n) == common.Hash(rec.ProgramId) {
			name = n
		}
	}
	if name == "" {
		return nil, rec, fmt.Errorf("sdk: E3 %d runs a program this client does not know (id %x)", id, rec.ProgramId)
	}
	params, err := c.lc.Params(ctx, id)
	if err != nil {
		return nil, rec, err
	}
	preset, err := presetByID(rec.Preset)
	if err != nil {
		return nil, rec, err
	}
	inst, err := c.reg.ConfigureFromLedger(name, preset, params)
	return inst, rec, err
}

// record reads the E3, with ErrUnknownE3 when there is none.
func (c *Client) record(ctx context.Context, id uint64) (ledger.E3, error) {
	rec, err := c.lc.GetE3(ctx, id)
	if err != nil {
		return rec, fmt.Errorf("sdk: E3 %d: %w", id, err)
	}
	if ledger.Phase(rec.Phase) == ledger.PhaseNone {
		return rec, fmt.Errorf("sdk: %w %d on this network (check --network, or list E3s with GET /v1/e3)", ErrUnknownE3, id)
	}
	return rec, nil
}
