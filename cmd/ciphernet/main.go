// Command ciphernet is the single binary of the Ciphernet network: node,
// devnet, demo and client commands. All logic lives in internal/cli and the
// packages it wires together; this file only hands over the process.
package main

import (
	"os"

	"github.com/ciphernet/ciphernet/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
