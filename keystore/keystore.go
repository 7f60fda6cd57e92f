// Package keystore keeps a ciphernode's long-term secrets — its ledger
// (secp256k1) key and its X25519 transport key — in one file encrypted under
// the operator's password, and derives from the same password the key that
// seals per-E3 secrets in the node's store.
//
// The password is stretched with Argon2id (memory-hard, so a stolen file
// costs an attacker memory per guess, not just CPU); the file is sealed with
// ChaCha20-Poly1305 under that key, with the format version and KDF
// parameters as associated data so they cannot be downgraded unnoticed.
package keystore

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/hkdf"
)

// Errors.
var (
	// ErrWrongPassword means the file did not open with the password (or was
	// modified).
	ErrWrongPassword = errors.New("keystore: wrong password or corrupted file")
	// ErrFormat means the file is not a keystore of a known version.
	ErrFormat = errors.New("keystore: unrecognised file format")
	// ErrWeakPassword means the password is too short to protect the keys.
	ErrWeakPassword = errors.New("keystore: password shorter than 8 characters")
	// ErrExists means Create would overwrite a keystore.
	ErrExists = errors.New("keystore: file exists")
)

// KDF holds Argon2id parameters.
type KDF struct {
	Time    uint32 `json:"time"`
	MemoryK uint32 `json:"memoryKiB"`
	Threads uint8  `json:"threads"`
}

// DefaultKDF follows RFC 9106's second recommended option (64 MiB, 3 passes).
var DefaultKDF = KDF{Time: 3, MemoryK: 64 * 1024, Threads: 2}

// TestKDF is cheap and insecure: for tests only.
var TestKDF = KDF{Time: 1, MemoryK: 64, Threads: 1}

// Keys are the node's long-term secrets.
type Keys struct {
	// Ledger signs transactions and protocol messages.
	Ledger *ecdsa.PrivateKey
	// Transport receives dealing bundles (X25519).
	Transport *ecdh.PrivateKey
}

// Generate draws fresh keys.
func Generate() (*Keys, error) {
	l, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("keystore: ledger key: %w", err)
	}
	t, err := ecdh.X25519().GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("keystore: transport key: %w", err)
	}
	return &Keys{Ledger: l, Transport: t}, nil
}

const version = 1

type file struct {
	Version    int    `json:"version"`
	KDF        KDF    `json:"kdf"`
	Salt       []byte `json:"salt"`
	Nonce      []byte `json:"nonce"`
	Ciphertext []byte `json:"ciphertext"`
	// Address is the ledger address, in the clear so an operator can tell
	// keystores apart without the password.
	Address string `json:"address"`
}

type plain struct {
	Ledger    []byte `json:"ledger"`
	Transport []byte `json:"transport"`
}

// Store is an opened keystore: the keys and the sealing key for the node's
// store.
type Store struct {
	Keys *Keys
	seal []byte
}

