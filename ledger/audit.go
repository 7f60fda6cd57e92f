package ledger

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
)

// Client-facing lifecycle phases (DESIGN.md §10, issue 5): finer than the
// contract's Phase, because a requester waits for moments inside one
// contract phase (the input window closing, an output published but not yet
// accepted).
const (
	StatusRequested       = "requested"        // ticket window: committee not drawn yet
	StatusCommittee       = "committee"        // committee final, key generation running
	StatusKeyPublished    = "key_published"    // public key on the ledger, input window open
	StatusInputsClosed    = "inputs_closed"    // input window over, output awaited
	StatusOutputPublished = "output_published" // output of the current stage published, attestations awaited
	StatusOutputAccepted  = "output_accepted"  // t members attested; decryption under way
	StatusCompleted       = "completed"        // every stage released
	StatusFailed          = "failed"           // a deadline passed; fee refunded
)

// Statuses lists the lifecycle phases in order (failed last).
var Statuses = []string{StatusRequested, StatusCommittee, StatusKeyPublished, StatusInputsClosed,
	StatusOutputPublished, StatusOutputAccepted, StatusCompleted, StatusFailed}

// StatusOf maps an E3 record, its current stage and the chain head to the
// client lifecycle phase. It is a pure function so every client and node
// agrees on it.
func StatusOf(rec E3, stage Stage, head uint64) string {
	switch Phase(rec.Phase) {
	case PhaseCommittee:
		return StatusRequested
	case PhaseKeyGen:
		return StatusCommittee
	case PhaseInputs:
		if head <= rec.InputDeadline {
			return StatusKeyPublished
		}
		return StatusInputsClosed
	case PhaseCompute:
		if stage.OutputHash == ([32]byte{}) {
			return StatusInputsClosed
		}
		return StatusOutputPublished
	case PhaseDecrypt:
		return StatusOutputAccepted
	case PhaseCompleted:
		return StatusCompleted
	case PhaseFailed:
		return StatusFailed
	}
	return ""
}

// Status reads an E3's client lifecycle phase from the ledger
// (ErrUnknownE3 when no such E3 exists).
func (c *Client) Status(ctx context.Context, e3ID uint64) (string, E3, uint64, error) {
	rec, err := c.GetE3(ctx, e3ID)
	if err != nil {
		return "", rec, 0, err
	}
	if Phase(rec.Phase) == PhaseNone {
		return "", rec, 0, fmt.Errorf("ledger: E3 %d: %w", e3ID, ErrUnknownE3)
	}
	st, err := c.StageOf(ctx, e3ID, rec.Stage)
	if err != nil {
		return "", rec, 0, err
	}
	head, err := c.eth.BlockNumber(ctx)
	if err != nil {
		return "", rec, 0, fmt.Errorf("ledger: head: %w", err)
	}
	return StatusOf(rec, st, head), rec, head, nil
}

// E3Events reads every contract event about one E3 (those with an e3Id
// field), from its request block to the current head, in chain order: the
// public record a verifier checks.
func (c *Client) E3Events(ctx context.Context, e3ID uint64) ([]Event, error) {
	rec, err := c.GetE3(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	if Phase(rec.Phase) == PhaseNone {
		return nil, fmt.Errorf("ledger: E3 %d: %w", e3ID, ErrUnknownE3)
	}
	head, err := c.eth.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("ledger: head: %w", err)
	}
	s, err := c.Stream(StreamConfig{From: rec.RequestBlock})
	if err != nil {
		return nil, err
	}
	for s.next <= head {
		progressed, err := s.poll(ctx)
		if err != nil {
			return nil, err
		}
		if !progressed && s.next <= head {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
	}
	want := new(big.Int).SetUint64(e3ID)
	var out []Event
	for _, ev := range s.buf {
		if id := eventE3(ev.Data); id != nil && id.Cmp(want) == 0 {
			out = append(out, ev)
		}
	}
	return out, nil
}

// eventE3 returns the E3Id field of a decoded event, if it has one.
func eventE3(data any) *big.Int {
	v := reflect.ValueOf(data)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	f := v.FieldByName("E3Id")
	if !f.IsValid() {
		return nil
	}
	id, _ := f.Interface().(*big.Int)
	return id
}
