package ledger

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ciphernet/ciphernet/ledger/bindings"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Options tune transaction sending. The zero value selects the defaults.
type Options struct {
	// Retries is how many times a transient RPC failure is retried (default 5).
	Retries int
	// RetryBackoff is the first retry delay, doubled on each retry (default 100ms).
	RetryBackoff time.Duration
	// PollInterval is the receipt polling interval (default 20ms).
	PollInterval time.Duration
	// ReceiptTimeout bounds the wait for a receipt (default 2 minutes).
	ReceiptTimeout time.Duration
	// GasMargin is added to estimates, in percent (default 20): state can change
	// between estimation and inclusion (ticket insertion cost depends on order).
	GasMargin uint64
	// GasExtra is added after the margin (default 60000): estimation runs at
	// the head's block number while inclusion happens one block later, which
	// can cost a fresh storage slot (e.g. the first bond checkpoint of a block).
	GasExtra uint64
	// OnReceipt, if set, sees every successful receipt with its method name
	// ("deploy" for a creation): gas accounting and metrics hook.
	OnReceipt func(method string, r *types.Receipt)
}

func (o Options) withDefaults() Options {
	if o.Retries <= 0 {
		o.Retries = 5
	}
	if o.RetryBackoff <= 0 {
		o.RetryBackoff = 100 * time.Millisecond
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 20 * time.Millisecond
	}
	if o.ReceiptTimeout <= 0 {
		o.ReceiptTimeout = 2 * time.Minute
	}
	if o.GasMargin == 0 {
		o.GasMargin = 20
	}
	if o.GasExtra == 0 {
		o.GasExtra = 60_000
	}
	return o
}

// Client talks to the ledger contracts as one account. Sending is serialized
// per client so nonces stay in order; reads are concurrent.
type Client struct {
	eth     *ethclient.Client
	rpc     *rpc.Client
	chainID *big.Int
	addrs   Addresses
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	opts    Options

	registryABI, e3ABI, slasherABI *abi.ABI
	registry                       *bindings.Registry
	e3                             *bindings.E3Manager
	slasher                        *bindings.Slasher

	nonceMu sync.Mutex
	nonce   uint64
	nonceOK bool
}

// Dial connects to a JSON-RPC endpoint (http, ws or ipc) and returns a client.
func Dial(ctx context.Context, url string, key *ecdsa.PrivateKey, addrs Addresses, opts Options) (*Client, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("ledger: dial %s: %w", url, err)
	}
	c, err := New(ctx, rc, key, addrs, opts)
	if err != nil {
		rc.Close()
		return nil, err
	}
	return c, nil
}

// New wraps an RPC client. key may be nil for a read-only client.
func New(ctx context.Context, rc *rpc.Client, key *ecdsa.PrivateKey, addrs Addresses, opts Options) (*Client, error) {
	c := &Client{eth: ethclient.NewClient(rc), rpc: rc, addrs: addrs, key: key, opts: opts.withDefaults()}
	var err error
	if err = c.retry(ctx, func() error {
		var e error
		c.chainID, e = c.eth.ChainID(ctx)
		return e
	}); err != nil {
		return nil, fmt.Errorf("ledger: chain id: %w", err)
	}
	c.signer = types.LatestSignerForChainID(c.chainID)
	if key != nil {
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	if c.registryABI, err = bindings.RegistryMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("ledger: registry abi: %w", err)
	}
	if c.e3ABI, err = bindings.E3ManagerMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("ledger: e3 abi: %w", err)
	}
	if c.slasherABI, err = bindings.SlasherMetaData.GetAbi(); err != nil {
		return nil, fmt.Errorf("ledger: slasher abi: %w", err)
	}
	if c.registry, err = bindings.NewRegistry(addrs.Registry, c.eth); err != nil {
		return nil, fmt.Errorf("ledger: registry binding: %w", err)
	}
	if c.e3, err = bindings.NewE3Manager(addrs.E3Manager, c.eth); err != nil {
		return nil, fmt.Errorf("ledger: e3 binding: %w", err)
	}
	if c.slasher, err = bindings.NewSlasher(addrs.Slasher, c.eth); err != nil {
		return nil, fmt.Errorf("ledger: slasher binding: %w", err)
	}
	return c, nil
}

