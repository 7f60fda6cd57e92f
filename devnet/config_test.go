package devnet_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ciphernet/ciphernet/devnet"
	"github.com/ciphernet/ciphernet/ledger"
)

// TestE3Defaults: --threshold and --preset are checked before anything
// starts, and a running devnet writes them to network.json (committee =
// nodes, threshold ⌊nodes/2⌋+1 when unset) for clients to use.
func TestE3Defaults(t *testing.T) {
	for name, cfg := range map[string]devnet.Config{
		"threshold above nodes": {Dir: t.TempDir(), Nodes: 3, Threshold: 4},
		"negative threshold":    {Dir: t.TempDir(), Nodes: 3, Threshold: -1},
		"unknown preset":        {Dir: t.TempDir(), Nodes: 3, Preset: "huge"},
	} {
		if _, err := devnet.Start(context.Background(), cfg); !errors.Is(err, devnet.ErrConfig) {
			t.Errorf("%s: want ErrConfig, got %v", name, err)
		}
	}
	for _, tc := range []struct {
		cfg  devnet.Config
		want ledger.E3Defaults
	}{
		{devnet.Config{Nodes: 2}, ledger.E3Defaults{Committee: 2, Threshold: 2}},
		{devnet.Config{Nodes: 2, Threshold: 1, Preset: "dev"}, ledger.E3Defaults{Committee: 2, Threshold: 1, Preset: "dev"}},
	} {
		tc.cfg.Dir, tc.cfg.BlockTime = t.TempDir(), 250*time.Millisecond
		d, err := devnet.Start(context.Background(), tc.cfg)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ledger.LoadNetwork(d.Path)
		d.Close()
		if err != nil || f.Defaults == nil || *f.Defaults != tc.want {
			t.Errorf("%+v: network.json defaults %+v (%v), want %+v", tc.cfg, f.Defaults, err, tc.want)
		}
	}
}
