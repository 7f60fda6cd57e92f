//go:build !linux

package store

import bolt "go.etcd.io/bbolt"

// releaseMapped is a no-op where madvise is not used: the pages stay
// counted in the process's resident set until the kernel reclaims them.
func releaseMapped(*bolt.Tx) {}
