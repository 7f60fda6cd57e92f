package ledger

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func (c *Client) registryCall(method string, value *big.Int, args ...any) call {
	return call{to: &c.addrs.Registry, abi: c.registryABI, method: method, value: value, args: args}
}

func (c *Client) e3Call(method string, value *big.Int, args ...any) call {
	return call{to: &c.addrs.E3Manager, abi: c.e3ABI, method: method, value: value, args: args}
}

func (c *Client) slasherCall(method string, args ...any) call {
	return call{to: &c.addrs.Slasher, abi: c.slasherABI, method: method, args: args}
}

// ---------------------------------------------------------------- registry

// Register registers the client's account as a ciphernode with its X25519
// transport key and libp2p endpoint; bond (may be nil) is bonded at once.
func (c *Client) Register(ctx context.Context, transportKey [32]byte, peerID []byte, addrs string, bond *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("register", bond, transportKey, peerID, addrs))
}

// UpdateNode replaces the transport key and endpoint.
func (c *Client) UpdateNode(ctx context.Context, transportKey [32]byte, peerID []byte, addrs string) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("updateNode", nil, transportKey, peerID, addrs))
}

// Bond tops up the bond by amount.
func (c *Client) Bond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("bond", amount))
}

// Unbond starts the exit of amount from the bond.
func (c *Client) Unbond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("unbond", nil, amount))
}

// WithdrawUnbonded pays out the unbonded amount after the exit delay.
func (c *Client) WithdrawUnbonded(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("withdrawUnbonded", nil))
}

// Deregister leaves the registry; the whole bond starts its exit delay.
func (c *Client) Deregister(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("deregister", nil))
}

// SetTicketPrice changes the bond per ticket (registry owner only).
func (c *Client) SetTicketPrice(ctx context.Context, price *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.registryCall("setTicketPrice", nil, price))
}

// GetNode reads a node's registry record.
func (c *Client) GetNode(ctx context.Context, node common.Address) (Node, error) {
	n, err := c.registry.GetNode(c.callOpts(ctx), node)
	return n, wrapCall("getNode", err)
}

// TicketPrice reads the registry's current ticket price.
func (c *Client) TicketPrice(ctx context.Context) (*big.Int, error) {
	p, err := c.registry.TicketPrice(c.callOpts(ctx))
	return p, wrapCall("ticketPrice", err)
}

// TicketsAt reads node's tickets at blockNumber for the given ticket price.
func (c *Client) TicketsAt(ctx context.Context, node common.Address, blockNumber uint64, price *big.Int) (uint64, error) {
	t, err := c.registry.TicketsAt(c.callOpts(ctx), node, u256(blockNumber), price)
	if err != nil {
		return 0, wrapCall("ticketsAt", err)
	}
	if !t.IsUint64() {
		return 0, fmt.Errorf("ledger: ticketsAt: %s tickets overflow uint64", t)
	}
	return t.Uint64(), nil
}

// Snapshot reads the registry snapshot an E3 draws its committee from:
// every node's tickets at the block before the request, at the E3's ticket price.
func (c *Client) Snapshot(ctx context.Context, e3ID uint64) ([]Weight, error) {
	e, err := c.GetE3(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	count, err := c.registry.NodeCount(c.callOpts(ctx))
	if err != nil {
		return nil, wrapCall("nodeCount", err)
	}
	out := make([]Weight, 0, count.Uint64())
	for i := uint64(0); i < count.Uint64(); i++ {
		addr, err := c.registry.NodeAt(c.callOpts(ctx), u256(i))
		if err != nil {
			return nil, wrapCall("nodeAt", err)
		}
		t, err := c.TicketsAt(ctx, addr, e.RequestBlock-1, e.TicketPrice)
		if err != nil {
			return nil, err
		}
		if t > 0 {
			out = append(out, Weight{Node: addr, Tickets: t})
		}
	}
	return out, nil
}

// Seed returns an E3's sortition seed: the hash of the block after its request.
func (c *Client) Seed(ctx context.Context, e3ID uint64) (common.Hash, error) {
	e, err := c.GetE3(ctx, e3ID)
	if err != nil {
		return common.Hash{}, err
	}
	h, err := c.eth.HeaderByNumber(ctx, u256(e.RequestBlock+1))
	if err != nil {
		return common.Hash{}, fmt.Errorf("ledger: seed block %d: %w", e.RequestBlock+1, err)
	}
	return h.Hash(), nil
}

// ---------------------------------------------------------------- programs and requests

// RegisterProgram registers a program (E3Manager owner only) and returns its id.
func (c *Client) RegisterProgram(ctx context.Context, spec ProgramSpec) (common.Hash, *types.Receipt, error) {
	r, err := c.transact(ctx, c.e3Call("registerProgram", nil, spec))
	return ProgramID(spec.Name), r, err
}

// SetProgramEnabled enables or disables new requests for a program (owner only).
func (c *Client) SetProgramEnabled(ctx context.Context, programID common.Hash, enabled bool) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("setProgramEnabled", nil, programID, enabled))
}

