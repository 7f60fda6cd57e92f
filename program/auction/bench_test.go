package auction_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"

	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/auction"
	"github.com/ciphernet/ciphernet/program/internal/e3test"
	"github.com/ciphernet/ciphernet/program/internal/slots"
)

// BenchmarkAuction100x1024 is the issue-6 benchmark at the program level:
// a second-price auction with 100 bidders over 1,024 price levels on the
// 128-bit "mul" preset, end to end — committee key generation (3 members,
// threshold 2, relinearization and rotation keys, 2 mask contributions),
// encryption of the 100 bids, all three stages and their threshold
// decryptions. It reports each phase, the share of compute time spent in
// ciphertext multiplications, and the same run's raw Lattigo unit costs so
// the numbers can be read as ratios on another machine.
//
//	go test ./program/auction -run '^$' -bench Auction100x1024 -benchtime 1x
func BenchmarkAuction100x1024(b *testing.B) {
	const bidders, levels = 100, 1024
	inst := configure(b, "mul", levels, auction.Second)
	rng := rand.New(rand.NewPCG(5, 6))
	for b.Loop() {
		start := time.Now()
		e, err := e3test.New(inst, 3, 2)
		if err != nil {
			b.Fatal(err)
		}
		setup := time.Since(start)
		bids := make([]int, bidders)
		values := make([][]uint64, bidders)
		for i := range bids {
			bids[i] = rng.IntN(levels + 1)
			if values[i], err = inst.EncodeInput(json.RawMessage(fmt.Sprint(bids[i]))); err != nil {
				b.Fatal(err)
			}
		}
		start = time.Now()
		inputs, hashes, err := e.Encrypt(values)
		if err != nil {
			b.Fatal(err)
		}
		encrypt := time.Since(start)
		var meter slots.Meter
		stop := slots.Measure(&meter)
		run, err := e.RunStages(inputs)
		stop()
		if err != nil {
			b.Fatal(err)
		}
		raw, err := program.ResultOf(inst, run.Released, hashes)
		if err != nil {
			b.Fatal(err)
		}
		var got auction.Result
		if err := json.Unmarshal(raw, &got); err != nil {
			b.Fatal(err)
		}
		want := reference(bids, make([]bool, bidders), true)
		if got.Price != want.Price || (want.Winner != nil) != (got.Winner != nil) || (got.Winner != nil && got.Winner.Index != want.Winner.Index) {
			b.Fatalf("got %s, want %+v", raw, want)
		}
		total := setup + encrypt + run.ComputeTime + run.DecryptTime
		unit := rawCosts(b, e, inputs[0])
		mul := time.Duration(meter.MulNanos.Load())
		b.ReportMetric(total.Seconds(), "s-total")
		b.ReportMetric(setup.Seconds(), "s-keygen")
		b.ReportMetric(encrypt.Seconds(), "s-encrypt")
		b.ReportMetric(run.ComputeTime.Seconds(), "s-compute")
		b.ReportMetric(run.DecryptTime.Seconds(), "s-decrypt")
		b.ReportMetric(100*mul.Seconds()/total.Seconds(), "%mul-of-total")
		b.ReportMetric(100*mul.Seconds()/run.ComputeTime.Seconds(), "%mul-of-compute")
		b.Logf("keygen %v (dealing+keys %v, relin+rotation keys %v, masks %v), encrypt %v, compute %v, decrypt %v, total %v",
			setup.Round(time.Millisecond), e.KeygenTime.Round(time.Millisecond), e.EvalKeyTime.Round(time.Millisecond), e.MaskTime.Round(time.Millisecond),
			encrypt.Round(time.Millisecond), run.ComputeTime.Round(time.Millisecond), run.DecryptTime.Round(time.Millisecond), total.Round(time.Millisecond))
		b.Logf("compute: %d ct×ct multiplications %v (%.0f%% of compute, %.0f%% of total), %d plaintext multiplications %v, %d rotations %v",
			meter.MulCount.Load(), mul.Round(time.Millisecond), 100*mul.Seconds()/run.ComputeTime.Seconds(), 100*mul.Seconds()/total.Seconds(),
			meter.PlainCnt.Load(), time.Duration(meter.PlainNanos.Load()).Round(time.Millisecond), meter.RotCount.Load(), time.Duration(meter.RotNanos.Load()).Round(time.Millisecond))
		b.Logf("raw Lattigo (same run, top level): encrypt %v, ct×ct+relin %v, plaintext mul %v, rotation %v",
			unit.encrypt.Round(10*time.Microsecond), unit.mul.Round(10*time.Microsecond), unit.plain.Round(10*time.Microsecond), unit.rot.Round(10*time.Microsecond))
		b.Logf("ratios: total = %.0f ct×ct, compute = %.0f ct×ct, encrypt 100 bids = %.0f raw encryptions, rotations in compute = %.0f raw rotations",
			total.Seconds()/unit.mul.Seconds(), run.ComputeTime.Seconds()/unit.mul.Seconds(), encrypt.Seconds()/unit.encrypt.Seconds(), float64(meter.RotNanos.Load())/float64(unit.rot))
		b.Logf("result %s", raw)
	}
}

type unitCosts struct{ encrypt, mul, plain, rot time.Duration }

// rawCosts times single Lattigo operations on the benchmark's own keys.
func rawCosts(b *testing.B, e *e3test.E3, ct *rlwe.Ciphertext) unitCosts {
	b.Helper()
	const reps = 5
	var u unitCosts
	enc := e.Committee.Encryptor()
	vals := make([]uint64, 16)
	pt := make([]uint64, e.Inst.Preset().Slots())
	pt[0] = 1
	timeIt := func(f func() error) time.Duration {
		start := time.Now()
		for range reps {
			if err := f(); err != nil {
				b.Fatal(err)
			}
		}
		return time.Since(start) / reps
	}
	u.encrypt = timeIt(func() error { _, err := enc.Encrypt(vals); return err })
	u.mul = timeIt(func() error { _, err := e.Eval.MulRelinNew(ct, ct); return err })
	u.plain = timeIt(func() error { _, err := e.Eval.MulNew(ct, pt); return err })
	u.rot = timeIt(func() error { _, err := e.Eval.RotateColumnsNew(ct, 1); return err })
	return u
}
