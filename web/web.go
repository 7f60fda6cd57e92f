// Package web is the page every ciphernode serves at "/" (DESIGN.md §10):
// voters and bidders use a browser, not the CLI, and their inputs must be
// encrypted on their own device. The page lists the E3s the node knows with
// their live phase, shows one E3 (committee, public-key hash, inputs,
// result), encrypts a ballot in the browser with the WebAssembly build of
// web/encrypt and uploads only the ciphertext to the node's API.
//
// The handler wraps the node's API handler: the page's assets live under
// /app/, the few reads the API does not offer (program parameters, the
// committee) under /web/v1/, and everything else goes to the API unchanged.
// The assets are embedded, so a node binary serves the page without npm or
// any build step; `go generate ./web` rebuilds the WebAssembly module.
//
// Requesting an E3 needs a funded ledger account. On a devnet only, the
// handler can request on behalf of the devnet's requester, whose key the
// devnet writes into its network file (see DevnetKey); a node on any other
// network has no such key, answers that endpoint with "devnet_only", and the
// page hides the form. Nothing else on the page holds or uses a key.
package web

//go:generate bash gen-wasm.sh

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ecdsa"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/builtin"
)

//go:embed static
var static embed.FS

// Errors of the web endpoints.
var (
	// ErrDevnetOnly means a devnet-only endpoint was called on a node that
	// has no devnet requester key.
	ErrDevnetOnly = errors.New("only a devnet node requests E3s from the page")
	// ErrNoLedger means the handler was built without a ledger reader.
	ErrNoLedger = errors.New("this node serves the page without ledger access")
	// ErrBadRequest means a request body or parameter is invalid.
	ErrBadRequest = errors.New("invalid request")
)

// Options configures the handler.
type Options struct {
	// Ledger reads program parameters and committees (nil: the E3 page
	// shows what the API reports and cannot encrypt).
	Ledger *ledger.Client
	// RequesterKey, when set, enables POST /web/v1/devnet/request, which
	// requests an E3 signed with this key. Set it only on a devnet.
	RequesterKey *ecdsa.PrivateKey
	// Log receives request failures (nil: discarded).
	Log *slog.Logger
}

// Handler serves the page and forwards everything else to the API.
type Handler struct {
	next http.Handler
	opts Options
	mux  *http.ServeMux
	reqs *ledger.Client // the devnet requester's client, or nil

	gzOnce sync.Once
	gzWasm []byte // the module as embedded (gzip)

	requestMu sync.Mutex // one devnet request at a time (one nonce sequence)
}

// New returns the page handler in front of api.
func New(api http.Handler, opts Options) *Handler {
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	h := &Handler{next: api, opts: opts, mux: http.NewServeMux()}
	if opts.RequesterKey != nil && opts.Ledger != nil {
		h.reqs = opts.Ledger.WithKey(opts.RequesterKey)
	}
	h.mux.HandleFunc("GET /{$}", h.asset("static/index.html"))
	h.mux.HandleFunc("GET /app/ciphernet.wasm", h.wasm)
	h.mux.HandleFunc("GET /app/{file}", h.appFile)
	h.mux.HandleFunc("GET /web/v1/config", h.config)
	h.mux.HandleFunc("GET /web/v1/e3/{id}", h.e3)
	h.mux.HandleFunc("POST /web/v1/devnet/request", h.request)
	return h
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := h.mux.Handler(r); pattern != "" {
		h.mux.ServeHTTP(w, r)
		return
	}
	h.next.ServeHTTP(w, r)
}

// DevnetKey returns the funded requester key a devnet writes into its
// network file ("requesterKey"), or nil for any other network file (or
// none). Only a node started by the devnet gets one, so only there can the
// page request E3s.
func DevnetKey(networkFile string) *ecdsa.PrivateKey {
	if networkFile == "" {
		return nil
	}
	b, err := os.ReadFile(networkFile)
	if err != nil {
		return nil
	}
	var f struct {
		RequesterKey string `json:"requesterKey"`
	}
	if json.Unmarshal(b, &f) != nil || f.RequesterKey == "" {
		return nil
	}
	key, err := ethcrypto.HexToECDSA(strings.TrimPrefix(f.RequesterKey, "0x"))
	if err != nil {
		return nil
	}
	return key
}

