package threshold

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// KeyShare is member j's secret material for one E3: its Shamir share S_j
// of the E3 secret key and one noise share per decryption. It also records
// which ciphertext each noise share has been used for, so that a second,
// different decryption under the same noise is refused (ErrNoiseReused);
// the node persists it before sending any decryption share.
type KeyShare struct {
	Preset *bfv.Preset
	E3ID   uint64
	Index  int
	// S is S_j over Q (NTT, Montgomery, as Lattigo secret keys are).
	S ring.Poly
	// Noise[k] is N_j^(k) over Q (NTT, not Montgomery).
	Noise []ring.Poly
	// Used[k] is the digest of the ciphertext noise share k decrypted, or
	// zero if unused.
	Used [][32]byte

	mu     sync.Mutex // makes the check-and-record of Used atomic
	erased bool
}

// KeyShare derives member j's key share from all n dealings: it opens the
// bundle each dealer sealed to j and sums the shares. A bundle that fails
// authentication or decoding is rejected with a *DealerError naming its
// dealer. dealerKeys[i-1] is dealer i's registered transport key.
func (s *Session) KeyShare(j int, key *TransportKey, dealerKeys []TransportPublicKey, dealings []*Dealing) (*KeyShare, error) {
	if err := s.checkIndex(j); err != nil {
		return nil, fmt.Errorf("threshold: key share: %w", err)
	}
	if len(dealerKeys) != s.cfg.N {
		return nil, fmt.Errorf("threshold: key share: %w: %d dealer keys for n=%d", ErrConfig, len(dealerKeys), s.cfg.N)
	}
	ordered, err := s.allDealers(dealings)
	if err != nil {
		return nil, fmt.Errorf("threshold: key share: %w", err)
	}
	ks := &KeyShare{Preset: s.cfg.Preset, E3ID: s.cfg.E3ID, Index: j, S: s.ringQ.NewPoly(),
		Noise: make([]ring.Poly, s.cfg.Decryptions), Used: make([][32]byte, s.cfg.Decryptions)}
	for k := range ks.Noise {
		ks.Noise[k] = s.ringQ.NewPoly()
	}
	for _, d := range ordered {
		if err := s.addBundle(ks, key, dealerKeys[d.Dealer-1], d); err != nil {
			ks.Erase() // partial sums are secret too
			return nil, fmt.Errorf("threshold: key share: %w", &DealerError{Dealer: d.Dealer, Err: err})
		}
	}
	return ks, nil
}

// addBundle opens dealer d's bundle for ks.Index and adds its shares.
func (s *Session) addBundle(ks *KeyShare, key *TransportKey, dealerKey TransportPublicKey, d *Dealing) (err error) {
	defer wire.Recover(&err)
	box := d.Bundles[ks.Index-1]
	if box == nil {
		return fmt.Errorf("%w: bundle for member %d not attached (SetBundle)", ErrMissing, ks.Index)
	}
	if len(box) != s.BundleSize() {
		return fmt.Errorf("%w: bundle is %d bytes, want %d", ErrBundleAuth, len(box), s.BundleSize())
	}
	plain, err := open(key, dealerKey, s.cfg.E3ID, d.Dealer, ks.Index, box)
	if err != nil {
		return err
	}
	defer clear(plain)
	r := wire.NewReader(plain)
	r.CheckHeader(tagBundle, formatV1)
	preset, e3 := r.Byte("preset"), r.Uint64("e3")
	dealer, recipient, k := int(r.Uint16("dealer")), int(r.Uint16("recipient")), int(r.Byte("decryptions"))
	if err := r.Err(); err != nil {
		return err
	}
	if preset != s.cfg.Preset.ID || e3 != s.cfg.E3ID || dealer != d.Dealer || recipient != ks.Index || k != s.cfg.Decryptions {
		return fmt.Errorf("%w: bundle header (preset %#x, E3 %d, %d→%d, K=%d) does not match its position", ErrBundleAuth, preset, e3, dealer, recipient, k)
	}
	level := s.params.MaxLevelQ()
	parts := make([]ring.Poly, 1+k) // the secret share, then the noise shares
	defer func() {
		for _, p := range parts {
			if p.Level() >= 0 {
				wire.Zero(p)
			}
		}
	}()
	for i := range parts {
		parts[i] = r.Poly(s.ringQ, level, "share")
	}
	if err := r.Done(); err != nil {
		return err
	}
	s.ringQ.Add(ks.S, parts[0], ks.S)
	for i := range ks.Noise {
		s.ringQ.Add(ks.Noise[i], parts[1+i], ks.Noise[i])
	}
	return nil
}

