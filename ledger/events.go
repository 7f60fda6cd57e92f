package ledger

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Event is one decoded contract event. Data is the binding's typed event,
// e.g. *bindings.E3ManagerE3Requested or *bindings.RegistryBonded; switch on
// its type (Name is the Solidity event name).
type Event struct {
	Name        string
	Contract    common.Address
	BlockNumber uint64
	BlockHash   common.Hash
	TxHash      common.Hash
	LogIndex    uint
	Data        any
}

// StreamConfig configures an event stream.
type StreamConfig struct {
	// From is the first block to read (resume from a stored Checkpoint).
	From uint64
	// Confirmations: a block is delivered only once this many blocks are on
	// top of it, so a reorg of at most this depth is never seen. 0 delivers
	// at the head (tests, instant-finality chains).
	Confirmations uint64
	// PollInterval between head checks when caught up (default 200ms).
	PollInterval time.Duration
	// MaxRange caps the blocks per eth_getLogs query (default 2000).
	MaxRange uint64
}

// Stream delivers the ledger contracts' events in chain order. It is pulled
// by one goroutine (Next), starts no goroutine itself, and is at-least-once
// across restarts: resume from Checkpoint and deduplicate by (TxHash, LogIndex).
type Stream struct {
	c       *Client
	cfg     StreamConfig
	next    uint64 // next block to fetch
	buf     []Event
	last    uint64 // last fetched block, whose hash is lastHash (valid when haveLast)
	lastH   common.Hash
	hasLast bool
	parsers map[common.Hash]parser
	// failures counts consecutive failed polls.
	failures int
}

// maxPollFailures is how many consecutive failed polls (after the client's
// own retries of transport errors) Next absorbs before giving up. A node's
// log index can briefly answer "not found" for a block it is still
// indexing; a query that is only read can simply be asked again.
const maxPollFailures = 50

type parser struct {
	name     string
	contract common.Address
	parse    func(types.Log) (any, error)
}

// Stream starts an event stream over the three contracts.
func (c *Client) Stream(cfg StreamConfig) (*Stream, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 200 * time.Millisecond
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	s := &Stream{c: c, cfg: cfg, next: cfg.From, parsers: make(map[common.Hash]parser)}
	for _, src := range []struct {
		addr     common.Address
		abi      *abi.ABI
		filterer any
	}{
		{c.addrs.Registry, c.registryABI, &c.registry.RegistryFilterer},
		{c.addrs.E3Manager, c.e3ABI, &c.e3.E3ManagerFilterer},
		{c.addrs.Slasher, c.slasherABI, &c.slasher.SlasherFilterer},
	} {
		for name, ev := range src.abi.Events {
			p, err := parserFor(src.filterer, name)
			if err != nil {
				return nil, err
			}
			s.parsers[ev.ID] = parser{name: name, contract: src.addr, parse: p}
		}
	}
	return s, nil
}

// parserFor finds the binding's Parse<Event> method: every ABI event has one.
func parserFor(filterer any, name string) (func(types.Log) (any, error), error) {
	m := reflect.ValueOf(filterer).MethodByName("Parse" + name)
	if !m.IsValid() {
		return nil, fmt.Errorf("ledger: binding has no parser for event %s", name)
	}
	return func(l types.Log) (any, error) {
		out := m.Call([]reflect.Value{reflect.ValueOf(l)})
		if err, _ := out[1].Interface().(error); err != nil {
			return nil, err
		}
		return out[0].Interface(), nil
	}, nil
}

// Checkpoint is the block to pass as From to resume without missing an
// event: the block of the first undelivered event, or the next unread block.
func (s *Stream) Checkpoint() uint64 {
	if len(s.buf) > 0 {
		return s.buf[0].BlockNumber
	}
	return s.next
}