// contentSecurityPolicy keeps the page to its own assets and its own node:
// no third-party script can read a ballot, and the page talks to no other
// origin ('wasm-unsafe-eval' allows compiling the module, nothing else).
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
	".png":  "image/png",
}

func (h *Handler) asset(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := static.ReadFile(name)
		if err != nil {
			writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no asset %s", r.URL.Path))
			return
		}
		ct := "application/octet-stream"
		if i := strings.LastIndexByte(name, '.'); i >= 0 && contentTypes[name[i:]] != "" {
			ct = contentTypes[name[i:]]
		}
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Write(b)
	}
}

func (h *Handler) appFile(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	if !fs.ValidPath(file) || strings.Contains(file, "/") || strings.HasPrefix(file, ".") {
		writeError(w, http.StatusNotFound, "not_found", fmt.Sprintf("no asset %s", r.URL.Path))
		return
	}
	h.asset("static/"+file)(w, r)
}

// wasm serves the embedded gzip module as is to browsers that accept gzip
// (all of them), and inflates it for clients that do not.
func (h *Handler) wasm(w http.ResponseWriter, r *http.Request) {
	h.gzOnce.Do(func() { h.gzWasm, _ = static.ReadFile("static/ciphernet.wasm.gz") })
	if h.gzWasm == nil {
		writeError(w, http.StatusNotFound, "not_found", "the WebAssembly module is not built: run go generate ./web")
		return
	}
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("Vary", "Accept-Encoding")
	if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Length", strconv.Itoa(len(h.gzWasm)))
		w.Write(h.gzWasm)
		return
	}
	zr, err := gzip.NewReader(bytes.NewReader(h.gzWasm))
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "embedded module is corrupt")
		return
	}
	io.Copy(w, zr)
}

// PresetInfo describes a preset to the page.
type PresetInfo struct {
	Name           string `json:"name"`
	Insecure       bool   `json:"insecure"`
	SecurityBits   int    `json:"securityBits"`
	CiphertextSize int    `json:"ciphertextSize"`
}

// Config is the body of GET /web/v1/config.
type Config struct {
	// Devnet says whether this node requests E3s from the page.
	Devnet bool `json:"devnet"`
	// ChainID and E3Manager bind input receipts to this deployment; the
	// page checks receipt signatures with them (absent without a ledger).
	ChainID   uint64       `json:"chainId,omitempty"`
	E3Manager string       `json:"e3Manager,omitempty"`
	Presets   []PresetInfo `json:"presets"`
	Programs  []string     `json:"programs"`
}

func (h *Handler) config(w http.ResponseWriter, _ *http.Request) {
	c := Config{Devnet: h.reqs != nil, Programs: builtin.Registry().Names()}
	if h.opts.Ledger != nil {
		c.ChainID, c.E3Manager = h.opts.Ledger.ChainID().Uint64(), h.opts.Ledger.Addresses().E3Manager.Hex()
	}
	for _, p := range bfv.All() {
		c.Presets = append(c.Presets, PresetInfo{Name: p.Name, Insecure: p.Insecure, SecurityBits: p.SecurityBits, CiphertextSize: p.CiphertextSize()})
	}
	writeJSON(w, http.StatusOK, c)
}

// E3Info is the body of GET /web/v1/e3/{id}: what the page needs beyond the
// API's view to build the input form and show who holds the key.
type E3Info struct {
	ID             uint64          `json:"e3Id"`
	Program        string          `json:"program"`
	Preset         string          `json:"preset"`
	Params         json.RawMessage `json:"params"`
	Layout         program.Layout  `json:"layout"`
	CiphertextSize int             `json:"ciphertextSize"`
	Committee      []string        `json:"committee"`
	RequestBlock   uint64          `json:"requestBlock"`
	InputDeadline  uint64          `json:"inputDeadline"`
	// Stages are the program's stages as the ledger has them: the output
	// the compute provider published, its attestations, and the hash of
	// the plaintext released (zero hashes: not yet).
	Stages []StageInfo `json:"stages"`
}

