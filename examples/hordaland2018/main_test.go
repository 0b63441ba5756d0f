package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/golden"
)

func TestRunGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, nil))
	golden.Assert(t, "output.golden", out.Bytes())
}

func TestRunRejectsArguments(t *testing.T) {
	var out bytes.Buffer
	assert.ErrorContains(t, run(&out, []string{"-x"}), "unexpected arguments")
	assert.Zero(t, out.Len(), "nothing is written on a usage error")
}
