package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
)

// clearSealer stores secrets unencrypted, so a test can look for their
// bytes in the file: erasure must remove them, not merely rely on sealing.
type clearSealer struct{}

func (clearSealer) Seal(label string, pt []byte) ([]byte, error) {
	return append([]byte(label+"|"), pt...), nil
}

func (clearSealer) Open(label string, sealed []byte) ([]byte, error) {
	if !bytes.HasPrefix(sealed, []byte(label+"|")) {
		return nil, errors.New("wrong label")
	}
	return sealed[len(label)+1:], nil
}

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "node.db"), clearSealer{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestTransitionIsAtomic(t *testing.T) {
	s := open(t)
	boom := errors.New("crash mid-transition")
	err := s.Update(func(tx *Tx) error {
		if err := tx.PutE3(1, []byte("dealt")); err != nil {
			return err
		}
		if _, err := tx.Enqueue([]byte("dealing")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatal(err)
	}
	s.View(func(tx *Tx) error {
		if _, err := tx.E3(1); !errors.Is(err, ErrNotFound) {
			t.Errorf("state survived a failed transaction: %v", err)
		}
		if n := tx.OutboxLen(); n != 0 {
			t.Errorf("outbox has %d entries after a failed transaction", n)
		}
		return nil
	})
}

func TestOutboxOrderAndAck(t *testing.T) {
	s := open(t)
	s.Update(func(tx *Tx) error {
		for i := range 5 {
			if _, err := tx.Enqueue([]byte(fmt.Sprint(i))); err != nil {
				return err
			}
		}
		return nil
	})
	var got []Entry
	s.View(func(tx *Tx) error { got = tx.Pending(3); return nil })
	if len(got) != 3 || string(got[0].Msg) != "0" || string(got[2].Msg) != "2" {
		t.Fatalf("pending %v", got)
	}
	s.Update(func(tx *Tx) error { return tx.Ack(got[0].Seq) })
	s.View(func(tx *Tx) error {
		rest := tx.Pending(10)
		if len(rest) != 4 || string(rest[0].Msg) != "1" {
			t.Fatalf("after ack %v", rest)
		}
		return nil
	})
}

func TestStateBlobsCheckpointSurviveReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s, err := Open(path, clearSealer{})
	if err != nil {
		t.Fatal(err)
	}
	var h Hash
	err = s.Update(func(tx *Tx) error {
		tx.PutE3(7, []byte("state-7"))
		tx.PutE3(3, []byte("state-3"))
		tx.SetCheckpoint(1234)
		h, err = tx.PutBlob([]byte("ciphertext"))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.Update(func(*Tx) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Fatalf("update after close: %v", err)
	}
	s, err = Open(path, clearSealer{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.View(func(tx *Tx) error {
		if st, _ := tx.E3(7); string(st) != "state-7" {
			t.Errorf("state %q", st)
		}
		if ids := tx.E3IDs(); len(ids) != 2 || ids[0] != 3 || ids[1] != 7 {
			t.Errorf("ids %v", ids)
		}
		if tx.Checkpoint() != 1234 {
			t.Errorf("checkpoint %d", tx.Checkpoint())
		}
		if b, err := tx.Blob(h); err != nil || string(b) != "ciphertext" {
			t.Errorf("blob %q %v", b, err)
		}
		if h != Keccak([]byte("ciphertext")) {
			t.Error("blob not keyed by keccak")
		}
		if _, err := tx.Blob(Keccak([]byte("other"))); !errors.Is(err, ErrNotFound) {
			t.Errorf("missing blob: %v", err)
		}
		return nil
	})
}

func TestPendingInputs(t *testing.T) {
	s := open(t)
	a, b := Keccak([]byte("a")), Keccak([]byte("b"))
	s.Update(func(tx *Tx) error {
		tx.AddPending(1, a)
		tx.AddPending(1, b)
		return tx.AddPending(2, a)
	})
	s.Update(func(tx *Tx) error { return tx.RemovePending(1, a) })
	s.View(func(tx *Tx) error {
		p := tx.PendingInputs()
		if len(p[1]) != 1 || p[1][0] != b || len(p[2]) != 1 || p[2][0] != a {
			t.Fatalf("pending %v", p)
		}
		return nil
	})
}

func TestEraseRemovesSecretBytesFromTheFile(t *testing.T) {
	s := open(t)
	secret := bytes.Repeat([]byte("KEYSHARE-E3-5-"), 2000) // 28 KB, spans pages
	keep := bytes.Repeat([]byte("KEYSHARE-E3-6-"), 100)
	err := s.Update(func(tx *Tx) error {
		if err := tx.PutSecret(5, "keyshare", secret); err != nil {
			return err
		}
		return tx.PutSecret(6, "keyshare", keep)
	})
	if err != nil {
		t.Fatal(err)
	}
	fileHas := func(b []byte) bool {
		raw, err := os.ReadFile(s.Path())
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Contains(raw, b)
	}
	if !fileHas(secret[:64]) {
		t.Fatal("test setup: secret not in the file before erasure")
	}
	if err := s.EraseE3Secrets(5); err != nil {
		t.Fatal(err)
	}
	if fileHas([]byte("KEYSHARE-E3-5-")) {
		t.Fatal("erased secret bytes remain in the database file")
	}
	s.View(func(tx *Tx) error {
		if _, err := tx.Secret(5, "keyshare"); !errors.Is(err, ErrNotFound) {
			t.Errorf("erased secret readable: %v", err)
		}
		if v, err := tx.Secret(6, "keyshare"); err != nil || !bytes.Equal(v, keep) {
			t.Errorf("other E3's secret lost: %v", err)
		}
		return nil
	})
	if err := s.EraseE3Secrets(99); err != nil {
		t.Fatalf("erasing an E3 without secrets: %v", err)
	}
}

func TestWritersDuringCompaction(t *testing.T) {
	s := open(t)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				err := s.Update(func(tx *Tx) error { return tx.PutE3(uint64(w*1000+i), []byte("x")) })
				if err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for range 5 {
		if err := s.Compact(); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	s.View(func(tx *Tx) error {
		if n := len(tx.E3IDs()); n != 200 {
			t.Errorf("%d states after concurrent writes and compactions, want 200", n)
		}
		return nil
	})
}

// TestLendBlob: a lent blob is the stored bytes, also when read again after
// its pages were dropped from the resident set, and also inside the write
// transaction that stored it (whose pages must not be dropped); a missing
// blob is ErrNotFound.
func TestLendBlob(t *testing.T) {
	s := open(t)
	data := make([]byte, 1<<20+123)
	for i := range data {
		data[i] = byte(i*7 + i>>9)
	}
	var h Hash
	if err := s.Update(func(tx *Tx) error {
		var err error
		if h, err = tx.PutBlob(data); err != nil {
			return err
		}
		return tx.LendBlob(h, func(b []byte) error {
			if !bytes.Equal(b, data) {
				t.Error("lent in the writing transaction: bytes differ")
			}
			return nil
		})
	}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data[:16], []byte{0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105}) {
		t.Fatal("the writer's buffer changed")
	}
	for round := range 3 {
		if err := s.View(func(tx *Tx) error {
			return tx.LendBlob(h, func(b []byte) error {
				if Keccak(b) != h {
					t.Errorf("round %d: lent bytes do not hash to the blob's hash", round)
				}
				return nil
			})
		}); err != nil {
			t.Fatal(err)
		}
	}
	err := s.View(func(tx *Tx) error { return tx.LendBlob(Hash{1}, func([]byte) error { return nil }) })
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing blob: %v, want ErrNotFound", err)
	}
}

// TestBlobFiles: blobs of every size around the inline limit (and a small
// one that looks like a file header) read back identically through every
// accessor after a reopen, also inside the transaction that wrote them; a
// repeated put changes nothing; a blob written inline by an earlier
// version still reads; a missing file is ErrCorrupt; an aborted
// transaction leaves no file; deleting removes index and file.
func TestBlobFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	s, err := Open(path, clearSealer{})
	if err != nil {
		t.Fatal(err)
	}
	var blobs [][]byte
	for _, n := range []int{1, inlineMax - 1, inlineMax, inlineMax + 1, 512<<10 + 5} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*13 + n)
		}
		blobs = append(blobs, b)
	}
	blobs = append(blobs, binary.BigEndian.AppendUint32(fileMagic[:], 9)) // looks like a header
	legacy := bytes.Repeat([]byte{7}, 3*inlineMax)
	if err := s.Update(func(tx *Tx) error {
		for _, b := range blobs {
			for range 2 {
				if _, err := tx.PutBlob(b); err != nil {
					return err
				}
			}
			if got, err := tx.Blob(Keccak(b)); err != nil || !bytes.Equal(got, b) {
				t.Errorf("%d bytes read back in the writing transaction: %v", len(b), err)
			}
		}
		h := Keccak(legacy)
		return tx.tx.Bucket(bucketBlobs).Put(h[:], legacy) // a large inline blob, as stored before files
	}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path, clearSealer{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all := append(slices.Clone(blobs), legacy)
	s.View(func(tx *Tx) error {
		for i, b := range all {
			h := Keccak(b)
			got, err := tx.Blob(h)
			if err != nil || !bytes.Equal(got, b) || !bytes.Equal(tx.ServeBlob(h), b) || !tx.HasBlob(h) {
				t.Errorf("blob %d (%d bytes): %v", i, len(b), err)
			}
			if err := tx.LendBlob(h, func(lent []byte) error {
				if !bytes.Equal(lent, b) {
					t.Errorf("blob %d lent differs", i)
				}
				return nil
			}); err != nil {
				t.Error(err)
			}
		}
		seen := 0
		tx.ForEachBlob(func(h Hash, data []byte) error {
			if Keccak(data) != h {
				t.Errorf("ForEachBlob: %x does not hash to its key", h)
			}
			seen++
			return nil
		})
		if seen != len(all) {
			t.Errorf("ForEachBlob saw %d blobs, want %d", seen, len(all))
		}
		return nil
	})
	files := func() int {
		entries, err := os.ReadDir(path + ".blobs")
		if err != nil {
			t.Fatal(err)
		}
		return len(entries)
	}
	if n := files(); n != 3 { // inlineMax+1, 512 KiB+5, the header look-alike
		t.Fatalf("%d blob files, want 3", n)
	}
	boom := errors.New("abort")
	if err := s.Update(func(tx *Tx) error {
		if _, err := tx.PutBlob(bytes.Repeat([]byte{9}, 2*inlineMax)); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) || files() != 3 {
		t.Fatalf("aborted put: %v, %d files", err, files())
	}
	big := Keccak(blobs[4])
	bigFile := filepath.Join(path+".blobs", hex.EncodeToString(big[:]))
	if err := os.WriteFile(bigFile, append(slices.Clone(blobs[4]), 0), 0o600); err != nil {
		t.Fatal(err)
	}
	s.View(func(tx *Tx) error {
		if _, err := tx.Blob(big); !errors.Is(err, ErrCorrupt) {
			t.Errorf("file one byte longer than indexed: %v, want ErrCorrupt", err)
		}
		return nil
	})
	if err := os.Remove(bigFile); err != nil {
		t.Fatal(err)
	}
	s.View(func(tx *Tx) error {
		if _, err := tx.Blob(big); !errors.Is(err, ErrCorrupt) {
			t.Errorf("missing file: %v, want ErrCorrupt", err)
		}
		return nil
	})
	if err := s.Update(func(tx *Tx) error {
		for _, b := range all {
			if err := tx.DeleteBlob(Keccak(b)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	s.View(func(tx *Tx) error {
		if n := tx.tx.Bucket(bucketBlobs).Stats().KeyN; n != 0 || files() != 0 {
			t.Errorf("%d keys and %d files left after deleting every blob", n, files())
		}
		return nil
	})
}

// BenchmarkPutBlob stores 512 KiB blobs (a standard input) under random
// hashes, one transaction each, into a store that grows as it goes.
func BenchmarkPutBlob(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "node.db"), clearSealer{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	data := make([]byte, 512<<10)
	b.SetBytes(int64(len(data)))
	for i := 0; b.Loop(); i++ {
		binary.BigEndian.PutUint64(data, uint64(i))
		if err := s.Update(func(tx *Tx) error { _, err := tx.PutBlob(data); return err }); err != nil {
			b.Fatal(err)
		}
	}
}
