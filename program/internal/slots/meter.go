package slots

import (
	"fmt"
	"sync/atomic"
	"time"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
)

// Meter accumulates the time programs spend in each kind of homomorphic
// operation, so the benchmark can report where an E3's compute time goes.
// It is off (nil) except while a benchmark measures; the counters are
// atomic, but concurrent E3s measured at once would be mixed together.
type Meter struct {
	MulNanos, MulCount   atomic.Int64 // ciphertext × ciphertext, relinearized
	PlainNanos, PlainCnt atomic.Int64 // ciphertext × plaintext
	RotNanos, RotCount   atomic.Int64 // rotations (key switching)
}

var active atomic.Pointer[Meter]

// Measure makes m the active meter until the returned function is called.
func Measure(m *Meter) (stop func()) {
	active.Store(m)
	return func() { active.CompareAndSwap(m, nil) }
}

func record(nanos, count *atomic.Int64, start time.Time, n int) {
	nanos.Add(int64(time.Since(start)))
	count.Add(int64(n))
}

// Timed runs f, a block made only of ciphertext multiplications (n of
// them), under the active meter.
func Timed(n int, f func() error) error {
	m := active.Load()
	if m == nil {
		return f()
	}
	defer record(&m.MulNanos, &m.MulCount, time.Now(), n)
	return f()
}

// MulRelin returns a·b relinearized.
func MulRelin(eval *bgv.Evaluator, a, b *rlwe.Ciphertext) (*rlwe.Ciphertext, error) {
	if m := active.Load(); m != nil {
		defer record(&m.MulNanos, &m.MulCount, time.Now(), 1)
	}
	out, err := eval.MulRelinNew(a, b)
	if err != nil {
		return nil, fmt.Errorf("slots: multiply: %w", err)
	}
	return out, nil
}

// MulPlain multiplies ct by a plaintext vector or scalar into out.
func MulPlain(eval *bgv.Evaluator, ct *rlwe.Ciphertext, pt any, out *rlwe.Ciphertext) error {
	if m := active.Load(); m != nil {
		defer record(&m.PlainNanos, &m.PlainCnt, time.Now(), 1)
	}
	if err := eval.Mul(ct, pt, out); err != nil {
		return fmt.Errorf("slots: plaintext multiply: %w", err)
	}
	return nil
}

// rotate rotates ct left by a power of two k in place, metered.
func rotate(eval *bgv.Evaluator, ct *rlwe.Ciphertext, k int, out *rlwe.Ciphertext) error {
	if m := active.Load(); m != nil {
		defer record(&m.RotNanos, &m.RotCount, time.Now(), 1)
	}
	if err := eval.RotateColumns(ct, k, out); err != nil {
		return fmt.Errorf("slots: rotate by %d: %w", k, err)
	}
	return nil
}
