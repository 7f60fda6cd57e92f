package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/store"
	"github.com/ciphernet/ciphernet/verify"
)

// List implements api.Backend: a snapshot of every E3 the engine has seen
// (those whose program this node cannot run included, so an explorer page
// shows the whole network's activity).
func (b backend) List(context.Context) ([]api.E3View, error) {
	b.n.engine.viewMu.RLock()
	defer b.n.engine.viewMu.RUnlock()
	out := make([]api.E3View, 0, len(b.n.engine.views))
	for _, v := range b.n.engine.views {
		out = append(out, v)
	}
	return out, nil
}

// Audit index tags (store.Tx.AddAudit) of signed envelopes no ledger event
// names, yet an auditor needs: decryption shares to recombine the released
// plaintext (verify check 5), eval-share announcements to rebuild the
// evaluation keys and re-execute a multiplying program (verify check 4; a
// member's eval share is not committed on the ledger, only signed).
const (
	auditShares     byte = 1
	auditEvalShares byte = 2
)

// auditTag is the audit index tag of an envelope kind, false for kinds not
// filed.
func auditTag(kind message.Kind) (byte, bool) {
	switch kind {
	case message.KindDecryptionShare:
		return auditShares, true
	case message.KindEvalShare:
		return auditEvalShares, true
	}
	return 0, false
}

// auditBytes is what is filed for an envelope: the signed envelope
// without its payload, which is a blob of its own served by the signed
// payload hash (the signature covers the hash, not the bytes). Stripped,
// a share sent inline, its later re-announcements by hash and the same
// envelope received from another member are the same bytes (deterministic
// signatures), so each is filed once.
func auditBytes(env *message.Envelope, raw []byte) ([]byte, error) {
	if len(env.Payload) == 0 {
		return raw, nil
	}
	bare := *env
	bare.Payload = nil
	return bare.MarshalBinary()
}

// fileEnvelope keeps a signed envelope this node sends or receives (a
// decryption share or an eval-share announcement) and its payload as blobs
// and lists the envelope under its E3 (inside the transaction that sends
// or receives it).
func fileEnvelope(tx *store.Tx, env *message.Envelope, raw []byte) error {
	tag, ok := auditTag(env.Kind)
	if !ok {
		return nil
	}
	if len(env.Payload) > 0 { // hashed by its sender's NewHashed, or checked against PayloadHash on receipt
		if err := tx.PutBlobHashed(store.Hash(env.PayloadHash), env.Payload); err != nil {
			return err
		}
	}
	raw, err := auditBytes(env, raw)
	if err != nil {
		return err
	}
	h, err := tx.PutBlob(raw)
	if err != nil {
		return err
	}
	return tx.AddAudit(env.E3ID, tag, h) // a set: filing twice is a no-op
}

// fileReceived keeps a checked envelope from another member (the topic
// checker accepted its signature and membership): decryption shares, and
// every eval-share announcement — a second, different one from the same
// member too, which is the evidence that it equivocated. Failing to file
// only weakens what this node can show auditors, so it is logged, not
// fatal.
func (n *Node) fileReceived(env *message.Envelope) {
	if _, ok := auditTag(env.Kind); !ok {
		return
	}
	raw, err := env.MarshalBinary()
	if err == nil {
		raw, err = auditBytes(env, raw)
	}
	if err == nil {
		// Announcements are re-sent every few blocks (deterministic
		// signatures: the same bytes): a read, not a write, once filed.
		tag, _ := auditTag(env.Kind)
		h, filed := store.Keccak(raw), false
		n.st.View(func(tx *store.Tx) error {
			filed = tx.HasBlob(h) && slices.Contains(tx.Audit(env.E3ID, tag), h)
			return nil
		})
		if !filed {
			err = n.st.Update(func(tx *store.Tx) error { return fileEnvelope(tx, env, raw) })
		}
	}
	if err != nil {
		n.log.Warn("envelope not filed for audit", "e3", env.E3ID, "kind", env.Kind, "from", env.From, "err", err)
	}
}

