package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/sdk"
)

// network is a running devnet with an SDK client as the requester.
type network struct {
	cfg    Config
	dev    *devnet.Devnet
	client *sdk.Client
	logs   *logTail
}

// startNetwork starts a devnet of operators nodes.
func startNetwork(ctx context.Context, cfg Config, dir string, operators int) (*network, error) {
	logs := &logTail{}
	// The submitters all share 127.0.0.1 here, where a real network's come
	// from many addresses: the per-client API rate limit is off.
	dcfg := devnet.Config{Dir: dir, Nodes: operators, BlockTime: cfg.BlockTime, APIRate: -1,
		Log: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	if cfg.Binary != "" {
		dcfg.Processes, dcfg.Binary = true, cfg.Binary
	}
	start := time.Now()
	d, err := devnet.Start(ctx, dcfg)
	if err != nil {
		return nil, fmt.Errorf("bench: devnet of %d nodes: %w", operators, err)
	}
	c, err := sdk.Open(ctx, d.Path, sdk.Options{PollInterval: 50 * time.Millisecond})
	if err != nil {
		d.Close()
		return nil, err
	}
	fmt.Fprintf(cfg.Progress, "devnet: %d nodes (%s) up in %.1f s\n", operators, map[bool]string{true: "processes", false: "in-process"}[cfg.Binary != ""], time.Since(start).Seconds())
	return &network{cfg: cfg, dev: d, client: c, logs: logs}, nil
}

func (n *network) close() {
	n.client.Close()
	n.dev.Close()
}

// explain joins err with what the nodes reported.
func (n *network) explain(err error) error {
	if nerr := n.nodeErr(); nerr != nil {
		return fmt.Errorf("%w\n%w", err, nerr)
	}
	return err
}

// nodeErr reports node failures and the last warnings the nodes logged
// (in-process mode), to explain a stalled E3.
func (n *network) nodeErr() error {
	var errs []error
	if err := n.dev.Err(); err != nil {
		errs = append(errs, err)
	}
	if tail := n.logs.String(); tail != "" {
		errs = append(errs, fmt.Errorf("last node warnings:\n%s", tail))
	}
	for _, info := range n.dev.File.Nodes {
		if info.Log == "" {
			continue
		}
		if b, err := os.ReadFile(info.Log); err == nil {
			if tail := lastLines(string(b), "level=ERROR", 3); tail != "" {
				errs = append(errs, fmt.Errorf("%s:\n%s", filepath.Base(filepath.Dir(info.Log)), tail))
			}
		}
	}
	return errors.Join(errs...)
}

func lastLines(s, must string, k int) string {
	var keep []string
	for line := range strings.SplitSeq(s, "\n") {
		if strings.Contains(line, must) {
			keep = append(keep, line)
		}
	}
	if len(keep) > k {
		keep = keep[len(keep)-k:]
	}
	return strings.Join(keep, "\n")
}

// logTail keeps the last lines the in-process nodes logged at warning
// level or above.
type logTail struct {
	mu    sync.Mutex
	lines []string
}

func (l *logTail) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, strings.TrimRight(string(p), "\n"))
	if len(l.lines) > 8 {
		l.lines = l.lines[len(l.lines)-8:]
	}
	return len(p), nil
}

func (l *logTail) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

// mark is the first sighting of a lifecycle phase (per stage).
type mark struct {
	status string
	stage  int
	at     time.Time
	inputs uint64
}

// watcher polls an E3's status from the ledger and keeps the first
// sighting of every phase, and when the ledger first held want inputs.
type watcher struct {
	mu        sync.Mutex
	marks     []mark
	want      uint64
	committed time.Time
	done      chan struct{}
	err       error
}

