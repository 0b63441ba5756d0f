package allocation

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenResponse is a fixed allocation: both schemes, a key from criteria, a floor and a cap.
func goldenResponse(t *testing.T) *Response {
	req, err := DecodeRequest(bytes.NewReader([]byte(`{
		"pots": {"self_initiated": "1350000", "foster_home": "2900000.50"},
		"unit": "1000",
		"recipients": [
			{"id": "vestland", "cap": "1500000"},
			{"id": "nordland", "floor": "300000"},
			{"id": "agder"},
			{"id": "troms-og-finnmark"}
		],
		"key": {"criteria": [
			{"name": "equal", "share": "1/5", "equal": true},
			{"name": "children_0_17", "share": "4/5", "values": {"vestland": "140000", "nordland": "50000", "agder": "65000", "troms-og-finnmark": "48000"}}
		]}}`)))
	require.NoError(t, err)
	resp, err := req.Allocate()
	require.NoError(t, err)
	return resp
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	require.Equal(t, string(want), string(got), name)
}

func TestGoldenRendering(t *testing.T) {
	resp := goldenResponse(t)
	var md, en, csv bytes.Buffer
	require.NoError(t, resp.WriteMarkdown(&md, lnet.Bokmal))
	require.NoError(t, resp.WriteMarkdown(&en, lnet.English))
	require.NoError(t, resp.WriteCSV(&csv))
	js, err := json.MarshalIndent(resp, "", "  ")
	require.NoError(t, err)
	golden(t, "schemes.nb.md", md.Bytes())
	golden(t, "schemes.en.md", en.Bytes())
	var nn bytes.Buffer
	require.NoError(t, resp.WriteMarkdown(&nn, lnet.Nynorsk))
	golden(t, "schemes.nn.md", nn.Bytes())
	golden(t, "schemes.csv", csv.Bytes())
	golden(t, "schemes.json", append(js, '\n'))

	apps, err := AllocateApplications(lnet.MustNOK("650000"), []Application{
		{ID: "hoykonflikt", Requested: lnet.MustNOK("300000"), Weight: IntWeight(3)},
		{ID: "barnesamtaler", Requested: lnet.MustNOK("500000"), Weight: IntWeight(5)},
		{ID: "basis | opplæring", Requested: lnet.MustNOK("200000"), Refused: "mangler kompetansemiljø"},
	}, WithUnit(lnet.MustNOK("1000")))
	require.NoError(t, err)
	var amd, acsv bytes.Buffer
	require.NoError(t, apps.WriteMarkdown(&amd, lnet.Bokmal))
	require.NoError(t, apps.WriteCSV(&acsv))
	golden(t, "applications.nb.md", amd.Bytes())
	var ann bytes.Buffer
	require.NoError(t, apps.WriteMarkdown(&ann, lnet.Nynorsk))
	golden(t, "applications.nn.md", ann.Bytes())
	golden(t, "applications.csv", acsv.Bytes())
}
