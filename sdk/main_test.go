package sdk_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/devnet"
)

// net is the in-process devnet every test and example of this package
// uses; its network file is also in $CIPHERNET_NETWORK, as a user would
// have it.
var net *devnet.Devnet

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "ciphernet-sdk-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// The nodes' p2p hosts live as long as the context they were opened
	// with, so it must outlive the tests.
	net, err = devnet.Start(context.Background(), devnet.Config{Dir: dir, Nodes: 3, BlockTime: 250 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(os.Stderr, "devnet:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	os.Setenv("CIPHERNET_NETWORK", net.Path)
	code := m.Run()
	if err := net.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "devnet node failed:", err)
		code = 1
	}
	net.Close()
	os.RemoveAll(dir)
	os.Exit(code)
}