// WithKey returns a client for another account on the same connection and
// contracts (each account keeps its own nonce).
func (c *Client) WithKey(key *ecdsa.PrivateKey) *Client {
	d := &Client{
		eth: c.eth, rpc: c.rpc, chainID: c.chainID, addrs: c.addrs, key: key, signer: c.signer, opts: c.opts,
		registryABI: c.registryABI, e3ABI: c.e3ABI, slasherABI: c.slasherABI,
		registry: c.registry, e3: c.e3, slasher: c.slasher,
	}
	if key != nil {
		d.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	return d
}

// Address is the client's account.
func (c *Client) Address() common.Address { return c.from }

// ChainID is the chain id of the connected chain.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Addresses are the contracts this client talks to.
func (c *Client) Addresses() Addresses { return c.addrs }

// Eth exposes the underlying ethclient for reads the ledger does not wrap.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// Close closes the connection (shared by clients made with WithKey).
func (c *Client) Close() { c.eth.Close() }

// call is one contract method invocation to send as a transaction.
type call struct {
	to     *common.Address // nil: contract creation (data is code + constructor args)
	abi    *abi.ABI
	method string
	args   []any
	value  *big.Int
	gas    uint64 // 0: estimate
	code   []byte // creation code
	raw    []byte // if non-nil: the calldata as is (a plain transfer when empty)
}

func (c *Client) data(cl call) ([]byte, error) {
	if cl.raw != nil {
		return cl.raw, nil
	}
	if cl.to == nil {
		packed, err := cl.abi.Pack("", cl.args...)
		if err != nil {
			return nil, fmt.Errorf("ledger: pack constructor: %w", err)
		}
		return append(append([]byte{}, cl.code...), packed...), nil
	}
	b, err := cl.abi.Pack(cl.method, cl.args...)
	if err != nil {
		return nil, fmt.Errorf("ledger: pack %s: %w", cl.method, err)
	}
	return b, nil
}

func (cl call) name() string {
	if cl.to == nil {
		return "deploy"
	}
	if cl.raw != nil {
		return "transfer"
	}
	return cl.method
}

// Send signs and sends one call without waiting for it to be mined. Gas is
// estimated (a revert is returned decoded, nothing is sent) unless cl.gas is set.
func (c *Client) send(ctx context.Context, cl call) (*types.Transaction, error) {
	if c.key == nil {
		return nil, ErrNoKey
	}
	data, err := c.data(cl)
	if err != nil {
		return nil, err
	}
	value := cl.value
	if value == nil {
		value = new(big.Int)
	}
	c.nonceMu.Lock()
	defer c.nonceMu.Unlock()
	gas := cl.gas
	if gas == 0 {
		msg := ethereum.CallMsg{From: c.from, To: cl.to, Value: value, Data: data}
		err := c.retry(ctx, func() error {
			var e error
			gas, e = c.eth.EstimateGas(ctx, msg)
			return e
		})
		if err != nil {
			return nil, wrapCall(cl.name(), err)
		}
		gas += gas*c.opts.GasMargin/100 + c.opts.GasExtra
	}
	var tip, feeCap *big.Int
	if err := c.retry(ctx, func() error {
		var e error
		if tip, e = c.eth.SuggestGasTipCap(ctx); e != nil {
			return e
		}
		head, e := c.eth.HeaderByNumber(ctx, nil)
		if e != nil {
			return e
		}
		base := head.BaseFee
		if base == nil {
			base = new(big.Int)
		}
		feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("ledger: %s: fees: %w", cl.name(), err)
	}
	for attempt := 0; ; attempt++ {
		if !c.nonceOK {
			if err := c.retry(ctx, func() error {
				var e error
				c.nonce, e = c.eth.PendingNonceAt(ctx, c.from)
				return e
			}); err != nil {
				return nil, fmt.Errorf("ledger: %s: nonce: %w", cl.name(), err)
			}
			c.nonceOK = true
		}
		tx, err := types.SignNewTx(c.key, c.signer, &types.DynamicFeeTx{
			ChainID: c.chainID, Nonce: c.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
			To: cl.to, Value: value, Data: data,
		})
		if err != nil {
			return nil, fmt.Errorf("ledger: %s: sign: %w", cl.name(), err)
		}
		err = c.retry(ctx, func() error { return c.eth.SendTransaction(ctx, tx) })
		if err == nil || isAlreadyKnown(err) {
			c.nonce++
			return tx, nil
		}
		if isNonceError(err) && attempt < 3 {
			c.nonceOK = false // another sender used this account: resync and re-sign
			continue
		}
		c.nonceOK = false
		return nil, wrapCall(cl.name(), err)
	}
}

// wait polls for the receipt of tx; a failed transaction is replayed as a
// call on its block's parent state to recover the revert reason.
func (c *Client) wait(ctx context.Context, tx *types.Transaction, method string) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.ReceiptTimeout)
	defer cancel()
	tick := time.NewTicker(c.opts.PollInterval)
	defer tick.Stop()
	for {
		r, err := c.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			// A receipt can be served a moment before the node's head moves to
			// its block; wait for the head so the next call sees this state.
			if head, herr := c.eth.BlockNumber(ctx); herr != nil || head < r.BlockNumber.Uint64() {
				select {
				case <-ctx.Done():
					return nil, fmt.Errorf("ledger: %s: tx %s: %w", method, tx.Hash(), ErrReceiptTimeout)
				case <-tick.C:
				}
				continue
			}
			if r.Status == types.ReceiptStatusSuccessful {
				if c.opts.OnReceipt != nil {
					c.opts.OnReceipt(method, r)
				}
				return r, nil
			}
			return r, fmt.Errorf("ledger: %s: tx %s failed: %w", method, tx.Hash(), c.replay(ctx, tx, r))
		}
		if !errors.Is(err, ethereum.NotFound) && !isTransient(err) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("ledger: %s: receipt: %w", method, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("ledger: %s: tx %s: %w", method, tx.Hash(), ErrReceiptTimeout)
		case <-tick.C:
		}
	}
}

