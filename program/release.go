package program

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
)

// Releases on the ledger are compact: a stage's plaintext is published as
// the values of the slots its selector keeps, in slot order — storing a
// whole slot vector (up to 16,384 values) on chain would cost more gas than
// a block holds. Programs, however, read full slot vectors (a value's slot
// carries meaning: a price level, an input index). Compact and Expand
// convert between the two; the selector of a stage may depend on the input
// count and the earlier releases (Extended.SelectorFor), so expanding
// proceeds stage by stage.

// MaxRelease is the largest released plaintext the ledger accepts, in
// bytes (E3Manager.MAX_PLAINTEXT): the release travels in calldata and an
// event, under the 128 KiB a transaction may carry. A whole slot vector of
// the largest preset encodes in 80 KiB, so every release fits
// (TestEveryReleaseFitsTheLedger).
const MaxRelease = 96 << 10

// maxReleaseValues bounds a release's value count (a stage releases at
// most one value per slot; the largest preset has 16,384), so a short
// release cannot claim a zero run that allocates gigabytes.
const maxReleaseValues = 1 << 16

// releaseVersion is the first byte of an encoded release.
const releaseVersion = 1

// EncodeRelease is the on-ledger form of a compact release: a version
// byte, the value count, then the values as unsigned varints, except that
// a run of zeros is one 0 followed by the run's length minus one. Validity
// stages release one slot per input, zero for every valid one: 10,000
// valid inputs take 4 bytes; a uniform 32-bit value (a masked or invalid
// slot) takes 5 — a 1,024-level price stage about 5 KiB where decimal JSON
// took 11.
func EncodeRelease(values []uint64) []byte {
	b := make([]byte, 0, 16+5*len(values))
	b = append(b, releaseVersion)
	b = binary.AppendUvarint(b, uint64(len(values)))
	for i := 0; i < len(values); {
		v := values[i]
		b = binary.AppendUvarint(b, v)
		i++
		if v != 0 {
			continue
		}
		run := 0
		for i < len(values) && values[i] == 0 {
			run++
			i++
		}
		b = binary.AppendUvarint(b, uint64(run))
	}
	return b
}

// DecodeRelease strictly decodes EncodeRelease's output: every varint
// minimal, zero runs maximal, the count matching, nothing trailing — so
// one release has one encoding and one hash, which the committee's
// attestations count on.
func DecodeRelease(b []byte) ([]uint64, error) {
	if len(b) == 0 || b[0] != releaseVersion {
		return nil, fmt.Errorf("%w: not a version-%d release", ErrRelease, releaseVersion)
	}
	b = b[1:]
	next := func() (uint64, bool) {
		v, n := binary.Uvarint(b)
		if n <= 0 || n != varintLen(v) {
			return 0, false
		}
		b = b[n:]
		return v, true
	}
	count, ok := next()
	if !ok || count > maxReleaseValues {
		return nil, fmt.Errorf("%w: bad value count", ErrRelease)
	}
	out := make([]uint64, 0, min(count, uint64(len(b))))
	for uint64(len(out)) < count {
		v, ok := next()
		if !ok {
			return nil, fmt.Errorf("%w: value %d of %d malformed", ErrRelease, len(out), count)
		}
		if v != 0 {
			out = append(out, v)
			continue
		}
		if len(out) > 0 && out[len(out)-1] == 0 {
			return nil, fmt.Errorf("%w: zero run at value %d splits a longer one", ErrRelease, len(out))
		}
		run, ok := next()
		if !ok || run >= count-uint64(len(out)) {
			return nil, fmt.Errorf("%w: zero run at value %d malformed or beyond the count", ErrRelease, len(out))
		}
		out = append(out, make([]uint64, run+1)...)
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrRelease, len(b))
	}
	return out, nil
}

// varintLen is the length of v's minimal unsigned varint.
func varintLen(v uint64) int {
	n := 1
	for v >= 0x80 {
		v >>= 7
		n++
	}
	return n
}

// SelectorOf is the selector of stage for a run over inputs inputs after
// the given full releases of the earlier stages.
func SelectorOf(inst Instance, stage, inputs int, released [][]uint64) ([]uint64, error) {
	if x, ok := inst.(Extended); ok {
		return x.SelectorFor(stage, inputs, released)
	}
	return inst.Selector(stage), nil
}

// Compact keeps the values of the selected slots.
func Compact(sel, values []uint64) []uint64 {
	out := []uint64{}
	for i, keep := range sel {
		if keep != 0 && i < len(values) {
			out = append(out, values[i])
		}
	}
	return out
}

// DecodeResult is the result of a completed run from its public record:
// the compact releases of every stage as published, the number of inputs
// and their hashes in commitment order (auction and stats name inputs by
// hash). Node, SDK and verifier all decode through it.
func DecodeResult(inst Instance, inputs int, compact [][]uint64, inputHashes [][]byte) (json.RawMessage, error) {
	full, err := Expand(inst, inputs, compact)
	if err != nil {
		return nil, err
	}
	return ResultOf(inst, full, inputHashes)
}

// Expand turns compact releases (as published) back into full slot
// vectors, stage by stage.
func Expand(inst Instance, inputs int, compact [][]uint64) ([][]uint64, error) {
	full := make([][]uint64, 0, len(compact))
	for stage, c := range compact {
		sel, err := SelectorOf(inst, stage, inputs, full)
		if err != nil {
			return nil, fmt.Errorf("program: stage %d selector: %w", stage, err)
		}
		v := make([]uint64, len(sel))
		k := 0
		for i, keep := range sel {
			if keep == 0 {
				continue
			}
			if k >= len(c) {
				return nil, fmt.Errorf("program: %w: stage %d release has %d values, its selector keeps more", ErrStage, stage, len(c))
			}
			v[i] = c[k]
			k++
		}
		if k != len(c) {
			return nil, fmt.Errorf("program: %w: stage %d release has %d values, its selector keeps %d", ErrStage, stage, len(c), k)
		}
		full = append(full, v)
	}
	return full, nil
}
