// Package bench measures Ciphernet end to end and sets every number beside
// its cryptographic floor (issue 8). A scenario starts a real devnet — the
// embedded chain and real ciphernodes with their stores, libp2p hosts and
// HTTP APIs — drives E3s through it as a requester and submitters would,
// and times each lifecycle phase from the ledger. In the same run it times
// the same Lattigo-level operations alone in one goroutine (committee key
// generation with threshold.LocalCommittee, encryption of the inputs, the
// program's computation, the decryption shares and their combination):
// the floor. The ratio wall/floor is what stays comparable across machines,
// because both sides move together when the machine is slower or busier.
//
// The package only orchestrates and measures; it changes nothing in the
// node or the protocol. `ciphernet bench` is its command-line face.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"time"
)

// Errors.
var (
	// ErrConfig means the benchmark configuration is invalid.
	ErrConfig = errors.New("bench: invalid configuration")
	// ErrE3 means an E3 did not reach the phase the scenario waits for.
	ErrE3 = errors.New("bench: E3 did not complete")
	// ErrInputs means not every input was accepted and committed.
	ErrInputs = errors.New("bench: inputs lost")
)

// Scenario names.
const (
	ScenarioTally     = "tally"
	ScenarioCommittee = "committee"
	ScenarioAuction   = "auction"
)

// Scenarios lists the scenario names.
var Scenarios = []string{ScenarioTally, ScenarioCommittee, ScenarioAuction}

// Config selects what to measure.
type Config struct {
	// Scenario is tally, committee or auction.
	Scenario string
	// Inputs is the tally's input count (default 1,000).
	Inputs int
	// Quick shrinks the scenario to seconds for tests: the insecure dev
	// preset, few inputs, small committees. Its numbers say nothing about
	// performance; the report is labelled.
	Quick bool
	// Binary, when set, runs every node as its own OS process (the devnet's
	// Processes mode), so a node's peak RSS and socket counters are its own.
	// Empty: nodes run inside this process.
	Binary string
	// BlockTime is the devnet's block interval (default 250 ms).
	BlockTime time.Duration
	// InputWindow overrides the tally's input window in blocks (0: sized
	// from the floor's encryption time and an assumed upload rate).
	InputWindow uint32
	// TicketWindow is the sortition window in blocks (default 8; 16 for
	// committees above 9, whose many ticket transactions need the time).
	TicketWindow uint32
	// Committees overrides the committee sizes of the committee scenario.
	Committees []int
	// Concurrency is the number of concurrent uploads (default 16).
	Concurrency int
	// Dir holds the devnet (default: a temporary directory, removed).
	Dir string
	// Progress receives one line per step (nil: discarded).
	Progress io.Writer
	// Timeout bounds each E3 (default 15 min).
	Timeout time.Duration
}

func (c *Config) defaults() error {
	switch c.Scenario {
	case ScenarioTally, ScenarioCommittee, ScenarioAuction:
	default:
		return fmt.Errorf("%w: unknown scenario %q (want one of %v)", ErrConfig, c.Scenario, Scenarios)
	}
	if c.Inputs < 0 {
		return fmt.Errorf("%w: %d inputs", ErrConfig, c.Inputs)
	}
	if c.Inputs == 0 {
		c.Inputs = 1000
		if c.Quick {
			c.Inputs = 8
		}
	}
	if c.BlockTime <= 0 {
		c.BlockTime = 250 * time.Millisecond
	}
	if c.Concurrency <= 0 {
		c.Concurrency = 16
	}
	if c.Timeout <= 0 {
		c.Timeout = 15 * time.Minute
	}
	if len(c.Committees) == 0 {
		c.Committees = []int{3, 5, 9, 19, 32}
		if c.Quick {
			c.Committees = []int{3, 5}
		}
	}
	for _, n := range c.Committees {
		if n < 1 || n > 64 {
			return fmt.Errorf("%w: committee of %d outside 1..64 (the devnet's limit)", ErrConfig, n)
		}
	}
	if c.TicketWindow == 0 {
		c.TicketWindow = 8
		if c.Scenario == ScenarioCommittee && slices.Max(c.Committees) > 9 {
			c.TicketWindow = 16
		}
	}
	if c.Progress == nil {
		c.Progress = io.Discard
	}
	return nil
}

