package sdk

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/verify"
)

// Status is an E3's lifecycle phase as the ledger has it (the same shape
// as a node's GET /v1/e3/{id}/status).
type Status = api.StatusView

// Phases are the lifecycle phases in order; failed can follow any of them.
var Phases = ledger.Statuses

func presetByID(id uint8) (*bfv.Preset, error) { return bfv.ByID(id) }

// Status reads an E3's lifecycle phase from the ledger.
func (c *Client) Status(ctx context.Context, id uint64) (Status, error) {
	phase, rec, head, err := c.lc.Status(ctx, id)
	if errors.Is(err, ledger.ErrUnknownE3) {
		return Status{}, fmt.Errorf("sdk: %w %d on this network (check --network)", ErrUnknownE3, id)
	}
	if err != nil {
		return Status{}, fmt.Errorf("sdk: status of E3 %d: %w", id, err)
	}
	s := Status{ID: id, Phase: phase, LedgerPhase: ledger.Phase(rec.Phase).String(), Stage: int(rec.Stage), Stages: int(rec.Stages),
		InputCount: rec.InputCount, InputDeadline: rec.InputDeadline, Head: head}
	if ledger.Phase(rec.Phase) == ledger.PhaseFailed {
		s.FailReason = ledger.FailReason(rec.FailReason).String()
	}
	return s, nil
}

// phaseIndex is the position of a phase in the lifecycle, or -1.
func phaseIndex(p string) int { return slices.Index(Phases, p) }

// ParsePhase checks a phase name.
func ParsePhase(p string) (string, error) {
	if phaseIndex(p) < 0 {
		return "", fmt.Errorf("%w: unknown phase %q (phases: %s)", ErrParams, p, strings.Join(Phases, ", "))
	}
	return p, nil
}

// Watch calls fn with the E3's status every time its phase changes, until
// the E3 completes or fails (returning its last status) or ctx ends.
func (c *Client) Watch(ctx context.Context, id uint64, fn func(Status)) (Status, error) {
	last := ""
	for {
		s, err := c.Status(ctx, id)
		if err != nil {
			return s, err
		}
		if s.Phase != last {
			last = s.Phase
			if fn != nil {
				fn(s)
			}
		}
		if s.Phase == ledger.StatusCompleted || s.Phase == ledger.StatusFailed {
			return s, nil
		}
		select {
		case <-ctx.Done():
			return s, fmt.Errorf("sdk: E3 %d still %s: %w", id, s.Phase, ctx.Err())
		case <-time.After(c.poll):
		}
	}
}

// WaitFor waits until the E3 reaches phase (or a later one). It returns
// ErrFailed if the E3 fails first.
func (c *Client) WaitFor(ctx context.Context, id uint64, phase string) (Status, error) {
	want := phaseIndex(phase)
	if want < 0 {
		_, err := ParsePhase(phase)
		return Status{}, err
	}
	for {
		s, err := c.Status(ctx, id)
		if err != nil {
			return s, err
		}
		if s.Phase == phase || (s.Phase != ledger.StatusFailed && phaseIndex(s.Phase) > want) {
			return s, nil
		}
		if s.Phase == ledger.StatusFailed {
			return s, fmt.Errorf("sdk: E3 %d %w (%s) before reaching %s", id, ErrFailed, s.FailReason, phase)
		}
		if s.Phase == ledger.StatusCompleted {
			return s, fmt.Errorf("sdk: E3 %d completed; it will never be %s", id, phase)
		}
		select {
		case <-ctx.Done():
			return s, fmt.Errorf("sdk: E3 %d is %s, not yet %s: %w", id, s.Phase, phase, ctx.Err())
		case <-time.After(c.poll):
		}
	}
}

// Result decodes the program's result from the plaintexts the ledger
// accepted (no node is trusted for it). ErrNotReady until completed.
func (c *Client) Result(ctx context.Context, id uint64) (json.RawMessage, error) {
	inst, rec, err := c.Instance(ctx, id)
	if err != nil {
		return nil, err
	}
	switch ledger.Phase(rec.Phase) {
	case ledger.PhaseCompleted:
	case ledger.PhaseFailed:
		return nil, fmt.Errorf("sdk: E3 %d %w (%s): there is no result", id, ErrFailed, ledger.FailReason(rec.FailReason))
	default:
		return nil, fmt.Errorf("sdk: E3 %d result: %w (phase %s; wait with 'ciphernet e3 result --wait')", id, ErrNotReady, ledger.Phase(rec.Phase))
	}
	return verify.Result(ctx, c.lc, inst, id)
}

