// Package store is a ciphernode's embedded database (bbolt): per-E3 state,
// the E3's sealed secrets, content-addressed blobs (dealings, inputs,
// shares), the outbox of messages still to send, and the ledger checkpoint.
//
// Everything a state transition changes is written in one transaction
// (Store.Update): the new state and the messages it must send land together
// or not at all, so a crash never loses a message nor sends one that the
// state does not know about ("persist, then send"). The outbox is drained by
// a sender that deletes an entry only after the send succeeded.
//
// Secrets are sealed by a Sealer (the keystore) before they touch the file,
// and EraseE3Secrets deletes them and then compacts the file: bbolt reuses
// freed pages lazily, so a deleted value's bytes would otherwise stay in the
// file until overwritten.
package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/crypto/sha3"
)

// Errors.
var (
	// ErrNotFound means the key is absent.
	ErrNotFound = errors.New("store: not found")
	// ErrHashMismatch means a blob's bytes do not match the hash asked for.
	ErrHashMismatch = errors.New("store: blob does not match its hash")
	// ErrCorrupt means stored data is not in the shape the store wrote it
	// (a blob's file is missing or not the length its index records).
	ErrCorrupt = errors.New("store: corrupt data")
	// ErrClosed means the store was closed.
	ErrClosed = errors.New("store: closed")
)

// Sealer encrypts secrets at rest; the keystore implements it.
type Sealer interface {
	Seal(label string, plaintext []byte) ([]byte, error)
	Open(label string, sealed []byte) ([]byte, error)
}

// Hash is a keccak-256 digest, the ledger's commitment function.
type Hash [32]byte

// Keccak returns the keccak-256 of b, as the contracts compute it.
func Keccak(b []byte) Hash {
	h := sha3.NewLegacyKeccak256()
	h.Write(b)
	var out Hash
	h.Sum(out[:0])
	return out
}

var (
	bucketE3      = []byte("e3")      // e3 id → state bytes
	bucketSecrets = []byte("secrets") // e3 id → bucket of name → sealed value
	bucketBlobs   = []byte("blobs")   // hash → the blob, or the header of one kept in a file (blob.go)
	bucketOutbox  = []byte("outbox")  // seq → message bytes
	bucketMeta    = []byte("meta")    // "checkpoint" → block number
	bucketPending = []byte("pending") // e3 id ‖ input hash → nothing: accepted, not yet committed
	bucketAudit   = []byte("audit")   // e3 id ‖ tag ‖ blob hash → nothing: public records listed per E3
	keyCheckpoint = []byte("checkpoint")
)

// Store is an open database. It is safe for concurrent use.
type Store struct {
	mu     sync.RWMutex // guards db against the swap in compact
	db     *bolt.DB
	path   string
	blobs  string // the blob directory (blob.go)
	sealer Sealer
}

// Open opens or creates the database at path.
func Open(path string, sealer Sealer) (*Store, error) {
	db, err := openDB(path)
	if err != nil {
		return nil, err
	}
	blobs := path + ".blobs"
	if err := os.MkdirAll(blobs, 0o700); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	// Temporary files of transactions a crash interrupted.
	stale, _ := filepath.Glob(filepath.Join(blobs, ".put-*"))
	for _, f := range stale {
		os.Remove(f)
	}
	return &Store{db: db, path: path, blobs: blobs, sealer: sealer}, nil
}

func openDB(path string) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketE3, bucketSecrets, bucketBlobs, bucketOutbox, bucketMeta, bucketPending, bucketAudit} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: init %s: %w", path, err)
	}
	return db, nil
}

// Close closes the database.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Tx is one read-write transaction.
type Tx struct {
	tx     *bolt.Tx
	sealer Sealer
	files  *blobFiles
}

// Update runs f in one read-write transaction; if f returns an error
// nothing it wrote is kept. Blob files it wrote are durable and in place
// before the transaction that indexes them commits.
func (s *Store) Update(f func(*Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return ErrClosed
	}
	files := &blobFiles{dir: s.blobs}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := f(&Tx{tx: tx, sealer: s.sealer, files: files}); err != nil {
			return err
		}
		return files.commit()
	})
	if err != nil {
		files.abort()
		return err
	}
	files.afterCommit()
	return nil
}

