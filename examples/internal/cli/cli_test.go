package cli_test

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
)

var errBroken = errors.New("broken")

// echo is a command for the tests: it prints -say, rejects -say "bad" as a usage error and
// fails on -say "fail".
func echo() cli.Command {
	return cli.Command{
		Name:        "echo",
		Synopsis:    "echo [-say TEXT]",
		Description: "Prints TEXT.",
		Flags: func(fs *flag.FlagSet) func(io.Writer) error {
			say := fs.String("say", "hello", "the `TEXT` to print")
			return func(w io.Writer) error {
				switch *say {
				case "bad":
					return cli.Usagef("-say: not %q", *say)
				case "fail":
					io.WriteString(w, "partial output\n")
					return errBroken
				}
				_, err := io.WriteString(w, *say+"\n")
				return err
			}
		},
	}
}

func TestConventions(t *testing.T) {
	clitest.Run(t, echo(), clitest.Conventions())
	clitest.Run(t, echo(), clitest.Conventions("-say", "hi"))
	clitest.Run(t, echo(), []clitest.Case{
		{Name: "bad value", Args: []string{"-say", "bad"}, Status: cli.ExitUsage},
		{Name: "failure", Args: []string{"-say", "fail"}, Status: cli.ExitFailure},
		{Name: "ok", Args: []string{"-say", "hi"}, Status: cli.ExitOK},
		{Name: "flag after argument", Args: []string{"x", "-say", "hi"}, Status: cli.ExitUsage},
	})
}

func TestRun(t *testing.T) {
	for _, tt := range []struct {
		name         string
		args         []string
		status       int
		out, message string
	}{
		{"default", nil, cli.ExitOK, "hello\n", ""},
		{"flag", []string{"-say=hi"}, cli.ExitOK, "hi\n", ""},
		{"help", []string{"-h"}, cli.ExitOK, "", "usage: echo [-say TEXT]\n\nPrints TEXT.\n\nFlags:\n  -say TEXT\n    \tthe TEXT to print (default \"hello\")\n"},
		{"unknown flag", []string{"--bogus"}, cli.ExitUsage, "", "echo: flag provided but not defined: -bogus\nusage: echo [-say TEXT]\nRun 'echo -h' for the flags.\n"},
		{"argument", []string{"x"}, cli.ExitUsage, "", "echo: unexpected argument \"x\": echo takes no arguments, only flags\nusage: echo [-say TEXT]\nRun 'echo -h' for the flags.\n"},
		{"bad value", []string{"-say", "bad"}, cli.ExitUsage, "", "echo: -say: not \"bad\"\nusage: echo [-say TEXT]\nRun 'echo -h' for the flags.\n"},
		{"missing value", []string{"-say"}, cli.ExitUsage, "", "echo: flag needs an argument: -say\nusage: echo [-say TEXT]\nRun 'echo -h' for the flags.\n"},
		// The partial output of a failed run is not written.
		{"failure", []string{"-say", "fail"}, cli.ExitFailure, "", "echo: broken\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			require.Equal(t, tt.status, echo().Run(tt.args, &out, &errs))
			assert.Equal(t, tt.out, out.String())
			assert.Equal(t, tt.message, errs.String())
		})
	}
}

func TestUsageErrors(t *testing.T) {
	err := cli.Usagef("-lang: want nb, nn or en, not %q", "se")
	assert.ErrorIs(t, err, cli.ErrUsage)
	assert.EqualError(t, err, `-lang: want nb, nn or en, not "se"`)

	wrapped := cli.UsageError(errBroken)
	assert.ErrorIs(t, wrapped, cli.ErrUsage)
	assert.ErrorIs(t, wrapped, errBroken)
	assert.EqualError(t, wrapped, "broken")
	assert.NoError(t, cli.UsageError(nil))
}

func TestWriteErrorNamesTheOutput(t *testing.T) {
	var errs bytes.Buffer
	status := echo().Run(nil, failing{}, &errs)
	assert.Equal(t, cli.ExitFailure, status)
	assert.Equal(t, "echo: writing output: broken\n", errs.String())
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errBroken }

func TestNoFlags(t *testing.T) {
	c := cli.Command{Name: "nothing"}
	var out, errs bytes.Buffer
	assert.Equal(t, cli.ExitOK, c.Run(nil, &out, &errs))
	assert.Equal(t, cli.ExitOK, c.Run([]string{"-h"}, &out, &errs))
	assert.Equal(t, "usage: nothing\n", errs.String())
	assert.Equal(t, cli.ExitUsage, c.Run([]string{"x"}, &out, &errs))
}
