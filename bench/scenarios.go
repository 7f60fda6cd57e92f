package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"time"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/ledger"
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/auction"
	"github.com/ciphernet/ciphernet/program/builtin"
	"github.com/ciphernet/ciphernet/store"
)

const gib = 1 << 30

// tallyOptions is the ballot size of the tally scenarios.
const tallyOptions = 4

// ballots draws n tally ballots and their plaintext count.
func ballots(n int, seed uint64) ([]json.RawMessage, []uint64) {
	rng := rand.New(rand.NewPCG(seed, 0xbe))
	counts := make([]uint64, tallyOptions)
	out := make([]json.RawMessage, n)
	for i := range out {
		c := rng.IntN(tallyOptions)
		counts[c]++
		out[i] = json.RawMessage(fmt.Sprint(c))
	}
	return out, counts
}

func presetName(quick bool, secure string) string {
	if quick {
		return "dev"
	}
	return secure
}

// inputWindow sizes the input window in blocks: the client's encryption on
// every core (estimated from the floor's per-input encryption time), the
// upload at an assumed 12 MiB/s of ciphertext into one node (nodes
// sustained 16.5 MiB/s over a 10,000-input tally and 21 MiB/s over 1,000
// on 2026-12-03; docs/BENCHMARKS.md), and slack for the nodes, which stop
// accepting a tenth of the window before the deadline.
func inputWindow(cfg Config, floor Floor, preset *bfv.Preset, inputs int) uint32 {
	if cfg.InputWindow > 0 {
		return cfg.InputWindow
	}
	enc := stepSeconds(floor.Steps, "encrypt")
	upload := float64(inputs) * float64(preset.CiphertextSize()) / (12 << 20)
	est := (enc/float64(max(1, cores()))+upload)*1.15 + 4
	return uint32(math.Ceil(est/cfg.BlockTime.Seconds())) + 8
}

// measureE3 drives one E3 on the network: request, wait for the key,
// encrypt the inputs under it and upload them to one member, wait for
// completion. It fills the devnet side of run.
func measureE3(ctx context.Context, cfg Config, dir string, nw *network, run *Run, name string, params []uint64, values []json.RawMessage, window uint32) ([]bool, error) {
	preset, err := bfv.Lookup(run.Preset)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	tr := startTraffic(ctx, nw.dev.File.Nodes)
	id, t0, mined, err := nw.request(ctx, name, params, preset.ID, run.N, run.T, window)
	if err != nil {
		return nil, err
	}
	run.E3ID, run.InputWindowBlocks = id, window
	fmt.Fprintf(cfg.Progress, "%s: E3 %d requested (input window %d blocks)\n", run.Name, id, window)
	w := watch(ctx, nw.client, id, ledger.StatusCompleted, 50*time.Millisecond)
	if err := w.waitFor(ctx, ledger.StatusKeyPublished); err != nil {
		return nil, nw.explain(err)
	}
	fmt.Fprintf(cfg.Progress, "%s: key published after %.1f s; encrypting %d inputs\n", run.Name, time.Since(t0).Seconds(), len(values))
	api, members, err := nw.memberAPI(ctx, id)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	enc, err := nw.client.Encryptor(ctx, id)
	if err != nil {
		return nil, err
	}
	sp, err := encryptInputs(ctx, enc, values, dir)
	if err != nil {
		return nil, err
	}
	defer sp.close()
	run.EncryptSeconds = seconds(time.Since(start))
	fmt.Fprintf(cfg.Progress, "%s: encrypted in %.1f s; uploading to %s\n", run.Name, run.EncryptSeconds, api)
	upStart := time.Now()
	in, ok, err := nw.upload(ctx, id, api, members, sp, cfg.Concurrency)
	run.Ingest = in
	if err != nil {
		return nil, nw.explain(err)
	}
	w.expect(in.Accepted)
	if in.WindowClosed {
		run.Notes = append(run.Notes, fmt.Sprintf("the input window closed after %d of %d inputs: the E3 ran over those", in.Accepted, len(values)))
	}
	fmt.Fprintf(cfg.Progress, "%s: %d inputs accepted in %.1f s (%.0f/s)\n", run.Name, in.Accepted, in.Seconds, in.PerSecond)
	if err := w.wait(); err != nil {
		return nil, nw.explain(err)
	}
	w.mu.Lock()
	committed := w.committed
	w.mu.Unlock()
	if committed.IsZero() {
		return nil, fmt.Errorf("%w: the ledger never held all %d accepted inputs", ErrInputs, in.Accepted)
	}
	in.CommittedSeconds = seconds(committed.Sub(upStart))
	if closed := w.firstSeen(ledger.StatusInputsClosed); !closed.IsZero() {
		run.WindowSlackSeconds = math.Max(0, seconds(closed.Sub(committed)))
	}
	var end time.Time
	run.Phases, end = w.phases(t0, mined)
	run.WallSeconds = seconds(end.Sub(t0))
	run.WithoutSlackSeconds = run.WallSeconds - run.WindowSlackSeconds
	run.DecryptSeconds = w.decryptSeconds()
	infos := nw.nodeInfos(members)
	run.PeakRSS = peakRSS(infos, cfg.Binary != "")
	run.Traffic = tr.finish(ctx, infos)
	res, err := nw.result(ctx, id)
	if err != nil {
		return nil, err
	}
	run.Result = string(compact(res))
	fmt.Fprintf(cfg.Progress, "%s: completed in %.1f s, result %s\n", run.Name, run.WallSeconds, run.Result)
	return ok, nil
}

