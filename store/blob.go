package store

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Blobs are content-addressed by their Keccak hash. A small blob (a signed
// envelope, a receipt) is a value in the blobs bucket. A large one —
// inputs, dealing bundles, outputs, decryption shares: hundreds of KiB
// each — is a file in the blob directory beside the database, indexed in
// the blobs bucket by a short header.
//
// Why files: bbolt keeps a large value inside its leaf, and a leaf holding
// up to four values is never split, so every insert of a 512 KiB input
// rewrote the two or three inputs sharing its leaf (6.1× the bytes
// written, 8.5 ms per insert, for 1,000 random-keyed 512 KiB values on
// this machine) and read them through the memory map: every node of a
// 10,000-input tally had 2.5 GiB of the file resident and its ingest fell
// from 29 to 20 inputs/s as the file grew. Page-sized chunks inside bbolt
// cut the writes to 1.14× but scattered each blob over the file, and with
// bbolt's random-access advice the stage reading 10,000 inputs back took
// 235 s instead of 73 s. A file is written once, read with the kernel's
// sequential readahead, and never mapped into the node.
//
// Crash safety: a transaction's new files are written under temporary
// names, made durable and renamed into place before bbolt commits the
// index (Store.Update); a crash in between leaves at worst a file nobody
// indexes, which a later put of the same blob replaces. Deletions happen
// after the commit.
const (
	// inlineMax is the largest blob kept inside the database.
	inlineMax = 4000
	headerLen = 8
)

// fileMagic starts the header of a blob kept in a file (then u32 length).
// Every blob of this project begins with an encoding tag ("CN…", JSON, a
// ciphertext header), never 0xff; a small blob that happened to look like
// a header is put in a file instead of inline, so the two never mix.
var fileMagic = [4]byte{0xff, 'C', 'N', 'F'}

func isHeader(v []byte) bool { return len(v) == headerLen && [4]byte(v[:4]) == fileMagic }

// blobFiles is a store's blob directory and what the open write
// transaction did to it.
type blobFiles struct {
	dir     string
	pending []pendingFile // written under temporary names, renamed at commit
	removed []string      // removed after commit
}

type pendingFile struct {
	f    *os.File
	path string
}

func (b *blobFiles) path(h Hash) string { return filepath.Join(b.dir, hex.EncodeToString(h[:])) }

// write stores data in a temporary file that commit renames to h's path.
func (b *blobFiles) write(h Hash, data []byte) error {
	f, err := os.CreateTemp(b.dir, ".put-*")
	if err != nil {
		return fmt.Errorf("store: blob file: %w", err)
	}
	b.pending = append(b.pending, pendingFile{f: f, path: b.path(h)})
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("store: blob file: %w", err)
	}
	return nil
}

// commit makes the transaction's new files durable and puts them in place:
// called before bbolt commits the index that points at them.
func (b *blobFiles) commit() error {
	if len(b.pending) == 0 {
		return nil
	}
	files := make([]*os.File, len(b.pending))
	for i, p := range b.pending {
		files[i] = p.f
	}
	if err := syncFiles(files); err != nil {
		return fmt.Errorf("store: blob files: %w", err)
	}
	for _, p := range b.pending {
		if err := os.Rename(p.f.Name(), p.path); err != nil {
			return fmt.Errorf("store: blob file: %w", err)
		}
	}
	b.closeAll()
	return syncDir(b.dir)
}

// abort closes and removes the temporary files of a transaction that did
// not commit.
func (b *blobFiles) abort() {
	for _, p := range b.pending {
		os.Remove(p.f.Name())
	}
	b.closeAll()
}

func (b *blobFiles) closeAll() {
	for _, p := range b.pending {
		p.f.Close()
	}
	b.pending = nil
}

