package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
	"github.com/laeringsnettverk/sdk/examples/internal/golden"
)

func TestRunGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden.Assert(t, "output.golden", out.Bytes())
}

func TestCommandLine(t *testing.T) {
	clitest.Run(t, command(), clitest.Conventions())
}
