package store

import (
	"encoding/binary"
	"fmt"
	"sync"
)

// Blobs are content-addressed by their Keccak hash. A blob larger than one
// chunk — inputs, dealing bundles, outputs, decryption shares: hundreds of
// KiB each — is stored as a sequence of chunks that each fill one database
// page, under a short header in the blobs bucket.
//
// Why: bbolt keeps a large value inside its leaf, and a leaf holding up to
// four values is never split, so every insert of a 512 KiB input rewrote
// the two or three inputs sharing its leaf (6.1× the bytes written, 8.5 ms
// per insert, measured on this machine for 1,000 random-keyed 512 KiB
// values) and read them through the memory map, which left every node of a
// 10,000-input tally with 2.5 GiB of the file resident. Page-sized chunks
// under sequential keys: 1.14× written, 2.4 ms per insert, and reads touch
// only the blob's own pages.
const (
	// chunkSize fills a 4 KiB page with its element header (16 bytes) and
	// key (36 bytes) beside the page header (16 bytes).
	chunkSize = 4000
	headerLen = 8
)

// chunkMagic starts a chunked blob's header (then u32 total length). Every
// blob of this project begins with an encoding tag ("CN…", JSON, a
// ciphertext header), never 0xff; a small blob that happened to look like
// a header is chunked instead of stored inline, so the two never mix.
var chunkMagic = [4]byte{0xff, 'C', 'N', 'B'}

func isHeader(v []byte) bool { return len(v) == headerLen && [4]byte(v[:4]) == chunkMagic }

func chunkKey(h Hash, i int) []byte {
	return binary.BigEndian.AppendUint32(append(make([]byte, 0, len(h)+4), h[:]...), uint32(i))
}

// PutBlob stores data under its keccak hash and returns the hash.
func (t *Tx) PutBlob(data []byte) (Hash, error) {
	h := Keccak(data)
	return h, t.PutBlobHashed(h, data)
}

// PutBlobHashed stores data under h, which the caller computed or checked
// as Keccak(data) — an upload hashed by the API, a blob fetched by hash
// (the fetch checked it), an envelope payload the topic checker matched
// to its signed hash. Hashing a 512 KiB input takes 2.4 ms here, and on
// the input path it was done up to five times per input and member.
// Storing a blob that is already there does nothing. data must stay
// unmodified until the transaction ends (bbolt keeps the slice).
func (t *Tx) PutBlobHashed(h Hash, data []byte) error {
	blobs := t.tx.Bucket(bucketBlobs)
	if blobs.Get(h[:]) != nil {
		return nil // content-addressed: the same bytes
	}
	if len(data) <= chunkSize && !isHeader(data) {
		return blobs.Put(h[:], data)
	}
	if uint64(len(data)) > 1<<32-1 {
		return fmt.Errorf("store: blob of %d bytes", len(data))
	}
	chunks := t.tx.Bucket(bucketChunks)
	// One blob's chunks are inserted in key order: full pages, not the
	// half-full ones a random insert pattern leaves.
	chunks.FillPercent = 1
	for i := 0; i*chunkSize < len(data); i++ {
		if err := chunks.Put(chunkKey(h, i), data[i*chunkSize:min((i+1)*chunkSize, len(data))]); err != nil {
			return err
		}
	}
	return blobs.Put(h[:], binary.BigEndian.AppendUint32(chunkMagic[:], uint32(len(data))))
}

// bufPool recycles LendBlob's assembly buffers: a stage reading 10,000
// inputs of 512 KiB one after the other needs one buffer, not 5 GiB of
// garbage.
var bufPool = sync.Pool{New: func() any { return new([]byte) }}

// releaseEvery is how many bytes of blobs a store reads through its
// memory map between two releases of the map (releaseMapped).
const releaseEvery = 32 << 20

// read assembles blob h into dst (grown as needed) and reports whether it
// is stored. Every releaseEvery bytes read, the map's pages are dropped
// from this process's resident set: a node reading 5 GiB of inputs once
// would otherwise keep them all counted as its own memory (the kernel's
// page cache keeps them for whoever reads next).
func (t *Tx) read(h Hash, dst []byte) ([]byte, bool, error) {
	v := t.tx.Bucket(bucketBlobs).Get(h[:])
	if v == nil {
		return dst, false, nil
	}
	if !isHeader(v) {
		return append(dst[:0], v...), true, nil
	}
	defer t.readThrough(int(binary.BigEndian.Uint32(v[4:])))
	size := int(binary.BigEndian.Uint32(v[4:]))
	if cap(dst) < size {
		dst = make([]byte, 0, size)
	}
	dst = dst[:0]
	c := t.tx.Bucket(bucketChunks).Cursor()
	key, chunk := c.Seek(chunkKey(h, 0))
	for i := 0; len(dst) < size; i++ {
		if key == nil || string(key) != string(chunkKey(h, i)) || len(dst)+len(chunk) > size {
			return dst, true, fmt.Errorf("%w: blob %x: chunk %d missing or oversized", ErrCorrupt, h, i)
		}
		dst = append(dst, chunk...)
		key, chunk = c.Next()
	}
	return dst, true, nil
}

// readThrough counts n bytes read through the map and releases it when
// the count passes releaseEvery (read transactions only: see
// releaseMapped).
func (t *Tx) readThrough(n int) {
	if t.mapped == nil || t.tx.Writable() {
		return
	}
	if t.mapped.Add(int64(n)) >= releaseEvery {
		t.mapped.Store(0)
		releaseMapped(t.tx)
	}
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
// when its E3 ends) with all its chunks.
func (t *Tx) DeleteBlob(h Hash) error {
	blobs := t.tx.Bucket(bucketBlobs)
	v := blobs.Get(h[:])
	if v == nil {
		return nil
	}
	if isHeader(v) {
		c := t.tx.Bucket(bucketChunks).Cursor()
		for k, _ := c.Seek(h[:]); k != nil && Hash(k[:len(h)]) == h; k, _ = c.Seek(h[:]) {
			if err := c.Delete(); err != nil {
				return err
			}
		}
	}
	return blobs.Delete(h[:])
}
