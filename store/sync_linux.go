package store

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncFiles makes the files' contents durable with one syncfs(2): a batch
// of 64 uploads costs one journal commit instead of 64 fsyncs (7.5 ms each
// on the disk these numbers come from).
func syncFiles(files []*os.File) error {
	return unix.Syncfs(int(files[0].Fd()))
}