func compact(b []byte) []byte {
	var buf bytes.Buffer
	if json.Compact(&buf, b) != nil {
		return b
	}
	return buf.Bytes()
}

// runTally: n=5, t=3, standard preset, cfg.Inputs pre-encrypted ballots
// uploaded concurrently to one member.
func runTally(ctx context.Context, cfg Config, dir string, rep *Report) error {
	n, t := 5, 3
	run := Run{Program: "tally", Preset: presetName(cfg.Quick, "standard"), N: n, T: t, Inputs: cfg.Inputs,
		Measured: "request → completed (E3Completed seen on the ledger)"}
	run.Name = fmt.Sprintf("tally %d inputs n=%d t=%d %s", cfg.Inputs, n, t, run.Preset)
	inst, err := instance(builtin.Registry(), "tally", run.Preset, []uint64{tallyOptions})
	if err != nil {
		return err
	}
	values, counts := ballots(cfg.Inputs, 1)
	want, _ := json.Marshal(map[string][]uint64{"counts": counts})
	wantOf := func(ok []bool) string {
		c := make([]uint64, tallyOptions)
		for i, v := range values {
			if ok[i] {
				var k int
				json.Unmarshal(v, &k)
				c[k]++
			}
		}
		b, _ := json.Marshal(map[string][]uint64{"counts": c})
		return string(b)
	}
	fmt.Fprintf(cfg.Progress, "%s: floor (one goroutine)…\n", run.Name)
	floor, floorRes, err := floorSum(inst, n, t, values)
	if err != nil {
		return err
	}
	if !bytes.Equal(compact(floorRes), want) {
		return fmt.Errorf("bench: floor result %s differs from the plaintext count %s", floorRes, want)
	}
	run.Floor = floor
	fmt.Fprintf(cfg.Progress, "%s: floor %.2f s\n", run.Name, floor.Seconds)
	nw, err := startNetwork(ctx, cfg, filepath.Join(dir, "devnet"), n)
	if err != nil {
		return err
	}
	defer nw.close()
	ok, err := measureE3(ctx, cfg, dir, nw, &run, "tally", []uint64{tallyOptions}, values, inputWindow(cfg, floor, inst.Preset(), cfg.Inputs))
	if err == nil && run.Result != wantOf(ok) {
		err = fmt.Errorf("bench: released result %s differs from the plaintext count %s of the accepted inputs", run.Result, wantOf(ok))
	}
	finish(&run)
	if err == nil && !cfg.Quick {
		if cfg.Inputs <= 1000 {
			run.Targets = append(run.Targets, target("request → result, 1,000-input tally", 10, run.WallSeconds, "s", false),
				target("ingest into one node", 200, run.Ingest.PerSecond, "inputs/s", true))
		}
		if cfg.Inputs >= 10000 {
			tg := target("node peak RSS, 10,000-input tally", 1, float64(run.PeakRSS.MaxBytes)/gib, "GiB", false)
			if cfg.Binary == "" {
				tg.What += " (in-process: the whole process, not one node)"
			}
			run.Targets = append(run.Targets, tg)
		}
	}
	run.Notes = append(run.Notes, fmt.Sprintf("the input window (%d blocks of %v) must cover the client's encryption and the upload; "+
		"%.1f s of it passed after the ledger held every input", run.InputWindowBlocks, cfg.BlockTime, run.WindowSlackSeconds))
	rep.Runs = append(rep.Runs, run)
	return err
}

