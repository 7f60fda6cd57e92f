package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/protocol"
	"github.com/ciphernet/ciphernet/store"
)

// engine owns every E3's state. One dispatcher goroutine (Run) keeps the
// node-global state — the chain head, the set of known E3s, the ledger
// checkpoint — and routes each event to the E3 it concerns; every E3 has
// its own goroutine (e3worker) that alone reads and writes that E3's
// e3state and protocol machine, applying its events in the order the
// dispatcher routed them (DESIGN.md §9: one goroutine owns each E3's state
// machine). The split exists because a step can take many seconds of
// cryptography (key-share derivation, evaluation-key decoding, a program
// stage): applied on one goroutine for all E3s, one E3's computation
// stalled every other E3's input uploads and input acknowledgements until
// accepted inputs missed their ledger commitment.
//
// Every change is persisted together with the messages it causes (the
// outbox) before anything is sent. The ledger checkpoint only moves past
// an event once the E3 goroutine it was routed to has applied it (see
// checkpoint), so a crash replays whatever an E3 had not yet applied.
type engine struct {
	n      *Node
	log    *slog.Logger
	events chan any
	// e3s and head belong to the dispatcher goroutine (and to load,
	// which runs before it). The e3state inside a worker is never read
	// here once its goroutine started.
	e3s  map[uint64]*e3worker
	head uint64
	// ctx is the workers' context, set by Run (nil before: load only
	// registers workers, Run starts them); fail stops the engine with a
	// worker's error; wg waits for the workers on the way out.
	ctx  context.Context
	fail context.CancelCauseFunc
	wg   sync.WaitGroup
	// marks are the routed ledger events not yet known to be applied, in
	// ledger order; lastBlock is the last routed event's block and saved
	// the checkpoint last written (dispatcher goroutine).
	marks     []ledgerMark
	lastBlock uint64
	saved     uint64

	viewMu sync.RWMutex
	views  map[uint64]api.E3View // snapshots for the API
	status map[uint64]E3Status   // snapshots for metrics and /v1/node
	// headSeen mirrors head for readers outside the dispatcher goroutine.
	headSeen atomic.Uint64
	// applyHook, if set (tests only), runs in an E3's goroutine before it
	// applies each event (standing in for heavy cryptography).
	applyHook atomic.Pointer[func(e3 uint64)]
}

// e3worker is one E3's goroutine and inbox. The dispatcher is the only
// sender on inbox, and sends block (an event is never dropped): the inbox
// is large enough that a busy E3 rarely holds the dispatcher up. Ticks are
// coalesced instead of queued — one at most waits in the inbox and it
// carries the latest head when taken — so a long computation does not
// fill the inbox with stale ticks.
type e3worker struct {
	id    uint64
	inbox chan any
	// s is the state handed to the goroutine when it starts; the
	// dispatcher only tests it for nil (a retired E3) afterwards.
	s *e3state
	// done is set by the goroutine once the E3 completed or failed; the
	// dispatcher then retires it: closes the inbox (the goroutine drains
	// what is queued and exits) and drops the state.
	done atomic.Bool
	// head is the latest chain head; tickQueued marks a tick waiting in
	// the inbox.
	head       atomic.Uint64
	tickQueued atomic.Bool
}

// inboxSize is how many events wait for one busy E3 before the
// dispatcher blocks.
const inboxSize = 4096

// ledgerMark is a ledger event routed to an E3 goroutine: applied is set
// once the goroutine has applied (and persisted) it.
type ledgerMark struct {
	block   uint64
	applied *atomic.Bool
}

// e3state is what the engine knows of one E3 (owned by its e3worker
// goroutine).
type e3state struct {
	id uint64
	// head is the chain head as this E3's goroutine last learned it.
	head      uint64
	rec       ledger.E3
	program   string
	inst      program.Instance
	members   []common.Address
	self      int // party index, 0 if not a member
	m         *protocol.Machine
	ticketed  bool
	finalized bool
	inputs    map[uint64]store.Hash // ledger index → hash
	fetching  map[store.Hash]bool
	plaintext map[common.Hash][]byte // candidates by hash
	released  int                    // stages released
	done      bool
	// decryptDeadline is the current stage's decrypt deadline (block);
	// timedOut marks that the uncertified fallback already ran for it.
	decryptDeadline uint64
	timedOut        bool
	// acks[h] holds the members known to hold an input this node accepted
	// (itself included); at t it is committed.
	acks map[store.Hash]map[int]bool
	// resend schedules the next announcement of each unacknowledged input:
	// the gap doubles each time (up to maxResendGap blocks), so a backlog
	// of unacknowledged inputs cannot flood the topic with announcements
	// faster than members can fetch what was announced.
	resend map[store.Hash]resendAt
	// announced is the head at the last (re-)announcement of unacknowledged
	// inputs.
	announced uint64
	// ownAnnounced is the head at the last re-announcement of what this
	// member published off the ledger (reannounceOwn).
	ownAnnounced uint64
	// pendingOutput is an output published before this member closed its
	// inputs; it is attested (or not) right after.
	pendingOutput *ledger.OutputPublished
	// stageStart[k] is the block at which stage k ≥ 1 became computable
	// (the previous stage's release); stage 0 starts at the input
	// deadline. Provider turns count from it (provider.go in protocol).
	stageStart map[int]uint64
	// outputSeen[k] records that stage k's output is on the ledger, so no
	// provider turn is taken for it.
	outputSeen map[int]bool
	clock      phaseClock
}

// Engine inputs. The dispatcher stamps the events it routes to an E3
// goroutine with its head (that goroutine's clock); applied marks a ledger
// event's application for the checkpoint.
type (
	evLedger struct {
		ev      ledger.Event
		head    uint64
		applied *atomic.Bool
	}
	evTick  struct{ head uint64 }
	evTopic struct {
		env   *message.Envelope
		index int
	}
	evBlob struct {
		e3   uint64
		kind string
		from int
		hash store.Hash
		data []byte
	}
	evInput struct {
		e3    uint64
		blob  []byte
		hash  store.Hash
		head  uint64
		reply chan inputReply
	}
)

type inputReply struct {
	receipt api.Receipt
	err     error
}

// outMsg is one outbox entry: a ledger transaction or a topic message.
type outMsg struct {
	Op     string        `json:"op"`
	E3     uint64        `json:"e3"`
	Stage  uint8         `json:"stage,omitempty"`
	Hashes []common.Hash `json:"hashes,omitempty"`
	Data   []byte        `json:"data,omitempty"`
}

func newEngine(n *Node) *engine {
	return &engine{n: n, log: n.log, events: make(chan any, 1024), e3s: map[uint64]*e3worker{}, views: map[uint64]api.E3View{}, status: map[uint64]E3Status{}}
}

// Name implements Service.
func (g *engine) Name() string { return "engine" }

// Run implements Service: it starts the goroutines of the E3s load
// restored, then dispatches events until ctx ends or an E3 goroutine
// fails (its error, or its panic, stops the node: crash-only).
func (g *engine) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancelCause(ctx)
	g.ctx, g.fail = ctx, cancel
	defer g.wg.Wait() // after cancel: workers stop at their next event
	defer cancel(nil)
	for _, w := range g.e3s {
		g.start(w)
	}
	for {
		select {
		case <-ctx.Done():
			if err := context.Cause(ctx); !errors.Is(err, context.Canceled) {
				return err
			}
			return nil
		case ev := <-g.events:
			if err := g.dispatch(ctx, ev); err != nil {
				return err
			}
		}
	}
}

// post hands an event to the engine (from other goroutines).
func (g *engine) post(ctx context.Context, ev any) {
	select {
	case g.events <- ev:
	case <-ctx.Done():
	}
}

