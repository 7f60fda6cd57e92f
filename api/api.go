// Package api is a ciphernode's HTTP JSON interface for clients (DESIGN.md
// §10): E3 list and status, public-key download, input upload with a signed
// receipt, result, verification report, public blobs by hash (for auditors)
// and health, described in openapi.yaml. It validates everything it is given — E3 id, body size,
// the ciphertext's encoding under the E3's preset, the program's input rule —
// before the node's Backend sees it, and answers every failure with a 4xx
// status and a JSON body {"error": "...", "code": "..."} that names the
// problem.
package api

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/store"
	"github.com/ciphernet/ciphernet/verify"
)

// Errors a Backend returns, mapped to HTTP statuses.
var (
	// ErrUnknownE3 → 404.
	ErrUnknownE3 = errors.New("unknown E3")
	// ErrDuplicate → 409: the same ciphertext was already accepted.
	ErrDuplicate = errors.New("input already submitted")
	// ErrClosed → 409: the E3 is not accepting inputs (window closed or not
	// open yet).
	ErrClosed = errors.New("E3 is not accepting inputs")
	// ErrNotReady → 409: the result or key does not exist yet.
	ErrNotReady = errors.New("not available yet")
	// ErrNotFound → 404: no blob with that hash.
	ErrNotFound = errors.New("not found")
)

// E3View is what the API reports about an E3.
type E3View struct {
	ID            uint64 `json:"e3Id"`
	Phase         string `json:"phase"`
	Program       string `json:"program"`
	Preset        string `json:"preset"`
	N             int    `json:"n"`
	T             int    `json:"t"`
	PublicKeyHash string `json:"publicKeyHash,omitempty"`
	InputCount    uint64 `json:"inputCount"`
	InputDeadline uint64 `json:"inputDeadline,omitempty"`
	// Instance validates inputs; not serialized.
	Instance program.Instance `json:"-"`
}

// Receipt is the node's signed acknowledgement of an input: evidence for
// slashing if the input's hash is never committed (DESIGN.md §7).
type Receipt struct {
	E3ID      uint64 `json:"e3Id"`
	InputHash string `json:"inputHash"`
	Node      string `json:"node"`
	Signature string `json:"signature"`
}

// Backend is the node side of the API.
type Backend interface {
	// E3 returns the view of an E3, or ErrUnknownE3.
	E3(ctx context.Context, id uint64) (E3View, error)
	// PublicKey returns the encoded E3 public key, or ErrNotReady.
	PublicKey(ctx context.Context, id uint64) ([]byte, error)
	// AcceptInput persists a validated input, replicates it and returns the
	// signed receipt; ErrDuplicate or ErrClosed when it must not.
	AcceptInput(ctx context.Context, id uint64, ciphertext []byte, hash store.Hash) (Receipt, error)
	// Result returns the program's result JSON, or ErrNotReady.
	Result(ctx context.Context, id uint64) (json.RawMessage, error)
	// List returns the views of every E3 the node knows, in any order.
	List(ctx context.Context) ([]E3View, error)
	// Status returns the E3's lifecycle phase as the ledger has it now, or
	// ErrUnknownE3.
	Status(ctx context.Context, id uint64) (StatusView, error)
	// Blob returns a public blob by its keccak-256 hash, or ErrNotFound.
	Blob(ctx context.Context, h store.Hash) ([]byte, error)
	// Envelopes lists the hashes of the signed envelopes of one kind
	// (message.KindDecryptionShare, message.KindEvalShare) the node holds
	// for an E3: public record no ledger event names, which the verifier
	// needs. ErrNotFound for a kind the node does not file.
	Envelopes(ctx context.Context, id uint64, kind message.Kind) ([]store.Hash, error)
	// Verify re-checks the E3 from the public record (package verify).
	Verify(ctx context.Context, id uint64) (*verify.Report, error)
}

// Server is the HTTP handler.
type Server struct {
	backend Backend
	log     *slog.Logger
	mux     *http.ServeMux
	opts    Options
	limiter *limiter
	routes  []string
}

// handle registers a route and remembers its pattern (Routes).
func (s *Server) handle(pattern string, h http.HandlerFunc) {
	s.mux.HandleFunc(pattern, h)
	s.routes = append(s.routes, pattern)
}

// Routes lists the registered patterns ("GET /v1/e3/{id}"), in
// registration order; openapi.yaml must describe exactly these.
func (s *Server) Routes() []string { return slices.Clone(s.routes) }

// New returns the API handler over backend with DefaultOptions.
func New(backend Backend, log *slog.Logger) *Server {
	return NewWithOptions(backend, log, DefaultOptions())
}

// NewWithOptions returns the API handler over backend.
func NewWithOptions(backend Backend, log *slog.Logger, opts Options) *Server {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	opts = opts.withDefaults()
	s := &Server{backend: backend, log: log, mux: http.NewServeMux(), opts: opts}
	if opts.RatePerSecond > 0 {
		s.limiter = newLimiter(opts.RatePerSecond, opts.Burst)
	}
	s.handle("GET /healthz", s.health)
	s.handle("GET /v1/e3", s.list)
	s.handle("GET /v1/e3/{id}", s.e3)
	s.handle("GET /v1/e3/{id}/publickey", s.publicKey)
	s.handle("POST /v1/e3/{id}/inputs", s.input)
	s.handle("GET /v1/e3/{id}/result", s.result)
	s.handle("GET /v1/e3/{id}/status", s.status)
	s.handle("GET /v1/e3/{id}/verify", s.verify)
	s.handle("GET /v1/e3/{id}/shares", s.shares)
	s.handle("GET /v1/blobs/{hash}", s.blob)
	s.handle("GET /v1/openapi.yaml", s.spec)
	return s
}

