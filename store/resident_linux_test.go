package store

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// rssFileKiB is this process's resident file-backed memory (the database
// map's pages among it).
func rssFileKiB(t *testing.T) int {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "RssFile:" {
			n, _ := strconv.Atoi(f[1])
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

// TestReadsDoNotStayResident: serving and lending 100 MiB of blobs does not
// leave them counted in the node's resident set (bbolt values are read
// through its memory map, so large blobs live in files: blob.go).
func TestReadsDoNotStayResident(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "node.db"), clearSealer{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var hs []Hash
	data := make([]byte, 512<<10)
	for i := range 200 {
		data[0], data[1] = byte(i), byte(i>>8)
		if err := s.Update(func(tx *Tx) error { h, err := tx.PutBlob(data); hs = append(hs, h); return err }); err != nil {
			t.Fatal(err)
		}
	}
	before := rssFileKiB(t)
	for i, h := range hs {
		s.View(func(tx *Tx) error {
			if i%2 == 0 {
				tx.ServeBlob(h)
				return nil
			}
			return tx.LendBlob(h, func([]byte) error { return nil })
		})
	}
	const limitKiB = 16 << 10
	if grew := rssFileKiB(t) - before; grew > limitKiB {
		t.Fatalf("resident file memory grew by %d KiB reading %d KiB", grew, len(hs)*len(data)>>10)
	}
}