// start runs w's goroutine. A panic in it (Lattigo panics on some inputs)
// or a fatal error (store failures) stops the engine with that error.
func (g *engine) start(w *e3worker) {
	if w.s == nil {
		return
	}
	ctx, s := g.ctx, w.s
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if r := recover(); r != nil {
				g.fail(fmt.Errorf("node: E3 %d panicked: %v", w.id, r))
			}
		}()
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-w.inbox:
				if !ok {
					return // retired
				}
				for _, ev := range gather(w, ev) {
					if _, tick := ev.(evTick); tick {
						w.tickQueued.Store(false)
						ev = evTick{head: w.head.Load()}
					}
					if hook := g.applyHook.Load(); hook != nil {
						(*hook)(w.id)
					}
					if err := g.apply(ctx, s, ev); err != nil {
						g.fail(fmt.Errorf("node: E3 %d: %w", w.id, err))
						return
					}
					if le, ok := ev.(evLedger); ok && le.applied != nil {
						le.applied.Store(true)
					}
					if s.done {
						w.done.Store(true)
					}
				}
			}
		}
	}()
}

// maxUploadBatch bounds the uploads stored in one store transaction.
const maxUploadBatch = 64

// evInputs is a run of uploads queued back to back, accepted together.
type evInputs []evInput

// gather returns the events to apply after receiving ev: ev itself, or —
// when ev is an upload — it and the uploads queued right behind it as one
// evInputs (then the first other event taken, which keeps its place).
// Concurrent uploads to a busy E3 then share one store transaction: a
// 512 KiB input's transaction takes ~40 ms on a loaded node, and the E3's
// goroutine is serial (docs/BENCHMARKS.md).
func gather(w *e3worker, ev any) []any {
	in, ok := ev.(evInput)
	if !ok {
		return []any{ev}
	}
	batch := evInputs{in}
	for len(batch) < maxUploadBatch {
		select {
		case next, ok := <-w.inbox:
			if !ok {
				return []any{batch} // retired: the loop sees the closed inbox next
			}
			if in, isInput := next.(evInput); isInput {
				batch = append(batch, in)
				continue
			}
			return []any{batch, next}
		default:
			return []any{batch}
		}
	}
	return []any{batch}
}

// send queues ev for w's goroutine, waiting while its inbox is full.
func (g *engine) send(ctx context.Context, w *e3worker, ev any) {
	select {
	case w.inbox <- ev:
	case <-ctx.Done():
	}
}

// live returns the running worker of E3 id, nil if the node does not know
// the E3 or it is over (its goroutine retired).
func (g *engine) live(id uint64) *e3worker {
	w := g.e3s[id]
	if w == nil || w.s == nil {
		return nil
	}
	if w.done.Load() {
		// Its goroutine saw the completion or failure: it drains what is
		// queued and exits; later events have nothing left to act on.
		close(w.inbox)
		w.s = nil
		return nil
	}
	return w
}

// dispatch routes one event (dispatcher goroutine). Errors returned here
// are fatal (store failures).
func (g *engine) dispatch(ctx context.Context, ev any) error {
	switch ev := ev.(type) {
	case evLedger:
		g.lastBlock = ev.ev.BlockNumber
		if id, ok := ledgerE3(ev.ev.Data); ok {
			switch ev.ev.Data.(type) {
			case *ledger.E3Requested, *ledger.CommitteeFinalized:
				if _, err := g.state(ctx, id); err != nil {
					return err
				}
			}
			if w := g.live(id); w != nil {
				ev.head, ev.applied = g.head, new(atomic.Bool)
				g.marks = append(g.marks, ledgerMark{block: ev.ev.BlockNumber, applied: ev.applied})
				g.send(ctx, w, ev)
			}
		}
		return g.checkpoint()
	case evTick:
		g.head = ev.head
		g.headSeen.Store(ev.head)
		for id := range g.e3s {
			if w := g.live(id); w != nil {
				w.head.Store(ev.head)
				if !w.tickQueued.Swap(true) {
					g.send(ctx, w, evTick{})
				}
			}
		}
		return g.checkpoint()
	case evTopic:
		if w := g.live(ev.env.E3ID); w != nil {
			g.send(ctx, w, ev)
		}
	case evBlob:
		if w := g.live(ev.e3); w != nil {
			g.send(ctx, w, ev)
		}
	case evInput:
		w := g.live(ev.e3)
		switch {
		case w != nil:
			ev.head = g.head
			g.send(ctx, w, ev)
		case g.e3s[ev.e3] != nil:
			ev.reply <- inputReply{err: fmt.Errorf("%w: E3 %d is over", api.ErrClosed, ev.e3)}
		default:
			ev.reply <- inputReply{err: api.ErrUnknownE3}
		}
	}
	return nil
}

// checkpoint records the block the ledger watcher resumes from after a
// restart: the block of the oldest routed event an E3 goroutine has not
// applied yet (replayed with its whole block; handlers ignore what they
// already applied), else the last routed event's block. E3 goroutines
// apply their events concurrently, so the checkpoint never moves past an
// event that is still queued or being applied: a crash cannot lose it.
func (g *engine) checkpoint() error {
	for len(g.marks) > 0 && g.marks[0].applied.Load() {
		g.marks = g.marks[1:]
	}
	cp := g.lastBlock
	if len(g.marks) > 0 {
		cp = g.marks[0].block
	}
	if cp == 0 || cp == g.saved {
		return nil
	}
	g.saved = cp
	return g.n.st.Update(func(tx *store.Tx) error { return tx.SetCheckpoint(cp) })
}

// ledgerE3 is the E3 a ledger event the engine acts on concerns.
func ledgerE3(data any) (uint64, bool) {
	var id *big.Int
	switch d := data.(type) {
	case *ledger.E3Requested:
		id = d.E3Id
	case *ledger.CommitteeFinalized:
		id = d.E3Id
	case *ledger.KeyShareCommitted:
		id = d.E3Id
	case *ledger.PublicKeyPublished:
		id = d.E3Id
	case *ledger.InputCommitted:
		id = d.E3Id
	case *ledger.MaskCommitted:
		id = d.E3Id
	case *ledger.OutputPublished:
		id = d.E3Id
	case *ledger.OutputAccepted:
		id = d.E3Id
	case *ledger.PlaintextPublished:
		id = d.E3Id
	case *ledger.PlaintextAccepted:
		id = d.E3Id
	case *ledger.E3Completed:
		id = d.E3Id
	case *ledger.E3Failed:
		id = d.E3Id
	}
	if id == nil {
		return 0, false
	}
	return id.Uint64(), true
}