// View runs f in a read-only transaction.
func (s *Store) View(f func(*Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return ErrClosed
	}
	return s.db.View(func(tx *bolt.Tx) error { return f(&Tx{tx: tx, sealer: s.sealer, files: &blobFiles{dir: s.blobs}}) })
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// PutE3 stores an E3's state.
func (t *Tx) PutE3(id uint64, state []byte) error {
	return t.tx.Bucket(bucketE3).Put(u64(id), state)
}

// E3 returns an E3's state (a copy, valid after the transaction).
func (t *Tx) E3(id uint64) ([]byte, error) {
	v := t.tx.Bucket(bucketE3).Get(u64(id))
	if v == nil {
		return nil, fmt.Errorf("%w: E3 %d", ErrNotFound, id)
	}
	return append([]byte(nil), v...), nil
}

// E3IDs lists the stored E3s in ascending order.
func (t *Tx) E3IDs() []uint64 {
	var ids []uint64
	t.tx.Bucket(bucketE3).ForEach(func(k, _ []byte) error {
		ids = append(ids, binary.BigEndian.Uint64(k))
		return nil
	})
	return ids
}

func secretLabel(id uint64, name string) string { return fmt.Sprintf("e3/%d/%s", id, name) }

// PutSecret seals value and stores it under the E3's secrets.
func (t *Tx) PutSecret(id uint64, name string, value []byte) error {
	sealed, err := t.sealer.Seal(secretLabel(id, name), value)
	if err != nil {
		return fmt.Errorf("store: seal %s: %w", secretLabel(id, name), err)
	}
	b, err := t.tx.Bucket(bucketSecrets).CreateBucketIfNotExists(u64(id))
	if err != nil {
		return err
	}
	return b.Put([]byte(name), sealed)
}

// Secret opens a stored secret.
func (t *Tx) Secret(id uint64, name string) ([]byte, error) {
	b := t.tx.Bucket(bucketSecrets).Bucket(u64(id))
	var v []byte
	if b != nil {
		v = b.Get([]byte(name))
	}
	if v == nil {
		return nil, fmt.Errorf("%w: secret %s", ErrNotFound, secretLabel(id, name))
	}
	return t.sealer.Open(secretLabel(id, name), v)
}

// DeleteSecret removes one secret of an E3 (it is gone from the file at the
// next compaction, which EraseE3Secrets performs).
func (t *Tx) DeleteSecret(id uint64, name string) error {
	if b := t.tx.Bucket(bucketSecrets).Bucket(u64(id)); b != nil {
		return b.Delete([]byte(name))
	}
	return nil
}

// SealedSecrets returns an E3's secrets as they are stored on disk
// (sealed), by name: what a scan of the database file must no longer find
// once the E3 is erased.
func (t *Tx) SealedSecrets(id uint64) map[string][]byte {
	out := map[string][]byte{}
	if b := t.tx.Bucket(bucketSecrets).Bucket(u64(id)); b != nil {
		b.ForEach(func(k, v []byte) error {
			out[string(k)] = append([]byte(nil), v...)
			return nil
		})
	}
	return out
}

// AddPending records an accepted input whose hash is not committed yet
// (it waits for replication); the receipt the node signed is a promise to
// commit it, so the record must survive restarts.
func (t *Tx) AddPending(e3 uint64, h Hash) error {
	return t.tx.Bucket(bucketPending).Put(append(u64(e3), h[:]...), []byte{})
}

// RemovePending forgets an input once its commitment is queued.
func (t *Tx) RemovePending(e3 uint64, h Hash) error {
	return t.tx.Bucket(bucketPending).Delete(append(u64(e3), h[:]...))
}

// PendingInputs lists accepted, uncommitted inputs per E3.
func (t *Tx) PendingInputs() map[uint64][]Hash {
	out := map[uint64][]Hash{}
	t.tx.Bucket(bucketPending).ForEach(func(k, _ []byte) error {
		if len(k) == 40 {
			var h Hash
			copy(h[:], k[8:])
			id := binary.BigEndian.Uint64(k[:8])
			out[id] = append(out[id], h)
		}
		return nil
	})
	return out
}

// AddAudit files blob h under (e3, tag) in the audit index, so a public
// record that no ledger event names (a signed decryption-share envelope)
// can be listed per E3 for auditors.
func (t *Tx) AddAudit(e3 uint64, tag byte, h Hash) error {
	return t.tx.Bucket(bucketAudit).Put(append(append(u64(e3), tag), h[:]...), []byte{})
}

// Audit lists the blob hashes filed under (e3, tag), in hash order.
func (t *Tx) Audit(e3 uint64, tag byte) []Hash {
	prefix := append(u64(e3), tag)
	var out []Hash
	c := t.tx.Bucket(bucketAudit).Cursor()
	for k, _ := c.Seek(prefix); k != nil && len(k) == 41 && string(k[:9]) == string(prefix); k, _ = c.Next() {
		out = append(out, Hash(k[9:]))
	}
	return out
}

// Enqueue appends a message to the outbox and returns its sequence number.
func (t *Tx) Enqueue(msg []byte) (uint64, error) {
	b := t.tx.Bucket(bucketOutbox)
	seq, err := b.NextSequence()
	if err != nil {
		return 0, err
	}
	return seq, b.Put(u64(seq), msg)
}

// Entry is one outbox message.
type Entry struct {
	Seq uint64
	Msg []byte
}

// Pending returns up to limit outbox entries in order.
func (t *Tx) Pending(limit int) []Entry { return t.PendingWhere(limit, nil) }

// PendingWhere returns up to limit outbox entries that keep accepts (nil:
// all), in order, skipping the others: one outbox table serves several
// senders (lanes), each draining its own kind of message.
func (t *Tx) PendingWhere(limit int, keep func(msg []byte) bool) []Entry {
	var out []Entry
	c := t.tx.Bucket(bucketOutbox).Cursor()
	for k, v := c.First(); k != nil && len(out) < limit; k, v = c.Next() {
		if keep == nil || keep(v) {
			out = append(out, Entry{Seq: binary.BigEndian.Uint64(k), Msg: append([]byte(nil), v...)})
		}
	}
	return out
}

// Ack removes an outbox entry after it was sent.
func (t *Tx) Ack(seq uint64) error { return t.tx.Bucket(bucketOutbox).Delete(u64(seq)) }

// OutboxLen is the number of unsent messages (a metric).
func (t *Tx) OutboxLen() int { return t.tx.Bucket(bucketOutbox).Stats().KeyN }

// SetCheckpoint records the last fully processed ledger block.
func (t *Tx) SetCheckpoint(block uint64) error {
	return t.tx.Bucket(bucketMeta).Put(keyCheckpoint, u64(block))
}

// Checkpoint returns the last processed block (0 if none).
func (t *Tx) Checkpoint() uint64 {
	v := t.tx.Bucket(bucketMeta).Get(keyCheckpoint)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// EraseE3Secrets deletes every secret of the E3, then compacts the file so
// that the freed pages that held them are gone from disk.
func (s *Store) EraseE3Secrets(id uint64) error {
	err := s.Update(func(t *Tx) error {
		b := t.tx.Bucket(bucketSecrets)
		if b.Bucket(u64(id)) == nil {
			return nil
		}
		return b.DeleteBucket(u64(id))
	})
	if err != nil {
		return fmt.Errorf("store: erase E3 %d: %w", id, err)
	}
	return s.Compact()
}

// Compact rewrites the database into a fresh file holding only live data
// and atomically replaces the old one. Writers wait meanwhile.
func (s *Store) Compact() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return ErrClosed
	}
	tmp := s.path + ".compact"
	os.Remove(tmp)
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	if err := bolt.Compact(dst, s.db, 1<<20); err != nil {
		dst.Close()
		os.Remove(tmp)
		return fmt.Errorf("store: compact: %w", err)
	}
	if err := dst.Sync(); err != nil {
		dst.Close()
		return fmt.Errorf("store: compact: %w", err)
	}
	if err := errors.Join(dst.Close(), s.db.Close()); err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("store: compact: %w", err)
	}
	db, err := openDB(s.path)
	if err != nil {
		s.db = nil
		return err
	}
	s.db = db
	return nil
}
