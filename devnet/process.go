package devnet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/ciphernet/ciphernet/node"
)

// ErrNotRunning means a node process was asked to stop or die but is not
// running.
var ErrNotRunning = errors.New("devnet: node process not running")

// Timeouts of the process supervisor: generous, for a loaded machine.
const (
	healthTimeout = 2 * time.Minute  // from spawn to /healthz answering
	termGrace     = 20 * time.Second // from SIGTERM to SIGKILL
)

// checkBinary validates Config.Binary for Processes mode.
func checkBinary(path string) error {
	if path == "" {
		return fmt.Errorf("%w: processes mode needs the ciphernet binary", ErrConfig)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%w: binary: %v", ErrConfig, err)
	}
	if fi.IsDir() || fi.Mode()&0o111 == 0 {
		return fmt.Errorf("%w: binary %s is not an executable file", ErrConfig, path)
	}
	return nil
}

// supervisor owns the node processes of a Processes-mode devnet.
type supervisor struct {
	binary string
	spawn  *spawner
	d      *Devnet

	mu    sync.Mutex
	nodes []*child
	procs []*proc // current process of each node (nil before the first start)
}

// child is what a node process is started from.
type child struct {
	config, log string
	env         []string
	api         string
}

// proc is one run of a node process.
type proc struct {
	cmd      *exec.Cmd
	done     chan struct{} // closed once the process has exited and been reaped
	err      error         // exit status, set before done is closed
	mu       sync.Mutex
	expected bool // a stop or kill was requested: the exit is not a failure
}

func (p *proc) running() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// expect marks the coming exit as requested.
func (p *proc) expect() {
	p.mu.Lock()
	p.expected = true
	p.mu.Unlock()
}

// signal sends sig to the process's group (the node and anything it
// started), unless it has already exited.
func (p *proc) signal(sig syscall.Signal) {
	if p.running() {
		signalGroup(p.cmd.Process.Pid, sig)
	}
}

// startProcesses writes each node's configuration (fixed loopback ports,
// devnet polling), registers and bonds the operators from the devnet
// process, then starts one `node start` process per node and waits until
// every API answers /healthz.
func (d *Devnet) startProcesses(ctx context.Context, cfg Config, members []member) error {
	d.procs = &supervisor{binary: cfg.Binary, spawn: newSpawner(), d: d}
	res, err := reservePorts(2 * len(members))
	if err != nil {
		return err
	}
	defer res.release()
	for i, m := range members {
		path := filepath.Join(m.dir, "config.toml")
		c, err := node.Load(path)
		if err != nil {
			return err
		}
		ports := res.ports[2*i : 2*i+2]
		c.API = net.JoinHostPort("127.0.0.1", strconv.Itoa(ports[0]))
		c.Listen = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", ports[1])}
		cfg.tune(&c)
		if err := writeConfig(path, c); err != nil {
			return err
		}
		reg, err := node.RegisterOperator(ctx, c, m.password, ether(int64(2+(i+1)%4)), node.Deps{RPC: d.Chain.RPC()})
		if err != nil {
			return fmt.Errorf("devnet: register node %d: %w", i+1, err)
		}
		log := filepath.Join(m.dir, "node.log")
		d.File.Nodes = append(d.File.Nodes, NodeInfo{Address: reg.Address.Hex(), API: c.API, P2P: reg.Endpoint.Addrs, Dir: m.dir, Log: log})
		d.procs.nodes = append(d.procs.nodes, &child{config: path, log: log, api: c.API,
			env: childEnv(c.PasswordEnv + "_FILE=" + filepath.Join(m.dir, "password"))})
	}
	d.procs.procs = make([]*proc, len(members))
	res.release()
	for i := range members {
		if err := d.procs.start(i); err != nil {
			return err
		}
	}
	for i := range members {
		if err := d.procs.waitHealthy(ctx, i); err != nil {
			return err
		}
	}
	return d.save()
}