func (c *Client) replay(ctx context.Context, tx *types.Transaction, r *types.Receipt) error {
	// Replay on the block's own state first (same block number, so deadline
	// checks agree), then on its parent's (same state the tx saw, if it was first).
	msg := ethereum.CallMsg{From: c.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	for _, at := range []*big.Int{r.BlockNumber, new(big.Int).Sub(r.BlockNumber, big.NewInt(1))} {
		_, err := c.eth.CallContract(ctx, msg, at)
		if rev := revertOf(err); rev != nil {
			return rev
		}
	}
	if r.GasUsed == tx.Gas() {
		return fmt.Errorf("%w (out of gas: used all %d)", ErrReverted, r.GasUsed)
	}
	return fmt.Errorf("%w (reason not recoverable by replay)", ErrReverted)
}

// transact sends cl and waits for its receipt.
func (c *Client) transact(ctx context.Context, cl call) (*types.Receipt, error) {
	tx, err := c.send(ctx, cl)
	if err != nil {
		return nil, err
	}
	return c.wait(ctx, tx, cl.name())
}

// retry runs f, retrying transient RPC failures with exponential backoff.
func (c *Client) retry(ctx context.Context, f func() error) error {
	delay := c.opts.RetryBackoff
	for attempt := 0; ; attempt++ {
		err := f()
		if err == nil || !isTransient(err) || attempt >= c.opts.Retries {
			return err
		}
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(delay):
		}
		delay *= 2
	}
}

// isTransient reports whether err is a network or overload failure worth
// retrying (never a revert or a rejected transaction).
func isTransient(err error) bool {
	if err == nil || revertOf(err) != nil {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32005 { // limit exceeded
		return true
	}
	return false
}

func isNonceError(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "nonce too high") || strings.Contains(s, "replacement transaction underpriced")
}

func isAlreadyKnown(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "already known")
}

func (c *Client) callOpts(ctx context.Context) *bind.CallOpts {
	return &bind.CallOpts{Context: ctx}
}
