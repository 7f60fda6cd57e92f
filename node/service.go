package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/ciphernet/ciphernet/store"
)

// Service is one crash-only part of the node: Run blocks until ctx ends
// (return nil) or the service cannot go on (return the error, which stops
// the whole node). A service keeps no state that a restart could not
// rebuild from the store and the ledger.
type Service interface {
	Name() string
	Run(ctx context.Context) error
}

// Run runs services under one errgroup until ctx ends or one fails; a
// panic in a service (Lattigo panics on some inputs) is turned into that
// service's error rather than killing the process without a word.
func Run(ctx context.Context, log *slog.Logger, services ...Service) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, s := range services {
		g.Go(func() (err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("node: service %s panicked: %v", s.Name(), r)
				}
			}()
			log.Info("service started", "service", s.Name())
			if err := s.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				log.Error("service failed", "service", s.Name(), "err", err)
				return fmt.Errorf("node: service %s: %w", s.Name(), err)
			}
			log.Info("service stopped", "service", s.Name())
			return nil
		})
	}
	return g.Wait()
}

// Deliver sends one outbox message; an error means "try again later".
type Deliver func(ctx context.Context, msg []byte) error

// Outbox drains the store's outbox in order: a message is deleted only
// after Deliver succeeded, so a crash between the two resends it (every
// message the node sends is idempotent or deduplicated by its receiver).
// Deliveries are acknowledged in groups, one store transaction per drained
// window rather than one per message: gossip must not wait for a disk sync
// per envelope.
type Outbox struct {
	// Lane names this sender (the service name is "outbox-" + Lane) and
	// Keep selects its messages (nil: all). Senders of different lanes
	// share one table and run side by side, so gossip never waits behind a
	// ledger transaction that waits for its block; order holds within a
	// lane.
	Lane    string
	Keep    func(msg []byte) bool
	Store   *store.Store
	Deliver Deliver
	// Retry is the first delay after a failure; it doubles up to MaxRetry.
	Retry, MaxRetry time.Duration
	// Wake, if set, is signalled when new messages are enqueued; otherwise
	// the outbox polls every Retry.
	Wake <-chan struct{}
	// Merge, if set, folds a later pending message b into an earlier one a
	// (both still unsent) and reports whether it did; the merged message
	// is delivered in a's place and both are acknowledged together. Only
	// messages whose relative order does not matter may be merged.
	Merge func(a, b []byte) ([]byte, bool)
	Log   *slog.Logger
}

// Name implements Service.
func (o *Outbox) Name() string {
	if o.Lane == "" {
		return "outbox"
	}
	return "outbox-" + o.Lane
}

// Run implements Service.
func (o *Outbox) Run(ctx context.Context) error {
	delay := o.Retry
	maxDelay := o.MaxRetry
	if maxDelay <= 0 {
		maxDelay = time.Minute
	}
	for {
		sent, err := o.drain(ctx)
		switch {
		case err != nil && ctx.Err() != nil:
			return nil
		case err != nil:
			if o.Log != nil {
				o.Log.Warn("outbox send failed; will retry", "err", err, "after", delay)
			}
			delay = min(2*delay, maxDelay)
		case sent:
			delay = o.Retry
			continue // more may be waiting
		default:
			delay = o.Retry
		}
		select {
		case <-ctx.Done():
			return nil
		case <-o.Wake:
		case <-time.After(delay):
		}
	}
}

// drain sends pending messages in order until one fails, then
// acknowledges every message it delivered in one transaction.
func (o *Outbox) drain(ctx context.Context) (sent bool, err error) {
	var pending []store.Entry
	if err := o.Store.View(func(tx *store.Tx) error { pending = tx.PendingWhere(outboxWindow, o.Keep); return nil }); err != nil {
		return false, err
	}
	var done []uint64
	defer func() {
		if len(done) == 0 {
			return
		}
		aerr := o.Store.Update(func(tx *store.Tx) error {
			for _, s := range done {
				if err := tx.Ack(s); err != nil {
					return err
				}
			}
			return nil
		})
		err = errors.Join(err, aerr)
	}()
	merged := make([]bool, len(pending))
	for i, e := range pending {
		if merged[i] {
			continue
		}
		msg, seqs := e.Msg, []uint64{e.Seq}
		for j := i + 1; o.Merge != nil && j < len(pending); j++ {
			if merged[j] {
				continue
			}
			if m, ok := o.Merge(msg, pending[j].Msg); ok {
				msg, seqs, merged[j] = m, append(seqs, pending[j].Seq), true
			}
		}
		if err := o.Deliver(ctx, msg); err != nil {
			return false, fmt.Errorf("outbox entry %d: %w", e.Seq, err)
		}
		done = append(done, seqs...)
	}
	return len(pending) > 0, nil
}

// outboxWindow is how many pending messages one drain looks at (and may
// merge).
const outboxWindow = 512