// childEnv is the devnet's environment without CIPHERNET_* variables (an
// override meant for the devnet must not redirect its nodes), plus extra.
func childEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CIPHERNET_") {
			env = append(env, kv)
		}
	}
	return append(env, extra...)
}

// writeConfig replaces a node's config.toml with cfg.
func writeConfig(path string, cfg node.Config) error {
	var b bytes.Buffer
	b.WriteString("# Written by `ciphernet devnet --processes`: fixed loopback ports, devnet polling.\n")
	if err := toml.NewEncoder(&b).Encode(cfg); err != nil {
		return fmt.Errorf("devnet: encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	return nil
}

// reservation holds listeners on loopback ports chosen for node processes
// until they are about to start.
type reservation struct {
	ports []int
	lns   []net.Listener
}

// reservePorts picks n distinct loopback TCP ports below the kernel's
// ephemeral range and keeps them bound until release. A port taken with
// "listen on port 0" and released at once can be handed out again as the
// source port of any outgoing connection (registration RPCs, nodes already
// dialling each other) before its node binds it: with 32 node processes
// that happened. Ports below the ephemeral range are never picked for
// outgoing connections, and holding them keeps this process from choosing
// one twice.
func reservePorts(n int) (*reservation, error) {
	lo := scanStart()
	r := &reservation{}
	for port := lo - 1; port >= 1024 && len(r.ports) < n; port-- {
		ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err != nil {
			continue // in use
		}
		r.ports, r.lns = append(r.ports, port), append(r.lns, ln)
	}
	if len(r.ports) < n {
		r.release()
		return nil, fmt.Errorf("devnet: %d free loopback ports below %d, need %d", len(r.ports), lo, n)
	}
	return r, nil
}

// release frees the reserved ports for the node processes to bind; it is
// idempotent.
func (r *reservation) release() {
	for _, ln := range r.lns {
		ln.Close()
	}
	r.lns = nil
}

// scanStart is where reservePorts starts scanning down: a random offset
// below the first port of the kernel's ephemeral range (Linux's
// ip_local_port_range; its default 32768 elsewhere), so that two devnets
// on one machine rarely probe the same ports first.
func scanStart() int {
	lo := 32768
	if b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			if v, err := strconv.Atoi(f[0]); err == nil && v > 2048 {
				lo = v
			}
		}
	}
	return lo - rand.IntN(min(8192, lo-2048))
}

// start spawns node i's process, appending its output to its log file, and
// watches for its exit.
func (s *supervisor) start(i int) error {
	c := s.nodes[i]
	logf, err := os.OpenFile(c.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("devnet: node %d log: %w", i+1, err)
	}
	defer logf.Close() // the child holds its own descriptor
	fmt.Fprintf(logf, "=== devnet: starting node %d at %s\n", i+1, time.Now().Format(time.RFC3339))
	cmd := exec.Command(s.binary, "node", "start", "--config", c.config)
	cmd.Env, cmd.Stdout, cmd.Stderr, cmd.Dir = c.env, logf, logf, filepath.Dir(c.config)
	cmd.SysProcAttr = sysProcAttr()
	if err := s.spawn.start(cmd); err != nil {
		return fmt.Errorf("devnet: start node %d: %w", i+1, err)
	}
	p := &proc{cmd: cmd, done: make(chan struct{})}
	s.mu.Lock()
	s.procs[i] = p
	s.mu.Unlock()
	s.d.mu.Lock()
	s.d.File.Nodes[i].PID = cmd.Process.Pid
	s.d.mu.Unlock()
	go func() {
		p.err = cmd.Wait()
		close(p.done)
		p.mu.Lock()
		expected := p.expected
		p.mu.Unlock()
		if !expected {
			s.d.fail(fmt.Errorf("devnet: node %d (pid %d) exited unexpectedly: %v (log %s)", i+1, cmd.Process.Pid, p.err, c.log))
		}
	}()
	return nil
}