// apply handles one event of s (s's goroutine). Errors returned here are
// fatal (store failures); protocol refusals are logged and counted, never
// fatal.
func (g *engine) apply(ctx context.Context, s *e3state, ev any) error {
	switch ev := ev.(type) {
	case evLedger:
		s.head = max(s.head, ev.head)
		return g.onLedger(ctx, s, ev.ev)
	case evTick:
		s.head = max(s.head, ev.head)
		return g.onTick(ctx, s)
	case evTopic:
		if s.m == nil {
			return nil
		}
		switch ev.env.Kind {
		case message.KindDecryptionShare:
			g.n.fileReceived(ev.env) // audit trail (audit.go)
			if len(ev.env.Payload) > 0 {
				return g.step(s, func() ([]protocol.Action, error) { return s.m.OnDecryptionShare(ev.index, ev.env.Payload, true) })
			}
			// Above MaxInline (large presets) the share is announced by
			// hash: pull it unless it is for another stage or already held.
			if int(ev.env.Stage) != s.m.Stage || s.m.Shares[ev.index-1] != nil {
				return nil
			}
			return g.onAnnounced(ctx, s, ev.index, ev.env)
		case message.KindInput:
			return g.onReplica(ctx, s, ev.index, ev.env)
		case message.KindInputAck:
			return g.onAck(s, ev.index, ev.env.Payload)
		case message.KindEvalShare:
			g.n.fileReceived(ev.env) // audit trail (audit.go): the verifier needs every member's signed eval share
			if !s.m.NeedsEvalKeys() || s.m.EvalShares[ev.index-1] != (store.Hash{}) {
				return nil
			}
			return g.onAnnounced(ctx, s, ev.index, ev.env)
		case message.KindMask:
			if !s.m.NeedsMasks() || s.m.Masks[ev.index-1] != store.Hash(ev.env.PayloadHash) {
				return nil // not the committed contribution (or none committed yet)
			}
			return g.onAnnounced(ctx, s, ev.index, ev.env)
		case message.KindMaskOpening:
			g.onMaskOpening(s, ev.index, ev.env.Payload)
		}
	case evBlob:
		delete(s.fetching, ev.hash)
		if ev.kind == "retry" {
			return nil // the next tick tries again
		}
		if ev.kind == "replica" {
			return g.storeReplica(s, ev.hash, ev.data)
		}
		if err := g.n.st.Update(func(tx *store.Tx) error { return tx.PutBlobHashed(ev.hash, ev.data) }); err != nil { // the fetch checked the hash
			return err
		}
		if h := g.blobHandler(s, ev.kind); h != nil {
			if err := g.step(s, func() ([]protocol.Action, error) { return h(ev.from, ev.data) }); err != nil {
				return err
			}
			if ev.kind == "dealing" {
				return g.pullDealings(ctx, s) // its bundle next
			}
			return nil
		}
		return g.onTick(ctx, s) // inputs may now be complete
	case evInputs:
		for _, in := range ev {
			s.head = max(s.head, in.head)
		}
		g.acceptInputs(s, ev)
	}
	return nil
}

// state returns the worker of E3 id, registering one with a new state
// read from the ledger if the node does not know the E3 yet (dispatcher
// goroutine, or load before it). Its goroutine starts once Run has.
func (g *engine) state(ctx context.Context, id uint64) (*e3worker, error) {
	if w := g.e3s[id]; w != nil {
		return w, nil
	}
	rec, err := g.n.lc.GetE3(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("node: E3 %d record: %w", id, err)
	}
	s := &e3state{id: id, rec: rec, inputs: map[uint64]store.Hash{}, fetching: map[store.Hash]bool{}, plaintext: map[common.Hash][]byte{},
		acks: map[store.Hash]map[int]bool{}, resend: map[store.Hash]resendAt{}, stageStart: map[int]uint64{}, outputSeen: map[int]bool{}, head: g.head}
	s.program = g.n.programName(rec.ProgramId)
	preset, err := bfv.ByID(rec.Preset)
	if err == nil && s.program != "" {
		params, perr := g.n.lc.Params(ctx, id)
		if perr == nil {
			s.inst, err = g.n.programs.ConfigureFromLedger(s.program, preset, params)
		}
	}
	if err != nil || s.inst == nil {
		g.log.Warn("E3 with a program or preset this node cannot run", "e3", id, "program", s.program, "err", err)
	}
	w := &e3worker{id: id, inbox: make(chan any, inboxSize), s: s}
	w.head.Store(g.head)
	g.e3s[id] = w
	if g.ctx != nil {
		g.start(w)
	}
	return w, nil
}

func (g *engine) refresh(ctx context.Context, s *e3state) {
	if rec, err := g.n.lc.GetE3(ctx, s.id); err == nil {
		s.rec = rec
	}
	g.publishView(s)
}

// onLedger applies one confirmed ledger event to s (s's goroutine; the
// dispatcher checkpoints it once applied).
func (g *engine) onLedger(ctx context.Context, s *e3state, ev ledger.Event) error {
	switch d := ev.Data.(type) {
	case *ledger.E3Requested:
		g.publishView(s)
	case *ledger.CommitteeFinalized:
		g.refresh(ctx, s)
		return g.onCommittee(ctx, s, d.Members)
	case *ledger.KeyShareCommitted:
		if s.m != nil {
			if err := g.step(s, func() ([]protocol.Action, error) { return s.m.OnCommitment(int(d.Index), d.DealingHash) }); err != nil {
				return err
			}
			return g.pullDealings(ctx, s)
		}
	case *ledger.PublicKeyPublished:
		g.refresh(ctx, s)
		if s.m != nil {
			return g.step(s, func() ([]protocol.Action, error) { return s.m.OnPublicKeyPublished(d.PkHash) })
		}
	case *ledger.InputCommitted:
		s.inputs[d.Index] = d.InputHash
		g.publishView(s)
	case *ledger.MaskCommitted:
		if s.m != nil {
			return g.step(s, func() ([]protocol.Action, error) { return s.m.OnMaskCommitted(int(d.Index), d.MaskHash) })
		}
	case *ledger.OutputPublished:
		s.outputSeen[int(d.Stage)] = true
		if s.m != nil {
			if s.m.State == protocol.StateInputs {
				// The provider was faster than this member's intake (or its
				// mask set): attest once this member has re-executed.
				s.pendingOutput = d
				return nil
			}
			return g.step(s, func() ([]protocol.Action, error) { return s.m.OnOutputPublished(int(d.Stage), d.OutputHash) })
		}
	case *ledger.OutputAccepted:
		if s.m != nil {
			s.decryptDeadline, s.timedOut = d.DecryptDeadline, false
			return g.step(s, func() ([]protocol.Action, error) { return s.m.OnOutputAccepted(int(d.Stage), d.OutputHash, true) })
		}
	case *ledger.PlaintextPublished:
		s.plaintext[d.PlaintextHash] = d.Plaintext
		if s.m != nil {
			return g.step(s, func() ([]protocol.Action, error) { return s.m.OnPlaintextPublished(int(d.Stage), d.Plaintext) })
		}
	case *ledger.PlaintextAccepted:
		s.released = int(d.Stage) + 1
		s.stageStart[int(d.Stage)+1] = ev.BlockNumber // the next stage's compute window opens here
		if s.m != nil {
			if !g.haveInputs(s) {
				return fmt.Errorf("node: E3 %d: inputs missing at stage release", s.id)
			}
			pt := s.plaintext[d.PlaintextHash]
			if int(d.Stage)+1 < s.inst.Stages() {
				ok, err := g.masks(ctx, s)
				if err != nil {
					return err
				}
				if !ok || !g.evalKeys(s) {
					g.log.Error("evaluation keys or masks unavailable: cannot run the next stage", "e3", s.id, "stage", d.Stage+1)
					return nil
				}
			}
			provider := int(d.Stage)+1 < s.inst.Stages() && g.providerDue(ctx, s, int(d.Stage)+1)
			return g.step(s, func() ([]protocol.Action, error) {
				return s.m.OnStageReleased(int(d.Stage), pt, g.readInput, provider)
			})
		}
		g.refresh(ctx, s)
	case *ledger.E3Completed:
		s.done = true
		g.refresh(ctx, s)
		g.n.host.Leave(s.id)
		if s.self > 0 {
			// The fee was split among the members that did every duty,
			// into the ledger's pending withdrawals: claim it.
			return g.claimRewards(ctx)
		}
	case *ledger.E3Failed:
		s.done = true
		if s.m != nil && s.m.State != protocol.StateCompleted && s.m.State != protocol.StateFailed {
			if err := g.step(s, s.m.OnFailed); err != nil {
				return err
			}
		}
		g.refresh(ctx, s)
		g.n.host.Leave(s.id)
	}
	return nil
}

