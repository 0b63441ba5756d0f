package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/examples/internal/cli/clitest"
	"github.com/laeringsnettverk/sdk/giving360"
	"github.com/laeringsnettverk/sdk/lnet"
)

var update = flag.Bool("update", false, "rewrite the golden file in testdata")

func TestRunGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	golden := filepath.Join("testdata", "opengrants.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), out.String())
}

func TestRunIsValidPackage(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	pkg, err := giving360.Parse(out.Bytes())
	require.NoError(t, err)
	require.Len(t, pkg.Grants, 4)

	// The Hordaland grants share the office's 2018 pot exactly.
	var hordaland lnet.NOK
	for _, g := range pkg.Grants[:2] {
		assert.Equal(t, "Fylkesmannen i Hordaland", g.FundingOrganization[0].Name)
		amount, err := lnet.ParseNOK(string(g.AmountAwarded))
		require.NoError(t, err)
		hordaland = must(hordaland.Add(amount))
	}
	assert.True(t, hordaland.Equal(lnet.MustNOK("650000")), "Σ = %s", hordaland)
	for _, g := range pkg.Grants[2:] {
		assert.Equal(t, "Fylkesmannen i Nordland", g.FundingOrganization[0].Name)
		assert.Equal(t, "2020-12-31", g.PlannedDates[0].EndDate)
	}
	assert.Equal(t, "Utviklingsprosjekter på fosterhjemsområdet", pkg.Grants[3].GrantProgramme[0].Title)
}

func TestCommandLine(t *testing.T) {
	clitest.Run(t, command(), clitest.Conventions())
}
