package threshold

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/ring/ringqp"
	"github.com/tuneinsight/lattigo/v6/schemes/bgv"

	"github.com/ciphernet/ciphernet/crypto/bfv"
	"github.com/ciphernet/ciphernet/crypto/internal/wire"
)

// Dealing is member i's public key-generation message: its public-key
// share, the first relinearization round (presets that multiply), and one
// sealed bundle of Shamir shares per member. It carries no secret in the
// clear and is published to the whole committee; its hash goes on the ledger.
type Dealing struct {
	Preset *bfv.Preset
	E3ID   uint64
	Dealer int
	// PublicKeyShare is p_i = -a·s_i + e_i over QP.
	PublicKeyShare multiparty.PublicKeyGenShare
	// RelinRound1 is the dealer's first-round relinearization-key share, or
	// nil when the preset does not multiply.
	RelinRound1 *multiparty.RelinearizationKeyGenShare
	// Bundles[j-1] is sealed to member j. The public encoding
	// (MarshalBinary) carries only their hashes; a decoded dealing holds
	// the bundles attached with SetBundle, usually just the reader's own.
	Bundles [][]byte
	// BundleHashes[j-1] is BundleHash(Bundles[j-1]), BundleSize the size
	// of every bundle: the header's commitment to bundles that travel
	// separately.
	BundleHashes [][32]byte
	BundleSize   int
}

// DealerSecret is what member i must keep (encrypted at rest) after
// dealing until key generation ends: s_i for the relinearization rounds.
// Erase it when the E3 completes or fails.
type DealerSecret struct {
	Preset *bfv.Preset
	E3ID   uint64
	Dealer int
	// SK is s_i.
	SK *rlwe.SecretKey
	// EphSK is the ephemeral secret of the relinearization protocol, nil if
	// the preset does not multiply.
	EphSK *rlwe.SecretKey
}

// Erase zeroes the secret polynomials.
func (d *DealerSecret) Erase() {
	for _, sk := range []*rlwe.SecretKey{d.SK, d.EphSK} {
		if sk != nil {
			wire.Zero(sk.Value.Q)
			if sk.Value.P.Level() >= 0 {
				wire.Zero(sk.Value.P)
			}
		}
	}
	d.SK, d.EphSK = nil, nil
}

// Deal runs member dealer's dealing. recipients[j-1] is member j's
// registered transport key (the dealer's own included: it keeps its own
// shares the same way). rng supplies the smudging noise and must be a
// cryptographically secure generator (crypto/rand if nil); the secret key,
// key-generation errors and ephemeral transport keys use their own secure
// samplers.
//
// Commit, then reveal: the node must publish the dealing only after all n
// members' dealing hashes are on the ledger. A member that saw the others'
// public-key shares before committing its own could choose its share so
// that the aggregate key is one whose secret it alone knows.
func (s *Session) Deal(dealer int, key *TransportKey, recipients []TransportPublicKey, rng io.Reader) (*Dealing, *DealerSecret, error) {
	if err := s.checkIndex(dealer); err != nil {
		return nil, nil, fmt.Errorf("threshold: deal: %w", err)
	}
	if len(recipients) != s.cfg.N {
		return nil, nil, fmt.Errorf("threshold: deal: %w: %d transport keys for n=%d", ErrConfig, len(recipients), s.cfg.N)
	}
	if rng == nil {
		rng = rand.Reader
	}
	params := s.params
	sk := bgv.NewKeyGenerator(params).GenSecretKeyNew()

	ckg := multiparty.NewPublicKeyGenProtocol(params)
	d := &Dealing{Preset: s.cfg.Preset, E3ID: s.cfg.E3ID, Dealer: dealer, PublicKeyShare: ckg.AllocateShare()}
	ckg.GenShare(sk, s.pkCRP, &d.PublicKeyShare)

	sec := &DealerSecret{Preset: s.cfg.Preset, E3ID: s.cfg.E3ID, Dealer: dealer, SK: sk}
	if s.rlkCRP != nil {
		rkg := multiparty.NewRelinearizationKeyGenProtocol(params)
		eph, r1, _ := rkg.AllocateShare()
		rkg.GenShareRoundOne(sk, *s.rlkCRP, eph, &r1)
		canonicalGadget(params, &r1.GadgetCiphertext)
		d.RelinRound1, sec.EphSK = &r1, eph
	}

	// Shamir polynomials over Q only: decryption never touches P.
	thr := multiparty.NewThresholdizer(s.shareQ)
	qOnly := func(p ring.Poly) *rlwe.SecretKey { return &rlwe.SecretKey{Value: ringqp.Poly{Q: p}} }
	secretPoly, err := thr.GenShamirPolynomial(s.cfg.T, qOnly(sk.Value.Q))
	if err != nil {
		return nil, nil, fmt.Errorf("threshold: deal: %w", err)
	}
	noisePolys := make([]multiparty.ShamirPolynomial, s.cfg.Decryptions)
	noise := s.ringQ.NewPoly()
	for k := range noisePolys {
		if err := sampleSmudging(rng, s.ringQ, s.cfg.Preset.LogSmudge, noise); err != nil {
			return nil, nil, err
		}
		// The noise is added to c1·S_j, which is in the NTT domain and not
		// Montgomery: share it in that domain.
		s.ringQ.NTT(noise, noise)
		if noisePolys[k], err = thr.GenShamirPolynomial(s.cfg.T, qOnly(noise)); err != nil {
			return nil, nil, fmt.Errorf("threshold: deal: %w", err)
		}
	}
	wire.Zero(noise)

	share := thr.AllocateThresholdSecretShare()
	d.Bundles = make([][]byte, s.cfg.N)
	plain := make([]byte, 0, s.bundlePlainLen())
	for j := 1; j <= s.cfg.N; j++ {
		plain = s.bundleHeader(plain[:0], dealer, j)
		thr.GenShamirSecretShare(multiparty.ShamirPublicPoint(j), secretPoly, &share)
		plain = wire.AppendPoly(plain, share.Q, s.params.MaxLevelQ())
		for k := range noisePolys {
			thr.GenShamirSecretShare(multiparty.ShamirPublicPoint(j), noisePolys[k], &share)
			plain = wire.AppendPoly(plain, share.Q, s.params.MaxLevelQ())
		}
		if d.Bundles[j-1], err = seal(rng, key, recipients[j-1], s.cfg.E3ID, dealer, j, plain); err != nil {
			return nil, nil, err
		}
	}
	clear(plain)
	if err := d.fillHashes(); err != nil {
		return nil, nil, fmt.Errorf("threshold: deal: %w", err)
	}
	wire.Zero(share.Q)
	for _, sp := range append(noisePolys, secretPoly) {
		for _, c := range sp.Value {
			wire.Zero(c.Q)
		}
	}
	return d, sec, nil
}

