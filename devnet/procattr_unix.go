//go:build unix && !linux

package devnet

import "syscall"

// sysProcAttr puts a node in its own process group. Without Linux's
// parent-death signal, a devnet killed outright leaves its nodes running:
// they are listed with their pids in network.json.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}
