// Package cli builds the ciphernet command tree. Each subcommand lives in its
// own file and only parses flags and wires packages together: protocol logic
// stays in the packages it calls, so the CLI can be replaced without touching
// any of it.
package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Main runs the command line and returns the process exit code. It never
// calls os.Exit itself so that tests can drive it in-process.
func Main(args []string, stdout, stderr io.Writer) int {
	root := NewRoot(stdout, stderr)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		var ee *ExitError
		if errors.As(err, &ee) {
			return ee.Code
		}
		fmt.Fprintf(stderr, "ciphernet: %v\n", err)
		return 1
	}
	return 0
}

// ExitError carries a specific exit code out of a command whose failure has
// already been reported (for example a verifier checklist that printed its
// failing line), so Main does not print it a second time.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// NewRoot returns the root command with every subcommand attached.
func NewRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "ciphernet",
		Short:         "Confidential coordination over threshold BFV",
		Long:          "ciphernet runs and uses a network of ciphernodes that compute over encrypted inputs\nand release only the permitted result, under threshold BFV.",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	for _, add := range subcommands {
		root.AddCommand(add())
	}
	return root
}

// subcommands lists the constructors of the top-level commands; each file
// that defines one registers it in an init function, so adding a command
// touches only its own file.
var subcommands []func() *cobra.Command

func register(f func() *cobra.Command) { subcommands = append(subcommands, f) }
