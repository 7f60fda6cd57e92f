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
type Outbox struct {
	Store   *store.Store
	Deliver Deliver
	// Retry is the first delay after a failure; it doubles up to MaxRetry.
	Retry, MaxRetry time.Duration
	// Wake, if set, is signalled when new messages are enqueued; otherwise
	// the outbox polls every Retry.
	Wake <-chan struct{}
	Log  *slog.Logger
}

// Name implements Service.
func (o *Outbox) Name() string { return "outbox" }

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

// drain sends pending messages in order until one fails.
func (o *Outbox) drain(ctx context.Context) (bool, error) {
	var pending []store.Entry
	if err := o.Store.View(func(tx *store.Tx) error { pending = tx.Pending(64); return nil }); err != nil {
		return false, err
	}
	for _, e := range pending {
		if err := o.Deliver(ctx, e.Msg); err != nil {
			return false, fmt.Errorf("outbox entry %d: %w", e.Seq, err)
		}
		if err := o.Store.Update(func(tx *store.Tx) error { return tx.Ack(e.Seq) }); err != nil {
			return false, err
		}
	}
	return len(pending) > 0, nil
}
