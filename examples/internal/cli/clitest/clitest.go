// Package clitest checks that an example command keeps the conventions of package cli: -h
// exits 0, an unknown flag or an argument exits 2, and a failed write of the output (to
// /dev/full) exits non-zero.
package clitest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli"
)

// Case is one command line and the exit status it must have.
type Case struct {
	Name string
	Args []string
	// Status is the exit status the command line must have.
	Status int
	// Stdout is where the output goes: nil for memory, else a function returning the writer
	// (a file such as /dev/full).
	Stdout func(t *testing.T) io.Writer
}

// Conventions returns the cases every command keeps: -h, -help and --help exit 0 with the
// usage on standard error; an unknown flag and an extra argument exit 2 with a message and
// nothing on standard output; the run with args ok (a command line that succeeds) exits 1
// when its output cannot be written, to a failing writer and, where the system has it, to
// /dev/full.
func Conventions(ok ...string) []Case {
	return []Case{
		{Name: "-h", Args: []string{"-h"}, Status: cli.ExitOK},
		{Name: "-help", Args: []string{"-help"}, Status: cli.ExitOK},
		{Name: "--help", Args: []string{"--help"}, Status: cli.ExitOK},
		{Name: "--bogus", Args: []string{"--bogus"}, Status: cli.ExitUsage},
		{Name: "-bogus=1", Args: []string{"-bogus=1"}, Status: cli.ExitUsage},
		{Name: "extra argument", Args: append(append([]string{}, ok...), "extra"), Status: cli.ExitUsage},
		{Name: "failing writer", Args: ok, Status: cli.ExitFailure, Stdout: func(*testing.T) io.Writer { return failingWriter{} }},
		{Name: "/dev/full", Args: ok, Status: cli.ExitFailure, Stdout: devFull},
		{Name: "short writer", Args: ok, Status: cli.ExitFailure, Stdout: func(*testing.T) io.Writer { return shortWriter{} }},
	}
}

// Run runs each case with c and checks its exit status and what it printed.
func Run(t *testing.T, c cli.Command, cases []Case) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			var errs bytes.Buffer
			var out bytes.Buffer
			var stdout io.Writer = &out
			if tc.Stdout != nil {
				stdout = tc.Stdout(t)
			}
			status := c.Run(tc.Args, stdout, &errs)
			require.Equal(t, tc.Status, status, "%s %q: exit status; stderr:\n%s", c.Name, tc.Args, errs.String())
			switch tc.Status {
			case cli.ExitOK:
				if isHelp(tc.Args) {
					assert.Contains(t, errs.String(), "usage: ", "-h prints the usage on standard error")
					assert.Zero(t, out.Len(), "-h writes nothing on standard output")
				}
			case cli.ExitUsage:
				assert.Contains(t, errs.String(), c.Name+": ", "a usage error says what was wrong")
				assert.Contains(t, errs.String(), "usage: ", "a usage error prints the synopsis")
				assert.Zero(t, out.Len(), "nothing on standard output after a usage error")
			default:
				assert.Contains(t, errs.String(), c.Name+": ", "a failure says what went wrong")
			}
		})
	}
}

func isHelp(args []string) bool {
	return len(args) == 1 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help")
}

// errFull is the error of failingWriter.
var errFull = errors.New("no space left on device")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

// shortWriter writes less than it is given, without an error, against the io.Writer
// contract.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

// devFull opens /dev/full, where every write fails with ENOSPC, or skips the test where
// the system has none.
func devFull(t *testing.T) io.Writer {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
