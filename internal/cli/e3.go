package cli

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/sdk"
)

func init() { register(newE3Cmd) }

// DefaultDevnetDir is the devnet directory the e3 commands look in when
// neither --network nor $CIPHERNET_NETWORK names a network file
// ('ciphernet devnet --dir ~/.ciphernet/devnet' puts one there).
func DefaultDevnetDir() string {
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".ciphernet", "devnet")
	}
	return filepath.Join(os.TempDir(), "ciphernet-devnet")
}

// e3Flags are the flags every e3 command shares.
type e3Flags struct {
	network string
	key     string
	asJSON  bool
	apis    []string
}

// networkPath resolves --network, then $CIPHERNET_NETWORK, then the devnet default.
func (f *e3Flags) networkPath() string {
	if f.network != "" {
		return f.network
	}
	if env := os.Getenv("CIPHERNET_NETWORK"); env != "" {
		return env
	}
	return filepath.Join(DefaultDevnetDir(), "network.json")
}

// open connects the SDK client.
func (f *e3Flags) open(ctx context.Context) (*sdk.Client, error) {
	path := f.networkPath()
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no network file at %s: start a local network with 'ciphernet devnet --dir %s' (it writes network.json there), or pass --network FILE or set CIPHERNET_NETWORK",
			path, DefaultDevnetDir())
	}
	opts := sdk.Options{APIs: f.apis}
	if f.key != "" {
		k, err := readKey(f.key)
		if err != nil {
			return nil, err
		}
		opts.Key = k
	}
	return sdk.Open(ctx, path, opts)
}

// readKey reads a hex secp256k1 private key file.
func readKey(path string) (*ecdsa.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--key: %w", err)
	}
	k, err := ethcrypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("--key %s: not a hex secp256k1 private key (64 hex digits, optional 0x): %w", path, err)
	}
	return k, nil
}

func newE3Cmd() *cobra.Command {
	f := &e3Flags{}
	cmd := &cobra.Command{
		Use:   "e3",
		Short: "Request an E3, submit encrypted inputs, follow it, read and verify its result",
		Long: `e3 drives one E3 (Encrypted Execution Environment) from the client side:

  ciphernet e3 request --program tally --params '{"options":3}' --committee 3 --threshold 2 --input-window 20s --preset dev
  ciphernet e3 status  --e3 1 --wait-for key_published
  ciphernet e3 submit  --e3 1 --value 2              (or --file ballots.jsonl)
  ciphernet e3 result  --e3 1 --wait
  ciphernet e3 verify  --e3 1

Every command reads the network file (rpc URL, contracts, and for a devnet the
nodes' APIs and a funded requester key) from --network, else
$CIPHERNET_NETWORK, else the devnet default (~/.ciphernet/devnet/network.json).
--json prints machine-readable output on stdout.`,
	}
	p := cmd.PersistentFlags()
	p.StringVar(&f.network, "network", "", "network file (default: $CIPHERNET_NETWORK, else ~/.ciphernet/devnet/network.json)")
	p.StringVar(&f.key, "key", "", "file with the requester's hex private key (default: the network file's requesterKey)")
	p.BoolVar(&f.asJSON, "json", false, "print JSON on stdout")
	p.StringSliceVar(&f.apis, "api", nil, "extra node API URL(s) to use (besides the network file's nodes)")
	cmd.AddCommand(newE3RequestCmd(f), newE3SubmitCmd(f), newE3StatusCmd(f), newE3ResultCmd(f), newE3VerifyCmd(f))
	return cmd
}

func printJSON(w io.Writer, v any) error { return json.NewEncoder(w).Encode(v) }

// blocks converts an --input-window value: a duration (converted with the
// block time) or a plain number of blocks.
func blocks(v string, blockTime time.Duration) (uint32, error) {
	if n, err := strconv.ParseUint(v, 10, 32); err == nil {
		if n == 0 {
			return 0, fmt.Errorf("--input-window must be positive")
		}
		return uint32(n), nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--input-window %q is neither a duration (20s, 2m) nor a number of blocks", v)
	}
	if blockTime <= 0 {
		return 0, fmt.Errorf("--block-time must be positive")
	}
	n := (d + blockTime - 1) / blockTime
	if n > 1<<31 {
		return 0, fmt.Errorf("--input-window %s is too long", v)
	}
	return uint32(n), nil
}

