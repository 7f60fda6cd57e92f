//go:build !linux

package store

import "os"

// syncFiles makes the files' contents durable, one fsync each.
func syncFiles(files []*os.File) error {
	for _, f := range files {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	return nil
}