// Report is the outcome of one `ciphernet bench` invocation.
type Report struct {
	Scenario string `json:"scenario"`
	// Quick marks a smoke run on the insecure dev preset: not a measurement.
	Quick   bool    `json:"quick"`
	Label   string  `json:"label"`
	Machine Machine `json:"machine"`
	// NodeMode is "processes" (each node its own OS process) or
	// "in-process" (every node and the benchmark in one process).
	NodeMode string `json:"nodeMode"`
	Started  string `json:"started"`
	Runs     []Run  `json:"runs"`
}

// Run is one E3 measured on the devnet and its floor.
type Run struct {
	Name    string `json:"name"`
	Program string `json:"program"`
	Preset  string `json:"preset"`
	N       int    `json:"n"`
	T       int    `json:"t"`
	Inputs  int    `json:"inputs"`
	E3ID    uint64 `json:"e3Id"`
	// Phases partition WallSeconds: each is the time from the previous
	// phase's first sighting on the ledger to this one's (request: the
	// request transaction until mined).
	Phases []Phase `json:"phases"`
	// WallSeconds is request → completed (or → key published in the
	// committee scenario's key runs, see Measured).
	WallSeconds float64 `json:"wallSeconds"`
	// Measured names what WallSeconds spans.
	Measured string `json:"measured"`
	// InputWindowBlocks is the input window the request asked for.
	InputWindowBlocks uint32 `json:"inputWindowBlocks,omitempty"`
	// EncryptSeconds is the client's encryption of every input under the
	// E3 key, inside the input window, before any upload.
	EncryptSeconds float64 `json:"encryptSeconds,omitempty"`
	// Ingest is the upload of every input to one member's API.
	Ingest *Ingest `json:"ingest,omitempty"`
	// WindowSlackSeconds is how long the input window stayed open after the
	// ledger had committed every input: waiting that a shorter window would
	// save.
	WindowSlackSeconds float64 `json:"windowSlackSeconds,omitempty"`
	// WithoutSlackSeconds is WallSeconds less WindowSlackSeconds: request →
	// result had the window been exactly as long as the inputs needed.
	WithoutSlackSeconds float64 `json:"withoutSlackSeconds,omitempty"`
	// DecryptSeconds is output accepted → completed, summed over stages
	// (decryption shares over gossip, combine, plaintext and attestations).
	DecryptSeconds float64 `json:"decryptSeconds,omitempty"`
	// KeySeconds is request → key published; KeyFloorSeconds the floor's
	// key generation; KeyRatio their ratio (committee scenario).
	KeySeconds      float64 `json:"keySeconds,omitempty"`
	KeyFloorSeconds float64 `json:"keyFloorSeconds,omitempty"`
	KeyRatio        float64 `json:"keyRatio,omitempty"`
	// DecryptFloorSeconds is the floor's decryption (n shares + combine);
	// DecryptRatio is DecryptSeconds over it (committee scenario).
	DecryptFloorSeconds float64 `json:"decryptFloorSeconds,omitempty"`
	DecryptRatio        float64 `json:"decryptRatio,omitempty"`
	// PeakRSS is the peak resident set of a node (see Memory.Source).
	PeakRSS *Memory `json:"peakRss,omitempty"`
	// Traffic is what each member sent during the E3 (see Traffic.Source).
	Traffic *Traffic `json:"traffic,omitempty"`
	// Result is the released result (checked against the plaintext
	// reference when the scenario knows it).
	Result string `json:"result,omitempty"`
	Floor  Floor  `json:"floor"`
	// Ratio is WallSeconds / Floor.Seconds.
	Ratio float64 `json:"ratio"`
	// Targets are the targets this run is held to.
	Targets []Target `json:"targets,omitempty"`
	Notes   []string `json:"notes,omitempty"`
}

// Phase is one lifecycle phase's wall time.
type Phase struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"`
}