// StageInfo is one stage of an E3 on the ledger.
type StageInfo struct {
	Stage              int    `json:"stage"`
	OutputHash         string `json:"outputHash,omitempty"`
	OutputAttestations int    `json:"outputAttestations"`
	OutputAccepted     bool   `json:"outputAccepted"`
	PlaintextHash      string `json:"plaintextHash,omitempty"`
}

func (h *Handler) e3(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_e3_id", fmt.Sprintf("E3 id %q is not a non-negative integer", r.PathValue("id")))
		return
	}
	if h.opts.Ledger == nil {
		writeError(w, http.StatusServiceUnavailable, "no_ledger", ErrNoLedger.Error())
		return
	}
	info, err := h.info(r.Context(), id)
	if err != nil {
		h.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, info)
}

// errUnknownE3 is a 404 of the info endpoint.
var errUnknownE3 = errors.New("unknown E3")

func (h *Handler) info(ctx context.Context, id uint64) (E3Info, error) {
	lc := h.opts.Ledger
	rec, err := lc.GetE3(ctx, id)
	if errors.Is(err, ledger.ErrReverted) {
		return E3Info{}, fmt.Errorf("%w: E3 %d: %w", errUnknownE3, id, err)
	}
	if err != nil {
		return E3Info{}, err
	}
	if ledger.Phase(rec.Phase) == ledger.PhaseNone {
		return E3Info{}, fmt.Errorf("%w: E3 %d is not on the ledger", errUnknownE3, id)
	}
	reg := builtin.Registry()
	name := ""
	for _, n := range reg.Names() {
		if ledger.ProgramID(n) == common.Hash(rec.ProgramId) {
			name = n
		}
	}
	if name == "" {
		return E3Info{}, fmt.Errorf("%w: E3 %d runs a program this node does not know", errUnknownE3, id)
	}
	preset, err := bfv.ByID(rec.Preset)
	if err != nil {
		return E3Info{}, fmt.Errorf("%w: E3 %d: %w", errUnknownE3, id, err)
	}
	params, err := lc.Params(ctx, id)
	if err != nil {
		return E3Info{}, err
	}
	p, err := reg.Lookup(name)
	if err != nil {
		return E3Info{}, err
	}
	lp, ok := p.(program.LedgerParams)
	if !ok {
		return E3Info{}, fmt.Errorf("%w: program %s has no ledger parameters", errUnknownE3, name)
	}
	raw, err := lp.FromLedger(params)
	if err != nil {
		return E3Info{}, err
	}
	inst, err := p.Configure(raw, preset)
	if err != nil {
		return E3Info{}, err
	}
	members, err := lc.CommitteeOf(ctx, id)
	if err != nil {
		return E3Info{}, err
	}
	info := E3Info{ID: id, Program: name, Preset: preset.Name, Params: raw, Layout: inst.Layout(),
		CiphertextSize: preset.CiphertextSize(), Committee: []string{}, RequestBlock: rec.RequestBlock, InputDeadline: rec.InputDeadline}
	for _, m := range members {
		info.Committee = append(info.Committee, m.Hex())
	}
	hex := func(h [32]byte) string {
		if h == ([32]byte{}) {
			return ""
		}
		return common.Hash(h).Hex()
	}
	for k := range int(rec.Stages) {
		st, err := lc.StageOf(ctx, id, uint8(k))
		if err != nil {
			return E3Info{}, err
		}
		info.Stages = append(info.Stages, StageInfo{Stage: k, OutputHash: hex(st.OutputHash), OutputAttestations: int(st.OutputAttestations),
			OutputAccepted: st.OutputAccepted, PlaintextHash: hex(st.PlaintextHash)})
	}
	return info, nil
}