// finish computes the run's ratios.
func finish(run *Run) {
	if run.Floor.Seconds > 0 && run.WallSeconds > 0 {
		run.Ratio = run.WallSeconds / run.Floor.Seconds
	}
}

// runCommittee: for each committee size n (t = ⌊n/2⌋+1) on one devnet of
// max(n) operators, request → key published and the decryption, each
// against its floor.
func runCommittee(ctx context.Context, cfg Config, dir string, rep *Report) error {
	operators := slices.Max(cfg.Committees)
	nw, err := startNetwork(ctx, cfg, filepath.Join(dir, "devnet"), operators)
	if err != nil {
		return err
	}
	defer nw.close()
	const inputs = 3
	for _, n := range cfg.Committees {
		t := n/2 + 1
		run := Run{Program: "tally", Preset: presetName(cfg.Quick, "standard"), N: n, T: t, Inputs: inputs,
			Measured: "request → completed; KeySeconds is request → key published"}
		run.Name = fmt.Sprintf("committee n=%d t=%d %s", n, t, run.Preset)
		inst, err := instance(builtin.Registry(), "tally", run.Preset, []uint64{tallyOptions})
		if err != nil {
			return err
		}
		values, counts := ballots(inputs, uint64(n))
		want, _ := json.Marshal(map[string][]uint64{"counts": counts})
		floor, _, err := floorSum(inst, n, t, values)
		if err != nil {
			return err
		}
		run.Floor = floor
		_, err = measureE3(ctx, cfg, dir, nw, &run, "tally", []uint64{tallyOptions}, values, 24)
		if err == nil && run.Result != string(want) {
			err = fmt.Errorf("bench: released result %s differs from the plaintext count %s", run.Result, want)
		}
		finish(&run)
		var keyEnd float64
		for _, p := range run.Phases {
			keyEnd += p.Seconds
			if p.Name == "key" {
				break
			}
		}
		run.KeySeconds = keyEnd
		for _, s := range floor.Steps {
			switch s.Name {
			case "keygen":
				run.KeyFloorSeconds = s.Seconds
			case "decrypt":
				run.DecryptFloorSeconds = s.Seconds
			}
		}
		if run.KeyFloorSeconds > 0 {
			run.KeyRatio = run.KeySeconds / run.KeyFloorSeconds
		}
		if run.DecryptFloorSeconds > 0 {
			run.DecryptRatio = run.DecryptSeconds / run.DecryptFloorSeconds
		}
		if n == 32 && !cfg.Quick && err == nil {
			run.Targets = append(run.Targets, target("n=32 key generation (request → key published)", 30, run.KeySeconds, "s", false))
		}
		if operators > n {
			run.Notes = append(run.Notes, fmt.Sprintf("sortition drew %d of %d registered operators; the others watch the ledger and gossip", n, operators))
		}
		rep.Runs = append(rep.Runs, run)
		if err != nil {
			return err
		}
	}
	return nil
}

