package api

import (
	_ "embed"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/store"
)

// Options are the server's limits.
type Options struct {
	// MaxBody bounds every request body in bytes (an input endpoint also
	// bounds it by its preset's ciphertext size). 0: the largest
	// ciphertext of any preset.
	MaxBody int64
	// RatePerSecond is each client's (remote IP's) sustained request rate;
	// 0 disables the limit. Burst is how many requests a client may send at
	// once (0: twice the rate, at least 1).
	RatePerSecond float64
	Burst         int
}

// DefaultOptions: a bulk submitter from one address gets 100 requests a
// second sustained, 200 at once.
func DefaultOptions() Options { return Options{RatePerSecond: 100, Burst: 200} }

func (o Options) withDefaults() Options {
	if o.MaxBody <= 0 {
		for _, p := range bfv.All() {
			o.MaxBody = max(o.MaxBody, int64(p.CiphertextSize()))
		}
	}
	if o.Burst <= 0 {
		o.Burst = max(1, int(2*o.RatePerSecond))
	}
	return o
}

// StatusView is the body of GET /v1/e3/{id}/status: the lifecycle phase
// (ledger.Statuses) as the ledger has it at block Head.
type StatusView struct {
	ID            uint64 `json:"e3Id"`
	Phase         string `json:"phase"`
	LedgerPhase   string `json:"ledgerPhase"`
	Stage         int    `json:"stage"`
	Stages        int    `json:"stages"`
	InputCount    uint64 `json:"inputCount"`
	InputDeadline uint64 `json:"inputDeadline,omitempty"`
	Head          uint64 `json:"head"`
	FailReason    string `json:"failReason,omitempty"`
}

// ShareList is the body of GET /v1/e3/{id}/shares[?kind=…].
type ShareList struct {
	ID     uint64   `json:"e3Id"`
	Hashes []string `json:"hashes"`
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	id, ok := e3ID(w, r)
	if !ok {
		return
	}
	v, err := s.backend.Status(r.Context(), id)
	if err != nil {
		s.backendError(w, err, id)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// verify answers with the checklist; a failed check is still a 200 (the
// report is the answer), with "ok": false.
func (s *Server) verify(w http.ResponseWriter, r *http.Request) {
	id, ok := e3ID(w, r)
	if !ok {
		return
	}
	rep, err := s.backend.Verify(r.Context(), id)
	if err != nil {
		s.backendError(w, err, id)
		return
	}
	writeJSON(w, http.StatusOK, rep)
}

// shares lists signed envelopes by kind: decryption shares by default (the
// endpoint's original meaning, kept for existing clients), eval-share
// announcements with ?kind=eval-share.
func (s *Server) shares(w http.ResponseWriter, r *http.Request) {
	id, ok := e3ID(w, r)
	if !ok {
		return
	}
	kind := message.KindDecryptionShare
	if q := r.URL.Query().Get("kind"); q != "" {
		k, known := message.KindOf(q)
		if !known || (k != message.KindDecryptionShare && k != message.KindEvalShare) {
			writeError(w, http.StatusBadRequest, "bad_kind", fmt.Sprintf("kind %q is not decryption-share or eval-share", q))
			return
		}
		kind = k
	}
	hs, err := s.backend.Envelopes(r.Context(), id, kind)
	if err != nil {
		s.backendError(w, err, id)
		return
	}
	out := ShareList{ID: id, Hashes: []string{}}
	for _, h := range hs {
		out.Hashes = append(out.Hashes, common.Hash(h).Hex())
	}
	writeJSON(w, http.StatusOK, out)
}

// blob serves a public blob by hash; the client checks the bytes against
// the hash it asked for, so no node has to be trusted.
func (s *Server) blob(w http.ResponseWriter, r *http.Request) {
	raw := r.PathValue("hash")
	b, err := hex.DecodeString(strings.TrimPrefix(raw, "0x"))
	if err != nil || len(b) != 32 {
		writeError(w, http.StatusBadRequest, "bad_hash", fmt.Sprintf("%q is not a 32-byte hex keccak-256 hash", raw))
		return
	}
	data, err := s.backend.Blob(r.Context(), store.Hash(b))
	if err != nil {
		s.backendError(w, err, 0)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(data)
}

// limiter is a token bucket per client address; the table of clients is
// bounded (prune).
type limiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

const maxClients = 10_000

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: map[string]*bucket{}}
}

// allow takes one token for client at now, or says how long to wait.
func (l *limiter) allow(client string, now time.Time) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.buckets[client]
	if b == nil {
		if len(l.buckets) >= maxClients {
			l.prune(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[client] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return time.Duration((1 - b.tokens) / l.rate * float64(time.Second)), false
	}
	b.tokens--
	return 0, true
}

// prune forgets clients whose bucket has refilled (they are as if new);
// if that frees too little, it forgets arbitrary ones down to half the
// table, which only grants them a fresh burst.
func (l *limiter) prune(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+now.Sub(b.last).Seconds()*l.rate >= l.burst {
			delete(l.buckets, k)
		}
	}
	for k := range l.buckets {
		if len(l.buckets) < maxClients/2 {
			break
		}
		delete(l.buckets, k)
	}
}

// clientOf is the request's remote IP (no port: one client, many
// connections). Proxies' forwarding headers are not trusted.
func clientOf(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// OpenAPI is this API's description (openapi.yaml), served at
// GET /v1/openapi.yaml so clients can generate bindings from a running node.
//
//go:embed openapi.yaml
var OpenAPI []byte

func (s *Server) spec(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/yaml")
	w.Write(OpenAPI)
}