// ServeHTTP implements http.Handler: the per-client rate limit and the body
// limit first, then the routes; unknown routes get a JSON 404.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.limiter != nil {
		if wait, ok := s.limiter.allow(clientOf(r), time.Now()); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			writeError(w, http.StatusTooManyRequests, "rate_limited", fmt.Sprintf("more than %g requests per second from this client; retry in %s", s.opts.RatePerSecond, wait.Round(time.Millisecond)))
			return
		}
	}
	if r.ContentLength > s.opts.MaxBody {
		writeError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("body of %d bytes exceeds the %d-byte limit", r.ContentLength, s.opts.MaxBody))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	if _, pattern := s.mux.Handler(r); pattern == "" {
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no route %s %s", r.Method, r.URL.Path))
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) health(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// e3ID parses the path id or answers 400.
func e3ID(w http.ResponseWriter, r *http.Request) (uint64, bool) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_e3_id", fmt.Sprintf("E3 id %q is not a non-negative integer", r.PathValue("id")))
		return 0, false
	}
	return id, true
}

func (s *Server) view(w http.ResponseWriter, r *http.Request) (E3View, bool) {
	id, ok := e3ID(w, r)
	if !ok {
		return E3View{}, false
	}
	v, err := s.backend.E3(r.Context(), id)
	if err != nil {
		s.backendError(w, err, id)
		return E3View{}, false
	}
	return v, true
}

func (s *Server) e3(w http.ResponseWriter, r *http.Request) {
	if v, ok := s.view(w, r); ok {
		writeJSON(w, http.StatusOK, v)
	}
}

func (s *Server) publicKey(w http.ResponseWriter, r *http.Request) {
	v, ok := s.view(w, r)
	if !ok {
		return
	}
	pk, err := s.backend.PublicKey(r.Context(), v.ID)
	if err != nil {
		s.backendError(w, err, v.ID)
		return
	}
	h := store.Keccak(pk)
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("X-Ciphernet-Key-Hash", "0x"+hex.EncodeToString(h[:]))
	w.Write(pk)
}

// input accepts one ciphertext (the raw wire encoding as the body).
func (s *Server) input(w http.ResponseWriter, r *http.Request) {
	v, ok := s.view(w, r)
	if !ok {
		return
	}
	preset := v.Instance.Preset()
	limit := int64(preset.CiphertextSize())
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, "too_large", fmt.Sprintf("body exceeds the %d-byte ciphertext size of preset %s", limit, preset.Name))
			return
		}
		writeError(w, http.StatusBadRequest, "read_error", err.Error())
		return
	}
	ct, err := preset.UnmarshalInput(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, decodeCode(err), fmt.Sprintf("E3 %d: %v", v.ID, err))
		return
	}
	if err := v.Instance.ValidateInput(ct); err != nil {
		writeError(w, http.StatusUnprocessableEntity, "invalid_input", fmt.Sprintf("E3 %d: %v", v.ID, err))
		return
	}
	rc, err := s.backend.AcceptInput(r.Context(), v.ID, body, store.Keccak(body))
	if err != nil {
		s.backendError(w, err, v.ID)
		return
	}
	writeJSON(w, http.StatusCreated, rc)
}

func (s *Server) result(w http.ResponseWriter, r *http.Request) {
	v, ok := s.view(w, r)
	if !ok {
		return
	}
	res, err := s.backend.Result(r.Context(), v.ID)
	if err != nil {
		s.backendError(w, err, v.ID)
		return
	}
	writeJSON(w, http.StatusOK, map[string]json.RawMessage{"result": res})
}

// backendError maps a Backend error to a status; anything unknown is a 500
// and is logged (its text may be internal).
func (s *Server) backendError(w http.ResponseWriter, err error, id uint64) {
	switch {
	case errors.Is(err, ErrUnknownE3):
		writeError(w, http.StatusNotFound, "unknown_e3", fmt.Sprintf("E3 %d is not known to this node", id))
	case errors.Is(err, ErrDuplicate):
		writeError(w, http.StatusConflict, "duplicate", fmt.Sprintf("E3 %d: %v", id, err))
	case errors.Is(err, ErrClosed):
		writeError(w, http.StatusConflict, "closed", fmt.Sprintf("E3 %d: %v", id, err))
	case errors.Is(err, ErrNotReady):
		writeError(w, http.StatusConflict, "not_ready", fmt.Sprintf("E3 %d: %v", id, err))
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "not_found", err.Error())
	default:
		s.log.Error("api backend", "e3", id, "err", err)
		writeError(w, http.StatusInternalServerError, "internal", "internal error")
	}
}

// decodeCode names a ciphertext decoding failure for clients.
func decodeCode(err error) string {
	for _, c := range []struct {
		err  error
		code string
	}{
		{bfv.ErrWrongPreset, "wrong_preset"}, {bfv.ErrRingDegree, "ring_degree"}, {bfv.ErrLevel, "level"},
		{bfv.ErrCiphertextDegree, "ciphertext_degree"}, {bfv.ErrScale, "scale"}, {bfv.ErrLength, "length"},
		{bfv.ErrCoefficient, "coefficient"}, {bfv.ErrFormat, "format"},
	} {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "malformed"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]string{"error": msg, "code": code})
}