// SetFeeSchedule replaces the fee schedule (owner only).
func (c *Client) SetFeeSchedule(ctx context.Context, f FeeSchedule) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("setFeeSchedule", nil, f))
}

// GetProgram reads a registered program.
func (c *Client) GetProgram(ctx context.Context, programID common.Hash) (Program, error) {
	p, err := c.e3.GetProgram(c.callOpts(ctx), programID)
	return p, wrapCall("getProgram", err)
}

// Quote reads the minimum fee for a request of programID with committee size n.
func (c *Client) Quote(ctx context.Context, programID common.Hash, n uint16) (*big.Int, error) {
	q, err := c.e3.Quote(c.callOpts(ctx), programID, n)
	return q, wrapCall("quote", err)
}

// Request describes an E3 request (DESIGN.md §3 step 1).
type Request struct {
	Program         common.Hash // ProgramID(name)
	Params          []uint64
	Preset          uint8
	N, T            uint16
	Windows         Windows
	ComputeProvider common.Address // zero: any committee member computes
	Fee             *big.Int       // nil: pay the quote
}

// Request requests an E3, escrowing the fee, and returns its id.
func (c *Client) Request(ctx context.Context, req Request) (uint64, *types.Receipt, error) {
	fee := req.Fee
	if fee == nil {
		q, err := c.Quote(ctx, req.Program, req.N)
		if err != nil {
			return 0, nil, err
		}
		fee = q
	}
	params := req.Params
	if params == nil {
		params = []uint64{}
	}
	r, err := c.transact(ctx, c.e3Call("request", fee, req.Program, params, req.Preset, req.N, req.T, req.Windows, req.ComputeProvider))
	if err != nil {
		return 0, r, err
	}
	for _, l := range r.Logs {
		if ev, err := c.e3.ParseE3Requested(*l); err == nil {
			return ev.E3Id.Uint64(), r, nil
		}
	}
	return 0, r, fmt.Errorf("ledger: request: E3Requested: %w", ErrNoEvent)
}

// ---------------------------------------------------------------- lifecycle

// SubmitTicket submits a sortition ticket for e3ID.
func (c *Client) SubmitTicket(ctx context.Context, e3ID, ticket uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("submitTicket", nil, u256(e3ID), u256(ticket)))
}

// FinalizeCommittee closes the ticket window (anyone).
func (c *Client) FinalizeCommittee(ctx context.Context, e3ID uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("finalizeCommittee", nil, u256(e3ID)))
}

// PublishKeyShare commits the member's public-key share and dealing hashes.
func (c *Client) PublishKeyShare(ctx context.Context, e3ID uint64, keyShareHash, dealingHash common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("publishKeyShare", nil, u256(e3ID), keyShareHash, dealingHash))
}

// ConfirmPublicKey confirms the aggregated public key's hash.
func (c *Client) ConfirmPublicKey(ctx context.Context, e3ID uint64, pkHash common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("confirmPublicKey", nil, u256(e3ID), pkHash))
}

// PublishInputs commits a batch of input hashes in order.
func (c *Client) PublishInputs(ctx context.Context, e3ID uint64, hashes []common.Hash) (*types.Receipt, error) {
	hs := make([][32]byte, len(hashes))
	for i, h := range hashes {
		hs[i] = h
	}
	return c.transact(ctx, c.e3Call("publishInputs", nil, u256(e3ID), hs))
}

// CommitMask commits the hash of this member's committee-mask contribution
// (input window only; revealed off-chain after the window closes).
func (c *Client) CommitMask(ctx context.Context, e3ID uint64, maskHash common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("commitMask", nil, u256(e3ID), maskHash))
}

// PublishOutput publishes the output hash of a stage over the committed inputs.
func (c *Client) PublishOutput(ctx context.Context, e3ID uint64, stage uint8, outputHash, inputRoot common.Hash, inputCount uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("publishOutput", nil, u256(e3ID), stage, outputHash, inputRoot, inputCount))
}

