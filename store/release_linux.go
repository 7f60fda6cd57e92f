package store

import (
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

var pageSize = uintptr(os.Getpagesize())

// releaseAround drops the pages holding v, a slice of the database's
// read-only shared memory map, from this process's resident set
// (MADV_DONTNEED on a shared file mapping: a later access faults them back
// in from the page cache, with the same contents). It rounds outward: a
// blob chunk fills most of one page, and the neighbours it shares that
// page with fault back in the same way if needed. Never call it on heap
// memory, which MADV_DONTNEED would zero.
func releaseAround(v []byte) {
	if len(v) == 0 {
		return
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(v)))
	first := start &^ (pageSize - 1)
	last := (start + uintptr(len(v)) + pageSize - 1) &^ (pageSize - 1)
	base := unsafe.Add(unsafe.Pointer(unsafe.SliceData(v)), -int(start-first)) // inside the map: it is page-aligned
	unix.Madvise(unsafe.Slice((*byte)(base), int(last-first)), unix.MADV_DONTNEED)
}
