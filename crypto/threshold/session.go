// Package threshold is Ciphernet's threshold layer over BFV (DESIGN.md §5):
// every committee member deals a secret key share, Shamir-shares it and K
// smudging-noise polynomials to the others, and any t members can then
// decrypt each of K output ciphertexts, each exactly once, while t-1 learn
// nothing.
//
// The package does no I/O and keeps no hidden state: functions take the
// messages received and return the messages to send, so the node can persist
// every output before sending it and replay after a crash. A Session is
// immutable and safe for concurrent use; every Lattigo protocol object
// (which is not goroutine-safe) is created per call.
//
// # Protocol
//
//  1. Transport keys: each node registers an X25519 key (TransportKey).
//  2. Dealing (Session.Deal): member i samples s_i and K noise polynomials
//     E_i^(k) uniform in [-B, B), computes its public-key share
//     p_i = -a·s_i + e_i for the common polynomial a derived from the E3
//     seed, Shamir-shares s_i and every E_i^(k) with degree t-1, and seals
//     member j's shares to j's transport key, bound to (E3, i, j).
//  3. Key (Session.AggregatePublicKey): pk = (Σ p_i, a). Anyone can compute it.
//  4. Key share (Session.KeyShare): S_j = Σ_i f_i(j), N_j^(k) = Σ_i g_i^(k)(j).
//  5. Decryption share (KeyShare.DecryptionShare): d_j = c1·S_j + N_j^(k),
//     deterministic, one noise polynomial per decryption.
//  6. Combine (Session.Combine): with any t shares, c0 + Σ λ_j d_j = m + e +
//     E^(k) decodes to m. With more than t, shares off the common
//     degree-(t-1) polynomial are detected and their senders named.
//
// For presets that multiply, Deal also returns the first round of Lattigo's
// relinearization-key protocol and RelinRound2 the second; all n members take
// part (it is an n-out-of-n protocol run during key generation, when all n
// must take part anyway to confirm the public key). GaloisRound and
// GaloisKeys do the same, in one round, for the preset's power-of-two
// rotation keys (galois.go), which programs that move slots need.
//
// Programs that release values only up to a secret factor use committee
// masks (mask.go): seed-derived encrypted masks contributed by members,
// multiplied together homomorphically, checked for zeros before any masked
// value is released, and openable to name a cheating contributor.
//
// Security is passive for dealing: nothing proves that a dealer's shares lie
// on one polynomial or that its noise is bounded. A bad dealer shows up as an
// inconsistent decryption that cannot be attributed to it.
package threshold

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"

	"github.com/ciphernet/ciphernet/crypto/bfv"
)

// Sentinel errors of the threshold layer.
var (
	// ErrConfig means the session parameters are inconsistent.
	ErrConfig = errors.New("invalid threshold configuration")
	// ErrWrongE3 means a message belongs to another E3.
	ErrWrongE3 = errors.New("message belongs to another E3")
	// ErrIndex means a member index is outside 1..n or repeated.
	ErrIndex = errors.New("invalid or repeated member index")
	// ErrMissing means a message every member must send is missing.
	ErrMissing = errors.New("missing message from a member")
	// ErrNotEnoughShares means fewer than t decryption shares were given.
	ErrNotEnoughShares = errors.New("fewer decryption shares than the threshold")
	// ErrMismatch means shares disagree with the ciphertext or each other
	// (stage, level).
	ErrMismatch = errors.New("decryption share does not match the ciphertext")
	// ErrInconsistent means the shares do not lie on one polynomial and the
	// faulty ones cannot be identified (too many of them).
	ErrInconsistent = errors.New("decryption shares are inconsistent beyond what can be corrected")
	// ErrNoiseReused means a noise share was asked to decrypt a second,
	// different ciphertext; that would leak the difference of the two
	// ciphertexts' noise and, chained, the secret key.
	ErrNoiseReused = errors.New("noise share already used for another ciphertext")
	// ErrStage means a decryption index is outside 0..K-1.
	ErrStage = errors.New("decryption index outside the dealt noise shares")
	// ErrLevelTooLow means the ciphertext's modulus is too small for the
	// smudged decryption to stay correct.
	ErrLevelTooLow = errors.New("ciphertext level too low for threshold decryption")
	// ErrErased means the secret was erased.
	ErrErased = errors.New("secret material erased")
)

// DealerError names the dealer whose message was rejected, so the node can
// blame it (and, with its signature, prove it).
type DealerError struct {
	Dealer int
	Err    error
}

func (e *DealerError) Error() string { return fmt.Sprintf("dealer %d: %v", e.Dealer, e.Err) }

// Unwrap returns the underlying error.
func (e *DealerError) Unwrap() error { return e.Err }

