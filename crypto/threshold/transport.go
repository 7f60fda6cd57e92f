package threshold

import (
	"crypto/ecdh"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/hkdf"
)

// TransportKeySize is the size of an X25519 public or private key.
const TransportKeySize = 32

// ErrBundleAuth means a dealing bundle failed authentication: it was not
// sealed by the claimed dealer for this recipient, E3 and position, or it
// was modified.
var ErrBundleAuth = errors.New("dealing bundle failed authentication")

// TransportKey is a node's long-term X25519 key. Its public half is
// registered on the ledger; dealers seal each member's Shamir shares to it.
type TransportKey struct {
	priv *ecdh.PrivateKey
}

// TransportPublicKey is the registered public half of a TransportKey.
type TransportPublicKey [TransportKeySize]byte

// GenerateTransportKey draws a new key from rng (crypto/rand if nil).
func GenerateTransportKey(rng io.Reader) (*TransportKey, error) {
	if rng == nil {
		rng = rand.Reader
	}
	k, err := ecdh.X25519().GenerateKey(rng)
	if err != nil {
		return nil, fmt.Errorf("threshold: transport key: %w", err)
	}
	return &TransportKey{priv: k}, nil
}

// Public returns the public key to register.
func (k *TransportKey) Public() TransportPublicKey {
	var p TransportPublicKey
	copy(p[:], k.priv.PublicKey().Bytes())
	return p
}

// MarshalBinary returns the 32-byte private scalar (for the keystore,
// which encrypts it at rest).
func (k *TransportKey) MarshalBinary() ([]byte, error) { return k.priv.Bytes(), nil }

// UnmarshalBinary loads a private scalar written by MarshalBinary.
func (k *TransportKey) UnmarshalBinary(b []byte) error {
	priv, err := ecdh.X25519().NewPrivateKey(b)
	if err != nil {
		return fmt.Errorf("threshold: transport key: %w", err)
	}
	k.priv = priv
	return nil
}

// bundleContext is everything a sealed bundle is bound to. It is both the
// HKDF info and the AEAD associated data, so a bundle moved to another E3,
// dealer or recipient position fails to open.
func bundleContext(e3 uint64, dealer, recipient int, eph, sender, receiver []byte) []byte {
	b := []byte("ciphernet/v1/dealing-bundle")
	b = binary.BigEndian.AppendUint64(b, e3)
	b = binary.BigEndian.AppendUint16(b, uint16(dealer))
	b = binary.BigEndian.AppendUint16(b, uint16(recipient))
	b = append(b, eph...)
	b = append(b, sender...)
	return append(b, receiver...)
}

// sealOverhead is the ephemeral public key plus the Poly1305 tag.
const sealOverhead = TransportKeySize + chacha20poly1305.Overhead

// seal encrypts plaintext from dealer (static key) to recipient. The key is
// HKDF over DH(ephemeral, recipient) || DH(dealer, recipient) — the HPKE
// "auth" construction — so only the registered dealer could have produced
// it, and a fresh ephemeral key makes every bundle key unique (hence the
// fixed zero nonce).
func seal(rng io.Reader, dealer *TransportKey, recipient TransportPublicKey, e3 uint64, dealerIdx, recipientIdx int, plaintext []byte) ([]byte, error) {
	if rng == nil {
		rng = rand.Reader
	}
	rpub, err := ecdh.X25519().NewPublicKey(recipient[:])
	if err != nil {
		return nil, fmt.Errorf("threshold: recipient %d transport key: %w", recipientIdx, err)
	}
	eph, err := ecdh.X25519().GenerateKey(rng)
	if err != nil {
		return nil, fmt.Errorf("threshold: ephemeral key: %w", err)
	}
	dh1, err := eph.ECDH(rpub)
	if err != nil {
		return nil, fmt.Errorf("threshold: recipient %d transport key: %w", recipientIdx, err)
	}
	dh2, err := dealer.priv.ECDH(rpub)
	if err != nil {
		return nil, fmt.Errorf("threshold: recipient %d transport key: %w", recipientIdx, err)
	}
	ctx := bundleContext(e3, dealerIdx, recipientIdx, eph.PublicKey().Bytes(), dealer.priv.PublicKey().Bytes(), recipient[:])
	aead, err := bundleAEAD(dh1, dh2, ctx)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, sealOverhead+len(plaintext))
	out = append(out, eph.PublicKey().Bytes()...)
	return aead.Seal(out, make([]byte, chacha20poly1305.NonceSize), plaintext, ctx), nil
}

// open reverses seal; any mismatch of key, context or bytes gives ErrBundleAuth.
func open(recipient *TransportKey, dealer TransportPublicKey, e3 uint64, dealerIdx, recipientIdx int, box []byte) ([]byte, error) {
	if len(box) < sealOverhead {
		return nil, fmt.Errorf("%w: %d bytes is shorter than the envelope", ErrBundleAuth, len(box))
	}
	eph, err := ecdh.X25519().NewPublicKey(box[:TransportKeySize])
	if err != nil {
		return nil, fmt.Errorf("%w: ephemeral key: %v", ErrBundleAuth, err)
	}
	dpub, err := ecdh.X25519().NewPublicKey(dealer[:])
	if err != nil {
		return nil, fmt.Errorf("%w: dealer transport key: %v", ErrBundleAuth, err)
	}
	dh1, err := recipient.priv.ECDH(eph)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBundleAuth, err)
	}
	dh2, err := recipient.priv.ECDH(dpub)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBundleAuth, err)
	}
	ctx := bundleContext(e3, dealerIdx, recipientIdx, box[:TransportKeySize], dealer[:], recipient.priv.PublicKey().Bytes())
	aead, err := bundleAEAD(dh1, dh2, ctx)
	if err != nil {
		return nil, err
	}
	pt, err := aead.Open(nil, make([]byte, chacha20poly1305.NonceSize), box[TransportKeySize:], ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBundleAuth, err)
	}
	return pt, nil
}

func bundleAEAD(dh1, dh2, ctx []byte) (cipherAEAD, error) {
	ikm := append(append([]byte{}, dh1...), dh2...)
	key := make([]byte, chacha20poly1305.KeySize)
	if _, err := io.ReadFull(hkdf.New(sha256.New, ikm, nil, ctx), key); err != nil {
		return nil, fmt.Errorf("threshold: hkdf: %w", err)
	}
	clear(ikm)
	aead, err := chacha20poly1305.New(key)
	clear(key)
	if err != nil {
		return nil, fmt.Errorf("threshold: aead: %w", err)
	}
	return aead, nil
}

type cipherAEAD interface {
	Seal(dst, nonce, plaintext, additionalData []byte) []byte
	Open(dst, nonce, ciphertext, additionalData []byte) ([]byte, error)
}