// WaitResult waits for completion and returns the result.
func (c *Client) WaitResult(ctx context.Context, id uint64) (json.RawMessage, error) {
	if _, err := c.WaitFor(ctx, id, ledger.StatusCompleted); err != nil {
		return nil, err
	}
	return c.Result(ctx, id)
}

// Encryptor encrypts inputs for one E3 under its checked public key. It is
// safe for concurrent use.
type Encryptor struct {
	E3ID uint64
	inst program.Instance
	pk   *rlwe.PublicKey
	pool sync.Pool
}

// Encrypt encodes a program input value (tally: the option index) and
// encrypts it; the result is what Submit uploads.
func (e *Encryptor) Encrypt(value json.RawMessage) ([]byte, error) {
	vals, err := e.inst.EncodeInput(value)
	if err != nil {
		return nil, fmt.Errorf("sdk: E3 %d: %w: %w", e.E3ID, ErrInvalidInput, err)
	}
	enc, _ := e.pool.Get().(*bfv.Encryptor)
	if enc == nil {
		enc = bfv.NewEncryptor(e.inst.Preset(), e.pk)
	}
	defer e.pool.Put(enc)
	return enc.EncryptBytes(vals)
}

// Layout describes what an input of this E3 is.
func (e *Encryptor) Layout() program.Layout { return e.inst.Layout() }

// Encryptor fetches the E3's public key from any node API, checks it
// against the hash on the ledger, and returns an Encryptor for it.
func (c *Client) Encryptor(ctx context.Context, id uint64) (*Encryptor, error) {
	inst, rec, err := c.Instance(ctx, id)
	if err != nil {
		return nil, err
	}
	if rec.PkHash == ([32]byte{}) {
		return nil, fmt.Errorf("sdk: E3 %d has no public key yet (phase %s): %w; wait with 'ciphernet e3 status --e3 %d --wait-for key_published'", id, ledger.Phase(rec.Phase), ErrNotReady, id)
	}
	apis, err := c.apisFor(ctx, id)
	if err != nil {
		return nil, err
	}
	var errs []error
	for _, a := range apis {
		code, body, err := c.do(ctx, http.MethodGet, fmt.Sprintf("%s/v1/e3/%d/publickey", a, id), nil)
		if err == nil && code != http.StatusOK {
			err = apiError(a, code, body)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ethcrypto.Keccak256Hash(body) != common.Hash(rec.PkHash) {
			errs = append(errs, fmt.Errorf("%s: %w", a, ErrKeyMismatch))
			continue
		}
		pk, err := inst.Preset().UnmarshalPublicKey(body)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", a, err))
			continue
		}
		return &Encryptor{E3ID: id, inst: inst, pk: pk}, nil
	}
	return nil, fmt.Errorf("sdk: public key of E3 %d from %d node(s): %w", id, len(apis), errors.Join(errs...))
}

// apisFor lists the API base URLs to try for an E3: its committee members'
// (in seat order) first, then the extra APIs given in Options.
func (c *Client) apisFor(ctx context.Context, id uint64) ([]string, error) {
	members, err := c.lc.CommitteeOf(ctx, id)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range members {
		if a, ok := c.apis[m]; ok {
			out = append(out, a)
		}
	}
	out = append(out, c.extra...)
	if len(out) == 0 {
		return nil, fmt.Errorf("sdk: E3 %d: %w (pass --api URL, or use a devnet network file that lists the nodes)", id, ErrNoAPI)
	}
	return out, nil
}

// allAPIs lists every known API (for verification, blobs may sit anywhere).
func (c *Client) allAPIs() []string {
	var out []string
	for _, n := range c.file.Nodes {
		if a, ok := c.apis[common.HexToAddress(n.Address)]; ok {
			out = append(out, a)
		}
	}
	return append(out, c.extra...)
}

func (c *Client) do(ctx context.Context, method, url string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/octet-stream")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	return resp.StatusCode, out, err
}