// Envelopes lists the hashes of the signed envelopes of one kind
// (decryption shares, eval-share announcements) this node holds for an E3,
// its own and those it received; each is served by GET /v1/blobs/{hash}.
func (b backend) Envelopes(_ context.Context, id uint64, kind message.Kind) ([]store.Hash, error) {
	tag, ok := auditTag(kind)
	if !ok {
		return nil, fmt.Errorf("%w: no %v envelopes are filed", api.ErrNotFound, kind)
	}
	var out []store.Hash
	err := b.n.st.View(func(tx *store.Tx) error { out = tx.Audit(id, tag); return nil })
	return out, err
}

// Blob serves any public blob this node stores by its hash (dealings,
// public keys, inputs, outputs, share envelopes). Blobs holding secrets
// never enter the blob table: secrets are sealed in their own table.
func (b backend) Blob(_ context.Context, h store.Hash) ([]byte, error) {
	data, ok := b.n.blob(h)
	if !ok {
		return nil, fmt.Errorf("%w: blob %x", api.ErrNotFound, h)
	}
	return data, nil
}

// Status implements api.Backend from the ledger (not the engine's view,
// which may lag the chain by a poll).
func (b backend) Status(ctx context.Context, id uint64) (api.StatusView, error) {
	phase, rec, head, err := b.n.lc.Status(ctx, id)
	if errors.Is(err, ledger.ErrUnknownE3) {
		return api.StatusView{}, fmt.Errorf("%w: %w", api.ErrUnknownE3, err)
	}
	if err != nil {
		return api.StatusView{}, err
	}
	v := api.StatusView{ID: id, Phase: phase, LedgerPhase: ledger.Phase(rec.Phase).String(), Stage: int(rec.Stage), Stages: int(rec.Stages),
		InputCount: rec.InputCount, InputDeadline: rec.InputDeadline, Head: head}
	if ledger.Phase(rec.Phase) == ledger.PhaseFailed {
		v.FailReason = ledger.FailReason(rec.FailReason).String()
	}
	return v, nil
}

// Verify implements api.Backend: the public verifier over this node's
// ledger connection, with blobs from its own store first and then from the
// E3's committee members over p2p.
func (b backend) Verify(ctx context.Context, id uint64) (*verify.Report, error) {
	key := reportKey{b.n, id}
	if rep, ok := reports.Load(key); ok {
		return rep.(*verify.Report), nil
	}
	// Verification re-executes the program and recombines the shares: one
	// at a time per process, so report requests cannot starve the node.
	select {
	case verifySlot <- struct{}{}:
		defer func() { <-verifySlot }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	members, err := b.n.lc.CommitteeOf(ctx, id)
	if err != nil {
		return nil, err
	}
	rep, err := verify.Verify(ctx, b.n.lc, id, auditSource{b.n, members})
	if errors.Is(err, ledger.ErrUnknownE3) {
		return nil, fmt.Errorf("%w: %w", api.ErrUnknownE3, err)
	}
	if err == nil && rep.OK && (rep.Phase == ledger.StatusCompleted || rep.Phase == ledger.StatusFailed) {
		reports.Store(key, rep) // a finished E3's record no longer changes (a failing report is recomputed: a blob may have been unreachable)
	}
	return rep, err
}

// verifySlot admits one verification at a time; reports caches the
// reports of finished E3s per node.
var (
	verifySlot = make(chan struct{}, 1)
	reports    sync.Map // reportKey → *verify.Report
)

type reportKey struct {
	n  *Node
	id uint64
}

// auditSource serves the verifier: local blobs, else any member of the
// E3's committee over p2p.
type auditSource struct {
	n       *Node
	members []common.Address
}

// Blob implements verify.Source.
func (s auditSource) Blob(ctx context.Context, h common.Hash) ([]byte, error) {
	if data, ok := s.n.blob(store.Hash(h)); ok {
		return data, nil
	}
	for _, m := range s.members {
		if m == s.n.address() {
			continue
		}
		fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		data, err := s.n.fetchFrom(fctx, m, store.Hash(h))
		cancel()
		if err == nil {
			return data, nil
		}
	}
	return nil, fmt.Errorf("node: blob %x: %w", h, api.ErrNotFound)
}

// Envelopes implements verify.Source.
func (s auditSource) Envelopes(ctx context.Context, id uint64, kind message.Kind) ([]common.Hash, error) {
	hs, err := backend{s.n}.Envelopes(ctx, id, kind)
	out := make([]common.Hash, len(hs))
	for i, h := range hs {
		out[i] = common.Hash(h)
	}
	return out, err
}