// Create writes keys to path encrypted under password. It refuses to
// overwrite an existing file.
func Create(path, password string, keys *Keys, kdf KDF) (*Store, error) {
	if len(password) < 8 {
		return nil, ErrWeakPassword
	}
	if _, err := os.Stat(path); err == nil {
		return nil, fmt.Errorf("%w: %s", ErrExists, path)
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	master := argon2.IDKey([]byte(password), salt, kdf.Time, kdf.MemoryK, kdf.Threads, 32)
	defer clear(master)
	f := file{Version: version, KDF: kdf, Salt: salt, Address: crypto.PubkeyToAddress(keys.Ledger.PublicKey).Hex()}
	pt, err := json.Marshal(plain{Ledger: crypto.FromECDSA(keys.Ledger), Transport: keys.Transport.Bytes()})
	if err != nil {
		return nil, err
	}
	defer clear(pt)
	aead, err := chacha20poly1305.NewX(subkey(master, "file"))
	if err != nil {
		return nil, err
	}
	f.Nonce = make([]byte, aead.NonceSize())
	if _, err := rand.Read(f.Nonce); err != nil {
		return nil, err
	}
	f.Ciphertext = aead.Seal(nil, f.Nonce, pt, associated(f))
	raw, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	return &Store{Keys: keys, seal: subkey(master, "store")}, nil
}

// Open reads and decrypts the keystore at path.
func Open(path, password string) (*Store, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	var f file
	if err := json.Unmarshal(raw, &f); err != nil || f.Version != version || len(f.Salt) != 16 {
		return nil, fmt.Errorf("%w: %s", ErrFormat, path)
	}
	if f.KDF.Time == 0 || f.KDF.MemoryK < 8 || f.KDF.Threads == 0 || f.KDF.MemoryK > 4<<20 || f.KDF.Time > 100 {
		return nil, fmt.Errorf("%w: KDF parameters out of range", ErrFormat)
	}
	master := argon2.IDKey([]byte(password), f.Salt, f.KDF.Time, f.KDF.MemoryK, f.KDF.Threads, 32)
	defer clear(master)
	aead, err := chacha20poly1305.NewX(subkey(master, "file"))
	if err != nil {
		return nil, err
	}
	if len(f.Nonce) != aead.NonceSize() {
		return nil, fmt.Errorf("%w: nonce", ErrFormat)
	}
	pt, err := aead.Open(nil, f.Nonce, f.Ciphertext, associated(f))
	if err != nil {
		return nil, ErrWrongPassword
	}
	defer clear(pt)
	var p plain
	if err := json.Unmarshal(pt, &p); err != nil {
		return nil, fmt.Errorf("%w: payload", ErrFormat)
	}
	l, err := crypto.ToECDSA(p.Ledger)
	if err != nil {
		return nil, fmt.Errorf("%w: ledger key: %v", ErrFormat, err)
	}
	t, err := ecdh.X25519().NewPrivateKey(p.Transport)
	if err != nil {
		return nil, fmt.Errorf("%w: transport key: %v", ErrFormat, err)
	}
	return &Store{Keys: &Keys{Ledger: l, Transport: t}, seal: subkey(master, "store")}, nil
}

// ReadPassword returns the password from the environment variable env, or
// else from the file named by env+"_FILE": the non-interactive paths used by
// services and tests.
func ReadPassword(env string) (string, error) {
	if v := os.Getenv(env); v != "" {
		return v, nil
	}
	if path := os.Getenv(env + "_FILE"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("keystore: password file: %w", err)
		}
		return string(trimNewline(b)), nil
	}
	return "", fmt.Errorf("keystore: set %s or %s_FILE", env, env)
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// Seal encrypts a store secret, binding it to label (e.g. "e3/7/keyshare")
// so a sealed value cannot be moved to another key.
func (s *Store) Seal(label string, plaintext []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(s.seal)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plaintext)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return aead.Seal(nonce, nonce, plaintext, []byte(label)), nil
}

// Open decrypts a value sealed under label.
func (s *Store) Open(label string, sealed []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(s.seal)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize()+aead.Overhead() {
		return nil, fmt.Errorf("keystore: sealed value too short")
	}
	pt, err := aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], []byte(label))
	if err != nil {
		return nil, fmt.Errorf("keystore: sealed value %q: %w", label, err)
	}
	return pt, nil
}

func subkey(master []byte, use string) []byte {
	k := make([]byte, 32)
	if _, err := io.ReadFull(hkdf.New(sha256.New, master, nil, []byte("ciphernet/v1/keystore/"+use)), k); err != nil {
		panic(err) // HKDF-SHA256 cannot fail for 32 bytes
	}
	return k
}

func associated(f file) []byte {
	b, _ := json.Marshal(struct {
		V   int    `json:"v"`
		K   KDF    `json:"k"`
		S   []byte `json:"s"`
		Adr string `json:"a"`
	}{f.Version, f.KDF, f.Salt, f.Address})
	return b
}