// watch polls until the E3 reaches until (or completes or fails) or ctx
// ends; it runs in its own goroutine.
func watch(ctx context.Context, c *sdk.Client, id uint64, until string, poll time.Duration) *watcher {
	w := &watcher{done: make(chan struct{})}
	stop := sdk.Phases
	go func() {
		defer close(w.done)
		limit := indexOf(stop, until)
		for {
			s, err := c.Status(ctx, id)
			now := time.Now()
			if err != nil {
				if ctx.Err() != nil {
					w.fail(fmt.Errorf("%w: E3 %d: %w", ErrE3, id, ctx.Err()))
					return
				}
				time.Sleep(poll) // a transient RPC error: the next poll decides
				continue
			}
			w.mu.Lock()
			last := len(w.marks) - 1
			if last < 0 || w.marks[last].status != s.Phase || w.marks[last].stage != s.Stage {
				w.marks = append(w.marks, mark{status: s.Phase, stage: s.Stage, at: now, inputs: s.InputCount})
			}
			if w.want > 0 && w.committed.IsZero() && s.InputCount >= w.want {
				w.committed = now
			}
			w.mu.Unlock()
			switch {
			case s.Phase == ledger.StatusFailed:
				w.fail(fmt.Errorf("%w: E3 %d failed (%s)", ErrE3, id, s.FailReason))
				return
			case s.Phase == ledger.StatusCompleted, indexOf(stop, s.Phase) >= limit && s.Phase != ledger.StatusFailed:
				return
			}
			select {
			case <-ctx.Done():
				w.fail(fmt.Errorf("%w: E3 %d still %s: %w", ErrE3, id, s.Phase, ctx.Err()))
				return
			case <-time.After(poll):
			}
		}
	}()
	return w
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

func (w *watcher) fail(err error) {
	w.mu.Lock()
	w.err = err
	w.mu.Unlock()
}

// expect tells the watcher how many inputs to wait for on the ledger.
func (w *watcher) expect(n int) {
	w.mu.Lock()
	w.want = uint64(n)
	w.mu.Unlock()
}

// firstSeen is when status was first seen (zero if never).
func (w *watcher) firstSeen(status string) time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, m := range w.marks {
		if m.status == status {
			return m.at
		}
	}
	return time.Time{}
}

