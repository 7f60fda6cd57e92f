package ledger

import (
	"bytes"
	"errors"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/program"
)

// TestE3Calls walks one two-stage E3 through every E3Manager function,
// provoking each revert at the phase where it can happen and then taking the
// success path.
func TestE3Calls(t *testing.T) {
	e := newEnv(t, 6)
	ctx := e.ctx
	e.register(2, 2, 2, 2, 2, 2)
	own, x := e.owner, e.outsider

	// Programs and fees.
	spec := ProgramSpec{Name: "two", Stages: 2, Presets: big.NewInt(1 << PresetDev), MinN: 2, MaxN: 6, MaxInputs: 3, ParamMin: []uint64{1}, ParamMax: []uint64{5}}
	bad := spec
	bad.Stages = 0
	inverted := spec
	inverted.Name, inverted.ParamMin, inverted.ParamMax = "inverted", []uint64{5}, []uint64{1}
	two := ProgramID("two")
	e.expectReverts([]rv{
		{"register program by non-owner", ErrNotOwner, func() (*types.Receipt, error) { _, r, err := x.RegisterProgram(ctx, spec); return r, err }},
		{"register existing program", ErrProgramExists, func() (*types.Receipt, error) {
			s := spec
			s.Name = "tally"
			_, r, err := own.RegisterProgram(ctx, s)
			return r, err
		}},
		{"zero stages", ErrInvalidProgram, func() (*types.Receipt, error) { _, r, err := own.RegisterProgram(ctx, bad); return r, err }},
		{"inverted bounds", ErrInvalidProgram, func() (*types.Receipt, error) { _, r, err := own.RegisterProgram(ctx, inverted); return r, err }},
		{"enable by non-owner", ErrNotOwner, func() (*types.Receipt, error) { return x.SetProgramEnabled(ctx, two, false) }},
		{"enable unknown", ErrUnknownProgram, func() (*types.Receipt, error) { return own.SetProgramEnabled(ctx, two, false) }},
		{"fees by non-owner", ErrNotOwner, func() (*types.Receipt, error) { return x.SetFeeSchedule(ctx, e.cfg.Fees) }},
		{"quote unknown", ErrUnknownProgram, func() (*types.Receipt, error) { _, err := x.Quote(ctx, two, 3); return nil, err }},
	})
	if _, _, err := own.RegisterProgram(ctx, spec); err != nil {
		t.Fatal(err)
	}
	if p, _ := x.GetProgram(ctx, two); !p.Registered || !p.Enabled || p.Stages != 2 || p.Name != "two" {
		t.Fatalf("program record %+v", p)
	}
	e.must(own.SetFeeSchedule(ctx, e.cfg.Fees))
	e.must(own.SetProgramEnabled(ctx, two, false))

	req := func(mod func(*Request)) func() (*types.Receipt, error) {
		return func() (*types.Receipt, error) {
			r := Request{Program: two, Params: []uint64{3}, Preset: PresetDev, N: 3, T: 2, Windows: stdWindows}
			mod(&r)
			_, rc, err := e.requester.Request(ctx, r)
			return rc, err
		}
	}
	e.expectReverts([]rv{
		{"disabled program", ErrProgramDisabled, req(func(r *Request) {})},
	})
	e.must(own.SetProgramEnabled(ctx, two, true))
	e.expectReverts([]rv{
		{"unknown program", ErrUnknownProgram, req(func(r *Request) { r.Program = ProgramID("nope"); r.Fee = eth(1) })},
		{"preset not allowed", ErrPresetNotAllowed, req(func(r *Request) { r.Preset = PresetStandard })},
		{"params length", ErrInvalidParamsLength, req(func(r *Request) { r.Params = []uint64{1, 2} })},
		{"param out of range", ErrParamOutOfRange, req(func(r *Request) { r.Params = []uint64{6} })},
		{"n below program minimum", ErrInvalidCommitteeSize, req(func(r *Request) { r.N, r.T = 1, 1 })},
		{"n above program maximum", ErrInvalidCommitteeSize, req(func(r *Request) { r.N = 7 })},
		{"t zero", ErrInvalidThreshold, req(func(r *Request) { r.T = 0 })},
		{"t above n", ErrInvalidThreshold, req(func(r *Request) { r.T = 4 })},
		{"zero ticket window", ErrInvalidWindow, req(func(r *Request) { r.Windows.Ticket = 0 })},
		{"ticket window beyond blockhash reach", ErrInvalidWindow, req(func(r *Request) { r.Windows.Ticket = 201 })},
		{"zero decrypt window", ErrInvalidWindow, req(func(r *Request) { r.Windows.Decrypt = 0 })},
		{"fee below quote", ErrInsufficientFee, req(func(r *Request) { r.Fee = big.NewInt(1) })},
	})

	id, _, err := e.requester.Request(ctx, Request{Program: two, Params: []uint64{3}, Preset: PresetDev, N: 3, T: 2, Windows: stdWindows})
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := x.GetE3(ctx, id)
	if ps, _ := x.Params(ctx, id); len(ps) != 1 || ps[0] != 3 {
		t.Fatalf("params %v", ps)
	}

	// Committee.
	n0 := e.nodes[0]
	e.expectReverts([]rv{
		{"ticket before the seed block", ErrSeedNotAvailable, func() (*types.Receipt, error) { return n0.SubmitTicket(ctx, id, 0) }},
		{"ticket for unknown E3", ErrUnknownE3, func() (*types.Receipt, error) { return n0.SubmitTicket(ctx, 999, 0) }},
		{"finalize during the window", ErrTicketWindowOpen, func() (*types.Receipt, error) { return x.FinalizeCommittee(ctx, id) }},
		{"fail before the deadline", ErrPhaseNotExpired, func() (*types.Receipt, error) { return x.MarkFailed(ctx, id) }},
	})
	e.mineTo(rec.RequestBlock + 2)
	seed, _ := x.Seed(ctx, id)
	snap, _ := x.Snapshot(ctx, id)
	type ranked struct {
		c      *Client
		ticket uint64
		score  common.Hash
	}
	var rank []ranked
	for _, w := range snap {
		tk, sc, _ := BestTicket(seed, id, w.Node, w.Tickets)
		rank = append(rank, ranked{e.byAddr(w.Node), tk, sc})
	}
	sort.Slice(rank, func(i, j int) bool { return bytes.Compare(rank[i].score[:], rank[j].score[:]) < 0 })
	e.expectReverts([]rv{
		{"ticket without bond", ErrInvalidTicket, func() (*types.Receipt, error) { return x.SubmitTicket(ctx, id, 0) }},
		{"ticket beyond the node's count", ErrInvalidTicket, func() (*types.Receipt, error) { return n0.SubmitTicket(ctx, id, 2) }},
	})
	if _, _, _, err := x.SubmitBestTicket(ctx, id); !errors.Is(err, ErrInvalidTicket) {
		t.Fatalf("SubmitBestTicket without bond = %v; want ErrInvalidTicket", err)
	}
	// Rank 4 enters first and is dropped when rank 3 arrives.
	for _, i := range []int{3, 0, 1, 2} {
		e.must(rank[i].c.SubmitTicket(ctx, id, rank[i].ticket))
	}
	e.expectReverts([]rv{
		{"ticket above the n lowest", ErrScoreTooHigh, func() (*types.Receipt, error) { return rank[4].c.SubmitTicket(ctx, id, rank[4].ticket) }},
		{"second ticket", ErrTicketAlreadySubmitted, func() (*types.Receipt, error) { return rank[0].c.SubmitTicket(ctx, id, rank[0].ticket) }},
	})
	cands, scores, _ := x.Candidates(ctx, id)
	for i := range cands {
		if cands[i] != rank[i].c.Address() || common.BigToHash(scores[i]) != rank[i].score {
			t.Fatalf("candidate %d = %s; want %s", i, cands[i], rank[i].c.Address())
		}
	}
	e.mineTo(rec.Deadline + 1)
	e.expectReverts([]rv{
		{"ticket after the window", ErrTicketWindowClosed, func() (*types.Receipt, error) { return rank[5].c.SubmitTicket(ctx, id, rank[5].ticket) }},
		{"fail with a full committee", ErrCommitteeComplete, func() (*types.Receipt, error) { return x.MarkFailed(ctx, id) }},
	})
	e.must(x.FinalizeCommittee(ctx, id))
	ms := e.members(id)
	m1, m2, m3 := ms[0], ms[1], ms[2]
	nonMember := rank[4].c
	e.expectReverts([]rv{
		{"finalize twice", ErrWrongPhase, func() (*types.Receipt, error) { return x.FinalizeCommittee(ctx, id) }},
		{"ticket after finalize", ErrWrongPhase, func() (*types.Receipt, error) { return rank[5].c.SubmitTicket(ctx, id, 0) }},
		{"inputs during keygen", ErrWrongPhase, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, []common.Hash{inHash(0)}) }},
		{"confirm before all shares", ErrKeySharesIncomplete, func() (*types.Receipt, error) { return m1.ConfirmPublicKey(ctx, id, pkHash) }},
		{"key share by non-member", ErrNotMember, func() (*types.Receipt, error) { return nonMember.PublishKeyShare(ctx, id, ksHash(0), dealHash(0)) }},
		{"zero key share hash", ErrZeroHash, func() (*types.Receipt, error) { return m1.PublishKeyShare(ctx, id, common.Hash{}, dealHash(0)) }},
	})

	// Keygen.
	e.must(m1.PublishKeyShare(ctx, id, ksHash(0), dealHash(0)))
	e.expectReverts([]rv{{"key share twice", ErrAlreadyPublished, func() (*types.Receipt, error) { return m1.PublishKeyShare(ctx, id, ksHash(0), dealHash(0)) }}})
	e.must(m2.PublishKeyShare(ctx, id, ksHash(1), dealHash(1)))
	e.must(m3.PublishKeyShare(ctx, id, ksHash(2), dealHash(2)))
	e.expectReverts([]rv{{"zero pk hash", ErrZeroHash, func() (*types.Receipt, error) { return m1.ConfirmPublicKey(ctx, id, common.Hash{}) }}})
	e.must(m1.ConfirmPublicKey(ctx, id, pkHash))
	e.expectReverts([]rv{{"confirm twice", ErrAlreadyConfirmed, func() (*types.Receipt, error) { return m1.ConfirmPublicKey(ctx, id, pkHash) }}})
	e.must(m2.ConfirmPublicKey(ctx, id, pkHash))
	e.must(m3.ConfirmPublicKey(ctx, id, pkHash))
	if mb, _ := x.MemberOf(ctx, id, m2.Address()); mb.Index != 2 || !mb.KeyShare || !mb.PkConfirmed || mb.KeyShareHash != ksHash(1) {
		t.Fatalf("member record %+v", mb)
	}

	// Inputs.
	root := inputRoot([]common.Hash{inHash(1), inHash(2), inHash(3)})
	e.expectReverts([]rv{
		{"key share after keygen", ErrWrongPhase, func() (*types.Receipt, error) { return m1.PublishKeyShare(ctx, id, ksHash(0), dealHash(0)) }},
		{"output during the input window", ErrInputWindowOpen, func() (*types.Receipt, error) { return m1.PublishOutput(ctx, id, 0, inHash(9), root, 3) }},
		{"empty batch", ErrEmptyBatch, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, nil) }},
		{"zero input hash", ErrZeroHash, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, []common.Hash{{}}) }},
		{"duplicate in one batch", ErrDuplicateInput, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, []common.Hash{inHash(1), inHash(1)}) }},
	})
	e.must(x.PublishInputs(ctx, id, []common.Hash{inHash(1), inHash(2)}))
	e.expectReverts([]rv{
		{"duplicate across batches", ErrDuplicateInput, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, []common.Hash{inHash(1)}) }},
		{"more than the program's inputs", ErrTooManyInputs, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, []common.Hash{inHash(3), inHash(4)}) }},
	})
	e.must(m3.PublishInputs(ctx, id, []common.Hash{inHash(3)}))
	rec, _ = x.GetE3(ctx, id)
	e.mineTo(rec.InputDeadline + 1)

	// Stage 0 output.
	out0 := crypto.Keccak256Hash([]byte("out0"))
	e.expectReverts([]rv{
		{"inputs after the window", ErrInputWindowClosed, func() (*types.Receipt, error) { return x.PublishInputs(ctx, id, []common.Hash{inHash(7)}) }},
		{"attest before any output", ErrWrongPhase, func() (*types.Receipt, error) { return m1.AttestOutput(ctx, id, 0, out0) }},
		{"output by non-member without provider", ErrNotComputeProvider, func() (*types.Receipt, error) { return x.PublishOutput(ctx, id, 0, out0, root, 3) }},
		{"output for a later stage", ErrWrongStage, func() (*types.Receipt, error) { return m1.PublishOutput(ctx, id, 1, out0, root, 3) }},
		{"zero output", ErrZeroHash, func() (*types.Receipt, error) { return m1.PublishOutput(ctx, id, 0, common.Hash{}, root, 3) }},
		{"wrong input root", ErrInputRootMismatch, func() (*types.Receipt, error) { return m1.PublishOutput(ctx, id, 0, out0, inHash(1), 3) }},
		{"wrong input count", ErrInputRootMismatch, func() (*types.Receipt, error) { return m1.PublishOutput(ctx, id, 0, out0, root, 2) }},
	})
	e.must(m1.PublishOutput(ctx, id, 0, out0, root, 3))
	e.expectReverts([]rv{
		{"output twice", ErrAlreadyPublished, func() (*types.Receipt, error) { return m1.PublishOutput(ctx, id, 0, out0, root, 3) }},
		{"attest by non-member", ErrNotMember, func() (*types.Receipt, error) { return nonMember.AttestOutput(ctx, id, 0, out0) }},
		{"attest another output", ErrOutputHashMismatch, func() (*types.Receipt, error) { return m1.AttestOutput(ctx, id, 0, inHash(1)) }},
		{"attest a later stage", ErrWrongStage, func() (*types.Receipt, error) { return m1.AttestOutput(ctx, id, 1, out0) }},
		{"plaintext before acceptance", ErrWrongPhase, func() (*types.Receipt, error) { return m1.PublishPlaintext(ctx, id, 0, []byte("p")) }},
	})
	e.must(m1.AttestOutput(ctx, id, 0, out0))
	e.expectReverts([]rv{{"attest twice", ErrAlreadyAttested, func() (*types.Receipt, error) { return m1.AttestOutput(ctx, id, 0, out0) }}})
	e.must(m2.AttestOutput(ctx, id, 0, out0))
	if st, _ := x.StageOf(ctx, id, 0); !st.OutputAccepted || st.OutputAttestations != 2 || st.OutputHash != out0 {
		t.Fatalf("stage record %+v", st)
	}

	// Stage 0 plaintext.
	p0 := []byte("stage zero")
	e.expectReverts([]rv{
		{"plaintext by a member that did not attest", ErrNotAttested, func() (*types.Receipt, error) { return m3.PublishPlaintext(ctx, id, 0, p0) }},
		{"empty plaintext", ErrPlaintextTooLarge, func() (*types.Receipt, error) { return m1.PublishPlaintext(ctx, id, 0, []byte{}) }},
		{"oversized plaintext", ErrPlaintextTooLarge, func() (*types.Receipt, error) {
			return m1.PublishPlaintext(ctx, id, 0, make([]byte, program.MaxRelease+1))
		}},
		{"plaintext for a later stage", ErrWrongStage, func() (*types.Receipt, error) { return m1.PublishPlaintext(ctx, id, 1, p0) }},
	})
	e.must(m1.PublishPlaintext(ctx, id, 0, p0))
	h0 := crypto.Keccak256Hash(p0)
	e.expectReverts([]rv{
		{"same plaintext twice", ErrAlreadyPublished, func() (*types.Receipt, error) { return m2.PublishPlaintext(ctx, id, 0, p0) }},
		{"attest unpublished plaintext", ErrUnknownPlaintext, func() (*types.Receipt, error) { return m1.AttestPlaintext(ctx, id, 0, inHash(5)) }},
		{"attest plaintext without output attestation", ErrNotAttested, func() (*types.Receipt, error) { return m3.AttestPlaintext(ctx, id, 0, h0) }},
	})
	e.must(m1.AttestPlaintext(ctx, id, 0, h0))
	e.expectReverts([]rv{{"attest plaintext twice", ErrAlreadyAttested, func() (*types.Receipt, error) { return m1.AttestPlaintext(ctx, id, 0, h0) }}})
	e.must(m3.AttestOutput(ctx, id, 0, out0)) // late output attestation still counts as a duty
	e.must(m2.AttestPlaintext(ctx, id, 0, h0))
	if v, _ := x.e3.PlaintextVotesOf(nil, u256(id), 0, h0); v != 2 {
		t.Fatalf("plaintext votes %d; want 2", v)
	}

	// Stage 1.
	out1 := crypto.Keccak256Hash([]byte("out1"))
	e.expectReverts([]rv{{"attest before the stage's output", ErrOutputNotPublished, func() (*types.Receipt, error) { return m1.AttestOutput(ctx, id, 1, out1) }}})
	e.must(m2.PublishOutput(ctx, id, 1, out1, root, 3))
	for _, m := range ms {
		e.must(m.AttestOutput(ctx, id, 1, out1))
	}
	p1 := []byte("stage one")
	e.must(m3.PublishPlaintext(ctx, id, 1, p1))
	e.must(m1.AttestPlaintext(ctx, id, 1, crypto.Keccak256Hash(p1)))
	e.must(m3.AttestPlaintext(ctx, id, 1, crypto.Keccak256Hash(p1)))
	rec, _ = x.GetE3(ctx, id)
	if Phase(rec.Phase) != PhaseCompleted {
		t.Fatalf("phase %v; want completed", Phase(rec.Phase))
	}
	e.expectReverts([]rv{
		{"fail a completed E3", ErrWrongPhase, func() (*types.Receipt, error) { return x.MarkFailed(ctx, id) }},
		{"fail an unknown E3", ErrUnknownE3, func() (*types.Receipt, error) { return x.MarkFailed(ctx, 999) }},
		{"withdraw nothing", ErrNothingToWithdraw, func() (*types.Receipt, error) { return x.Withdraw(ctx) }},
	})
	for _, m := range ms {
		e.must(m.Withdraw(ctx))
	}

	// Deadlines: a call after its phase's deadline reverts until markFailed.
	id2, rec2 := e.request("tally", 3, 2, common.Address{})
	e.draw(id2)
	rec2, _ = x.GetE3(ctx, id2)
	e.mineTo(rec2.Deadline + 1)
	ms2 := e.members(id2)
	e.expectReverts([]rv{{"key share after the deadline", ErrDeadlinePassed, func() (*types.Receipt, error) { return ms2[0].PublishKeyShare(ctx, id2, ksHash(0), dealHash(0)) }}})
	e.must(x.MarkFailed(ctx, id2))
}