// Next returns the next confirmed event, waiting for one if needed. It
// returns ErrReorgTooDeep when a block it has already read is no longer
// canonical, and the context's error when ctx ends.
func (s *Stream) Next(ctx context.Context) (Event, error) {
	for len(s.buf) == 0 {
		progressed, err := s.poll(ctx)
		switch {
		case err == nil:
			s.failures = 0
		case ctx.Err() != nil || errors.Is(err, ErrReorgTooDeep):
			return Event{}, err
		default:
			if s.failures++; s.failures >= maxPollFailures {
				return Event{}, fmt.Errorf("%w (%d consecutive failures)", err, s.failures)
			}
			progressed = false // wait, then ask again
		}
		if len(s.buf) > 0 {
			break
		}
		if !progressed {
			select {
			case <-ctx.Done():
				return Event{}, ctx.Err()
			case <-time.After(s.cfg.PollInterval):
			}
		}
	}
	ev := s.buf[0]
	s.buf = s.buf[1:]
	return ev, nil
}

// poll reads the next range of confirmed blocks into the buffer.
func (s *Stream) poll(ctx context.Context) (bool, error) {
	var head uint64
	if err := s.c.retry(ctx, func() error {
		var e error
		head, e = s.c.eth.BlockNumber(ctx)
		return e
	}); err != nil {
		return false, fmt.Errorf("ledger: stream: head: %w", err)
	}
	if s.hasLast {
		h, err := s.header(ctx, s.last)
		if err != nil {
			return false, err
		}
		if h.Hash() != s.lastH {
			return false, fmt.Errorf("ledger: stream: block %d changed from %s to %s: %w", s.last, s.lastH, h.Hash(), ErrReorgTooDeep)
		}
	}
	if head < s.cfg.Confirmations || head-s.cfg.Confirmations < s.next {
		return false, nil
	}
	to := min(head-s.cfg.Confirmations, s.next+s.cfg.MaxRange-1)
	q := ethereum.FilterQuery{
		FromBlock: u256(s.next), ToBlock: u256(to),
		Addresses: []common.Address{s.c.addrs.Registry, s.c.addrs.E3Manager, s.c.addrs.Slasher},
	}
	var logs []types.Log
	if err := s.c.retry(ctx, func() error {
		var e error
		logs, e = s.c.eth.FilterLogs(ctx, q)
		return e
	}); err != nil {
		return false, fmt.Errorf("ledger: stream: logs %d-%d: %w", s.next, to, err)
	}
	// The range must be one canonical chain: check every log's block hash
	// and remember the range end's hash to detect a later deep reorg.
	end, err := s.header(ctx, to)
	if err != nil {
		return false, err
	}
	canon := map[uint64]common.Hash{to: end.Hash()}
	events := make([]Event, 0, len(logs))
	for _, l := range logs {
		want, ok := canon[l.BlockNumber]
		if !ok {
			h, err := s.header(ctx, l.BlockNumber)
			if err != nil {
				return false, err
			}
			want = h.Hash()
			canon[l.BlockNumber] = want
		}
		if l.BlockHash != want || l.Removed {
			return false, nil // the chain moved under the query: read the range again
		}
		p, ok := s.parsers[l.Topics[0]]
		if !ok || l.Address != p.contract {
			continue
		}
		data, err := p.parse(l)
		if err != nil {
			return false, fmt.Errorf("ledger: stream: decode %s at block %d: %w", p.name, l.BlockNumber, err)
		}
		events = append(events, Event{Name: p.name, Contract: l.Address, BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index, Data: data})
	}
	s.buf = append(s.buf, events...)
	s.last, s.lastH, s.hasLast = to, end.Hash(), true
	s.next = to + 1
	return true, nil
}

func (s *Stream) header(ctx context.Context, n uint64) (*types.Header, error) {
	var h *types.Header
	if err := s.c.retry(ctx, func() error {
		var e error
		h, e = s.c.eth.HeaderByNumber(ctx, u256(n))
		return e
	}); err != nil {
		return nil, fmt.Errorf("ledger: stream: header %d: %w", n, err)
	}
	return h, nil
}