// Ingest describes the upload of the inputs to one node.
type Ingest struct {
	Node        string `json:"node"`
	Accepted    int    `json:"accepted"`
	Concurrency int    `json:"concurrency"`
	// Seconds is from the first upload to the last acceptance.
	Seconds float64 `json:"seconds"`
	// WindowClosed: the node refused further inputs because the input
	// window was about to close; Accepted < the inputs offered.
	WindowClosed bool `json:"windowClosed"`
	// PerSecond is inputs accepted (signed receipt back) per second.
	PerSecond float64 `json:"perSecond"`
	// CommittedSeconds is from the first upload until the ledger held every
	// input's hash.
	CommittedSeconds float64 `json:"committedSeconds"`
	MiB              float64 `json:"mib"`
}

// Memory is a peak resident set size.
type Memory struct {
	// MaxBytes is the largest VmHWM among the measured processes.
	MaxBytes int64 `json:"maxBytes"`
	// PerNode lists each member process's VmHWM (Processes mode).
	PerNode []int64 `json:"perNode,omitempty"`
	// Source says whose memory this is.
	Source string `json:"source"`
}

// Traffic is TCP payload sent on each member's libp2p connections.
type Traffic struct {
	// PerMember is bytes sent by each member in seat order.
	PerMember []int64 `json:"perMember"`
	Source    string  `json:"source"`
}

// Floor is the same cryptography done alone, sequentially in one
// goroutine, in the same run.
type Floor struct {
	Steps   []Phase `json:"steps"`
	Seconds float64 `json:"seconds"`
	// MulSeconds is the time the floor's compute spent in ciphertext ×
	// ciphertext multiplications (with relinearization), MulCount how many
	// (programs that multiply; program.OpMeter).
	MulSeconds float64 `json:"mulSeconds,omitempty"`
	MulCount   int64   `json:"mulCount,omitempty"`
	// RotSeconds and PlainSeconds are the compute's rotations (key
	// switching) and ciphertext × plaintext multiplications, with counts.
	RotSeconds   float64 `json:"rotSeconds,omitempty"`
	RotCount     int64   `json:"rotCount,omitempty"`
	PlainSeconds float64 `json:"plainSeconds,omitempty"`
	PlainCount   int64   `json:"plainCount,omitempty"`
	// What describes the operations.
	What string `json:"what"`
}

// Target is one of the targets and whether this run met it.
type Target struct {
	What     string  `json:"what"`
	Limit    float64 `json:"limit"`
	Measured float64 `json:"measured"`
	Unit     string  `json:"unit"`
	// Above: the measured value must be at least Limit (a rate); else at
	// most.
	Above bool `json:"above"`
	Met   bool `json:"met"`
}

func target(what string, limit, measured float64, unit string, above bool) Target {
	met := measured <= limit
	if above {
		met = measured >= limit
	}
	return Target{What: what, Limit: limit, Measured: measured, Unit: unit, Above: above, Met: met}
}

// Measure runs the configured scenario and returns what it measured (with
// the runs done so far when it fails).
func Measure(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	rep := &Report{Scenario: cfg.Scenario, Quick: cfg.Quick, Machine: ReadMachine(), NodeMode: "in-process",
		Started: time.Now().UTC().Format(time.RFC3339)}
	if cfg.Binary != "" {
		rep.NodeMode = "processes"
	}
	rep.Label = "measurement"
	if cfg.Quick {
		rep.Label = "QUICK SMOKE RUN: insecure dev preset, tiny sizes; not a measurement"
	}
	dir := cfg.Dir
	if dir == "" {
		d, err := os.MkdirTemp("", "ciphernet-bench-")
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(d)
		dir = d
	}
	var err error
	switch cfg.Scenario {
	case ScenarioTally:
		err = runTally(ctx, cfg, dir, rep)
	case ScenarioCommittee:
		err = runCommittee(ctx, cfg, dir, rep)
	case ScenarioAuction:
		err = runAuction(ctx, cfg, dir, rep)
	}
	return rep, err
}

// cores is how many CPUs the Go runtime uses (for notes).
func cores() int { return runtime.GOMAXPROCS(0) }

func seconds(d time.Duration) float64 { return d.Seconds() }
