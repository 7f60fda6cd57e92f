package store

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

var pageSize = uintptr(os.Getpagesize())

// release drops the whole pages inside v, a slice of the database's
// read-only shared memory map, from this process's resident set
// (MADV_DONTNEED: a later access faults them back in from the page cache,
// with the same contents). Values of a few KiB span no whole page and are
// left alone.
func release(v []byte) {
	if len(v) == 0 {
		return
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(v)))
	end := start + uintptr(len(v))
	first := (start + pageSize - 1) &^ (pageSize - 1)
	last := end &^ (pageSize - 1)
	if last <= first {
		return
	}
	unix.Madvise(v[first-start:last-start], unix.MADV_DONTNEED)
}
