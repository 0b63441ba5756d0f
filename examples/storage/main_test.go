package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestPostgresRunGolden runs the program against the server and checks what it prints.
func TestPostgresRunGolden(t *testing.T) {
	st := openTestStore(t)
	for _, lang := range []lnet.Language{lnet.Bokmal, lnet.English} {
		t.Run(lang.String(), func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, run(context.Background(), st, lang, &out))
			golden := filepath.Join("testdata", "output."+lang.String()+".golden")
			if *update {
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run with -update to create the golden file")
			assert.Equal(t, string(want), out.String())

			// Running again recreates the tables: same output.
			var again bytes.Buffer
			require.NoError(t, run(context.Background(), st, lang, &again))
			assert.Equal(t, out.String(), again.String())
		})
	}
}

func TestMainNeedsDSN(t *testing.T) {
	err := main1(io.Discard, "", "lnet_example", "nb")
	require.Error(t, err)
	assert.Contains(t, err.Error(), dsnEnv)
	err = main1(io.Discard, "host=/nonexistent", "lnet_example", "xx")
	require.ErrorIs(t, err, lnet.ErrInvalidValue)
	require.ErrorIs(t, err, cli.ErrUsage)
}

func TestCommandLine(t *testing.T) {
	// Without a database the run fails before it writes: exit status 1 all the same.
	t.Setenv(dsnEnv, "")
	clitest.Run(t, command(), clitest.Conventions())
	clitest.Run(t, command(), []clitest.Case{
		{Name: "-lang xx", Args: []string{"-lang", "xx"}, Status: cli.ExitUsage},
		{Name: "no database", Args: nil, Status: cli.ExitFailure},
	})
}
