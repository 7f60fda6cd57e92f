package store

import (
	"golang.org/x/sys/unix"

	bolt "go.etcd.io/bbolt"
)

// releaseMapped drops every page of the database's memory map from this
// process's resident set (MADV_DONTNEED on a shared, read-only file
// mapping: a later access faults the page back in from the kernel's page
// cache with the same contents, so a reader in another transaction only
// pays a fault). It covers the whole map rather than the pages a read
// touched because the kernel maps a faulting page's neighbours too (fault
// around): dropping only a blob's own pages left 100 MiB resident after
// serving 100 MiB. tx must be a read transaction: while one is open bbolt
// cannot remap, so the range is the live map and never heap memory,
// which MADV_DONTNEED would zero.
func releaseMapped(tx *bolt.Tx) {
	if tx.Writable() {
		return
	}
	size := uintptr(tx.Size()) // the pages in use, all inside the map
	unix.Syscall(unix.SYS_MADVISE, tx.DB().Info().Data, size, unix.MADV_DONTNEED)
}