func newE3RequestCmd(f *e3Flags) *cobra.Command {
	var req sdk.Request
	var params, window, provider string
	var blockTime time.Duration
	cmd := &cobra.Command{
		Use:   "request",
		Short: "Request an E3 and pay its fee; prints the E3 id",
		Long: `request asks the ledger for a new E3 running --program with --params, run by
a committee of --committee members drawn by sortition, of which --threshold
are needed to decrypt, and pays the quoted fee from the requester key. The
input window opens when the committee publishes the public key and lasts
--input-window (a duration, converted with --block-time, or a number of blocks).

Programs in this binary: ` + strings.Join(builtin.Registry().Names(), ", ") + `.
  tally:   params {"options": M}; an input is the option index 0..M-1.
  auction: params {"levels": P, "rule": "first"|"second"}; an input is the bid 0..P-1.
  stats:   params {"min": A, "max": B}; an input is a figure in A..B.
Presets: standard (128-bit, additions only: tally), mul (128-bit, multiplies:
auction, stats), dev (insecure, fast: tests and demos only).
Committee, threshold and preset default to the network file's "defaults"
(a devnet's --nodes, --threshold, --preset), else 3, 2 and the program's own.
With --json it prints {"e3Id": N}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if req.Program == "" {
				return errors.New("--program is required (e.g. --program tally)")
			}
			if params == "" {
				return errors.New(`--params is required (tally: --params '{"options":3}')`)
			}
			if !json.Valid([]byte(params)) {
				return fmt.Errorf("--params %q is not valid JSON (tally: '{\"options\":3}')", params)
			}
			req.Params = json.RawMessage(params)
			if window == "" {
				return errors.New("--input-window is required (e.g. 30s, or a number of blocks)")
			}
			n, err := blocks(window, blockTime)
			if err != nil {
				return err
			}
			req.InputWindow = n
			if provider != "" {
				if !common.IsHexAddress(provider) {
					return fmt.Errorf("--compute-provider %q is not an address", provider)
				}
				req.ComputeProvider = common.HexToAddress(provider)
			}
			ctx := cmd.Context()
			c, err := f.open(ctx)
			if err != nil {
				return err
			}
			defer c.Close()
			id, err := c.Request(ctx, req)
			if err != nil {
				return err
			}
			if f.asJSON {
				return printJSON(cmd.OutOrStdout(), map[string]uint64{"e3Id": id})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "E3 %d requested (%s, n=%d, t=%d, input window %d blocks)\nnext: ciphernet e3 status --e3 %d --wait-for key_published\n", id, req.Program, req.N, req.T, n, id)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&req.Program, "program", "", "program name (tally)")
	fl.StringVar(&params, "params", "", `program parameters as JSON (tally: '{"options":3}')`)
	fl.IntVar(&req.N, "committee", 0, "committee size n (default: the network file's, else 3)")
	fl.IntVar(&req.T, "threshold", 0, "members needed to decrypt, t (1..n; default: the network file's, else 2)")
	fl.StringVar(&window, "input-window", "", "input window from key publication: a duration (30s) or a number of blocks")
	fl.DurationVar(&blockTime, "block-time", 250*time.Millisecond, "block interval used to convert --input-window durations (the devnet's default)")
	fl.StringVar(&req.Preset, "preset", "", "BFV preset: standard, mul or dev (insecure); default: the network file's if the program runs on it, else the program's")
	fl.StringVar(&provider, "compute-provider", "", "address of the member that computes (default: the committee's aggregator)")
	return cmd
}

func parseE3(v string) (uint64, error) {
	if v == "" {
		return 0, errors.New("--e3 ID is required (the id printed by 'ciphernet e3 request')")
	}
	id, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("--e3 %q is not an E3 id (a non-negative integer)", v)
	}
	return id, nil
}

// run parses --e3, bounds the command by timeout, connects to the network
// and calls fn: the prologue every e3 command but request shares.
func (f *e3Flags) run(cmd *cobra.Command, e3 string, timeout time.Duration, fn func(ctx context.Context, c *sdk.Client, id uint64) error) error {
	id, err := parseE3(e3)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
	defer cancel()
	c, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	return fn(ctx, c, id)
}

func newE3StatusCmd(f *e3Flags) *cobra.Command {
	var e3, waitFor string
	var timeout time.Duration
	var watch bool
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show an E3's lifecycle phase; optionally wait for a phase or watch every change",
		Long: `status prints the E3's phase as the ledger has it. Phases, in order:
requested, committee, key_published, inputs_closed, output_published,
output_accepted, completed (or failed at any point).
--wait-for PHASE blocks until the E3 reaches PHASE or a later one (exit 1 if it
fails first or --timeout passes); --watch prints every phase change until the
E3 completes or fails. With --json: {"phase": ..., "e3Id": ..., ...}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if waitFor != "" {
				if _, err := sdk.ParsePhase(waitFor); err != nil {
					return fmt.Errorf("--wait-for: %w", err)
				}
			}
			return f.run(cmd, e3, timeout, func(ctx context.Context, c *sdk.Client, id uint64) error {
				show := func(s sdk.Status) {
					if f.asJSON {
						printJSON(cmd.OutOrStdout(), s)
						return
					}
					line := fmt.Sprintf("E3 %d: %s (ledger phase %s, %d inputs, head %d", s.ID, s.Phase, s.LedgerPhase, s.InputCount, s.Head)
					if s.InputDeadline > 0 {
						line += fmt.Sprintf(", input window until block %d", s.InputDeadline)
					}
					if s.FailReason != "" {
						line += ", failed: " + s.FailReason
					}
					fmt.Fprintln(cmd.OutOrStdout(), line+")")
				}
				var s sdk.Status
				var err error
				switch {
				case watch:
					s, err = c.Watch(ctx, id, show)
					if err == nil && s.Phase == "failed" {
						err = &ExitError{Code: 1}
					}
					return err
				case waitFor != "":
					s, err = c.WaitFor(ctx, id, waitFor)
				default:
					s, err = c.Status(ctx, id)
				}
				if err != nil {
					return err
				}
				show(s)
				return nil
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&e3, "e3", "", "E3 id")
	fl.StringVar(&waitFor, "wait-for", "", "wait until this phase (or a later one)")
	fl.DurationVar(&timeout, "timeout", 10*time.Minute, "give up waiting after this long")
	fl.BoolVar(&watch, "watch", false, "print every phase change until the E3 completes or fails")
	return cmd
}

func newE3ResultCmd(f *e3Flags) *cobra.Command {
	var e3 string
	var wait bool
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "result",
		Short: "Print an E3's released result, decoded from the plaintexts the ledger accepted",
		Long: `result reads the plaintexts the committee released on the ledger and decodes
them with the program (tally: {"counts": [...]}). No node is trusted for it.
--wait waits for completion (up to --timeout). With --json: {"result": ...}.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.run(cmd, e3, timeout, func(ctx context.Context, c *sdk.Client, id uint64) error {
				var res json.RawMessage
				var err error
				if wait {
					res, err = c.WaitResult(ctx, id)
				} else {
					res, err = c.Result(ctx, id)
				}
				if err != nil {
					return err
				}
				if f.asJSON {
					return printJSON(cmd.OutOrStdout(), map[string]json.RawMessage{"result": res})
				}
				fmt.Fprintf(cmd.OutOrStdout(), "E3 %d result: %s\n", id, res)
				return nil
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&e3, "e3", "", "E3 id")
	fl.BoolVar(&wait, "wait", false, "wait until the E3 completes")
	fl.DurationVar(&timeout, "timeout", 10*time.Minute, "give up waiting after this long")
	return cmd
}

func newE3VerifyCmd(f *e3Flags) *cobra.Command {
	var e3 string
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Re-check an E3 from the public record; prints a numbered checklist, exit 1 if any check fails",
		Long: `verify gathers the E3's public record — the ledger's record and events, and the
blobs they commit to, fetched by hash from the node APIs (each checked
against its hash) — and checks:
  1. the committee is the sortition result for the seed and the registry snapshot
  2. every key-share blob matches its committed hash and pk is their aggregation
  3. every committed input is available and matches its hash; input root and count match
  4. the output ciphertext equals the program re-executed over exactly those inputs
  5. the decryption shares are consistent and the plaintext is their combination
  6. attestations come from at least t distinct committee members
  7. fees, rewards and penalties add up
A step the E3 has not reached yet is SKIP; anything missing or different is
FAIL. Exit status 1 if any check fails. With --json: the report.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return f.run(cmd, e3, timeout, func(ctx context.Context, c *sdk.Client, id uint64) error {
				rep, err := c.Verify(ctx, id)
				if err != nil {
					return err
				}
				if f.asJSON {
					printJSON(cmd.OutOrStdout(), rep)
				} else {
					rep.Write(cmd.OutOrStdout())
				}
				if !rep.OK {
					return &ExitError{Code: 1}
				}
				return nil
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&e3, "e3", "", "E3 id")
	fl.DurationVar(&timeout, "timeout", 5*time.Minute, "give up after this long")
	return cmd
}

func newE3SubmitCmd(f *e3Flags) *cobra.Command {
	var e3, value, file, receipts string
	var concurrency, retries int
	var timeout time.Duration
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Encrypt input value(s) under the E3's public key and submit them; prints the signed receipts",
		Long: `submit fetches the E3's public key from a committee member, checks it against
the hash on the ledger, encrypts each value locally and uploads it to a
committee member's API (the next member if one fails), and checks each signed
receipt. The value is the program's input: tally: the option index (2).

--value JSON submits one input. --file FILE submits one input per line (JSON
Lines; blank lines are skipped): every line is checked before anything is
sent, then --concurrency uploads run at once, transient errors (network,
overload, a node that has not seen the E3 yet) are retried up to --retries
times, and a progress bar runs on stderr (not with --json or when stderr is
not a terminal). Receipts are printed as JSON lines {"line": N, "receipt": ...}
(or written to --receipts FILE as they arrive, so none is lost if the run is
interrupted). Exit 1 if any input was not accepted.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			id, err := parseE3(e3)
			if err != nil {
				return err
			}
			if (value == "") == (file == "") {
				return errors.New("give exactly one of --value JSON (one input) or --file inputs.jsonl (one input per line)")
			}
			if concurrency < 1 || retries < 0 {
				return errors.New("--concurrency must be >= 1 and --retries >= 0")
			}
			var values []json.RawMessage
			var lines []int
			if value != "" {
				if !json.Valid([]byte(value)) {
					return fmt.Errorf("--value %q is not JSON (tally: the option index, e.g. --value 2)", value)
				}
				values, lines = []json.RawMessage{json.RawMessage(value)}, []int{1}
			} else if values, lines, err = readJSONL(file); err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			c, err := f.open(ctx)
			if err != nil {
				return err
			}
			defer c.Close()
			enc, err := c.Encryptor(ctx, id)
			if err != nil {
				return err
			}
			// Every value is checked before anything is sent.
			cts := make([][]byte, len(values))
			for i, v := range values {
				if cts[i], err = enc.Encrypt(v); err != nil {
					return fmt.Errorf("%s line %d: %w (an input of E3 %d is: %s)", file, lines[i], err, id, enc.Layout().Description)
				}
			}
			out := cmd.OutOrStdout()
			if receipts != "" {
				fh, err := os.OpenFile(receipts, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
				if err != nil {
					return fmt.Errorf("--receipts: %w", err)
				}
				defer fh.Close()
				out = fh
			}
			var bar *progress
			if !f.asJSON && isTerminal(cmd.ErrOrStderr()) && value == "" {
				bar = &progress{w: cmd.ErrOrStderr(), total: len(cts)}
			}
			res := submitAll(ctx, c, id, cts, lines, concurrency, retries, out, bar)
			if value != "" && res.failed == 0 && !f.asJSON && receipts == "" {
				return nil // the receipt line is the output
			}
			summary := map[string]any{"e3Id": id, "submitted": res.ok, "failed": res.failed}
			if receipts != "" {
				summary["receipts"] = receipts
			}
			if res.failed > 0 {
				summary["firstError"] = res.first.Error()
			}
			if receipts != "" || res.failed > 0 {
				if f.asJSON {
					printJSON(cmd.OutOrStdout(), summary)
				} else {
					fmt.Fprintf(cmd.OutOrStdout(), "E3 %d: %d submitted, %d failed\n", id, res.ok, res.failed)
				}
			}
			if res.failed > 0 {
				return fmt.Errorf("%d of %d inputs not accepted; first error: %w", res.failed, len(cts), res.first)
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&e3, "e3", "", "E3 id")
	fl.StringVar(&value, "value", "", "one input value as JSON (tally: the option index)")
	fl.StringVar(&file, "file", "", "JSON Lines file, one input value per line")
	fl.IntVar(&concurrency, "concurrency", 4, "uploads in flight at once (bulk mode)")
	fl.IntVar(&retries, "retries", 5, "retries of a transient error per input")
	fl.StringVar(&receipts, "receipts", "", "append receipts to this file instead of printing them")
	fl.DurationVar(&timeout, "timeout", 10*time.Minute, "give up after this long")
	return cmd
}

// readJSONL reads one JSON value per non-blank line.
func readJSONL(path string) ([]json.RawMessage, []int, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--file: %w", err)
	}
	defer fh.Close()
	var values []json.RawMessage
	var lines []int
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !json.Valid([]byte(line)) {
			return nil, nil, fmt.Errorf("%s line %d: %q is not JSON (one input value per line, e.g. 2)", path, n, line)
		}
		values, lines = append(values, json.RawMessage(line)), append(lines, n)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(values) == 0 {
		return nil, nil, fmt.Errorf("%s has no input lines", path)
	}
	return values, lines, nil
}

type submitResult struct {
	ok, failed int
	first      error
}

// submitAll uploads concurrently, retrying transient errors with backoff;
// every receipt is written as soon as it arrives. A closed window stops
// every worker: no later attempt can succeed.
func submitAll(ctx context.Context, c *sdk.Client, id uint64, cts [][]byte, lines []int, workers, retries int, out io.Writer, bar *progress) submitResult {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var mu sync.Mutex
	var res submitResult
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, len(cts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				rc, err := submitOne(ctx, c, id, cts[i], retries)
				mu.Lock()
				if err != nil {
					res.failed++
					if res.first == nil {
						res.first = fmt.Errorf("line %d: %w", lines[i], err)
					}
					printJSON(out, map[string]any{"line": lines[i], "error": err.Error()})
					if errors.Is(err, sdk.ErrClosed) {
						stop()
					}
				} else {
					res.ok++
					printJSON(out, map[string]any{"line": lines[i], "receipt": rc})
				}
				bar.set(res.ok + res.failed)
				mu.Unlock()
			}
		}()
	}
	for i := range cts {
		select {
		case jobs <- i:
		case <-ctx.Done():
			mu.Lock()
			res.failed += len(cts) - i
			if res.first == nil {
				res.first = ctx.Err()
			}
			mu.Unlock()
			close(jobs)
			wg.Wait()
			bar.done()
			return res
		}
	}
	close(jobs)
	wg.Wait()
	bar.done()
	return res
}

func submitOne(ctx context.Context, c *sdk.Client, id uint64, ct []byte, retries int) (sdk.Receipt, error) {
	backoff := 250 * time.Millisecond
	for attempt := 0; ; attempt++ {
		rc, err := c.Submit(ctx, id, ct)
		if err == nil || attempt >= retries || !sdk.IsTransient(err) {
			return rc, err
		}
		select {
		case <-ctx.Done():
			return rc, err
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 5*time.Second)
	}
}

// progress is a one-line bar on a terminal.
type progress struct {
	w     io.Writer
	total int
}

func (p *progress) set(n int) {
	if p == nil {
		return
	}
	const width = 30
	filled := width * n / max(1, p.total)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(".", width-filled), n, p.total)
}

func (p *progress) done() {
	if p != nil {
		fmt.Fprintln(p.w)
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
