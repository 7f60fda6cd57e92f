package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
)

// The ciphernet binary, built once per test binary into binDir.
var (
	buildOnce sync.Once
	binDir    string
	binPath   string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// ciphernetBinary builds ./cmd/ciphernet (without -race even when the test
// runs under it: the nodes are real processes, the race detector watches
// the supervisor).
func ciphernetBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		if binDir, buildErr = os.MkdirTemp("", "ciphernet-bin-"); buildErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "ciphernet")
		cmd := exec.Command("go", "build", "-o", binPath, "github.com/ciphernet/ciphernet/cmd/ciphernet")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// startProcesses starts a Processes-mode devnet whose every process is
// gone when the test ends, pass or fail.
func startProcesses(t *testing.T, nodes int) *devnet.Devnet {
	t.Helper()
	bin := ciphernetBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.Start(ctx, devnet.Config{Dir: t.TempDir(), Nodes: nodes, BlockTime: 250 * time.Millisecond, Processes: true, Binary: bin})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var pids []int
		for _, n := range d.File.Nodes {
			pids = append(pids, n.PID)
		}
		d.Close()
		for _, pid := range pids {
			if alive(pid) {
				t.Errorf("process %d outlived Close", pid)
			}
		}
	})
	return d
}

// alive reports whether pid names a live process (a zombie counts as
// dead: Close reaps its children, so none should remain either way).
func alive(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	return err != nil || !bytes.Contains(b, []byte(") Z "))
}

