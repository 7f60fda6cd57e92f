package bench

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strconv"
	"strings"

	ma "github.com/multiformats/go-multiaddr"
)

// Machine describes where the numbers were taken.
type Machine struct {
	CPU       string `json:"cpu"`
	CPUs      int    `json:"cpus"`
	MemoryMiB int64  `json:"memoryMiB"`
	Go        string `json:"go"`
	OS        string `json:"os"`
	// Load is the 1/5/15-minute load average at the start: other work on
	// the machine makes every absolute number slower.
	Load string `json:"load"`
}

// ReadMachine reads /proc (Linux); fields it cannot read stay empty.
func ReadMachine() Machine {
	m := Machine{CPUs: runtime.NumCPU(), Go: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for line := range strings.SplitSeq(string(b), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if kb := procField("/proc/meminfo", "MemTotal"); kb > 0 {
		m.MemoryMiB = kb / 1024
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			m.Load = strings.Join(f[:3], " ")
		}
	}
	return m
}

// procField reads a "Key:  value kB" line of a /proc file, in kB (0 when
// absent).
func procField(path, key string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || k != key {
			continue
		}
		fields := strings.Fields(v)
		if len(fields) == 0 {
			return 0
		}
		n, _ := strconv.ParseInt(fields[0], 10, 64)
		return n
	}
	return 0
}

// PeakRSS is the peak resident set size (VmHWM) of process pid in bytes,
// 0 when unknown. The kernel keeps the high-water mark for the process's
// whole life, so it covers every allocation burst between two samples.
func PeakRSS(pid int) int64 {
	return procField(fmt.Sprintf("/proc/%d/status", pid), "VmHWM") * 1024
}

// tcpPort extracts the TCP port of a libp2p multiaddr, 0 if none.
func tcpPort(addr string) int {
	a, err := ma.NewMultiaddr(addr)
	if err != nil {
		return 0
	}
	v, err := a.ValueForProtocol(ma.P_TCP)
	if err != nil {
		return 0
	}
	p, _ := strconv.Atoi(v)
	return p
}

// socketStats is the kernel's per-socket counter of bytes sent, keyed by
// "local port/remote address".
type socketStats map[string]int64

var ssLine = regexp.MustCompile(`^\S+\s+\S+\s+(\S+):(\d+)\s+(\S+)`)

// readSockets asks the kernel (through ss(8), which reads tcp_info over
// netlink) for the bytes acknowledged by the peer (sent, retransmissions
// not counted twice) on every established TCP socket whose local port
// is in ports. libp2p's TCP transport dials from its listen port
// (SO_REUSEPORT), so a member's libp2p connections, inbound and outbound,
// all have its listen port as local port; the node's HTTP API and its
// JSON-RPC connection to the chain use other ports and are not counted.
func readSockets(ctx context.Context, ports map[int]bool) (socketStats, error) {
	out, err := exec.CommandContext(ctx, "ss", "-tinH", "state", "established").Output()
	if err != nil {
		return nil, fmt.Errorf("bench: ss: %w", err)
	}
	stats := socketStats{}
	var key string
	for line := range bytes.SplitSeq(out, []byte("\n")) {
		s := string(line)
		if m := ssLine.FindStringSubmatch(s); m != nil && !strings.HasPrefix(s, "\t") && !strings.HasPrefix(s, " ") {
			port, _ := strconv.Atoi(m[2])
			key = ""
			if ports[port] {
				key = m[2] + "/" + m[3]
			}
			continue
		}
		if key == "" {
			continue
		}
		for f := range strings.FieldsSeq(s) {
			if v, ok := strings.CutPrefix(f, "bytes_acked:"); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				stats[key] = n
			}
		}
		key = ""
	}
	return stats, nil
}

// sentSince sums, for each port, the bytes sent since before (sockets
// opened in between count from zero; sockets closed in between are lost).
func sentSince(before, after socketStats, port int) int64 {
	prefix := strconv.Itoa(port) + "/"
	var sum int64
	for k, v := range after {
		if strings.HasPrefix(k, prefix) {
			sum += v - before[k]
		}
	}
	return sum
}
