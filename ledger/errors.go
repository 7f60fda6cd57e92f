package ledger

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ciphernet/ciphernet/ledger/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

var (
	// ErrReverted is returned for a revert whose data is not a known custom error.
	ErrReverted = errors.New("ledger: execution reverted")
	// ErrNoKey is returned when a transaction is attempted by a read-only client.
	ErrNoKey = errors.New("ledger: client has no signing key")
	// ErrReceiptTimeout is returned when a sent transaction is not mined in time.
	ErrReceiptTimeout = errors.New("ledger: timed out waiting for the receipt")
	// ErrIncompleteNetwork is returned for a network file without all contract addresses.
	ErrIncompleteNetwork = errors.New("ledger: network file lacks contract addresses")
	// ErrReorgTooDeep is returned by a Stream when a block it already delivered
	// is no longer canonical: the reorg was deeper than its confirmation depth.
	ErrReorgTooDeep = errors.New("ledger: reorg deeper than the confirmation depth")
	// ErrNotEnoughTickets is returned by Committee when fewer than n nodes hold tickets.
	ErrNotEnoughTickets = errors.New("ledger: fewer nodes with tickets than committee seats")
	// ErrNoEvent is returned when a receipt lacks the event a call must emit.
	ErrNoEvent = errors.New("ledger: expected event missing from receipt")
)

// revertSentinel is the comparable identity of one custom error name.
type revertSentinel struct{ name string }

// Error names the custom error the sentinel stands for.
func (s *revertSentinel) Error() string { return "ledger: revert " + s.name }

// RevertError is a custom error raised by a ledger contract, with its
// decoded arguments. errors.Is(err, ErrWrongPhase) and the like match it.
type RevertError struct {
	Name string
	Args []any
}

// Error renders the revert as Name(arg, ...).
func (e *RevertError) Error() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("ledger: reverted with %s(%s)", e.Name, strings.Join(parts, ", "))
}

// Is matches the sentinel of the same name.
func (e *RevertError) Is(target error) bool {
	if target == ErrReverted {
		return true // every decoded custom error is a revert
	}
	s, ok := target.(*revertSentinel)
	return ok && s.name == e.Name
}

// abiErrors indexes every custom error of the three contracts by selector.
var abiErrors = func() map[[4]byte]abi.Error {
	m := make(map[[4]byte]abi.Error)
	for _, md := range []interface{ GetAbi() (*abi.ABI, error) }{bindings.RegistryMetaData, bindings.E3ManagerMetaData, bindings.SlasherMetaData} {
		a, err := md.GetAbi()
		if err != nil {
			panic(fmt.Sprintf("ledger: embedded ABI does not parse: %v", err)) // generated code is broken
		}
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			m[sel] = e
		}
	}
	return m
}()

// DecodeRevert turns revert data into a *RevertError, or an error wrapping
// ErrReverted when the data is not one of the contracts' custom errors.
func DecodeRevert(data []byte) error {
	if len(data) < 4 {
		return fmt.Errorf("%w (no reason data)", ErrReverted)
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	e, ok := abiErrors[sel]
	if !ok {
		return fmt.Errorf("%w (data %s)", ErrReverted, hexutil.Encode(data))
	}
	v, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return fmt.Errorf("%w: %s with undecodable arguments: %w", ErrReverted, e.Name, err)
	}
	return &RevertError{Name: e.Name, Args: v}
}

// revertOf extracts and decodes revert data carried by a JSON-RPC error
// (eth_call, eth_estimateGas). It returns nil when err is not a revert.
func revertOf(err error) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	b, decErr := hexutil.Decode(s)
	if decErr != nil {
		return nil
	}
	return DecodeRevert(b)
}

// wrapCall gives a failed call its method name and, if it reverted, the decoded reason.
func wrapCall(method string, err error) error {
	if err == nil {
		return nil
	}
	if r := revertOf(err); r != nil {
		return fmt.Errorf("ledger: %s: %w", method, r)
	}
	return fmt.Errorf("ledger: %s: %w", method, err)
}
