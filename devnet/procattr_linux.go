package devnet

import "syscall"

// sysProcAttr puts a node in its own process group (so a terminal's ^C
// reaches only the devnet, which then stops its nodes in order) and has the
// kernel kill it if the devnet dies (see spawner).
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
