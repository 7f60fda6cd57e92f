// Package builtin assembles the registry of the programs shipped in the
// ciphernet binary. It is separate from package program so that programs
// can import program without a cycle.
package builtin

import (
	"github.com/ciphernet/ciphernet/program"
	"github.com/ciphernet/ciphernet/program/auction"
	"github.com/ciphernet/ciphernet/program/stats"
	"github.com/ciphernet/ciphernet/program/tally"
)

// Registry returns the built-in programs.
func Registry() *program.Registry {
	return program.NewRegistry(tally.Program{}, auction.Program{}, stats.Program{})
}
