// Package wire holds the byte-level codec shared by Ciphernet's cryptographic
// wire types: fixed headers and RNS polynomials written as little-endian
// 64-bit coefficients. Every reader checks lengths before allocating and every
// coefficient against its modulus, because the bytes come from untrusted peers
// and Lattigo assumes reduced, well-sized inputs (it panics or silently
// computes garbage otherwise).
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/tuneinsight/lattigo/v6/ring"
)

// Sentinel errors; every decoding failure wraps ErrMalformed and, where it
// applies, one of the more specific errors.
var (
	// ErrMalformed is wrapped by every decoding error of this package.
	ErrMalformed = errors.New("malformed encoding")
	// ErrShort means the input ended before the value did.
	ErrShort = errors.New("input too short")
	// ErrTrailing means bytes were left after a complete value.
	ErrTrailing = errors.New("trailing bytes after value")
	// ErrCoefficient means a coefficient was not reduced modulo its prime.
	ErrCoefficient = errors.New("coefficient not reduced modulo its prime")
	// ErrMagic means the type tag or format version is not the expected one.
	ErrMagic = errors.New("unexpected type tag or version")
)

// Malformed wraps the given specific error and a description in ErrMalformed.
func Malformed(specific error, format string, args ...any) error {
	return fmt.Errorf("%w: %w: %s", ErrMalformed, specific, fmt.Sprintf(format, args...))
}

// PolySize is the encoded size of a polynomial of ring degree n over level+1
// primes.
func PolySize(n, level int) int { return 8 * n * (level + 1) }

// AppendPoly appends the first level+1 RNS rows of p to b.
func AppendPoly(b []byte, p ring.Poly, level int) []byte {
	off := len(b)
	b = slices.Grow(b, PolySize(p.N(), level))[:off+PolySize(p.N(), level)]
	for i := 0; i <= level; i++ {
		for _, c := range p.Coeffs[i] {
			binary.LittleEndian.PutUint64(b[off:], c)
			off += 8
		}
	}
	return b
}

// ReadPoly decodes a polynomial over the first level+1 primes of r from the
// front of b and returns it with the remaining bytes. It checks the length
// before allocating and that every coefficient is below its prime.
func ReadPoly(b []byte, r *ring.Ring, level int) (ring.Poly, []byte, error) {
	if level < 0 || level > r.MaxLevel() {
		return ring.Poly{}, nil, Malformed(ErrShort, "level %d outside [0,%d]", level, r.MaxLevel())
	}
	n := r.N()
	size := PolySize(n, level)
	if len(b) < size {
		return ring.Poly{}, nil, Malformed(ErrShort, "polynomial needs %d bytes, have %d", size, len(b))
	}
	p := ring.NewPoly(n, level)
	moduli := r.ModuliChain()
	off := 0
	for i := 0; i <= level; i++ {
		q := moduli[i]
		row := p.Coeffs[i]
		for j := range row {
			c := binary.LittleEndian.Uint64(b[off:])
			if c >= q {
				return ring.Poly{}, nil, Malformed(ErrCoefficient, "prime %d, coefficient %d", i, j)
			}
			row[j] = c
			off += 8
		}
	}
	return p, b[size:], nil
}

// Reader walks a byte slice, remembering the first error so that a decoder
// can read a whole header and check once.
type Reader struct {
	b   []byte
	err error
}

// NewReader returns a Reader over b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err returns the first error met.
func (r *Reader) Err() error { return r.err }

// Rest returns the unread bytes.
func (r *Reader) Rest() []byte { return r.b }

// Fail records err unless an error was already recorded.
func (r *Reader) Fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *Reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = Malformed(ErrShort, "reading %s: need %d bytes, have %d", what, n, len(r.b))
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

// Byte reads one byte.
func (r *Reader) Byte(what string) byte {
	if v := r.take(1, what); v != nil {
		return v[0]
	}
	return 0
}

// Uint16 reads a little-endian uint16.
func (r *Reader) Uint16(what string) uint16 {
	if v := r.take(2, what); v != nil {
		return binary.LittleEndian.Uint16(v)
	}
	return 0
}

// Uint32 reads a little-endian uint32.
func (r *Reader) Uint32(what string) uint32 {
	if v := r.take(4, what); v != nil {
		return binary.LittleEndian.Uint32(v)
	}
	return 0
}

// Uint64 reads a little-endian uint64.
func (r *Reader) Uint64(what string) uint64 {
	if v := r.take(8, what); v != nil {
		return binary.LittleEndian.Uint64(v)
	}
	return 0
}

// Bytes reads exactly n bytes (aliasing the input).
func (r *Reader) Bytes(n int, what string) []byte { return r.take(n, what) }

// Poly reads a polynomial over the first level+1 primes of rq.
func (r *Reader) Poly(rq *ring.Ring, level int, what string) ring.Poly {
	if r.err != nil {
		return ring.Poly{}
	}
	p, rest, err := ReadPoly(r.b, rq, level)
	if err != nil {
		r.err = fmt.Errorf("reading %s: %w", what, err)
		return ring.Poly{}
	}
	r.b = rest
	return p
}

// Done records ErrTrailing if bytes are left, and returns the first error.
func (r *Reader) Done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = Malformed(ErrTrailing, "%d bytes", len(r.b))
	}
	return r.err
}

// Header is the four-byte prefix of every Ciphernet wire value: "CN", a
// type tag and a format version. Tags keep one kind of blob from being
// accepted as another.
func Header(tag, version byte) []byte { return []byte{'C', 'N', tag, version} }

// CheckHeader reads and checks the four-byte prefix.
func (r *Reader) CheckHeader(tag, version byte) {
	h := r.take(4, "header")
	if h == nil {
		return
	}
	if h[0] != 'C' || h[1] != 'N' || h[2] != tag || h[3] != version {
		r.Fail(Malformed(ErrMagic, "got % x, want tag %#x version %d", h, tag, version))
	}
}

// Recover turns a panic raised inside Lattigo while handling untrusted data
// into an error. Use as `defer wire.Recover(&err)`.
func Recover(err *error) {
	if r := recover(); r != nil {
		*err = Malformed(ErrMalformed, "rejected by the ring arithmetic: %v", r)
	}
}

// Zero overwrites every coefficient of p with zero; used to erase secrets.
func Zero(p ring.Poly) {
	for _, row := range p.Coeffs {
		clear(row)
	}
}