// AttestOutput attests a stage's output after re-executing it.
func (c *Client) AttestOutput(ctx context.Context, e3ID uint64, stage uint8, outputHash common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("attestOutput", nil, u256(e3ID), stage, outputHash))
}

// PublishPlaintext publishes a combined plaintext candidate for a stage.
func (c *Client) PublishPlaintext(ctx context.Context, e3ID uint64, stage uint8, plaintext []byte) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("publishPlaintext", nil, u256(e3ID), stage, plaintext))
}

// AttestPlaintext attests a published plaintext of a stage.
func (c *Client) AttestPlaintext(ctx context.Context, e3ID uint64, stage uint8, plaintextHash common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("attestPlaintext", nil, u256(e3ID), stage, plaintextHash))
}

// MarkFailed fails an E3 whose phase deadline passed (anyone).
func (c *Client) MarkFailed(ctx context.Context, e3ID uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("markFailed", nil, u256(e3ID)))
}

// Withdraw pays out the fees, refunds and compensation the E3Manager owes the account.
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.e3Call("withdraw", nil))
}

// GetE3 reads an E3 record.
func (c *Client) GetE3(ctx context.Context, e3ID uint64) (E3, error) {
	e, err := c.e3.GetE3(c.callOpts(ctx), u256(e3ID))
	return e, wrapCall("getE3", err)
}

// Params reads an E3's program parameters.
func (c *Client) Params(ctx context.Context, e3ID uint64) ([]uint64, error) {
	p, err := c.e3.ParamsOf(c.callOpts(ctx), u256(e3ID))
	return p, wrapCall("paramsOf", err)
}

// CommitteeOf reads the committee in party-index order.
func (c *Client) CommitteeOf(ctx context.Context, e3ID uint64) ([]common.Address, error) {
	m, err := c.e3.CommitteeOf(c.callOpts(ctx), u256(e3ID))
	return m, wrapCall("committeeOf", err)
}

// Candidates reads the kept tickets of the ticket window, lowest score first.
func (c *Client) Candidates(ctx context.Context, e3ID uint64) ([]common.Address, []*big.Int, error) {
	a, s, err := c.e3.CandidatesOf(c.callOpts(ctx), u256(e3ID))
	return a, s, wrapCall("candidatesOf", err)
}

// MemberOf reads a member's duty record (Index 0: not a member).
func (c *Client) MemberOf(ctx context.Context, e3ID uint64, node common.Address) (Member, error) {
	m, err := c.e3.MemberOf(c.callOpts(ctx), u256(e3ID), node)
	return m, wrapCall("memberOf", err)
}

// StageOf reads a stage's output and accepted plaintext hash.
func (c *Client) StageOf(ctx context.Context, e3ID uint64, stage uint8) (Stage, error) {
	s, err := c.e3.StageOf(c.callOpts(ctx), u256(e3ID), stage)
	return s, wrapCall("stageOf", err)
}

// Plaintext reads the accepted plaintext of a stage (empty until
// accepted). The contract keeps only its hash and the block of its
// PlaintextPublished event (the bytes, up to MAX_PLAINTEXT, would cost
// 20,000 gas per word to store): Plaintext reads that block's log and
// checks the bytes against the accepted hash, so a lying RPC endpoint
// cannot substitute a release.
func (c *Client) Plaintext(ctx context.Context, e3ID uint64, stage uint8) ([]byte, error) {
	at, err := c.e3.PlaintextOf(c.callOpts(ctx), u256(e3ID), stage)
	if err != nil {
		return nil, wrapCall("plaintextOf", err)
	}
	if at.PlaintextHash == ([32]byte{}) {
		return nil, nil
	}
	it, err := c.e3.FilterPlaintextPublished(&bind.FilterOpts{Start: at.BlockNumber, End: &at.BlockNumber, Context: ctx}, []*big.Int{u256(e3ID)}, nil)
	if err != nil {
		return nil, fmt.Errorf("ledger: E3 %d stage %d plaintext log in block %d: %w", e3ID, stage, at.BlockNumber, err)
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		if ev.Stage == stage && ev.PlaintextHash == at.PlaintextHash && crypto.Keccak256Hash(ev.Plaintext) == common.Hash(at.PlaintextHash) {
			return ev.Plaintext, nil
		}
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("ledger: E3 %d stage %d plaintext log in block %d: %w", e3ID, stage, at.BlockNumber, err)
	}
	return nil, fmt.Errorf("ledger: E3 %d stage %d: accepted plaintext %x not in block %d's logs: %w", e3ID, stage, at.PlaintextHash, at.BlockNumber, ErrNoEvent)
}