// Config fixes one E3's threshold instance. Every member must use the same
// values, all of which come from the ledger's E3 record.
type Config struct {
	// Preset is the BFV parameter set.
	Preset *bfv.Preset
	// E3ID binds every message to one E3.
	E3ID uint64
	// N is the committee size, T the number of members needed to decrypt.
	N, T int
	// Decryptions is K, the number of threshold decryptions the program
	// needs (one per stage); each consumes its own noise sharing.
	Decryptions int
	// Seed is the public E3 seed from the ledger; the common random
	// polynomials are derived from it.
	Seed [32]byte
}

// MaxMembers bounds n so that member indexes fit the wire formats and the
// per-dealing size stays reasonable.
const MaxMembers = 256

// MaxDecryptions bounds K.
const MaxDecryptions = 16

// Validate checks the configuration.
func (c Config) Validate() error {
	switch {
	case c.Preset == nil:
		return fmt.Errorf("%w: no preset", ErrConfig)
	case c.N < 1 || c.N > MaxMembers:
		return fmt.Errorf("%w: n=%d outside [1,%d]", ErrConfig, c.N, MaxMembers)
	case c.T < 1 || c.T > c.N:
		return fmt.Errorf("%w: t=%d outside [1,n=%d]", ErrConfig, c.T, c.N)
	case c.Decryptions < 1 || c.Decryptions > MaxDecryptions:
		return fmt.Errorf("%w: %d decryptions outside [1,%d]", ErrConfig, c.Decryptions, MaxDecryptions)
	case c.Preset.LogSmudge > maxLogSmudge:
		return fmt.Errorf("%w: preset smudging bound 2^%d too large", ErrConfig, c.Preset.LogSmudge)
	}
	if _, ok := c.Preset.DecryptionLevel(c.N); !ok {
		return fmt.Errorf("%w: preset %s cannot threshold-decrypt with n=%d", ErrConfig, c.Preset.Name, c.N)
	}
	return nil
}

// Session holds one E3's derived public values. It is immutable and safe
// for concurrent use.
type Session struct {
	cfg      Config
	params   bgv.Parameters
	shareQ   rlwe.Parameters // Q-only parameters: Shamir sharing and decryption never need P
	ringQ    *ring.Ring
	pkCRP    multiparty.PublicKeyGenCRP
	rlkCRP   *multiparty.RelinearizationKeyGenCRP
	minLevel int

	galOnce sync.Once // galCRP is sampled on first use: only programs that rotate need it
	galCRP  []multiparty.GaloisKeyGenCRP
}

// NewSession validates cfg and derives the common random polynomials from
// the E3 seed. Each CRP comes from its own keyed PRNG with a
// domain-separated key, so every member consumes the randomness identically
// whatever else it samples.
func NewSession(cfg Config) (*Session, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	params := cfg.Preset.Params()
	lit := params.GetRLWEParameters().ParametersLiteral()
	lit.P, lit.LogP = nil, nil
	shareQ, err := rlwe.NewParametersFromLiteral(lit)
	if err != nil {
		return nil, fmt.Errorf("threshold: Q-only parameters: %w", err)
	}
	s := &Session{cfg: cfg, params: params, shareQ: shareQ, ringQ: params.RingQ()}
	s.minLevel, _ = cfg.Preset.DecryptionLevel(cfg.N)
	s.pkCRP = multiparty.NewPublicKeyGenProtocol(params).SampleCRP(s.crs("pk"))
	if cfg.Preset.Relinearize {
		crp := multiparty.NewRelinearizationKeyGenProtocol(params).SampleCRP(s.crs("rlk"))
		s.rlkCRP = &crp
	}
	return s, nil
}

// crs returns a keyed PRNG for one named use of the common randomness.
func (s *Session) crs(use string) multiparty.CRS {
	h := sha256.New()
	h.Write([]byte("ciphernet/v1/crs/" + use))
	h.Write(s.cfg.Seed[:])
	_ = binary.Write(h, binary.BigEndian, s.cfg.E3ID)
	prng, err := sampling.NewKeyedPRNG(h.Sum(nil))
	if err != nil {
		panic(fmt.Sprintf("threshold: keyed PRNG: %v", err)) // only fails on an invalid key length
	}
	return prng
}

// Config returns the session's configuration.
func (s *Session) Config() Config { return s.cfg }

// Params returns the BFV parameters.
func (s *Session) Params() bgv.Parameters { return s.params }

// MinDecryptionLevel is the lowest ciphertext level this session can
// threshold-decrypt (see bfv.Preset.DecryptionLevel).
func (s *Session) MinDecryptionLevel() int { return s.minLevel }

func (s *Session) checkIndex(i int) error {
	if i < 1 || i > s.cfg.N {
		return fmt.Errorf("%w: %d outside 1..%d", ErrIndex, i, s.cfg.N)
	}
	return nil
}