// onTick acts on deadlines the ledger only expresses as block numbers:
// submitting a ticket once the seed block exists, finalizing the committee
// after the ticket window, closing inputs after the input window, taking
// this member's provider turn when no output has appeared by then.
func (g *engine) onTick(ctx context.Context, s *e3state) error {
	if s.done || s.inst == nil {
		return nil
	}
	phase := ledger.Phase(s.rec.Phase)
	if len(s.acks) > 0 && s.head > s.announced {
		// Gossip is best effort and a replica fetch can fail: keep asking
		// until t members acknowledged every accepted input.
		s.announced = s.head
		if err := g.reannounce(s); err != nil {
			return err
		}
	}
	if s.m != nil && s.head >= s.ownAnnounced+4 {
		// Eval shares, masks and decryption shares are not on the ledger:
		// a member that missed an announcement (or failed to fetch what it
		// named) learns the hash from the next one.
		s.ownAnnounced = s.head
		if err := g.reannounceOwn(s); err != nil {
			return err
		}
	}
	switch {
	case phase == ledger.PhaseCommittee && !s.ticketed && s.head >= s.rec.RequestBlock+2:
		s.ticketed = true
		return g.enqueue(outMsg{Op: "ticket", E3: s.id})
	case phase == ledger.PhaseCommittee && !s.finalized && s.head > s.rec.Deadline:
		s.finalized = true
		return g.enqueue(outMsg{Op: "finalize", E3: s.id})
	case s.m != nil && s.m.State == protocol.StateInputs && s.rec.InputDeadline > 0 && s.head > s.rec.InputDeadline:
		g.refresh(ctx, s)
		if uint64(len(s.inputs)) < s.rec.InputCount {
			return nil // InputCommitted events still to come
		}
		if !g.haveInputs(s) {
			g.pullInputs(ctx, s)
			return nil
		}
		if !g.evalKeys(s) {
			return nil // eval shares still arriving (re-announced until compute)
		}
		if ok, err := g.masks(ctx, s); !ok || err != nil {
			return err // mask set or contributions still arriving
		}
		hashes := make([]store.Hash, len(s.inputs))
		for i := range hashes {
			hashes[i] = s.inputs[uint64(i)]
		}
		provider := g.providerDue(ctx, s, 0)
		if err := g.step(s, func() ([]protocol.Action, error) { return s.m.OnInputsClosed(hashes, g.readInput, provider) }); err != nil {
			return err
		}
		if d := s.pendingOutput; d != nil && s.m.State == protocol.StateCompute {
			s.pendingOutput = nil
			return g.step(s, func() ([]protocol.Action, error) { return s.m.OnOutputPublished(int(d.Stage), d.OutputHash) })
		}
		return nil
	case s.m != nil && s.m.AwaitsOutput() && g.providerDue(ctx, s, s.m.Stage):
		stage := s.m.Stage
		g.log.Info("provider turn: no output on the ledger yet, publishing this member's", "e3", s.id, "stage", stage, "index", s.self)
		return g.step(s, func() ([]protocol.Action, error) { return s.m.OnProviderTurn(stage) })
	case s.m != nil && s.m.State == protocol.StateShared && !s.timedOut && s.decryptDeadline > 0 &&
		s.head+uint64(s.rec.Windows.Decrypt)/2 >= s.decryptDeadline:
		s.timedOut = true
		g.log.Warn("no certified set of decryption shares by mid-window; releasing from the shares held", "e3", s.id, "stage", s.m.Stage)
		return g.step(s, s.m.OnDecryptTimeout)
	case s.m != nil && (s.m.State == protocol.StateCommitted || s.m.State == protocol.StateRevealed):
		return g.pullDealings(ctx, s)
	}
	return nil
}

// providerPosition is this member's place in the provider turns of s (0:
// first), and false if it has none. A compute provider named in the
// request is the only account the ledger lets publish: if it is this
// member, it goes first; otherwise no member tries. Without one, the turns
// follow party indexes (DESIGN.md §4: the lowest live index, the next one
// after a timeout).
func (g *engine) providerPosition(s *e3state) (int, bool) {
	return turnPosition(s.rec.ComputeProvider, g.n.address(), s.self)
}

// turnPosition is providerPosition's rule for a member with party index
// self (0: not a member) and account me, given the request's named
// provider (zero: none).
func turnPosition(named, me common.Address, self int) (int, bool) {
	if named != (common.Address{}) {
		return 0, named == me && self > 0
	}
	return self - 1, self > 0
}

// turnOpen reports whether, at ledger head, the provider turn of position
// pos has come for a stage computable since block start (known: the start
// is known yet) in a committee of n with a compute window of window blocks,
// and the window has not closed — publishOutput would be refused after it.
func turnOpen(head, start uint64, known bool, window uint64, n, pos int) bool {
	return known && head >= protocol.ProviderTurn(start, window, n, pos) && head < start+window
}

// providerDue reports whether this member should publish stage's output
// now: its provider turn has come by the ledger head (turns count in
// blocks from the block the stage became computable — never the wall
// clock) and the compute window is still open, and no output of the stage
// is on the ledger (events seen so far, then the ledger itself, asked once
// the turn has come). A ledger read that fails means "not now": the next
// tick asks again.
func (g *engine) providerDue(ctx context.Context, s *e3state, stage int) bool {
	pos, ok := g.providerPosition(s)
	if !ok || s.outputSeen[stage] || s.pendingOutput != nil {
		return false
	}
	start, known := s.rec.InputDeadline, s.rec.InputDeadline > 0
	if stage > 0 {
		start, known = s.stageStart[stage]
	}
	if !turnOpen(s.head, start, known, uint64(s.rec.Windows.Compute), len(s.members), pos) {
		return false
	}
	st, err := g.n.lc.StageOf(ctx, s.id, uint8(stage))
	if err != nil {
		g.log.Debug("cannot read the stage's output from the ledger; provider turn deferred", "e3", s.id, "stage", stage, "err", err)
		return false
	}
	if st.OutputHash != ([32]byte{}) {
		s.outputSeen[stage] = true
		return false
	}
	return true
}

// claimRewards queues a withdrawal of what the E3Manager owes this node
// (its fee shares), if anything: persisted in the outbox, then sent. The
// sender asks the ledger again and skips a zero amount, so claims queued
// twice (two completions, a replay after a restart) cost nothing. A failed
// read is only logged: the next completion claims everything owed.
func (g *engine) claimRewards(ctx context.Context) error {
	owed, err := g.n.lc.PendingWithdrawal(ctx, g.n.address())
	if err != nil {
		g.log.Warn("cannot read the rewards owed; not claiming now", "err", err)
		return nil
	}
	if owed.Sign() == 0 {
		return nil
	}
	g.log.Info("claiming rewards", "wei", owed)
	return g.enqueue(outMsg{Op: "withdraw"})
}

// onCommittee builds this member's machine and deals.
func (g *engine) onCommittee(ctx context.Context, s *e3state, members []common.Address) error {
	if s.m != nil { // replayed after a restart: the machine was reloaded
		return nil
	}
	// A replay after a restart also passes the committees of E3s that are
	// over (or past key generation) by now: a fresh machine would deal
	// again and store a dealer secret nobody erases. Key generation needs
	// every member, so a member with no machine here never took part.
	if rec, err := g.n.lc.GetE3(ctx, s.id); err != nil {
		return err
	} else if ledger.Phase(rec.Phase) != ledger.PhaseKeyGen {
		g.setCommittee(s, members)
		return nil
	}
	m, err := g.machine(ctx, s, members)
	if err != nil || m == nil {
		return err
	}
	s.m = m
	if err := g.n.joinTopic(ctx, s.id, s.members); err != nil {
		return err
	}
	return g.step(s, m.Start)
}