// InputIndex reports whether inputHash is committed to e3ID and at which index.
func (c *Client) InputIndex(ctx context.Context, e3ID uint64, inputHash common.Hash) (bool, uint64, error) {
	r, err := c.e3.InputIndexOf(c.callOpts(ctx), u256(e3ID), inputHash)
	return r.Committed, r.Index, wrapCall("inputIndexOf", err)
}

// PendingWithdrawal reads what the E3Manager owes account.
func (c *Client) PendingWithdrawal(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := c.e3.PendingWithdrawals(c.callOpts(ctx), account)
	return v, wrapCall("pendingWithdrawals", err)
}

// ---------------------------------------------------------------- slashing

// SignStep signs payloadHash for step of e3ID with the client's key.
func (c *Client) SignStep(e3ID uint64, step, payloadHash common.Hash) ([]byte, error) {
	if c.key == nil {
		return nil, ErrNoKey
	}
	return Sign(c.key, StepDigest(c.chainID, c.addrs.E3Manager, e3ID, step, payloadHash))
}

// SignReceipt signs an input receipt for inputHash of e3ID with the client's key.
func (c *Client) SignReceipt(e3ID uint64, inputHash common.Hash) ([]byte, error) {
	if c.key == nil {
		return nil, ErrNoKey
	}
	return Sign(c.key, ReceiptDigest(c.chainID, c.addrs.E3Manager, e3ID, inputHash, c.from))
}

// SlashEquivocation submits two different payloads signed by one member for one step.
func (c *Client) SlashEquivocation(ctx context.Context, e3ID uint64, step, payloadA common.Hash, sigA []byte, payloadB common.Hash, sigB []byte) (*types.Receipt, error) {
	return c.transact(ctx, c.slasherCall("slashEquivocation", u256(e3ID), step, payloadA, sigA, payloadB, sigB))
}

// SlashMissingInput submits node's signed receipt for an input that was not committed.
func (c *Client) SlashMissingInput(ctx context.Context, e3ID uint64, inputHash common.Hash, node common.Address, sig []byte) (*types.Receipt, error) {
	return c.transact(ctx, c.slasherCall("slashMissingInput", u256(e3ID), inputHash, node, sig))
}

// WithdrawRewards pays out slashing rewards and compensation owed by the slasher.
func (c *Client) WithdrawRewards(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.slasherCall("withdraw"))
}

// SlasherPending reads what the slasher owes account.
func (c *Client) SlasherPending(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := c.slasher.PendingWithdrawals(c.callOpts(ctx), account)
	return v, wrapCall("slasher.pendingWithdrawals", err)
}

// ExpectedCommittee recomputes an E3's committee from the ledger alone (seed
// and registry snapshot) with Committee: what every member and verifier
// checks the finalized committee against.
func (c *Client) ExpectedCommittee(ctx context.Context, e3ID uint64) ([]Seat, error) {
	e, err := c.GetE3(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	seed, err := c.Seed(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	snap, err := c.Snapshot(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	return Committee(seed, e3ID, snap, int(e.N))
}

// SubmitBestTicket submits the account's lowest-scoring ticket for e3ID (the
// only one worth sending). It returns ErrInvalidTicket's sentinel when the
// account holds no ticket at the E3's snapshot, and ErrScoreTooHigh's when the
// ticket cannot enter the n lowest.
func (c *Client) SubmitBestTicket(ctx context.Context, e3ID uint64) (uint64, common.Hash, *types.Receipt, error) {
	e, err := c.GetE3(ctx, e3ID)
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	seed, err := c.Seed(ctx, e3ID)
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	tickets, err := c.TicketsAt(ctx, c.from, e.RequestBlock-1, e.TicketPrice)
	if err != nil {
		return 0, common.Hash{}, nil, err
	}
	ticket, score, ok := BestTicket(seed, e3ID, c.from, tickets)
	if !ok {
		return 0, common.Hash{}, nil, fmt.Errorf("ledger: submitTicket: %s holds no ticket: %w", c.from, ErrInvalidTicket)
	}
	r, err := c.SubmitTicket(ctx, e3ID, ticket)
	return ticket, score, r, err
}
