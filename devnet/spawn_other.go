//go:build !unix

package devnet

import (
	"fmt"
	"os/exec"
	"syscall"
)

// Processes mode signals process groups, which exist only on unix systems.
type spawner struct{}

func newSpawner() *spawner { return &spawner{} }

func (*spawner) start(*exec.Cmd) error {
	return fmt.Errorf("%w: processes mode needs a unix system", ErrConfig)
}

func (*spawner) close() {}

func sysProcAttr() *syscall.SysProcAttr { return nil }

func signalGroup(int, syscall.Signal) {}