// waitFor blocks until the watcher has seen status (or ended).
func (w *watcher) waitFor(ctx context.Context, status string) error {
	for {
		if !w.firstSeen(status).IsZero() {
			return nil
		}
		select {
		case <-w.done:
			if !w.firstSeen(status).IsZero() {
				return nil
			}
			if w.err != nil {
				return w.err
			}
			return fmt.Errorf("%w: ended without reaching %s", ErrE3, status)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// wait blocks until the watcher ends and returns its error.
func (w *watcher) wait() error {
	<-w.done
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// phases turns the sightings into consecutive phases starting at t0 (the
// request): each phase is named after the status it ends in, with the
// stage appended for stages after the first. They partition the time from
// t0 to the last sighting.
func (w *watcher) phases(t0, mined time.Time) ([]Phase, time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	names := map[string]string{ledger.StatusRequested: "request", ledger.StatusCommittee: "committee", ledger.StatusKeyPublished: "key",
		ledger.StatusInputsClosed: "inputs", ledger.StatusOutputPublished: "output", ledger.StatusOutputAccepted: "accepted", ledger.StatusCompleted: "completed"}
	out := []Phase{{Name: "request", Seconds: seconds(mined.Sub(t0))}}
	prev := mined
	for _, m := range w.marks {
		if m.status == ledger.StatusRequested {
			continue // the request phase ends when the transaction is mined
		}
		name := names[m.status]
		if name == "" {
			name = m.status
		}
		if m.stage > 0 && (m.status == ledger.StatusOutputPublished || m.status == ledger.StatusOutputAccepted || m.status == ledger.StatusInputsClosed) {
			name = fmt.Sprintf("%s[%d]", name, m.stage)
		}
		out = append(out, Phase{Name: name, Seconds: seconds(m.at.Sub(prev))})
		prev = m.at
	}
	return out, prev
}

// decryptSeconds sums output accepted → next output published or
// completed over the stages: the threshold decryption and release.
func (w *watcher) decryptSeconds() float64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	var sum float64
	for i, m := range w.marks {
		if m.status == ledger.StatusOutputAccepted && i+1 < len(w.marks) {
			sum += seconds(w.marks[i+1].at.Sub(m.at))
		}
	}
	return sum
}

// request asks for an E3 and returns its id, with the moment before the
// transaction and the moment it was mined.
func (n *network) request(ctx context.Context, name string, params []uint64, preset uint8, nn, t int, inputWindow uint32) (uint64, time.Time, time.Time, error) {
	t0 := time.Now()
	ticket := n.cfg.TicketWindow
	id, _, err := n.client.Ledger().Request(ctx, ledger.Request{Program: ledger.ProgramID(name), Params: params, Preset: preset,
		N: uint16(nn), T: uint16(t), Windows: ledger.Windows{Ticket: ticket, Keygen: 600, Input: inputWindow, Compute: 1200, Decrypt: 600}})
	if err != nil {
		return 0, t0, t0, fmt.Errorf("bench: request %s n=%d t=%d: %w", name, nn, t, err)
	}
	return id, t0, time.Now(), nil
}

// memberAPI returns the API address and seat (0-based) of the first
// committee member, with the committee.
func (n *network) memberAPI(ctx context.Context, id uint64) (string, []common.Address, error) {
	members, err := n.client.Ledger().CommitteeOf(ctx, id)
	if err != nil {
		return "", nil, err
	}
	for _, m := range members {
		for _, info := range n.dev.File.Nodes {
			if common.HexToAddress(info.Address) == m {
				return info.API, members, nil
			}
		}
	}
	return "", members, fmt.Errorf("bench: no API known for E3 %d's committee", id)
}

// nodeInfos returns the devnet entries of the committee, in seat order.
func (n *network) nodeInfos(members []common.Address) []devnet.NodeInfo {
	out := make([]devnet.NodeInfo, 0, len(members))
	for _, m := range members {
		for _, info := range n.dev.File.Nodes {
			if common.HexToAddress(info.Address) == m {
				out = append(out, info)
			}
		}
	}
	return out
}

// spool holds pre-encrypted inputs in a file, so that ten thousand
// half-megabyte ciphertexts do not sit in the benchmark's memory.
type spool struct {
	f    *os.File
	size int
	n    int
}

// encryptInputs encrypts values under the E3's checked key on every core
// and writes them to a spool file.
func encryptInputs(ctx context.Context, enc *sdk.Encryptor, values []json.RawMessage, dir string) (*spool, error) {
	f, err := os.CreateTemp(dir, "inputs-*.bin")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	os.Remove(f.Name()) // unlinked: gone when closed
	sp := &spool{f: f, n: len(values)}
	var next atomic.Int64
	var wg sync.WaitGroup
	errs := make(chan error, runtime.GOMAXPROCS(0))
	var sizeOnce sync.Once
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(values) || ctx.Err() != nil {
					return
				}
				ct, err := enc.Encrypt(values[i])
				if err != nil {
					errs <- err
					return
				}
				sizeOnce.Do(func() { sp.size = len(ct) })
				if len(ct) != sp.size {
					errs <- fmt.Errorf("bench: ciphertext sizes differ (%d, %d)", len(ct), sp.size)
					return
				}
				if _, err := f.WriteAt(ct, int64(i)*int64(len(ct))); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		f.Close()
		return nil, fmt.Errorf("bench: encrypt: %w", err)
	}
	return sp, ctx.Err()
}

func (s *spool) get(i int) ([]byte, error) {
	b := make([]byte, s.size)
	_, err := s.f.ReadAt(b, int64(i)*int64(s.size))
	return b, err
}

func (s *spool) close() { s.f.Close() }

// upload posts every spooled input to one node's API with conc concurrent
// uploads and checks each signed receipt against the committee. It stops
// at the first refusal other than a closed window; once the node says the
// window is closed it stops sending and reports which inputs got in, so
// the E3 can still complete over them.
func (n *network) upload(ctx context.Context, id uint64, api string, members []common.Address, sp *spool, conc int) (*Ingest, []bool, error) {
	hc := &http.Client{Timeout: 2 * time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc}}
	defer hc.CloseIdleConnections()
	var next, accepted atomic.Int64
	var closed atomic.Bool
	ok := make([]bool, sp.n)
	var wg sync.WaitGroup
	errs := make(chan error, conc)
	url := fmt.Sprintf("http://%s/v1/e3/%d/inputs", api, id)
	start := time.Now()
	var last atomic.Int64 // nanoseconds after start of the last acceptance
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= sp.n || ctx.Err() != nil || closed.Load() {
					return
				}
				ct, err := sp.get(i)
				if err == nil {
					err = n.post(ctx, hc, url, id, ct, members)
				}
				if errors.Is(err, errClosed) {
					closed.Store(true)
					return
				}
				if err != nil {
					errs <- fmt.Errorf("input %d: %w", i, err)
					return
				}
				ok[i] = true
				accepted.Add(1)
				last.Store(int64(time.Since(start)))
			}
		}()
	}
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	elapsed := time.Duration(last.Load())
	in := &Ingest{Node: api, Accepted: int(accepted.Load()), Concurrency: conc, Seconds: seconds(elapsed),
		MiB: float64(accepted.Load()) * float64(sp.size) / (1 << 20), WindowClosed: closed.Load()}
	if elapsed > 0 {
		in.PerSecond = float64(in.Accepted) / elapsed.Seconds()
	}
	if len(all) > 0 || in.Accepted == 0 {
		return in, ok, fmt.Errorf("%w: %d of %d accepted: %w", ErrInputs, in.Accepted, sp.n, errors.Join(all...))
	}
	return in, ok, nil
}