// TestProcessesSurviveKill9 (issue 4, must hold): five node processes, a
// dev-preset tally with n=5, t=3; right after the public key is published
// two members — party 1, first in the compute-provider turns, and party 5
// — are killed with SIGKILL and stay dead. The ballots go to the three
// left; party 2 publishes the output when its provider turn comes with
// none on the ledger, the three attest and release (decrypt-timeout
// fallback: three shares cannot certify a set), and the E3 completes with
// the counts of the ballots. No process survives the test.
func TestProcessesSurviveKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs five node processes")
	}
	d := startProcesses(t, 5)
	for i, n := range d.File.Nodes {
		if n.PID == 0 || n.PID == os.Getpid() || !alive(n.PID) || !d.Running(i) {
			t.Fatalf("node %d: pid %d not a live process of its own", i+1, n.PID)
		}
		if _, err := os.Stat(n.Log); err != nil {
			t.Fatalf("node %d log: %v", i+1, err)
		}
	}
	var onDisk devnet.File
	if b, err := os.ReadFile(d.Path); err != nil || json.Unmarshal(b, &onDisk) != nil || len(onDisk.Nodes) != 5 || onDisk.Nodes[0].PID != d.File.Nodes[0].PID {
		t.Fatalf("network.json does not list the node pids: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	inst, err := builtin.Registry().Configure("tally", "dev", json.RawMessage(`{"options":3}`))
	if err != nil {
		t.Fatal(err)
	}
	requester, err := ledger.New(ctx, d.Chain.RPC(), d.Requester, d.File.Contracts, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	head, err := requester.Eth().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	stream, err := requester.Stream(ledger.StreamConfig{From: head, PollInterval: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := requester.Request(ctx, ledger.Request{
		Program: ledger.ProgramID("tally"), Params: []uint64{3}, Preset: inst.Preset().ID, N: 5, T: 3,
		// Provider turns of 120/(5+1) = 20 blocks (5 s): party 2's comes
		// one turn after the input deadline.
		Windows: ledger.Windows{Ticket: 16, Keygen: 240, Input: 80, Compute: 120, Decrypt: 60},
	})
	if err != nil {
		t.Fatal(err)
	}

	var members []common.Address
	var killed []int
	provider := 0 // party index of the member that published the output
	ballots := []int{2, 0, 1, 2, 2, 1, 0}
	for done := false; !done; {
		ev, err := stream.Next(ctx)
		if err != nil {
			t.Fatalf("waiting for E3 %d: %v\n%s", id, err, logs(d))
		}
		switch e := ev.Data.(type) {
		case *ledger.CommitteeFinalized:
			if e.E3Id.Uint64() == id {
				members = e.Members
			}
		case *ledger.PublicKeyPublished:
			if e.E3Id.Uint64() != id {
				continue
			}
			// kill -9 two members, one of them party 1 (first in the
			// provider turns: the output must come from another).
			for _, m := range []common.Address{members[0], members[4]} {
				i := nodeIndex(t, d, m)
				if err := d.Kill(i); err != nil {
					t.Fatal(err)
				}
				if d.Running(i) || alive(d.File.Nodes[i].PID) {
					t.Fatalf("node %d still runs after SIGKILL", i+1)
				}
				killed = append(killed, i)
			}
			var live []string
			for _, m := range members[1:4] {
				live = append(live, d.File.Nodes[nodeIndex(t, d, m)].API)
			}
			submit(ctx, t, inst, live, id, common.Hash(e.PkHash), ballots)
		case *ledger.OutputPublished:
			if e.E3Id.Uint64() != id {
				continue
			}
			from := sender(ctx, t, requester, ev.TxHash)
			if provider = slices.Index(members, from) + 1; provider < 2 || provider > 4 {
				t.Fatalf("output published by %s (party %d), want a live member", from, provider)
			}
			t.Logf("output published by party %d at block %d", provider, ev.BlockNumber)
		case *ledger.E3Failed:
			if e.E3Id.Uint64() == id {
				t.Fatalf("E3 %d failed in phase %v: %v\n%s", id, ledger.Phase(e.Phase), ledger.FailReason(e.Reason), logs(d))
			}
		case *ledger.E3Completed:
			done = e.E3Id.Uint64() == id
		}
	}

	if provider == 0 {
		t.Fatal("E3 completed without an OutputPublished event seen")
	}
	want := make([]uint64, 3)
	for _, b := range ballots {
		want[b]++
	}
	code, body := httpDo(ctx, t, "GET", fmt.Sprintf("http://%s/v1/e3/%d/result", d.File.Nodes[nodeIndex(t, d, members[1])].API, id), nil)
	var res struct {
		Result struct {
			Counts []uint64 `json:"counts"`
		} `json:"result"`
	}
	if code != http.StatusOK || json.Unmarshal(body, &res) != nil || !slices.Equal(res.Result.Counts, want) {
		t.Fatalf("result: %d %s; want counts %v", code, body, want)
	}

	// The killed members stayed dead throughout: the E3 completed without
	// them.
	for _, i := range killed {
		if d.Running(i) || alive(d.File.Nodes[i].PID) {
			t.Fatalf("node %d runs though it was killed and not restarted", i+1)
		}
	}
	if err := d.Err(); err != nil {
		t.Fatalf("unexpected node exits: %v\n%s", err, logs(d))
	}
}

// submit encrypts the ballots under the published key (checked against
// the ledger's hash) and uploads them round-robin to the live members.
func submit(ctx context.Context, t *testing.T, inst interface {
	Preset() *bfv.Preset
	EncodeInput(json.RawMessage) ([]uint64, error)
}, apis []string, id uint64, pkHash common.Hash, ballots []int) {
	t.Helper()
	code, pk := httpDo(ctx, t, "GET", fmt.Sprintf("http://%s/v1/e3/%d/publickey", apis[0], id), nil)
	if code != http.StatusOK || common.Hash(store.Keccak(pk)) != pkHash {
		t.Fatalf("public key from %s: %d, matches the ledger: %v", apis[0], code, common.Hash(store.Keccak(pk)) == pkHash)
	}
	key, err := inst.Preset().UnmarshalPublicKey(pk)
	if err != nil {
		t.Fatal(err)
	}
	enc := bfv.NewEncryptor(inst.Preset(), key)
	for i, b := range ballots {
		vals, err := inst.EncodeInput(json.RawMessage(fmt.Sprint(b)))
		if err != nil {
			t.Fatal(err)
		}
		ct, err := enc.EncryptBytes(vals)
		if err != nil {
			t.Fatal(err)
		}
		if code, body := httpDo(ctx, t, "POST", fmt.Sprintf("http://%s/v1/e3/%d/inputs", apis[i%len(apis)], id), ct); code != http.StatusCreated {
			t.Fatalf("ballot %d to %s: %d %s", i, apis[i%len(apis)], code, body)
		}
	}
}

// sender is the account that sent transaction h.
func sender(ctx context.Context, t *testing.T, c *ledger.Client, h common.Hash) common.Address {
	t.Helper()
	tx, _, err := c.Eth().TransactionByHash(ctx, h)
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID()), tx)
	if err != nil {
		t.Fatal(err)
	}
	return from
}

func nodeIndex(t *testing.T, d *devnet.Devnet, a common.Address) int {
	t.Helper()
	for i, n := range d.File.Nodes {
		if common.HexToAddress(n.Address) == a {
			return i
		}
	}
	t.Fatalf("committee member %s is not a devnet node", a)
	return -1
}

func httpDo(ctx context.Context, t *testing.T, method, url string, body []byte) (int, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

// logs gathers the tail of every node log, for failure messages.
func logs(d *devnet.Devnet) string {
	var b bytes.Buffer
	for i, n := range d.File.Nodes {
		raw, _ := os.ReadFile(n.Log)
		if len(raw) > 3000 {
			raw = raw[len(raw)-3000:]
		}
		fmt.Fprintf(&b, "--- node %d (%s)\n%s\n", i+1, n.Log, raw)
	}
	return b.String()
}

// TestDevnetCommandProcesses: `ciphernet devnet --processes` (the binary
// itself) runs its nodes as child processes listed with their pids in
// network.json; an interrupt stops them all, and so does killing the devnet
// outright with SIGKILL (the kernel's parent-death signal, Linux).
func TestDevnetCommandProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs node processes")
	}
	bin := ciphernetBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			var out syncBuffer
			cmd := exec.Command(bin, "devnet", "--processes", "--nodes", "2", "--dir", dir)
			cmd.Stdout, cmd.Stderr = &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited, reaped := make(chan error, 1), make(chan struct{})
			go func() {
				exited <- cmd.Wait()
				close(reaped)
			}()
			var file devnet.File
			t.Cleanup(func() {
				cmd.Process.Kill()
				<-reaped
				for _, n := range file.Nodes {
					if alive(n.PID) {
						syscall.Kill(n.PID, syscall.SIGKILL)
						t.Errorf("node process %d outlived the devnet", n.PID)
					}
				}
			})
			deadline := time.Now().Add(3 * time.Minute)
			for !bytes.Contains(out.Bytes(), []byte("running; interrupt to stop")) {
				select {
				case err := <-exited:
					t.Fatalf("devnet exited: %v\n%s", err, out.String())
				case <-time.After(200 * time.Millisecond):
				}
				if time.Now().After(deadline) {
					t.Fatalf("devnet not running after 3m:\n%s", out.String())
				}
			}
			b, err := os.ReadFile(filepath.Join(dir, "network.json"))
			if err != nil || json.Unmarshal(b, &file) != nil || len(file.Nodes) != 2 {
				t.Fatalf("network.json: %v\n%s", err, b)
			}
			for _, n := range file.Nodes {
				if n.PID == cmd.Process.Pid || !alive(n.PID) {
					t.Fatalf("node %s: pid %d is not a live child process", n.Address, n.PID)
				}
				if !bytes.Contains(out.Bytes(), []byte(fmt.Sprintf("pid %d", n.PID))) {
					t.Errorf("devnet output does not name pid %d:\n%s", n.PID, out.String())
				}
			}
			cmd.Process.Signal(sig)
			select {
			case err := <-exited:
				if sig == syscall.SIGINT && err != nil {
					t.Errorf("devnet exit after interrupt: %v\n%s", err, out.String())
				}
			case <-time.After(time.Minute):
				t.Fatalf("devnet still running a minute after %v", sig)
			}
			// SIGKILL leaves the reaping of the nodes to init: give it a moment.
			for _, n := range file.Nodes {
				for end := time.Now().Add(30 * time.Second); alive(n.PID) && time.Now().Before(end); {
					time.Sleep(100 * time.Millisecond)
				}
			}
		})
	}
}