// DecryptionShare is member j's share d_j = c1·S_j + N_j^(k) for decryption
// k of one ciphertext, at that ciphertext's level.
type DecryptionShare struct {
	Preset *bfv.Preset
	E3ID   uint64
	Index  int
	// Stage is the decryption index k (0-based).
	Stage int
	Value ring.Poly
}

// Level is the share's level (that of the ciphertext it decrypts).
func (d *DecryptionShare) Level() int { return d.Value.Level() }

// DecryptionShare computes member j's share for decryption k of ct. It is
// deterministic, so asking again for the same ciphertext returns the same
// bytes (safe to resend); asking for a different ciphertext under the same
// k fails with ErrNoiseReused. Callers must persist the KeyShare (which
// records the use) before sending the result.
//
// The guard is per member: two members handed different ciphertexts for the
// same k would each comply, and their shares together would leak. Only the
// node's rule — share only for the output the ledger accepted — makes the
// single use hold across the committee.
func (s *Session) DecryptionShare(ks *KeyShare, ct *rlwe.Ciphertext, k int) (*DecryptionShare, error) {
	ks.mu.Lock()
	defer ks.mu.Unlock()
	if ks.erased {
		return nil, fmt.Errorf("threshold: decryption share: %w", ErrErased)
	}
	if ks.E3ID != s.cfg.E3ID || ks.Preset != s.cfg.Preset || len(ks.Used) != len(ks.Noise) {
		return nil, fmt.Errorf("threshold: decryption share: %w", ErrWrongE3)
	}
	if k < 0 || k >= len(ks.Noise) {
		return nil, fmt.Errorf("threshold: decryption share: %w: %d of %d", ErrStage, k, len(ks.Noise))
	}
	if err := s.checkCiphertext(ct); err != nil {
		return nil, fmt.Errorf("threshold: decryption share: %w", err)
	}
	digest := ciphertextDigest(ct)
	switch ks.Used[k] {
	case [32]byte{}:
		ks.Used[k] = digest
	case digest:
	default:
		return nil, fmt.Errorf("threshold: decryption share: %w (decryption %d)", ErrNoiseReused, k)
	}
	level := ct.Level()
	rq := s.ringQ.AtLevel(level)
	out := ring.NewPoly(s.params.N(), level)
	rq.MulCoeffsMontgomery(ct.Value[1], ks.S, out)
	rq.Add(out, ks.Noise[k], out)
	return &DecryptionShare{Preset: s.cfg.Preset, E3ID: s.cfg.E3ID, Index: ks.Index, Stage: k, Value: out}, nil
}

// checkCiphertext accepts relinearized (degree-1) NTT ciphertexts at a
// level where smudged decryption is correct.
func (s *Session) checkCiphertext(ct *rlwe.Ciphertext) error {
	switch {
	case ct == nil || ct.MetaData == nil:
		return fmt.Errorf("%w: nil ciphertext", ErrMismatch)
	case ct.Degree() != 1:
		return fmt.Errorf("%w: degree %d, relinearize first", ErrMismatch, ct.Degree())
	case !ct.IsNTT:
		return fmt.Errorf("%w: not in the NTT domain", ErrMismatch)
	case ct.Value[0].N() != s.params.N():
		return fmt.Errorf("%w: ring degree %d", ErrMismatch, ct.Value[0].N())
	case ct.Level() < s.minLevel || ct.Level() > s.params.MaxLevel():
		return fmt.Errorf("%w: level %d, need %d..%d", ErrLevelTooLow, ct.Level(), s.minLevel, s.params.MaxLevel())
	}
	return nil
}

// ciphertextDigest identifies a ciphertext for the noise-reuse guard.
func ciphertextDigest(ct *rlwe.Ciphertext) [32]byte {
	h := sha256.New()
	buf := make([]byte, 0, 8*ct.Value[0].N())
	for _, p := range ct.Value {
		for _, row := range p.Coeffs[:ct.Level()+1] {
			buf = buf[:0]
			for _, c := range row {
				buf = binary.LittleEndian.AppendUint64(buf, c)
			}
			h.Write(buf)
		}
	}
	var d [32]byte
	h.Sum(d[:0])
	return d
}

// Erase zeroes every secret polynomial; the share is unusable afterwards.
func (ks *KeyShare) Erase() {
	ks.mu.Lock()
	defer ks.mu.Unlock()
	wire.Zero(ks.S)
	for _, n := range ks.Noise {
		wire.Zero(n)
	}
	ks.erased = true
}
