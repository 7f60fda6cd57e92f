package node

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/ciphernet/ciphernet/api"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/message"
	"github.com/ciphernet/ciphernet/store"
	"github.com/ciphernet/ciphernet/web"
)

// metrics are the node's Prometheus metrics. Each node has its own
// registry (a devnet runs several nodes in one process); what can be read
// from state at scrape time (phases, committee liveness, outbox depth,
// message rejections) is collected then, and only events are counted here.
type metrics struct {
	reg          *prometheus.Registry
	inputs       *prometheus.CounterVec
	phaseSeconds *prometheus.HistogramVec
	delivered    *prometheus.CounterVec
	badMasks     prometheus.Counter
}

func newMetrics(n *Node) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		inputs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ciphernet_inputs_total",
			Help: "Input uploads to this node's API, by outcome: accepted, or the API error code of the refusal.",
		}, []string{"result"}),
		phaseSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "ciphernet_phase_duration_seconds",
			Help:    "Time an E3 spent in a ledger phase, as seen by this node.",
			Buckets: prometheus.ExponentialBuckets(0.25, 2, 14),
		}, []string{"phase"}),
		delivered: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ciphernet_outbox_delivered_total",
			Help: "Outbox messages carried out, by operation and outcome (sent, refused by the ledger, retry).",
		}, []string{"op", "outcome"}),
		badMasks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "ciphernet_bad_masks_total",
			Help: "Mask openings that did not match their member's contribution: a member cheated on the committee mask.",
		}),
	}
	m.reg.MustRegister(m.inputs, m.phaseSeconds, m.delivered, m.badMasks, stateCollector{n},
		prometheus.NewGoCollector(), prometheus.NewProcessCollector(prometheus.ProcessCollectorOpts{}))
	return m
}

// stateCollector reads the node's state at scrape time.
type stateCollector struct{ n *Node }

var (
	descPhase     = prometheus.NewDesc("ciphernet_e3_phase", "1 for the ledger phase each known E3 is in.", []string{"e3", "phase"}, nil)
	descLive      = prometheus.NewDesc("ciphernet_e3_live_members", "Committee members this node is connected to (itself included), for E3s it is a member of.", []string{"e3"}, nil)
	descThreshold = prometheus.NewDesc("ciphernet_e3_threshold", "The E3's decryption threshold t: live members below it cannot release.", []string{"e3"}, nil)
	descOutbox    = prometheus.NewDesc("ciphernet_outbox_depth", "Messages persisted but not yet sent.", nil, nil)
	descRejected  = prometheus.NewDesc("ciphernet_messages_rejected_total", "Topic envelopes dropped before processing, by reason.", []string{"reason"}, nil)
	descPeers     = prometheus.NewDesc("ciphernet_p2p_peers", "Connected libp2p peers.", nil, nil)
	descHead      = prometheus.NewDesc("ciphernet_chain_head", "Latest ledger block the node has seen.", nil, nil)
)

func (c stateCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descPhase, descLive, descThreshold, descOutbox, descRejected, descPeers, descHead} {
		ch <- d
	}
}

func (c stateCollector) Collect(ch chan<- prometheus.Metric) {
	n := c.n
	for _, s := range n.engine.snapshot() {
		id := formatID(s.ID)
		ch <- prometheus.MustNewConstMetric(descPhase, prometheus.GaugeValue, 1, id, s.Phase)
		if s.PartyIndex > 0 {
			ch <- prometheus.MustNewConstMetric(descLive, prometheus.GaugeValue, float64(n.liveMembers(s.Members)), id)
			ch <- prometheus.MustNewConstMetric(descThreshold, prometheus.GaugeValue, float64(s.T), id)
		}
	}
	depth := 0
	n.st.View(func(tx *store.Tx) error { depth = tx.OutboxLen(); return nil })
	ch <- prometheus.MustNewConstMetric(descOutbox, prometheus.GaugeValue, float64(depth))
	counts := map[string]uint64{}
	for reason, v := range n.checker.Counts() {
		counts[message.Reason(reason)] += v
	}
	for reason, v := range counts {
		ch <- prometheus.MustNewConstMetric(descRejected, prometheus.CounterValue, float64(v), reason)
	}
	ch <- prometheus.MustNewConstMetric(descPeers, prometheus.GaugeValue, float64(len(n.host.Peers())))
	ch <- prometheus.MustNewConstMetric(descHead, prometheus.GaugeValue, float64(n.engine.headSeen.Load()))
}

// liveMembers counts the members whose libp2p peer is connected, plus this
// node if it is one.
func (n *Node) liveMembers(members []common.Address) int {
	connected := map[string]bool{}
	for _, p := range n.host.Peers() {
		connected[string(p)] = true
	}
	n.mu.RLock()
	defer n.mu.RUnlock()
	live := 0
	for _, a := range members {
		if a == n.address() || connected[string(n.peerIDs[a])] {
			live++
		}
	}
	return live
}

// E3Status is the node's own view of one E3, for `ciphernet node status`.
type E3Status struct {
	ID         uint64           `json:"e3Id"`
	Phase      string           `json:"phase"`
	Program    string           `json:"program,omitempty"`
	N          int              `json:"n"`
	T          int              `json:"t"`
	PartyIndex int              `json:"partyIndex,omitempty"` // 0: not a member
	State      string           `json:"state,omitempty"`      // protocol state, members only
	Stage      int              `json:"stage,omitempty"`
	Members    []common.Address `json:"-"`
	Live       int              `json:"liveMembers,omitempty"`
	Secrets    bool             `json:"holdsSecrets"`
}