// syncBuffer is a bytes.Buffer safe to read while a command writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.b.Bytes())
}

func (s *syncBuffer) String() string { return string(s.Bytes()) }

// TestProcessesSupervisor: the supervisor's transitions on one node
// process — Stop (SIGTERM, a requested exit), Restart (same directory and
// API, new pid), Kill (SIGKILL), a second Kill (not running), Restart
// after a kill, and a process that dies without being asked (reported by
// Err) — plus the configurations it refuses.
func TestProcessesSupervisor(t *testing.T) {
	for name, cfg := range map[string]devnet.Config{
		"no binary":      {Dir: t.TempDir(), Nodes: 1, Processes: true},
		"missing binary": {Dir: t.TempDir(), Nodes: 1, Processes: true, Binary: filepath.Join(t.TempDir(), "none")},
		"not executable": {Dir: t.TempDir(), Nodes: 1, Processes: true, Binary: writeFile(t, "plain", 0o644)},
		"a directory":    {Dir: t.TempDir(), Nodes: 1, Processes: true, Binary: t.TempDir()},
	} {
		if _, err := devnet.Start(context.Background(), cfg); !errors.Is(err, devnet.ErrConfig) {
			t.Errorf("%s: want ErrConfig, got %v", name, err)
		}
	}
	if testing.Short() {
		t.Skip("builds the binary and runs a node process")
	}
	d := startProcesses(t, 1)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	healthy := func(when string) {
		t.Helper()
		if !d.Running(0) || !alive(d.File.Nodes[0].PID) {
			t.Fatalf("%s: node not running\n%s", when, logs(d))
		}
		if code, _ := httpDo(ctx, t, "GET", "http://"+d.File.Nodes[0].API+"/healthz", nil); code != http.StatusOK {
			t.Fatalf("%s: /healthz %d", when, code)
		}
	}
	healthy("start")
	api, pid := d.File.Nodes[0].API, d.File.Nodes[0].PID

	steps := []struct {
		name    string
		do      func() error
		running bool
		err     error
	}{
		{"stop", func() error { d.Stop(0); return nil }, false, nil},
		{"restart after stop", func() error { return d.Restart(ctx, 0) }, true, nil},
		{"kill", func() error { return d.Kill(0) }, false, nil},
		{"kill again", func() error { return d.Kill(0) }, false, devnet.ErrNotRunning},
		{"restart after kill", func() error { return d.Restart(ctx, 0) }, true, nil},
		{"restart while running", func() error { return d.Restart(ctx, 0) }, true, nil},
	}
	for _, s := range steps {
		if err := s.do(); !errors.Is(err, s.err) {
			t.Fatalf("%s: error %v, want %v", s.name, err, s.err)
		}
		if d.Running(0) != s.running {
			t.Fatalf("%s: running %v, want %v", s.name, d.Running(0), s.running)
		}
		if s.running {
			healthy(s.name)
			if d.File.Nodes[0].API != api || d.File.Nodes[0].PID == pid {
				t.Fatalf("%s: api %s pid %d (was %s, %d): want the same API and a new process", s.name, d.File.Nodes[0].API, d.File.Nodes[0].PID, api, pid)
			}
			pid = d.File.Nodes[0].PID
		} else if alive(pid) {
			t.Fatalf("%s: pid %d still alive", s.name, pid)
		}
		if err := d.Err(); err != nil {
			t.Fatalf("%s: a requested exit reported as a failure: %v", s.name, err)
		}
	}
	// Dying on its own (here: killed behind the supervisor's back) is a
	// failure the devnet reports.
	syscall.Kill(pid, syscall.SIGKILL)
	for end := time.Now().Add(time.Minute); d.Running(0) && time.Now().Before(end); {
		time.Sleep(50 * time.Millisecond)
	}
	if err := d.Err(); err == nil || !strings.Contains(err.Error(), "exited unexpectedly") {
		t.Fatalf("unrequested exit: Err() = %v", err)
	}
	// In-process devnets have no process to kill.
	if err := (&devnet.Devnet{}).Kill(0); !errors.Is(err, devnet.ErrConfig) {
		t.Fatalf("Kill in-process: %v", err)
	}
}

func writeFile(t *testing.T, name string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"), mode); err != nil {
		t.Fatal(err)
	}
	return p
}