const (
	tagBundle = 0x08
	formatV1  = 1
)

// bundleHeader binds a bundle's plaintext to its position as well; the
// AEAD context already does, this makes a decrypted bundle self-describing.
func (s *Session) bundleHeader(b []byte, dealer, recipient int) []byte {
	b = append(b, wire.Header(tagBundle, formatV1)...)
	b = append(b, s.cfg.Preset.ID)
	b = appendU64(b, s.cfg.E3ID)
	b = appendU16(b, dealer)
	b = appendU16(b, recipient)
	return append(b, byte(s.cfg.Decryptions))
}

const bundleHeaderLen = 4 + 1 + 8 + 2 + 2 + 1

func (s *Session) bundlePlainLen() int {
	return bundleHeaderLen + (1+s.cfg.Decryptions)*wire.PolySize(s.params.N(), s.params.MaxLevelQ())
}

// BundleSize is the size of one sealed bundle.
func (s *Session) BundleSize() int { return sealOverhead + s.bundlePlainLen() }

// CheckDealing validates a dealing's envelope against the session: preset,
// E3, dealer index, member count and relinearization share. A member runs
// it on each header it receives, before indexing its bundles; the
// aggregations run it again on the whole set.
func (s *Session) CheckDealing(d *Dealing) error {
	if d == nil {
		return fmt.Errorf("%w: nil dealing", ErrMissing)
	}
	if d.Preset != s.cfg.Preset {
		return &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: dealing made under another preset", ErrConfig)}
	}
	if d.E3ID != s.cfg.E3ID {
		return &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: E3 %d, want %d", ErrWrongE3, d.E3ID, s.cfg.E3ID)}
	}
	if err := s.checkIndex(d.Dealer); err != nil {
		return &DealerError{Dealer: d.Dealer, Err: err}
	}
	if len(d.Bundles) != s.cfg.N || (d.BundleHashes != nil && len(d.BundleHashes) != s.cfg.N) {
		return &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: %d bundles for n=%d", ErrConfig, len(d.Bundles), s.cfg.N)}
	}
	if (d.RelinRound1 != nil) != (s.rlkCRP != nil) {
		return &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: relinearization share presence does not match the preset", ErrConfig)}
	}
	return nil
}

// allDealers orders dealings by dealer and checks that each of 1..n
// appears exactly once.
func (s *Session) allDealers(dealings []*Dealing) ([]*Dealing, error) {
	byDealer := make([]*Dealing, s.cfg.N+1)
	for _, d := range dealings {
		if err := s.CheckDealing(d); err != nil {
			return nil, err
		}
		if byDealer[d.Dealer] != nil {
			return nil, &DealerError{Dealer: d.Dealer, Err: fmt.Errorf("%w: two dealings", ErrIndex)}
		}
		byDealer[d.Dealer] = d
	}
	for i := 1; i <= s.cfg.N; i++ {
		if byDealer[i] == nil {
			return nil, &DealerError{Dealer: i, Err: ErrMissing}
		}
	}
	return byDealer[1:], nil
}

// AggregatePublicKey computes pk = (Σ p_i, a) from all n dealings. Anyone
// can run it from the published dealings; members confirm its hash on the
// ledger.
func (s *Session) AggregatePublicKey(dealings []*Dealing) (*rlwe.PublicKey, error) {
	ordered, err := s.allDealers(dealings)
	if err != nil {
		return nil, fmt.Errorf("threshold: public key: %w", err)
	}
	ckg := multiparty.NewPublicKeyGenProtocol(s.params)
	sum := ckg.AllocateShare()
	for _, d := range ordered {
		ckg.AggregateShares(sum, d.PublicKeyShare, &sum)
	}
	pk := rlwe.NewPublicKey(s.params)
	ckg.GenPublicKey(sum, s.pkCRP, pk)
	return pk, nil
}

// appendU64 and appendU16 write little-endian, matching wire.Reader.
func appendU64(b []byte, v uint64) []byte { return binary.LittleEndian.AppendUint64(b, v) }

func appendU16(b []byte, v int) []byte { return binary.LittleEndian.AppendUint16(b, uint16(v)) }
