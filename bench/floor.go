package bench

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/threshold"
	"github.com/ciphernet/ciphernet/program"
)

// floorRun accumulates the floor's steps.
type floorRun struct {
	f Floor
}

func (r *floorRun) step(name string, start time.Time) {
	d := seconds(time.Since(start))
	r.f.Steps = append(r.f.Steps, Phase{Name: name, Seconds: d})
	r.f.Seconds += d
}

// committeeKeys is a committee's keys from key generation alone.
type committeeKeys struct {
	lc    *threshold.LocalCommittee
	eval  *bgv.Evaluator
	masks []*threshold.MaskContribution
}

// floorKeygen runs the whole committee's key generation in one goroutine:
// transport keys, every member's dealing, the public key and every key
// share (threshold.NewLocalCommittee), then the evaluation keys and mask
// contributions the program needs (t members contribute masks, as the
// node's minimum).
func floorKeygen(r *floorRun, inst program.Instance, n, t int) (*committeeKeys, error) {
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return nil, err
	}
	start := time.Now()
	lc, err := threshold.NewLocalCommittee(threshold.Config{Preset: inst.Preset(), E3ID: 1, N: n, T: t, Decryptions: inst.Stages(), Seed: seed})
	if err != nil {
		return nil, fmt.Errorf("bench: floor keygen n=%d t=%d: %w", n, t, err)
	}
	r.step("keygen", start)
	k := &committeeKeys{lc: lc}
	needs := program.NeedsOf(inst)
	var rlk *rlwe.RelinearizationKey
	var gks []*rlwe.GaloisKey
	start = time.Now()
	if needs.Relinearization {
		if rlk, err = lc.RelinearizationKey(); err != nil {
			return nil, fmt.Errorf("bench: floor relinearization key: %w", err)
		}
	}
	if needs.Rotations {
		if gks, err = lc.GaloisKeys(); err != nil {
			return nil, fmt.Errorf("bench: floor rotation keys: %w", err)
		}
	}
	if needs.Relinearization || needs.Rotations {
		r.step("eval keys", start)
	}
	k.eval = inst.Preset().NewEvaluatorWithKeys(rlk, gks...)
	if needs.Masks {
		start = time.Now()
		for j := 1; j <= min(t, threshold.MaxMaskContributions); j++ {
			mc, _, err := threshold.NewMaskContribution(inst.Preset(), lc.PK, 1, j, nil)
			if err != nil {
				return nil, fmt.Errorf("bench: floor mask %d: %w", j, err)
			}
			k.masks = append(k.masks, mc)
		}
		r.step("masks", start)
	}
	return k, nil
}

// floorDecrypt makes every member's decryption share of out and combines
// them (robustly: n shares for threshold t, as a node that hears every
// member does).
func floorDecrypt(k *committeeKeys, out *rlwe.Ciphertext, stage int) ([]uint64, error) {
	n := k.lc.Session.Config().N
	members := make([]int, n)
	for i := range members {
		members[i] = i + 1
	}
	shares, err := k.lc.DecryptionShares(out, stage, members...)
	if err != nil {
		return nil, fmt.Errorf("bench: floor decryption shares: %w", err)
	}
	res, err := k.lc.Session.Combine(out, stage, shares)
	if err != nil {
		return nil, fmt.Errorf("bench: floor combine: %w", err)
	}
	return res.Values, nil
}

