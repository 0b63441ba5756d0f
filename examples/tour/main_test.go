package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
)

// TestReadmeTour keeps the README's tour identical to the code of this program, so the
// README never shows code that does not compile or run.
func TestReadmeTour(t *testing.T) {
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(src), "// tour:begin\n")
	require.True(t, ok, "tour:begin marker")
	body, _, ok := strings.Cut(after, "\t// tour:end\n")
	require.True(t, ok, "tour:end marker")
	var code strings.Builder
	for _, line := range strings.SplitAfter(body, "\n") {
		code.WriteString(strings.TrimPrefix(line, "\t"))
	}

	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, tourSection, ok := strings.Cut(string(readme), "## A tour\n")
	require.True(t, ok, "README has a tour section")
	_, block, ok := strings.Cut(tourSection, "```go\n")
	require.True(t, ok, "tour code block")
	block, _, ok = strings.Cut(block, "```\n")
	require.True(t, ok, "end of the tour code block")
	assert.Equal(t, code.String(), block, "README tour differs from examples/tour/main.go")
}

func TestTourRuns(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, tour(&out))
	assert.Contains(t, out.String(), "1238 Kvam → 4622 Kvam")
}

func TestCommandLine(t *testing.T) {
	clitest.Run(t, command(), clitest.Conventions())
}
