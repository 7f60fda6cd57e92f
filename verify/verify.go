// Package verify re-checks an E3 from its public record alone (DESIGN.md
// §6): the ledger's record and events, plus the blobs they commit to
// (fetched by hash from any node). Anyone can run it — `ciphernet e3
// verify`, the SDK, a node's GET /v1/e3/{id}/verify — and it fails closed:
// whatever is missing or does not match is a failed check, never a pass.
//
// Gathering (Gather) and checking (Run) are separate: the checks are pure
// functions of a Record, so a tampered record can be built in a test and
// must fail at the check that names the tampering:
//
//  1. the committee is the sortition result for the seed and the registry snapshot;
//  2. every key-share blob matches its committed hash and pk is their aggregation;
//  3. every committed input is available and matches its hash, and the input root and count match;
//  4. the output ciphertext equals the program re-executed over exactly those inputs
//     (for auction and stats: with the evaluation keys rebuilt from every member's
//     signed eval share, the mask set the ledger's commitments fix, and the earlier
//     stages' releases — all through the functions the members use);
//  5. the decryption shares are consistent and the plaintext is their combination
//     (compacted with the stage's selector as the members derive it);
//  6. attestations come from at least t distinct committee members;
//  7. fees, rewards and penalties add up.
package verify

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/ledger"
)

// Errors.
var (
	// ErrFailed means at least one check failed; the Report says which.
	ErrFailed = errors.New("verification failed")
	// ErrRecord means the public record could not be gathered at all (the
	// E3 does not exist, the ledger is unreachable).
	ErrRecord = errors.New("cannot gather the public record")
	// ErrNotCompleted means the E3 has no result (yet): it is running or
	// failed.
	ErrNotCompleted = errors.New("E3 not completed")
)

// Status is the outcome of one check.
type Status string

// Outcomes. Skip is only given for a step the ledger says the E3 never
// reached (still running, or failed before it); a completed E3 has nothing
// to skip.
const (
	Pass Status = "pass"
	Fail Status = "fail"
	Skip Status = "skip"
)

// Check is one numbered line of the checklist.
type Check struct {
	Number int    `json:"number"`
	Name   string `json:"name"`
	Status Status `json:"status"`
	// Detail says what was compared, or what did not match.
	Detail string `json:"detail"`
}

// Report is the checklist for one E3.
type Report struct {
	E3ID   uint64          `json:"e3Id"`
	Phase  string          `json:"phase"`
	OK     bool            `json:"ok"`
	Checks []Check         `json:"checks"`
	Result json.RawMessage `json:"result,omitempty"`
}

// Failed returns the numbers of the failed checks.
func (r *Report) Failed() []int {
	var out []int
	for _, c := range r.Checks {
		if c.Status == Fail {
			out = append(out, c.Number)
		}
	}
	return out
}

// Err is nil when every check passed or was skipped, else ErrFailed naming
// the failed checks.
func (r *Report) Err() error {
	if f := r.Failed(); len(f) > 0 {
		return fmt.Errorf("%w: E3 %d, checks %v", ErrFailed, r.E3ID, f)
	}
	return nil
}

// Write prints the numbered checklist, one line per check.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintf(w, "E3 %d (%s)\n", r.E3ID, r.Phase)
	for _, c := range r.Checks {
		fmt.Fprintf(w, "%d. %-4s %s: %s\n", c.Number, strings.ToUpper(string(c.Status)), c.Name, c.Detail)
	}
	if r.OK {
		fmt.Fprintln(w, "verified: every check passed on the public record")
	} else {
		fmt.Fprintf(w, "NOT VERIFIED: checks %v failed\n", r.Failed())
	}
}

// Record is the public record of one E3: what the ledger holds and the
// blobs its hashes commit to. A nil blob means no source could supply bytes
// matching the committed hash.
type Record struct {
	E3ID uint64
	// ChainID and E3Manager are the signing domain of member envelopes.
	ChainID   *big.Int
	E3Manager common.Address
	E3        ledger.E3
	// Head is the chain head when the record was read.
	Head   uint64
	Params []uint64
	// Program is the registered name whose id is E3.ProgramId ("" if this
	// binary does not know it).
	Program string
	// SeedBlock is the hash of block RequestBlock+1 as the chain reports it.
	SeedBlock common.Hash
	// Snapshot is the registry snapshot the committee was drawn from.
	Snapshot []ledger.Weight
	// Tickets are the TicketSubmitted events (the contract keeps the n
	// lowest scores).
	Tickets []Ticket
	// Committee is the finalized committee in party-index order; Members
	// their duty records, aligned.
	Committee []common.Address
	Members   []ledger.Member
	// Dealings[j] is member j+1's dealing blob, fetched by its DealingHash.
	Dealings [][]byte
	// Masks[j] is member j+1's revealed committee-mask contribution, fetched
	// by its ledger commitment Members[j].MaskHash (nil: none committed, or
	// unavailable). Only programs that use masks have them.
	Masks [][]byte
	// EvalShares are the signed eval-share announcements the sources list,
	// each with the share its signed payload hash names. Only programs that
	// need evaluation keys have them; the ledger commits none.
	EvalShares []Signed
	// PublicKey is the public-key blob fetched by E3.PkHash.
	PublicKey []byte
	// Inputs are the InputCommitted events in ledger order, with blobs.
	Inputs []Input
	// Stages are the program's stages that reached the output step.
	Stages []Stage
	// Payments from the FeePaid, Refunded and MemberPenalized events.
	Fees, Refunds, Penalties []Payment
	// FailedIn is the phase the E3 failed in (E3Failed), if it failed.
	FailedIn ledger.Phase
}

// Signed is one member's signed envelope with the blob its payload hash
// names: an eval-share announcement (relinearization and rotation-key
// shares) or a decryption share. The signature is the only binding of
// such a blob to its member — neither is committed on the ledger — and two
// different signed eval shares from one member are its equivocation.
type Signed struct {
	// Envelope is the signed message.Envelope. Its payload may be absent: a
	// blob above message.MaxInline is announced by hash, and the signature
	// covers the payload hash, not the bytes.
	Envelope []byte
	// Blob is the payload: carried inline, or fetched by the envelope's
	// payload hash (nil: unavailable from every source).
	Blob []byte
}

// Ticket is one submitted sortition ticket.
type Ticket struct {
	Node   common.Address
	Ticket uint64
	Score  common.Hash
}

// Input is one committed input.
type Input struct {
	Index uint64
	Hash  common.Hash
	Root  common.Hash // the running input root after this input
	Blob  []byte
}

// Stage is one stage's output, attestations, release and shares.
type Stage struct {
	Index int
	// Published is the OutputPublished event (nil: none yet).
	Published *Published
	// Ledger is the stage record (output hash, attestations, accepted
	// plaintext hash).
	Ledger ledger.Stage
	// Output is the output ciphertext blob, fetched by its hash.
	Output []byte
	// OutputAttesters and PlaintextAttesters are the senders of the
	// OutputAttested and PlaintextAttested events for this stage.
	OutputAttesters, PlaintextAttesters []common.Address
	// Plaintext is the accepted plaintext (plaintextOf), empty until accepted.
	Plaintext []byte
	// Shares are the signed decryption-share envelopes for this stage,
	// each with its share.
	Shares []Signed
}

// Published is what the compute provider published for a stage.
type Published struct {
	OutputHash common.Hash
	InputRoot  common.Hash
	InputCount uint64
}

// Payment is one credited or penalized amount.
type Payment struct {
	Account common.Address
	Amount  *big.Int
}
