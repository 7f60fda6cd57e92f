//go:build unix

package devnet

import (
	"fmt"
	"os/exec"
	"runtime"
	"syscall"
)

// spawner starts node processes from one goroutine locked to its own OS
// thread. On Linux the children get a parent-death signal (SIGKILL), which
// the kernel sends when the thread that forked them ends: the thread must
// live as long as the devnet (Go may retire other threads at any time), and
// when the devnet process dies — even by a test timeout that skips every
// cleanup — no node process outlives it.
type spawner struct {
	reqs chan spawnReq
	quit chan struct{}
	done chan struct{}
}

type spawnReq struct {
	cmd   *exec.Cmd
	reply chan error
}

func newSpawner() *spawner {
	s := &spawner{reqs: make(chan spawnReq), quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		// Never unlocked: when this goroutine returns its thread exits
		// with it, and the parent-death signal reaches what is left.
		runtime.LockOSThread()
		for {
			select {
			case r := <-s.reqs:
				r.reply <- r.cmd.Start()
			case <-s.quit:
				return
			}
		}
	}()
	return s
}

// start starts cmd from the spawner's thread.
func (s *spawner) start(cmd *exec.Cmd) error {
	reply := make(chan error, 1)
	select {
	case s.reqs <- spawnReq{cmd, reply}:
		return <-reply
	case <-s.done:
		return fmt.Errorf("%w: the devnet is closed", ErrNotRunning)
	}
}

// close ends the spawner's thread (after the children were stopped).
func (s *spawner) close() {
	select {
	case <-s.quit:
	default:
		close(s.quit)
	}
	<-s.done
}

// signalGroup signals the process group led by pid (Setpgid made the node
// its group's leader).
func signalGroup(pid int, sig syscall.Signal) {
	syscall.Kill(-pid, sig)
}