// floorSum is the floor of an additive program (tally): key generation,
// encryption of every input with the input codec's round trip (what a
// submitter and the ingesting node do), the homomorphic sum streamed into
// one accumulator (the program's Sum, without holding every input), the
// selector and modulus switch (program.Execute over the sum), and the
// threshold decryption. It returns the decoded result.
func floorSum(inst program.Instance, n, t int, values []json.RawMessage) (Floor, json.RawMessage, error) {
	r := &floorRun{f: Floor{What: fmt.Sprintf("one goroutine: threshold.NewLocalCommittee(n=%d, t=%d), encrypt+encode+decode %d inputs, "+
		"streamed homomorphic sum, selector and modulus switch (program.Execute), %d decryption shares + robust combine", n, t, len(values), n)}}
	k, err := floorKeygen(r, inst, n, t)
	if err != nil {
		return r.f, nil, err
	}
	enc := k.lc.Encryptor()
	var acc *rlwe.Ciphertext
	var encTime, sumTime time.Duration
	for i, v := range values {
		slots, err := inst.EncodeInput(v)
		if err != nil {
			return r.f, nil, err
		}
		start := time.Now()
		b, err := enc.EncryptBytes(slots)
		if err != nil {
			return r.f, nil, err
		}
		ct, err := inst.Preset().UnmarshalInput(b)
		if err != nil {
			return r.f, nil, err
		}
		encTime += time.Since(start)
		start = time.Now()
		if acc == nil {
			acc = ct
		} else if err := k.eval.Add(acc, ct, acc); err != nil {
			return r.f, nil, fmt.Errorf("bench: floor sum, input %d: %w", i, err)
		}
		sumTime += time.Since(start)
	}
	r.f.Steps = append(r.f.Steps, Phase{Name: "encrypt", Seconds: seconds(encTime)}, Phase{Name: "sum", Seconds: seconds(sumTime)})
	r.f.Seconds += seconds(encTime + sumTime)
	start := time.Now()
	out, err := program.Execute(inst, k.eval, n, 0, []*rlwe.Ciphertext{acc}, nil)
	if err != nil {
		return r.f, nil, fmt.Errorf("bench: floor execute: %w", err)
	}
	r.step("select", start)
	start = time.Now()
	vals, err := floorDecrypt(k, out, 0)
	if err != nil {
		return r.f, nil, err
	}
	r.step("decrypt", start)
	res, err := inst.Result([][]uint64{vals})
	return r.f, res, err
}

// floorProgram is the floor of any program: key generation with the
// evaluation keys and masks it needs, encryption of every input (codec
// round trip), every stage through program.ExecuteWith, and each stage's
// threshold decryption. It returns the released plaintexts.
func floorProgram(inst program.Instance, n, t int, values []json.RawMessage) (Floor, [][]uint64, error) {
	r := &floorRun{f: Floor{What: fmt.Sprintf("one goroutine: threshold.NewLocalCommittee(n=%d, t=%d) with the program's evaluation keys and masks, "+
		"encrypt+encode+decode %d inputs, %d stages (program.ExecuteWith), each with %d decryption shares + robust combine", n, t, len(values), inst.Stages(), n)}}
	k, err := floorKeygen(r, inst, n, t)
	if err != nil {
		return r.f, nil, err
	}
	enc := k.lc.Encryptor()
	start := time.Now()
	inputs := make([]*rlwe.Ciphertext, len(values))
	for i, v := range values {
		slots, err := inst.EncodeInput(v)
		if err != nil {
			return r.f, nil, err
		}
		b, err := enc.EncryptBytes(slots)
		if err != nil {
			return r.f, nil, err
		}
		if inputs[i], err = inst.Preset().UnmarshalInput(b); err != nil {
			return r.f, nil, err
		}
	}
	r.step("encrypt", start)
	var released [][]uint64
	var compute, decrypt time.Duration
	var meter program.OpMeter
	stop := program.MeasureOps(&meter)
	defer stop()
	for stage := range inst.Stages() {
		start := time.Now()
		out, err := program.ExecuteWith(inst, program.Env{Eval: k.eval, Inputs: program.Ciphertexts(inputs), Released: released, Masks: k.masks}, n, stage)
		if err != nil {
			return r.f, nil, fmt.Errorf("bench: floor stage %d: %w", stage, err)
		}
		compute += time.Since(start)
		start = time.Now()
		vals, err := floorDecrypt(k, out, stage)
		if err != nil {
			return r.f, nil, err
		}
		decrypt += time.Since(start)
		released = append(released, vals)
	}
	r.f.Steps = append(r.f.Steps, Phase{Name: "compute", Seconds: seconds(compute)}, Phase{Name: "decrypt", Seconds: seconds(decrypt)})
	r.f.Seconds += seconds(compute + decrypt)
	r.f.MulSeconds, r.f.MulCount = seconds(time.Duration(meter.MulNanos.Load())), meter.MulCount.Load()
	r.f.RotSeconds, r.f.RotCount = seconds(time.Duration(meter.RotNanos.Load())), meter.RotCount.Load()
	r.f.PlainSeconds, r.f.PlainCount = seconds(time.Duration(meter.PlainNanos.Load())), meter.PlainCnt.Load()
	return r.f, released, nil
}
