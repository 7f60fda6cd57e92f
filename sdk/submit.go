package sdk

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/ledger"
)

// Receipt is a node's signed acknowledgement of an input.
type Receipt = api.Receipt

// APIError is a node API's refusal ({"error", "code"} with a status).
type APIError struct {
	Node    string // API base URL
	Status  int
	Code    string
	Message string
}

// Error names the node, the refusal and its code.
func (e *APIError) Error() string {
	return fmt.Sprintf("%s: %s (%d %s)", e.Node, e.Message, e.Status, e.Code)
}

// Is maps API codes to the package's sentinels.
func (e *APIError) Is(target error) bool {
	switch target {
	case ErrClosed:
		return e.Code == "closed"
	case ErrDuplicate:
		return e.Code == "duplicate"
	case ErrUnknownE3:
		return e.Code == "unknown_e3"
	case ErrNotReady:
		return e.Code == "not_ready"
	case ErrInvalidInput:
		return e.Status == http.StatusBadRequest || e.Status == http.StatusUnprocessableEntity || e.Status == http.StatusRequestEntityTooLarge
	}
	return false
}

// Transient reports whether another attempt (or another node) may succeed:
// rate limits, server errors, and a node that has not seen the E3 yet.
func (e *APIError) Transient() bool {
	return e.Status == http.StatusTooManyRequests || e.Status >= 500 || e.Code == "unknown_e3"
}

func apiError(node string, status int, body []byte) error {
	var b struct{ Error, Code string }
	if json.Unmarshal(body, &b) != nil || b.Code == "" {
		b.Error, b.Code = strings.TrimSpace(string(body)), "http_"+fmt.Sprint(status)
	}
	return &APIError{Node: node, Status: status, Code: b.Code, Message: b.Error}
}

// IsTransient reports whether err is worth retrying: a transport failure or
// a transient API refusal. Refusals about the input itself (invalid,
// duplicate, window closed) are not.
func IsTransient(err error) bool {
	var ae *APIError
	if errors.As(err, &ae) {
		return ae.Transient()
	}
	return err != nil && !errors.Is(err, ErrClosed) && !errors.Is(err, ErrDuplicate) && !errors.Is(err, ErrInvalidInput) &&
		!errors.Is(err, ErrUnknownE3) && !errors.Is(err, ErrBadReceipt) && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded)
}

var rotation atomic.Uint64

// Submit uploads an encrypted input to a committee member's API, falling
// back to the next member on a transient error, and returns the receipt
// after checking that a committee member signed it for this input.
func (c *Client) Submit(ctx context.Context, id uint64, ciphertext []byte) (Receipt, error) {
	apis, err := c.apisFor(ctx, id)
	if err != nil {
		return Receipt{}, err
	}
	members, err := c.lc.CommitteeOf(ctx, id)
	if err != nil {
		return Receipt{}, err
	}
	// Spread load: start at a rotating member, then go round.
	start := int(rotation.Add(1)) % len(apis)
	var errs []error
	for i := range apis {
		a := apis[(start+i)%len(apis)]
		rc, err := c.submitTo(ctx, a, id, ciphertext, members)
		if err == nil {
			return rc, nil
		}
		if errors.Is(err, ErrClosed) {
			return Receipt{}, c.closedError(ctx, id, err)
		}
		if !IsTransient(err) {
			return Receipt{}, fmt.Errorf("sdk: E3 %d: %w", id, err)
		}
		errs = append(errs, err)
	}
	return Receipt{}, fmt.Errorf("sdk: E3 %d: every committee API failed: %w", id, errors.Join(errs...))
}

func (c *Client) submitTo(ctx context.Context, a string, id uint64, ct []byte, members []common.Address) (Receipt, error) {
	code, body, err := c.do(ctx, http.MethodPost, fmt.Sprintf("%s/v1/e3/%d/inputs", a, id), ct)
	if err != nil {
		return Receipt{}, fmt.Errorf("%s: %w", a, err)
	}
	if code != http.StatusCreated {
		return Receipt{}, apiError(a, code, body)
	}
	var rc Receipt
	if err := json.Unmarshal(body, &rc); err != nil {
		return Receipt{}, fmt.Errorf("%s: receipt: %w", a, err)
	}
	if err := c.CheckReceipt(id, ct, rc, members); err != nil {
		return Receipt{}, fmt.Errorf("%s: %w", a, err)
	}
	return rc, nil
}

// CheckReceipt checks that rc is a committee member's signature over this
// input of this E3 (the evidence the slasher accepts if the input is never
// committed).
func (c *Client) CheckReceipt(id uint64, ct []byte, rc Receipt, members []common.Address) error {
	h := ethcrypto.Keccak256Hash(ct)
	node := common.HexToAddress(rc.Node)
	sig, err := hex.DecodeString(strings.TrimPrefix(rc.Signature, "0x"))
	if err != nil || rc.E3ID != id || !strings.EqualFold(rc.InputHash, h.Hex()) || !slices.Contains(members, node) {
		return fmt.Errorf("%w: %+v", ErrBadReceipt, rc)
	}
	signer, err := ledger.Recover(ledger.ReceiptDigest(c.lc.ChainID(), c.file.Contracts.E3Manager, id, h, node), sig)
	if err != nil || signer != node {
		return fmt.Errorf("%w: signature recovers %s, receipt names %s", ErrBadReceipt, signer.Hex(), node.Hex())
	}
	return nil
}

// closedError words a closed-window refusal with the ledger's facts.
func (c *Client) closedError(ctx context.Context, id uint64, cause error) error {
	s, err := c.Status(ctx, id)
	if err != nil {
		return fmt.Errorf("sdk: E3 %d: %w", id, cause)
	}
	switch {
	case s.InputDeadline > 0 && s.Head >= s.InputDeadline:
		return fmt.Errorf("sdk: E3 %d is closed for inputs since block %d (head %d); inputs are accepted only inside the window — request a new E3: %w", id, s.InputDeadline, s.Head, ErrClosed)
	case s.InputDeadline > 0:
		return fmt.Errorf("sdk: E3 %d closes for inputs at block %d and nodes stop accepting a few blocks early (head %d); submit earlier: %w", id, s.InputDeadline, s.Head, ErrClosed)
	default:
		return fmt.Errorf("sdk: E3 %d is not open for inputs yet (phase %s); wait with 'ciphernet e3 status --e3 %d --wait-for key_published': %w", id, s.Phase, id, ErrClosed)
	}
}

// SubmitValue encrypts a program input value and submits it.
func (c *Client) SubmitValue(ctx context.Context, id uint64, value json.RawMessage) (Receipt, error) {
	enc, err := c.Encryptor(ctx, id)
	if err != nil {
		return Receipt{}, err
	}
	ct, err := enc.Encrypt(value)
	if err != nil {
		return Receipt{}, err
	}
	return c.Submit(ctx, id, ct)
}