// afterCommit deletes the files of blobs the committed transaction removed.
func (b *blobFiles) afterCommit() {
	for _, p := range b.removed {
		os.Remove(p)
	}
	b.removed = nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// PutBlob stores data under its keccak hash and returns the hash.
func (t *Tx) PutBlob(data []byte) (Hash, error) {
	h := Keccak(data)
	return h, t.PutBlobHashed(h, data)
}

// PutBlobHashed stores data under h, which the caller computed or checked
// as Keccak(data) — an upload hashed by the API, a blob fetched by hash
// (the fetch checked it), an envelope payload the topic checker matched
// to its signed hash. Hashing a 512 KiB input takes 1.5–2.4 ms here, and
// on the input path it was done up to five times per input and member.
// Storing a blob that is already there does nothing. An inline blob's data
// must stay unmodified until the transaction ends (bbolt keeps the slice).
func (t *Tx) PutBlobHashed(h Hash, data []byte) error {
	blobs := t.tx.Bucket(bucketBlobs)
	if blobs.Get(h[:]) != nil {
		return nil // content-addressed: the same bytes
	}
	if len(data) <= inlineMax && !isHeader(data) {
		return blobs.Put(h[:], data)
	}
	if uint64(len(data)) > 1<<32-1 {
		return fmt.Errorf("store: blob of %d bytes", len(data))
	}
	if err := t.files.write(h, data); err != nil {
		return err
	}
	return blobs.Put(h[:], binary.BigEndian.AppendUint32(fileMagic[:], uint32(len(data))))
}

// bufPool recycles LendBlob's buffers: a stage reading 10,000 inputs of
// 512 KiB one after the other needs one buffer, not 5 GiB of garbage.
var bufPool = sync.Pool{New: func() any { return new([]byte) }}

// read puts blob h into dst (grown as needed) and reports whether it is
// stored. A blob written in this same transaction is read from its
// temporary file.
func (t *Tx) read(h Hash, dst []byte) ([]byte, bool, error) {
	v := t.tx.Bucket(bucketBlobs).Get(h[:])
	if v == nil {
		return dst, false, nil
	}
	if !isHeader(v) {
		return append(dst[:0], v...), true, nil
	}
	size := int(binary.BigEndian.Uint32(v[4:]))
	if cap(dst) < size {
		dst = make([]byte, size)
	}
	dst = dst[:size]
	path := t.files.path(h)
	for _, p := range t.files.pending {
		if p.path == path {
			path = p.f.Name()
		}
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return dst, true, fmt.Errorf("%w: blob %x: file missing", ErrCorrupt, h)
		}
		return dst, true, fmt.Errorf("store: blob %x: %w", h, err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || st.Size() != int64(size) {
		return dst, true, fmt.Errorf("%w: blob %x: file is not the %d bytes indexed (%v)", ErrCorrupt, h, size, err)
	}
	if _, err := io.ReadFull(f, dst); err != nil {
		return dst, true, fmt.Errorf("%w: blob %x: %v", ErrCorrupt, h, err)
	}
	return dst, true, nil
}

// Blob returns the blob with hash h (a copy), re-checking the hash.
func (t *Tx) Blob(h Hash) ([]byte, error) {
	b, ok, err := t.read(h, nil)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("%w: blob %x", ErrNotFound, h)
	}
	if Keccak(b) != h {
		return nil, fmt.Errorf("%w: %x", ErrHashMismatch, h)
	}
	return b, nil
}

// ServeBlob returns the blob with hash h (a copy) without re-hashing it,
// or nil: for serving by hash to peers and API clients, every one of
// which checks what it receives against the hash it asked for.
func (t *Tx) ServeBlob(h Hash) []byte {
	b, ok, err := t.read(h, nil)
	if err != nil || !ok {
		return nil
	}
	return b
}

// LendBlob calls fn with the bytes of blob h, unchecked, in a buffer that
// is reused after fn returns: fn must not retain them (it checks the hash
// itself, as the protocol does for every committed input).
func (t *Tx) LendBlob(h Hash, fn func([]byte) error) error {
	buf := bufPool.Get().(*[]byte)
	defer bufPool.Put(buf)
	b, ok, err := t.read(h, *buf)
	*buf = b
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: blob %x", ErrNotFound, h)
	}
	return fn(b)
}

// HasBlob reports whether the blob is stored.
func (t *Tx) HasBlob(h Hash) bool { return t.tx.Bucket(bucketBlobs).Get(h[:]) != nil }

// ForEachBlob calls fn with every stored blob (audits and tests: what a
// node has published or received stays inspectable). data is valid only
// during fn.
func (t *Tx) ForEachBlob(fn func(h Hash, data []byte) error) error {
	var buf []byte
	return t.tx.Bucket(bucketBlobs).ForEach(func(k, _ []byte) error {
		var err error
		if buf, _, err = t.read(Hash(k), buf); err != nil {
			return err
		}
		return fn(Hash(k), buf)
	})
}

// DeleteBlob removes a blob (e.g. a dealing, which carries sealed shares,
// when its E3 ends); its file goes once the transaction has committed.
func (t *Tx) DeleteBlob(h Hash) error {
	blobs := t.tx.Bucket(bucketBlobs)
	v := blobs.Get(h[:])
	if v == nil {
		return nil
	}
	if isHeader(v) {
		t.files.removed = append(t.files.removed, t.files.path(h))
	}
	return blobs.Delete(h[:])
}