// setCommittee records an E3's committee and this node's party index in it
// (0: not a member) and shows them in the E3's view.
func (g *engine) setCommittee(s *e3state, members []common.Address) {
	s.members = members
	s.self = slices.Index(members, g.n.address()) + 1
	g.publishView(s)
}

// machine builds this member's protocol machine for a finalized committee
// (nil if the node is not a member or cannot run the program).
func (g *engine) machine(ctx context.Context, s *e3state, members []common.Address) (*protocol.Machine, error) {
	g.setCommittee(s, members)
	if s.self == 0 || s.inst == nil {
		return nil, nil
	}
	pubs := make([]threshold.TransportPublicKey, len(members))
	for i, a := range members {
		node, err := g.n.lc.GetNode(ctx, a)
		if err != nil {
			return nil, fmt.Errorf("node: committee member %s: %w", a, err)
		}
		pubs[i] = node.TransportKey
		g.n.connect(ctx, a, node)
	}
	m, err := protocol.New(protocol.Config{
		Threshold: threshold.Config{Preset: s.inst.Preset(), E3ID: s.id, N: len(members), T: int(s.rec.T), Decryptions: int(s.rec.Stages), Seed: s.rec.Seed},
		Program:   s.inst, Self: s.self, TransportKey: g.n.transport, Committee: pubs, Faults: g.n.faults.Load(),
	})
	if err != nil {
		g.log.Error("cannot take part in E3", "e3", s.id, "err", err)
		return nil, nil
	}
	return m, nil
}

