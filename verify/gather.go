package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
)

// Source supplies blobs by hash: a node's HTTP API (the SDK's), or a node's
// own store and peers. Sources are untrusted: Gather keeps only bytes that
// hash to what the ledger committed.
type Source interface {
	// Blob returns the blob with keccak-256 hash h.
	Blob(ctx context.Context, h common.Hash) ([]byte, error)
	// Envelopes lists the hashes of the signed envelopes of one kind the
	// source holds for an E3: decryption shares (check 5) and eval-share
	// announcements (check 4). No ledger event names them, so a source's
	// list is all there is; each envelope is then fetched with Blob.
	Envelopes(ctx context.Context, e3ID uint64, kind message.Kind) ([]common.Hash, error)
}

// Gather reads an E3's public record: the ledger's record, views and events
// through lc, and every committed blob from the first source that supplies
// bytes matching its hash. Unavailable blobs stay nil (the checks fail on
// them); only an unreachable ledger or an unknown E3 is an error.
func Gather(ctx context.Context, lc *ledger.Client, e3ID uint64, sources ...Source) (*Record, error) {
	rec, err := lc.GetE3(ctx, e3ID)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRecord, err)
	}
	if ledger.Phase(rec.Phase) == ledger.PhaseNone {
		return nil, fmt.Errorf("%w: E3 %d: %w", ErrRecord, e3ID, ledger.ErrUnknownE3)
	}
	r := &Record{E3ID: e3ID, ChainID: lc.ChainID(), E3Manager: lc.Addresses().E3Manager, E3: rec}
	fetch := func(h common.Hash) []byte {
		if h == (common.Hash{}) {
			return nil
		}
		for _, s := range sources {
			if b, err := s.Blob(ctx, h); err == nil && crypto.Keccak256Hash(b) == h {
				return b
			}
		}
		return nil
	}
	steps := []func() error{
		func() (err error) { r.Head, err = lc.Eth().BlockNumber(ctx); return err },
		func() (err error) { r.Params, err = lc.Params(ctx, e3ID); return err },
		func() (err error) { r.SeedBlock, err = lc.Seed(ctx, e3ID); return err },
		func() (err error) { r.Snapshot, err = lc.Snapshot(ctx, e3ID); return err },
		func() (err error) { r.Committee, err = lc.CommitteeOf(ctx, e3ID); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("%w: E3 %d: %w", ErrRecord, e3ID, err)
		}
	}
	for _, name := range builtin.Registry().Names() {
		if ledger.ProgramID(name) == common.Hash(rec.ProgramId) {
			r.Program = name
		}
	}
	for _, m := range r.Committee {
		mr, err := lc.MemberOf(ctx, e3ID, m)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRecord, err)
		}
		r.Members = append(r.Members, mr)
		r.Dealings = append(r.Dealings, fetch(common.Hash(mr.DealingHash)))
		r.Masks = append(r.Masks, fetch(common.Hash(mr.MaskHash)))
	}
	r.PublicKey = fetch(common.Hash(rec.PkHash))
	events, err := lc.E3Events(ctx, e3ID)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRecord, err)
	}
	stages := make([]Stage, rec.Stages)
	for i := range stages {
		stages[i].Index = i
		if stages[i].Ledger, err = lc.StageOf(ctx, e3ID, uint8(i)); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRecord, err)
		}
		if stages[i].Plaintext, err = lc.Plaintext(ctx, e3ID, uint8(i)); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrRecord, err)
		}
		stages[i].Output = fetch(common.Hash(stages[i].Ledger.OutputHash))
	}
	stage := func(k uint8) *Stage {
		if int(k) < len(stages) {
			return &stages[k]
		}
		return &Stage{} // an event for a stage the record does not have: ignored
	}
	for _, ev := range events {
		switch d := ev.Data.(type) {
		case *ledger.TicketSubmitted:
			r.Tickets = append(r.Tickets, Ticket{Node: d.Node, Ticket: d.Ticket.Uint64(), Score: common.BigToHash(d.Score)})
		case *ledger.InputCommitted:
			r.Inputs = append(r.Inputs, Input{Index: d.Index, Hash: d.InputHash, Root: d.InputRoot})
		case *ledger.OutputPublished:
			stage(d.Stage).Published = &Published{OutputHash: d.OutputHash, InputRoot: d.InputRoot, InputCount: d.InputCount}
		case *ledger.OutputAttested:
			s := stage(d.Stage)
			s.OutputAttesters = append(s.OutputAttesters, d.Member)
		case *ledger.PlaintextAttested:
			s := stage(d.Stage)
			s.PlaintextAttesters = append(s.PlaintextAttesters, d.Member)
		case *ledger.E3Failed:
			r.FailedIn = ledger.Phase(d.Phase)
		case *ledger.FeePaid:
			r.Fees = append(r.Fees, Payment{d.Member, new(big.Int).Set(d.Amount)})
		case *ledger.Refunded:
			r.Refunds = append(r.Refunds, Payment{d.Requester, new(big.Int).Set(d.Amount)})
		case *ledger.MemberPenalized:
			r.Penalties = append(r.Penalties, Payment{d.Member, new(big.Int).Set(d.Amount)})
		}
	}
	for i := range r.Inputs {
		r.Inputs[i].Blob = fetch(r.Inputs[i].Hash)
	}
	// Signed envelopes: the union of what every source lists, by kind.
	envelopes := func(kind message.Kind, keep func(raw []byte, env *message.Envelope)) {
		seen := map[common.Hash]bool{}
		for _, s := range sources {
			hashes, err := s.Envelopes(ctx, e3ID, kind)
			if err != nil {
				continue
			}
			for _, h := range hashes {
				if seen[h] {
					continue
				}
				seen[h] = true
				raw := fetch(h)
				env := new(message.Envelope)
				if raw == nil || env.UnmarshalBinary(raw) != nil || env.E3ID != e3ID || env.Kind != kind {
					continue // not such an envelope of this E3: a confused source
				}
				keep(raw, env)
			}
		}
	}
	// A payload travels inline when small, else is announced by hash; each
	// is fetched once by the payload hash its member signed.
	blobs := map[common.Hash][]byte{}
	signed := func(raw []byte, env *message.Envelope) Signed {
		blob, ok := blobs[env.PayloadHash]
		if !ok {
			if len(env.Payload) > 0 && crypto.Keccak256Hash(env.Payload) == env.PayloadHash {
				blob = env.Payload
			} else {
				blob = fetch(env.PayloadHash)
			}
			blobs[env.PayloadHash] = blob
		}
		return Signed{Envelope: raw, Blob: blob}
	}
	envelopes(message.KindDecryptionShare, func(raw []byte, env *message.Envelope) {
		s := stage(env.Stage)
		s.Shares = append(s.Shares, signed(raw, env))
	})
	envelopes(message.KindEvalShare, func(raw []byte, env *message.Envelope) {
		r.EvalShares = append(r.EvalShares, signed(raw, env))
	})
	r.Stages = stages
	return r, nil
}