// RequestForm is the body of POST /web/v1/devnet/request.
type RequestForm struct {
	Program string `json:"program"`
	// Params are the program's ledger parameters (tally: [options]).
	Params []uint64 `json:"params"`
	Preset string   `json:"preset"`
	N      uint16   `json:"n"`
	T      uint16   `json:"t"`
	// InputWindow is the input window in blocks (0: 120).
	InputWindow uint32 `json:"inputWindow"`
}

// Validate checks the form as the program and preset define it, so a bad
// request is refused before a transaction is sent.
func (f RequestForm) Validate() error {
	preset, err := bfv.Lookup(f.Preset)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	if _, err := builtin.Registry().ConfigureFromLedger(f.Program, preset, f.Params); err != nil {
		return fmt.Errorf("%w: %w", ErrBadRequest, err)
	}
	switch {
	case f.N < 1 || f.N > bfv.MaxCommittee:
		return fmt.Errorf("%w: committee size %d outside 1..%d", ErrBadRequest, f.N, bfv.MaxCommittee)
	case f.T < 1 || f.T > f.N:
		return fmt.Errorf("%w: threshold %d outside 1..%d", ErrBadRequest, f.T, f.N)
	case f.InputWindow != 0 && (f.InputWindow < 20 || f.InputWindow > 10_000):
		return fmt.Errorf("%w: input window %d blocks outside 20..10000", ErrBadRequest, f.InputWindow)
	}
	return nil
}

// maxFormBytes bounds a request form body.
const maxFormBytes = 4096

// DecodeRequestForm reads and validates a request form (untrusted JSON: no
// unknown fields, nothing after the object).
func DecodeRequestForm(r io.Reader) (RequestForm, error) {
	var f RequestForm
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return RequestForm{}, fmt.Errorf("%w: request body: %w", ErrBadRequest, err)
	}
	if dec.More() {
		return RequestForm{}, fmt.Errorf("%w: request body: data after the JSON object", ErrBadRequest)
	}
	if err := f.Validate(); err != nil {
		return RequestForm{}, err
	}
	return f, nil
}

func (h *Handler) request(w http.ResponseWriter, r *http.Request) {
	if h.reqs == nil {
		writeError(w, http.StatusNotFound, "devnet_only", ErrDevnetOnly.Error()+": request with `ciphernet e3 request` and your own key")
		return
	}
	// A JSON content type makes a cross-site form post impossible and a
	// cross-site fetch preflighted (and refused: no CORS headers).
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		writeError(w, http.StatusUnsupportedMediaType, "bad_request", fmt.Sprintf("content type %q: send application/json", ct))
		return
	}
	f, err := DecodeRequestForm(http.MaxBytesReader(w, r.Body, maxFormBytes))
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad_request", err.Error())
		return
	}
	preset, _ := bfv.Lookup(f.Preset)
	window := f.InputWindow
	if window == 0 {
		window = 120
	}
	ctx, cancel := context.WithTimeout(r.Context(), 60*time.Second)
	defer cancel()
	h.requestMu.Lock()
	id, rc, err := h.reqs.Request(ctx, ledger.Request{
		Program: ledger.ProgramID(f.Program), Params: f.Params, Preset: preset.ID, N: f.N, T: f.T,
		Windows: ledger.Windows{Ticket: 16, Keygen: 240, Input: window, Compute: 240, Decrypt: 60},
	})
	h.requestMu.Unlock()
	if err != nil {
		h.fail(w, fmt.Errorf("request: %w", err))
		return
	}
	writeJSON(w, http.StatusCreated, map[string]any{"e3Id": id, "tx": rc.TxHash.Hex(), "requester": h.reqs.Address().Hex()})
}

// fail maps an error to a JSON error answer.
func (h *Handler) fail(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errUnknownE3):
		writeError(w, http.StatusNotFound, "unknown_e3", err.Error())
	case errors.Is(err, ledger.ErrReverted):
		writeError(w, http.StatusUnprocessableEntity, "ledger_refused", err.Error())
	default:
		h.opts.Log.Error("web", "err", err)
		writeError(w, http.StatusBadGateway, "ledger_unavailable", "the ledger could not be read: "+err.Error())
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeJSON(w, status, map[string]string{"error": msg, "code": code})
}