// Status is what GET /v1/node reports: enough for an operator to see that
// the node is registered, connected, keeping up with the chain and sending
// what it owes.
type Status struct {
	Address     string     `json:"address"`
	PeerID      string     `json:"peerId"`
	P2PAddrs    []string   `json:"p2pAddrs"`
	ChainID     uint64     `json:"chainId"`
	Head        uint64     `json:"head"`
	Checkpoint  uint64     `json:"checkpoint"`
	Registered  bool       `json:"registered"`
	Bond        string     `json:"bondWei"`
	Peers       int        `json:"peers"`
	OutboxDepth int        `json:"outboxDepth"`
	E3s         []E3Status `json:"e3s"`
}

// Status gathers the node's status (the ledger part is read live).
func (n *Node) Status(ctx context.Context) (Status, error) {
	st := Status{Address: n.address().Hex(), PeerID: n.host.ID().String(), P2PAddrs: n.host.Addrs(),
		ChainID: n.lc.ChainID().Uint64(), Head: n.engine.headSeen.Load(), Peers: len(n.host.Peers()), Bond: "0", E3s: []E3Status{}}
	n.st.View(func(tx *store.Tx) error {
		st.Checkpoint, st.OutboxDepth = tx.Checkpoint(), tx.OutboxLen()
		return nil
	})
	reg, err := n.lc.GetNode(ctx, n.address())
	if err != nil {
		return Status{}, err
	}
	st.Registered = reg.Registered
	if reg.Bond != nil {
		st.Bond = reg.Bond.String()
	}
	for _, s := range n.engine.snapshot() {
		if s.PartyIndex > 0 {
			s.Live = n.liveMembers(s.Members)
		}
		s.Secrets = n.HoldsSecrets(s.ID)
		st.E3s = append(st.E3s, s)
	}
	slices.SortFunc(st.E3s, func(a, b E3Status) int { return int(a.ID) - int(b.ID) })
	return st, nil
}

// handler is the node's HTTP surface: the client API, plus /metrics and
// /v1/node for operators. Every input upload is counted by outcome.
func (n *Node) handler() http.Handler {
	mux := http.NewServeMux()
	apiSrv := api.NewWithOptions(backend{n}, n.log, api.Options{RatePerSecond: n.cfg.APIRate, Burst: n.cfg.APIBurst})
	// The web page (web/) at "/" in front of the API; devnet nodes may request E3s for the page.
	mux.Handle("/", web.New(apiSrv, web.Options{Ledger: n.lc, RequesterKey: web.DevnetKey(n.cfg.Network), Log: n.log}))
	mux.Handle("POST /v1/e3/{id}/inputs", n.countInputs(apiSrv))
	mux.Handle("GET /metrics", promhttp.HandlerFor(n.metrics.reg, promhttp.HandlerOpts{Registry: n.metrics.reg}))
	mux.HandleFunc("GET /v1/node", func(w http.ResponseWriter, r *http.Request) {
		st, err := n.Status(r.Context())
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			json.NewEncoder(w).Encode(map[string]string{"error": "ledger unreachable: " + err.Error(), "code": "ledger_unavailable"})
			return
		}
		json.NewEncoder(w).Encode(st)
	})
	return mux
}

// countInputs records each upload's outcome: "accepted", or the API's
// error code (malformed, wrong_preset, closed, duplicate, ...).
func (n *Node) countInputs(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		result := "accepted"
		if rec.status >= 300 {
			var body struct{ Code string }
			if json.Unmarshal(rec.head.Bytes(), &body) == nil && body.Code != "" {
				result = body.Code
			} else {
				result = strings.ToLower(strings.ReplaceAll(http.StatusText(rec.status), " ", "_"))
			}
		}
		n.metrics.inputs.WithLabelValues(result).Inc()
	})
}

// recorder keeps the status and the start of an error body.
type recorder struct {
	http.ResponseWriter
	status int
	head   bytes.Buffer
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status >= 300 && r.head.Len() < 1024 {
		r.head.Write(b[:min(len(b), 1024-r.head.Len())])
	}
	return r.ResponseWriter.Write(b)
}

// phaseClock observes how long each E3 spends in each ledger phase.
type phaseClock struct {
	phase string
	since time.Time
}

// observePhase records a phase change of an E3 (its goroutine).
func (g *engine) observePhase(s *e3state, phase string) {
	now := time.Now()
	if s.clock.phase != "" && s.clock.phase != phase {
		g.n.metrics.phaseSeconds.WithLabelValues(s.clock.phase).Observe(now.Sub(s.clock.since).Seconds())
	}
	if s.clock.phase != phase {
		s.clock = phaseClock{phase: phase, since: now}
	}
}

// snapshot copies the status of every E3 the engine knows (any goroutine).
func (g *engine) snapshot() []E3Status {
	g.viewMu.RLock()
	defer g.viewMu.RUnlock()
	out := make([]E3Status, 0, len(g.status))
	for _, s := range g.status {
		out = append(out, s)
	}
	return out
}

// statusOf builds the status row of s (its goroutine).
func statusOf(s *e3state) E3Status {
	st := E3Status{ID: s.id, Phase: ledger.Phase(s.rec.Phase).String(), Program: s.program, N: int(s.rec.N), T: int(s.rec.T),
		PartyIndex: s.self, Members: slices.Clone(s.members)}
	if s.m != nil {
		st.State, st.Stage = s.m.State.String(), s.m.Stage
	}
	return st
}

func formatID(id uint64) string { return strconv.FormatUint(id, 10) }