// Result reads a completed E3's result from the ledger alone — every
// stage's accepted plaintext and the committed input hashes — and decodes
// it with inst, the E3's configured program. It trusts no node, but checks
// nothing either: Verify does. Node and SDK result endpoints use it.
func Result(ctx context.Context, lc *ledger.Client, inst program.Instance, e3ID uint64) (json.RawMessage, error) {
	rec, err := lc.GetE3(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	if ledger.Phase(rec.Phase) != ledger.PhaseCompleted {
		return nil, fmt.Errorf("verify: E3 %d is in phase %s: %w", e3ID, ledger.Phase(rec.Phase), ErrNotCompleted)
	}
	released := make([][]uint64, inst.Stages())
	for stage := range released {
		pt, err := lc.Plaintext(ctx, e3ID, uint8(stage))
		if err != nil {
			return nil, err
		}
		if released[stage], err = program.DecodeRelease(pt); err != nil {
			return nil, fmt.Errorf("verify: E3 %d stage %d plaintext: %w", e3ID, stage, err)
		}
	}
	events, err := lc.E3Events(ctx, e3ID)
	if err != nil {
		return nil, err
	}
	var hashes [][]byte
	for _, ev := range events {
		if c, ok := ev.Data.(*ledger.InputCommitted); ok {
			hashes = append(hashes, c.InputHash[:])
		}
	}
	return program.DecodeResult(inst, int(rec.InputCount), released, hashes)
}

// Verify gathers an E3's record and runs the checks.
func Verify(ctx context.Context, lc *ledger.Client, e3ID uint64, sources ...Source) (*Report, error) {
	r, err := Gather(ctx, lc, e3ID, sources...)
	if err != nil {
		return nil, err
	}
	return Run(r), nil
}