// load restores, after a restart, every E3 this node was still working on:
// the machine from its persisted fields and sealed secrets, its config from
// the ledger. It returns the block the ledger watcher must replay from so
// that per-E3 facts not kept in the machine (committed input hashes,
// plaintext candidates) are seen again; handlers ignore what they already
// applied.
func (g *engine) load(ctx context.Context, checkpoint uint64) (uint64, error) {
	from := checkpoint
	type saved struct {
		state   []byte
		secrets map[string][]byte
	}
	all := map[uint64]saved{}
	err := g.n.st.View(func(tx *store.Tx) error {
		for _, id := range tx.E3IDs() {
			raw, err := tx.E3(id)
			if err != nil {
				return err
			}
			sv := saved{state: raw, secrets: map[string][]byte{}}
			for _, name := range protocol.SecretNames {
				if v, err := tx.Secret(id, name); err == nil {
					sv.secrets[name] = v
				}
			}
			all[id] = sv
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for id, sv := range all {
		var probe struct{ State protocol.State }
		if err := json.Unmarshal(sv.state, &probe); err != nil {
			return 0, fmt.Errorf("node: stored E3 %d: %w", id, err)
		}
		if probe.State == protocol.StateCompleted || probe.State == protocol.StateFailed {
			continue
		}
		w, err := g.state(ctx, id)
		if err != nil {
			return 0, err
		}
		s := w.s
		members, err := g.n.lc.CommitteeOf(ctx, id)
		if err != nil {
			return 0, err
		}
		m, err := g.machine(ctx, s, members)
		if err != nil || m == nil {
			return 0, fmt.Errorf("node: reload E3 %d: %v", id, err)
		}
		if err := json.Unmarshal(sv.state, m); err != nil {
			return 0, fmt.Errorf("node: reload E3 %d: %w", id, err)
		}
		if err := m.Resume(sv.secrets); err != nil {
			return 0, fmt.Errorf("node: reload E3 %d: %w", id, err)
		}
		s.m = m
		if err := g.step(s, func() ([]protocol.Action, error) {
			return m.Rehydrate(func(h store.Hash) []byte { b, _ := g.n.blob(h); return b })
		}); err != nil {
			return 0, fmt.Errorf("node: reload E3 %d: %w", id, err)
		}
		if err := g.n.joinTopic(ctx, id, s.members); err != nil {
			return 0, err
		}
		from = min(from, s.rec.RequestBlock)
		g.log.Info("resumed E3 after restart", "e3", id, "state", m.State)
	}
	// Inputs accepted but not yet committed: ask for acknowledgements again.
	var pending map[uint64][]store.Hash
	g.n.st.View(func(tx *store.Tx) error { pending = tx.PendingInputs(); return nil })
	for id, hashes := range pending {
		w := g.e3s[id]
		if w == nil || w.s == nil || w.s.self == 0 {
			continue
		}
		s := w.s
		for _, h := range hashes {
			s.acks[h] = map[int]bool{s.self: true}
			s.resend[h] = resendAt{next: s.head, gap: 1} // at once
		}
		if err := g.reannounce(s); err != nil {
			return 0, err
		}
	}
	// A completion whose claim was not queued before a crash is not
	// replayed as this member's (its machine is done): claim at start.
	if err := g.claimRewards(ctx); err != nil {
		return 0, err
	}
	return from, nil
}

// reannounce announces again, each on its back-off schedule (resend), the
// accepted inputs of s that t members have not acknowledged yet, by hash
// alone; members that already hold one simply acknowledge again.
func (g *engine) reannounce(s *e3state) error {
	sent := false
	err := g.n.st.Update(func(tx *store.Tx) error {
		for h := range s.acks {
			r := s.resend[h]
			if r.gap == 0 { // just accepted: announced then
				s.resend[h] = resendAt{next: s.head + 2, gap: 2}
				continue
			}
			if s.head < r.next {
				continue
			}
			if err := g.announceStored(tx, s, message.KindInput, 0, h); err != nil {
				return err
			}
			gap := min(2*r.gap, maxResendGap)
			s.resend[h] = resendAt{next: s.head + gap, gap: gap}
			sent = true
		}
		return nil
	})
	if err == nil && sent {
		g.n.wakeOutbox()
	}
	return err
}

// announceStored queues, inside tx, a signed announcement of a blob this
// node already stores, by its hash alone: re-announcing a many-MiB blob
// costs neither a read nor a rehash.
func (g *engine) announceStored(tx *store.Tx, s *e3state, kind message.Kind, stage uint8, h store.Hash) error {
	if !tx.HasBlob(h) {
		return fmt.Errorf("node: E3 %d: %v blob %x missing from the store", s.id, kind, h)
	}
	env, err := g.n.domain.Announce(g.n.keys.Keys.Ledger, s.id, kind, stage, common.Hash(h))
	if err != nil {
		return err
	}
	return g.enqueueEnvelope(tx, s, env)
}

// resendAt is when an unacknowledged input is announced again, and the
// gap (blocks) used last.
type resendAt struct{ next, gap uint64 }

// maxResendGap bounds the back-off between announcements of one input.
const maxResendGap = 32

// step runs one protocol handler and persists the machine together with
// everything its actions require, before any of it is sent.
func (g *engine) step(s *e3state, handler func() ([]protocol.Action, error)) error {
	acts, err := handler()
	if err != nil {
		if errors.Is(err, protocol.ErrUnexpected) {
			g.log.Debug("protocol ignored an event", "e3", s.id, "state", s.m.State, "err", err)
		} else {
			g.log.Warn("protocol refused an event", "e3", s.id, "state", s.m.State, "err", err)
		}
		return nil
	}
	erase := false
	err = g.n.st.Update(func(tx *store.Tx) error {
		for _, a := range acts {
			if err := g.persist(tx, s, a); err != nil {
				return err
			}
			if _, ok := a.(protocol.EraseSecrets); ok {
				erase = true
			}
		}
		state, err := json.Marshal(s.m)
		if err != nil {
			return err
		}
		return tx.PutE3(s.id, state)
	})
	if err != nil {
		return fmt.Errorf("node: persist E3 %d: %w", s.id, err)
	}
	if erase {
		if err := g.n.st.EraseE3Secrets(s.id); err != nil {
			return err
		}
	}
	g.n.wakeOutbox()
	g.publishView(s)
	return nil
}

// persist records one action inside the transaction.
func (g *engine) persist(tx *store.Tx, s *e3state, a protocol.Action) error {
	var msg *outMsg
	switch a := a.(type) {
	case protocol.SealSecret:
		return tx.PutSecret(s.id, a.Name, a.Data)
	case protocol.DeleteSecret:
		return tx.DeleteSecret(s.id, a.Name)
	case protocol.EraseSecrets:
		return nil // after the transaction, with compaction
	case protocol.CommitKeyShare:
		msg = &outMsg{Op: "commit", E3: s.id, Hashes: []common.Hash{common.Hash(a.PublicKeyShareHash), common.Hash(a.DealingHash)}}
	case protocol.ConfirmPublicKey:
		msg = &outMsg{Op: "confirm", E3: s.id, Hashes: []common.Hash{common.Hash(a.Hash)}}
	case protocol.PublishOutput:
		msg = &outMsg{Op: "output", E3: s.id, Stage: uint8(a.Stage), Hashes: []common.Hash{common.Hash(a.Hash)}}
	case protocol.AttestOutput:
		msg = &outMsg{Op: "attestOutput", E3: s.id, Stage: uint8(a.Stage), Hashes: []common.Hash{common.Hash(a.Hash)}}
	case protocol.PublishPlaintext:
		msg = &outMsg{Op: "plaintext", E3: s.id, Stage: uint8(a.Stage), Data: a.Plaintext}
	case protocol.CommitMask:
		msg = &outMsg{Op: "commitMask", E3: s.id, Hashes: []common.Hash{common.Hash(a.Hash)}}
	case protocol.AttestPlaintext:
		msg = &outMsg{Op: "attestPlaintext", E3: s.id, Stage: uint8(a.Stage), Hashes: []common.Hash{common.Hash(a.Hash)}}
	case protocol.Publish:
		// Every blob is served by hash; decryption shares also travel
		// inline on the topic (other blobs are pulled by hash).
		h, err := tx.PutBlob(a.Data)
		if err != nil {
			return err
		}
		switch a.Kind {
		case "decryption-share":
			return g.announceHashed(tx, s, message.KindDecryptionShare, uint8(s.m.Stage), a.Data, h)
		case "eval-share", "mask-opening":
			kind, _ := message.KindOf(a.Kind)
			return g.announceHashed(tx, s, kind, 0, a.Data, h)
		}
	default:
		return fmt.Errorf("node: unknown action %T", a)
	}
	if msg == nil {
		return nil
	}
	raw, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	_, err = tx.Enqueue(raw)
	return err
}

func (g *engine) enqueue(msg outMsg) error {
	raw, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if err := g.n.st.Update(func(tx *store.Tx) error { _, err := tx.Enqueue(raw); return err }); err != nil {
		return err
	}
	g.n.wakeOutbox()
	return nil
}

// haveInputs reports whether every committed input is stored here.
func (g *engine) haveInputs(s *e3state) bool {
	ok := true
	g.n.st.View(func(tx *store.Tx) error {
		for i := range uint64(len(s.inputs)) {
			h, known := s.inputs[i]
			if !known || !tx.HasBlob(h) {
				ok = false
				return nil
			}
		}
		return nil
	})
	return ok
}

// readInput is the machine's protocol.InputSource: it lends the stored
// input to fn inside a read transaction, one at a time, so computing over
// 10,000 inputs does not hold them all (the machine checks the hash).
func (g *engine) readInput(h store.Hash, fn func([]byte) error) error {
	return g.n.st.View(func(tx *store.Tx) error { return tx.LendBlob(h, fn) })
}

// pullDealings fetches, from their dealers, the revealed dealing headers
// this member still lacks and then the one bundle each dealer sealed to
// it, both by the hash committed on the ledger or in the header (nothing
// of a dealing is gossiped: pulling by hash is what makes delivery
// certain, and a member moves 2n blobs, not n whole dealings).
func (g *engine) pullDealings(ctx context.Context, s *e3state) error {
	if s.m == nil || s.m.State != protocol.StateRevealed {
		return nil
	}
	for j, h := range s.m.Commitments {
		kind := "dealing"
		if s.m.HasDealing(j + 1) {
			var want bool
			if h, want = s.m.WantBundle(j + 1); !want {
				continue
			}
			kind = "bundle"
		}
		if h == (store.Hash{}) || s.fetching[h] || j+1 == s.self {
			continue
		}
		s.fetching[h] = true
		go g.fetch(ctx, s.id, kind, j+1, s.members[j], h)
	}
	return nil
}

// pullInputs fetches missing input blobs from any committee member.
func (g *engine) pullInputs(ctx context.Context, s *e3state) {
	for i := range uint64(len(s.inputs)) {
		h := s.inputs[i]
		if s.fetching[h] {
			continue
		}
		have := false
		g.n.st.View(func(tx *store.Tx) error { have = tx.HasBlob(h); return nil })
		if have {
			continue
		}
		s.fetching[h] = true
		go g.fetchAny(ctx, s.id, s.members, h)
	}
}

func (g *engine) fetch(ctx context.Context, e3 uint64, kind string, from int, who common.Address, h store.Hash) {
	data, err := g.n.fetchFrom(ctx, who, h)
	if err != nil {
		g.log.Debug("fetch failed; will retry", "e3", e3, "kind", kind, "from", from, "err", err)
		g.post(ctx, evBlob{e3: e3, kind: "retry", hash: h}) // clears the in-flight mark
		return
	}
	g.post(ctx, evBlob{e3: e3, kind: kind, from: from, hash: h, data: data})
}

func (g *engine) fetchAny(ctx context.Context, e3 uint64, members []common.Address, h store.Hash) {
	for _, who := range members {
		if who == g.n.address() {
			continue
		}
		if data, err := g.n.fetchFrom(ctx, who, h); err == nil {
			g.post(ctx, evBlob{e3: e3, kind: "input", hash: h, data: data})
			return
		}
	}
	g.post(ctx, evBlob{e3: e3, kind: "retry", hash: h})
}

// acceptInputs stores uploaded inputs in one transaction and replies to
// each with a signed receipt or the reason it was refused (s's goroutine:
// a busy E3 delays only its own uploads). A store failure is the
// uploads' error, not the node's.
func (g *engine) acceptInputs(s *e3state, evs evInputs) {
	if ledger.Phase(s.rec.Phase) != ledger.PhaseInputs {
		// The client may have seen the key published before this node's
		// watcher did: ask the ledger before refusing.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		g.refresh(ctx, s)
		cancel()
	}
	ok := make([]evInput, 0, len(evs))
	for _, ev := range evs {
		if err := g.admit(s, ev); err != nil {
			ev.reply <- inputReply{api.Receipt{}, err}
			continue
		}
		ok = append(ok, ev)
	}
	if len(ok) == 0 {
		return
	}
	dup := make([]bool, len(ok))
	err := g.n.st.Update(func(tx *store.Tx) error {
		for i, ev := range ok {
			if tx.HasBlob(ev.hash) { // stored before, or earlier in this batch
				dup[i] = true
				continue
			}
			if err := tx.PutBlobHashed(ev.hash, ev.blob); err != nil { // the API hashed the upload
				return err
			}
			if err := tx.AddPending(ev.e3, ev.hash); err != nil {
				return err
			}
			if err := g.announceHashed(tx, s, message.KindInput, 0, ev.blob, ev.hash); err != nil {
				return err
			}
		}
		return nil
	})
	for i, ev := range ok {
		switch {
		case err != nil:
			ev.reply <- inputReply{api.Receipt{}, err}
		case dup[i]:
			ev.reply <- inputReply{api.Receipt{}, api.ErrDuplicate}
		default:
			ev.reply <- g.accepted(s, ev)
		}
	}
	if err == nil {
		g.n.wakeOutbox()
	}
}

// admit checks that s takes ev now: the input window open, with a margin;
// this node a member; the input not already pending here.
func (g *engine) admit(s *e3state, ev evInput) error {
	// Stop a few blocks early: an accepted input still has to be replicated
	// to t members and committed before the deadline, and the signed
	// receipt makes a missed commitment slashable.
	margin := max(2, uint64(s.rec.Windows.Input)/10)
	if ledger.Phase(s.rec.Phase) != ledger.PhaseInputs || s.head+margin >= s.rec.InputDeadline {
		return fmt.Errorf("%w: phase %v, input window until block %d, head %d", api.ErrClosed, ledger.Phase(s.rec.Phase), s.rec.InputDeadline, s.head)
	}
	if s.self == 0 {
		return fmt.Errorf("%w: this node is not on E3 %d's committee", api.ErrClosed, ev.e3)
	}
	if _, pending := s.acks[ev.hash]; pending {
		return api.ErrDuplicate
	}
	return nil
}

// accepted records a stored input as awaiting its replicas and signs its
// receipt.
func (g *engine) accepted(s *e3state, ev evInput) inputReply {
	s.acks[ev.hash] = map[int]bool{s.self: true}
	g.log.Debug("input accepted", "e3", s.id, "hash", ev.hash, "head", s.head, "deadline", s.rec.InputDeadline)
	if err := g.maybeCommit(s, ev.hash); err != nil {
		return inputReply{api.Receipt{}, err}
	}
	rc, err := g.n.receipt(ev.e3, ev.hash)
	return inputReply{rc, err}
}

// announce queues a signed envelope on the E3's topic (inside tx: the
// envelope leaves only after the state that caused it is stored).
func (g *engine) announce(tx *store.Tx, s *e3state, kind message.Kind, stage uint8, payload []byte) error {
	return g.announceHashed(tx, s, kind, stage, payload, store.Keccak(payload))
}

// announceHashed is announce for a payload whose hash h the caller already
// computed or checked (an upload, a blob it just stored): a many-KiB
// payload is not hashed again.
func (g *engine) announceHashed(tx *store.Tx, s *e3state, kind message.Kind, stage uint8, payload []byte, h store.Hash) error {
	env, err := g.n.domain.NewHashed(g.n.keys.Keys.Ledger, s.id, kind, stage, payload, common.Hash(h))
	if err != nil {
		return err
	}
	return g.enqueueEnvelope(tx, s, env)
}

// enqueueEnvelope queues a signed envelope for the E3's topic.
func (g *engine) enqueueEnvelope(tx *store.Tx, s *e3state, env *message.Envelope) error {
	raw, err := env.MarshalBinary()
	if err != nil {
		return err
	}
	if err := fileEnvelope(tx, env, raw); err != nil { // audit trail (audit.go)
		return err
	}
	msg, err := json.Marshal(outMsg{Op: "publish", E3: s.id, Data: raw})
	if err != nil {
		return err
	}
	_, err = tx.Enqueue(msg)
	return err
}

// onReplica: member j announced an input it accepted. This member fetches
// it (unless carried inline or already held), checks it is a valid input
// for the E3, stores it and acknowledges — only then may j commit it.
func (g *engine) onReplica(ctx context.Context, s *e3state, j int, env *message.Envelope) error {
	h := store.Hash(env.PayloadHash)
	if len(env.Payload) > 0 {
		return g.storeReplica(s, h, env.Payload)
	}
	have := false
	g.n.st.View(func(tx *store.Tx) error { have = tx.HasBlob(h); return nil })
	if have {
		return g.storeReplica(s, h, nil)
	}
	if !s.fetching[h] {
		s.fetching[h] = true
		go g.fetch(ctx, s.id, "replica", j, env.From, h)
	}
	return nil
}

// storeReplica validates and stores a replicated input (data nil: already
// stored) and acknowledges it on the topic.
func (g *engine) storeReplica(s *e3state, h store.Hash, data []byte) error {
	if data != nil {
		if s.inst == nil {
			return nil
		}
		ct, err := s.inst.Preset().UnmarshalInput(data)
		if err == nil {
			err = s.inst.ValidateInput(ct)
		}
		if err != nil {
			g.log.Warn("refusing to replicate an invalid input", "e3", s.id, "err", err)
			return nil
		}
	}
	err := g.n.st.Update(func(tx *store.Tx) error {
		if data != nil { // fetched by h, or carried in an envelope checked against h
			if err := tx.PutBlobHashed(h, data); err != nil {
				return err
			}
		}
		return g.announce(tx, s, message.KindInputAck, 0, h[:])
	})
	if err == nil {
		g.n.wakeOutbox()
	}
	return err
}

// onAck counts member j's acknowledgement of an input this node accepted.
func (g *engine) onAck(s *e3state, j int, payload []byte) error {
	if len(payload) != len(store.Hash{}) {
		return nil
	}
	h := store.Hash(payload)
	holders, ok := s.acks[h]
	if !ok {
		return nil // not ours, or already committed
	}
	holders[j] = true
	return g.maybeCommit(s, h)
}

// maybeCommit queues the input's commitment once t members hold it.
func (g *engine) maybeCommit(s *e3state, h store.Hash) error {
	if len(s.acks[h]) < int(s.rec.T) {
		return nil
	}
	delete(s.acks, h)
	delete(s.resend, h)
	g.log.Debug("input replicated; commitment queued", "e3", s.id, "hash", h, "head", s.head)
	err := g.n.st.Update(func(tx *store.Tx) error {
		if err := tx.RemovePending(s.id, h); err != nil {
			return err
		}
		raw, err := json.Marshal(outMsg{Op: "inputs", E3: s.id, Hashes: []common.Hash{common.Hash(h)}})
		if err != nil {
			return err
		}
		_, err = tx.Enqueue(raw)
		return err
	})
	if err == nil {
		g.n.wakeOutbox()
	}
	return err
}

// publishView refreshes the API's snapshot of s.
func (g *engine) publishView(s *e3state) {
	v := api.E3View{ID: s.id, Phase: ledger.Phase(s.rec.Phase).String(), Program: s.program, N: int(s.rec.N), T: int(s.rec.T),
		InputCount: s.rec.InputCount, InputDeadline: s.rec.InputDeadline, Instance: s.inst}
	if s.inst != nil {
		v.Preset = s.inst.Preset().Name
	}
	if s.rec.PkHash != ([32]byte{}) {
		v.PublicKeyHash = common.Hash(s.rec.PkHash).Hex()
	}
	g.observePhase(s, v.Phase)
	st := statusOf(s)
	g.viewMu.Lock()
	g.views[s.id] = v
	g.status[s.id] = st
	g.viewMu.Unlock()
}

// blobHandler is the machine handler for a member blob announced by hash
// ("decryption-share", "eval-share", "mask"), nil for other kinds.
func (g *engine) blobHandler(s *e3state, kind string) func(int, []byte) ([]protocol.Action, error) {
	if s.m == nil {
		return nil
	}
	switch kind {
	case "dealing":
		return s.m.OnDealing
	case "bundle":
		return s.m.OnBundle
	case "decryption-share":
		return func(j int, blob []byte) ([]protocol.Action, error) { return s.m.OnDecryptionShare(j, blob, true) }
	case "eval-share":
		return s.m.OnEvalShare
	case "mask":
		// Stored by onAnnounced/evBlob once checked; nothing to persist in
		// the machine: the input close picks it up from the store.
		return func(j int, blob []byte) ([]protocol.Action, error) { return nil, s.m.CheckMask(j, blob) }
	}
	return nil
}

// onAnnounced: member j announced a blob; take it from the envelope, the
// store, or fetch it from j by hash, then hand it to the machine.
func (g *engine) onAnnounced(ctx context.Context, s *e3state, j int, env *message.Envelope) error {
	kind := env.Kind.String()
	h := store.Hash(env.PayloadHash)
	data := env.Payload
	if len(data) > 0 { // the topic checker matched it to the signed hash
		if err := g.n.st.Update(func(tx *store.Tx) error { return tx.PutBlobHashed(h, data) }); err != nil {
			return err
		}
	} else {
		g.n.st.View(func(tx *store.Tx) error { data, _ = tx.Blob(h); return nil })
	}
	if len(data) > 0 {
		handler := g.blobHandler(s, kind)
		return g.step(s, func() ([]protocol.Action, error) { return handler(j, data) })
	}
	if !s.fetching[h] {
		s.fetching[h] = true
		go g.fetch(ctx, s.id, kind, j, env.From, h)
	}
	return nil
}

// reannounceOwn announces again what this member published and others
// may have missed (gossip is best effort; these are not on the ledger):
// its eval share, its mask, and its decryption share of the current stage
// — by hash: a member that lacks one pulls it.
func (g *engine) reannounceOwn(s *e3state) error {
	m := s.m
	type own struct {
		kind  message.Kind
		stage uint8
		hash  store.Hash
	}
	// Eval shares and masks matter until the first stage is computed.
	beforeCompute := m.Stage == 0 &&
		(m.State == protocol.StateKeyConfirmed || m.State == protocol.StateInputs || m.State == protocol.StateCompute)
	var blobs []own
	if m.State == protocol.StateShared && m.Shares[s.self-1] != nil {
		blobs = append(blobs, own{message.KindDecryptionShare, uint8(m.Stage), store.Keccak(m.Shares[s.self-1])})
	}
	if beforeCompute && m.NeedsEvalKeys() && m.EvalShares[s.self-1] != (store.Hash{}) {
		blobs = append(blobs, own{message.KindEvalShare, 0, m.EvalShares[s.self-1]})
	}
	if beforeCompute && m.NeedsMasks() && m.MaskHash != (store.Hash{}) && s.rec.InputDeadline > 0 && s.head > s.rec.InputDeadline {
		// Revealed only once no commitment can be added (masks.go).
		blobs = append(blobs, own{message.KindMask, 0, m.MaskHash})
	}
	if len(blobs) == 0 {
		return nil
	}
	err := g.n.st.Update(func(tx *store.Tx) error {
		for _, b := range blobs {
			if err := g.announceStored(tx, s, b.kind, b.stage, b.hash); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		g.n.wakeOutbox()
	}
	return err
}

// onMaskOpening checks member j's opened mask against its contribution
// (after a failed mask check) and reports a cheater.
func (g *engine) onMaskOpening(s *e3state, j int, payload []byte) {
	sec, err := protocol.DecodeMaskSecret(payload)
	if err != nil || sec.Member != j || sec.E3ID != s.id {
		g.log.Warn("malformed mask opening", "e3", s.id, "member", j, "err", err)
		return
	}
	var blob, pkRaw []byte
	g.n.st.View(func(tx *store.Tx) error {
		blob, _ = tx.Blob(s.m.Masks[j-1])
		pkRaw, _ = tx.Blob(s.rec.PkHash)
		return nil
	})
	c := new(threshold.MaskContribution)
	pk, perr := s.inst.Preset().UnmarshalPublicKey(pkRaw)
	if blob == nil || perr != nil || c.UnmarshalBinary(blob) != nil {
		g.log.Warn("cannot check a mask opening: contribution or key missing", "e3", s.id, "member", j)
		return
	}
	if err := threshold.VerifyMaskOpening(c, pk, sec); err != nil {
		g.n.metrics.badMasks.Inc()
		g.log.Error("committee member contributed a bad mask", "e3", s.id, "member", j, "address", s.members[j-1], "err", err)
		return
	}
	g.log.Info("mask opening checks out", "e3", s.id, "member", j)
}

// masks makes sure the machine holds the mask set's contributions if its
// program needs them. The set is fixed by the ledger's commitments once the
// input window has closed: this waits until every commitment the ledger
// counts has been seen, then for the contributions, fetched by hash from
// their authors when their reveal was missed. It reports whether the
// machine can compute.
func (g *engine) masks(ctx context.Context, s *e3state) (bool, error) {
	m := s.m
	if !m.NeedsMasks() || m.MasksLoaded() {
		return true, nil
	}
	known := 0
	for _, h := range m.Masks {
		if h != (store.Hash{}) {
			known++
		}
	}
	if s.head <= s.rec.InputDeadline || known < int(s.rec.MaskCommits) {
		return false, nil // MaskCommitted events still to come
	}
	if s.head >= s.ownAnnounced+1 && m.MaskHash != (store.Hash{}) {
		s.ownAnnounced = s.head
		if err := g.reannounceOwn(s); err != nil { // reveal now
			return false, err
		}
	}
	set := m.MaskSet()
	blobs := make([][]byte, len(set))
	missing := false
	g.n.st.View(func(tx *store.Tx) error {
		for i, r := range set {
			blobs[i], _ = tx.Blob(r.Hash)
			if blobs[i] == nil {
				missing = true
				if !s.fetching[r.Hash] {
					s.fetching[r.Hash] = true
					go g.fetch(ctx, s.id, "mask", r.Member, s.members[r.Member-1], r.Hash)
				}
			}
		}
		return nil
	})
	if missing {
		return false, nil
	}
	if err := m.LoadMasks(blobs); err != nil {
		g.log.Error("cannot load the mask set", "e3", s.id, "err", err)
		return false, nil
	}
	return true, nil
}

// evalKeys makes sure the machine holds the committee's evaluation keys if
// its program needs them, assembling them from the dealings and eval shares
// in the store (after a restart too). It reports whether the machine can
// compute.
func (g *engine) evalKeys(s *e3state) bool {
	m := s.m
	if !m.NeedsEvalKeys() || m.EvalKeysLoaded() {
		return true
	}
	if !m.EvalKeysReady() {
		return false
	}
	var dealings, shares [][]byte
	err := g.n.st.View(func(tx *store.Tx) error {
		for j := range m.Commitments {
			d, err := tx.Blob(m.Commitments[j])
			if err != nil {
				return fmt.Errorf("dealing of %d: %w", j+1, err)
			}
			e, err := tx.Blob(m.EvalShares[j])
			if err != nil {
				return fmt.Errorf("eval share of %d: %w", j+1, err)
			}
			dealings, shares = append(dealings, d), append(shares, e)
		}
		return nil
	})
	if err == nil {
		err = m.LoadEvalKeys(dealings, shares)
	}
	if err != nil {
		g.log.Error("cannot assemble evaluation keys", "e3", s.id, "err", err)
		return false
	}
	g.log.Info("evaluation keys assembled", "e3", s.id)
	return true
}