// current is node i's latest process.
func (s *supervisor) current(i int) *proc {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.procs[i]
}

// waitHealthy waits until node i's API answers /healthz, failing early if
// the process exits.
func (s *supervisor) waitHealthy(ctx context.Context, i int) error {
	ctx, cancel := context.WithTimeout(ctx, healthTimeout)
	defer cancel()
	p, c := s.current(i), s.nodes[i]
	client := &http.Client{Timeout: 2 * time.Second}
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+c.api+"/healthz", nil)
		if err != nil {
			return err
		}
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK && p.running() {
				return nil
			}
		}
		select {
		case <-p.done:
			return fmt.Errorf("devnet: node %d exited while starting: %v\n%s", i+1, p.err, tail(c.log, 2048))
		case <-ctx.Done():
			return fmt.Errorf("devnet: node %d API %s not healthy: %w\n%s", i+1, c.api, ctx.Err(), tail(c.log, 2048))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// stop sends SIGTERM to node i, then SIGKILL if it has not exited within
// termGrace, and waits for it.
func (s *supervisor) stop(i int) {
	p := s.current(i)
	if p == nil {
		return
	}
	p.expect()
	p.signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(termGrace):
		p.signal(syscall.SIGKILL)
		<-p.done
	}
}

// kill sends SIGKILL to node i and waits for it to be reaped.
func (s *supervisor) kill(i int) error {
	p := s.current(i)
	if p == nil || !p.running() {
		return fmt.Errorf("%w: node %d", ErrNotRunning, i+1)
	}
	p.expect()
	p.signal(syscall.SIGKILL)
	<-p.done
	return nil
}

// close stops every running node (SIGTERM to all at once, then SIGKILL to
// the lingering) and ends the spawner.
func (s *supervisor) close() {
	s.mu.Lock()
	procs := append([]*proc(nil), s.procs...)
	s.mu.Unlock()
	for _, p := range procs {
		if p != nil {
			p.expect()
			p.signal(syscall.SIGTERM)
		}
	}
	deadline := time.After(termGrace)
	for _, p := range procs {
		if p == nil {
			continue
		}
		select {
		case <-p.done:
		case <-deadline:
			p.signal(syscall.SIGKILL)
			<-p.done
		}
	}
	s.spawn.close()
}

// Kill sends SIGKILL to node i's process (kill -9: no shutdown path runs)
// and waits until it is gone. It needs Processes mode.
func (d *Devnet) Kill(i int) error {
	if d.procs == nil {
		return fmt.Errorf("%w: Kill needs Processes mode (use Stop in-process)", ErrConfig)
	}
	if i < 0 || i >= len(d.procs.nodes) {
		return fmt.Errorf("%w: no node %d", ErrConfig, i)
	}
	return d.procs.kill(i)
}

// Running reports whether node i runs: its process is alive, or in-process
// its services have not been stopped.
func (d *Devnet) Running(i int) bool {
	if d.procs == nil {
		select {
		case <-d.stopped[i]:
			return false
		default:
			return true
		}
	}
	p := d.procs.current(i)
	return p != nil && p.running()
}

// restartProcess stops node i if it still runs, starts it again on the
// same directory and ports, and waits for its API.
func (d *Devnet) restartProcess(ctx context.Context, i int) error {
	if i < 0 || i >= len(d.procs.nodes) {
		return fmt.Errorf("%w: no node %d", ErrConfig, i)
	}
	d.procs.stop(i)
	if err := d.procs.start(i); err != nil {
		return err
	}
	if err := d.procs.waitHealthy(ctx, i); err != nil {
		return err
	}
	return d.save()
}

// tail returns up to the last n bytes of a log file, for error messages.
func tail(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > n {
		f.Seek(fi.Size()-n, 0)
	}
	b := make([]byte, n)
	k, _ := f.Read(b)
	return string(b[:k])
}