// runAuction: 100 bidders × 1,024 levels, second price, n=3, t=2, on the
// mul preset; the floor is the same program on a LocalCommittee.
func runAuction(ctx context.Context, cfg Config, dir string, rep *Report) error {
	n, t := 3, 2
	bidders, levels := 100, 1024
	if cfg.Quick {
		bidders, levels = 5, 8
	}
	params := []uint64{uint64(levels), 2}
	run := Run{Program: "auction", Preset: presetName(cfg.Quick, "mul"), N: n, T: t, Inputs: bidders,
		Measured: "request → completed (three stages)"}
	run.Name = fmt.Sprintf("auction %d bidders x %d levels n=%d t=%d %s", bidders, levels, n, t, run.Preset)
	inst, err := instance(builtin.Registry(), "auction", run.Preset, params)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(5, 6))
	bids := make([]int, bidders)
	values := make([]json.RawMessage, bidders)
	for i := range bids {
		bids[i] = 1 + rng.IntN(levels)
		values[i] = json.RawMessage(fmt.Sprint(bids[i]))
	}
	sorted := slices.Clone(bids)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	wantPrice := sorted[min(1, len(sorted)-1)]
	fmt.Fprintf(cfg.Progress, "%s: floor (one goroutine)…\n", run.Name)
	floor, released, err := floorProgram(inst, n, t, values)
	if err != nil {
		return err
	}
	run.Floor = floor
	if price, err := auctionPrice(inst, released, bidders); err != nil || price != wantPrice {
		return fmt.Errorf("bench: floor auction price %d (%v), want the second-highest bid %d", price, err, wantPrice)
	}
	fmt.Fprintf(cfg.Progress, "%s: floor %.1f s\n", run.Name, floor.Seconds)
	nw, err := startNetwork(ctx, cfg, filepath.Join(dir, "devnet"), n)
	if err != nil {
		return err
	}
	defer nw.close()
	_, err = measureE3(ctx, cfg, dir, nw, &run, "auction", params, values, inputWindow(cfg, floor, inst.Preset(), bidders))
	if err == nil {
		var got auction.Result
		if jerr := json.Unmarshal([]byte(run.Result), &got); jerr != nil || got.Price != wantPrice {
			err = fmt.Errorf("bench: released auction result %s, want price %d", run.Result, wantPrice)
		}
	}
	finish(&run)
	if err != nil {
		run.Notes = append(run.Notes, "devnet run failed: "+err.Error())
	} else if !cfg.Quick {
		run.Targets = append(run.Targets, target("request → winner, 100 bidders × 1,024 levels", 60, run.WallSeconds, "s", false))
		run.Notes = append(run.Notes, fmt.Sprintf("ct×ct multiplication on the critical path: at least the provider's %.1f s (the floor's, one goroutine; "+
			"each member then re-executes the same circuit before attesting), %.0f%% of request → result without window slack (%.1f s)",
			run.Floor.MulSeconds, 100*run.Floor.MulSeconds/run.WithoutSlackSeconds, run.WithoutSlackSeconds))
	}
	rep.Runs = append(rep.Runs, run)
	return err
}

// auctionPrice decodes the clearing price from the released plaintexts
// (the winner needs the committed hashes; the price does not).
func auctionPrice(inst program.Instance, released [][]uint64, bidders int) (int, error) {
	hashes := make([][]byte, bidders)
	for i := range hashes {
		h := store.Keccak([]byte(fmt.Sprint(i)))
		hashes[i] = h[:]
	}
	raw, err := program.ResultOf(inst, released, hashes)
	if err != nil {
		return 0, err
	}
	var res auction.Result
	if err := json.Unmarshal(raw, &res); err != nil {
		return 0, err
	}
	return res.Price, nil
}