// errClosed is a node's refusal because the input window is (about to be)
// closed.
var errClosed = errors.New("input window closed")

// post uploads one input, retrying a rate limit or a server error a few
// times, and checks the receipt.
func (n *network) post(ctx context.Context, hc *http.Client, url string, id uint64, ct []byte, members []common.Address) error {
	var last error
	for attempt := range 5 {
		if attempt > 0 {
			time.Sleep(time.Duration(attempt) * 100 * time.Millisecond)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(ct))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/octet-stream")
		resp, err := hc.Do(req)
		if err != nil {
			last = err
			continue
		}
		body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
		if err != nil {
			last = err
			continue
		}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
			last = fmt.Errorf("%d %s", resp.StatusCode, body)
			continue
		}
		if resp.StatusCode == http.StatusConflict && bytes.Contains(body, []byte(`"closed"`)) {
			return fmt.Errorf("%w: %s", errClosed, bytes.TrimSpace(body))
		}
		if resp.StatusCode != http.StatusCreated {
			return fmt.Errorf("%d %s", resp.StatusCode, bytes.TrimSpace(body))
		}
		var rc sdk.Receipt
		if err := json.Unmarshal(body, &rc); err != nil {
			return fmt.Errorf("receipt: %w", err)
		}
		return n.client.CheckReceipt(id, ct, rc, members)
	}
	return last
}

// result reads the released result from the ledger's plaintexts.
func (n *network) result(ctx context.Context, id uint64) (json.RawMessage, error) {
	return n.client.Result(ctx, id)
}

// traffic snapshots the kernel socket counters of the members' libp2p
// ports.
type traffic struct {
	ports  []int
	before socketStats
	err    error
}

func startTraffic(ctx context.Context, infos []devnet.NodeInfo) *traffic {
	t := &traffic{}
	set := map[int]bool{}
	for _, info := range infos {
		p := 0
		for _, a := range info.P2P {
			if p = tcpPort(a); p != 0 {
				break
			}
		}
		t.ports = append(t.ports, p)
		set[p] = true
	}
	t.before, t.err = readSockets(ctx, set)
	return t
}

func (t *traffic) finish(ctx context.Context, members []devnet.NodeInfo) *Traffic {
	if t.err != nil {
		return &Traffic{Source: "unavailable: " + t.err.Error()}
	}
	set := map[int]bool{}
	for _, p := range t.ports {
		set[p] = true
	}
	after, err := readSockets(ctx, set)
	if err != nil {
		return &Traffic{Source: "unavailable: " + err.Error()}
	}
	out := &Traffic{Source: "kernel tcp_info bytes_acked (via ss) on each member's libp2p listen port — every libp2p connection, " +
		"inbound or dialled (reuseport), gossip and blob streams incl. noise/yamux framing — from before the request to completion; " +
		"connections closed in between are not counted"}
	for _, info := range members {
		p := 0
		for _, a := range info.P2P {
			if p = tcpPort(a); p != 0 {
				break
			}
		}
		out.PerMember = append(out.PerMember, sentSince(t.before, after, p))
	}
	return out
}

// peakRSS reads the committee members' VmHWM (Processes mode) or this
// process's.
func peakRSS(infos []devnet.NodeInfo, processes bool) *Memory {
	if !processes {
		return &Memory{MaxBytes: PeakRSS(os.Getpid()), Source: "VmHWM of the single process holding the benchmark client, the chain and every node " +
			"(in-process devnet): an upper bound on one node, not a node's own peak"}
	}
	m := &Memory{Source: "VmHWM of each committee member's own process (`ciphernet node start`, devnet Processes mode), read after completion"}
	for _, info := range infos {
		v := PeakRSS(info.PID)
		m.PerNode = append(m.PerNode, v)
		m.MaxBytes = max(m.MaxBytes, v)
	}
	return m
}

// instance configures a program from its ledger parameters.
func instance(reg *program.Registry, name, preset string, params []uint64) (program.Instance, error) {
	p, err := reg.Lookup(name)
	if err != nil {
		return nil, err
	}
	lp, ok := p.(program.LedgerParams)
	if !ok {
		return nil, fmt.Errorf("%w: program %s has no ledger parameters", ErrConfig, name)
	}
	raw, err := lp.FromLedger(params)
	if err != nil {
		return nil, err
	}
	return reg.Configure(name, preset, raw)
}
