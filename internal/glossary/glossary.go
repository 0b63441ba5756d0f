package glossary

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"unicode"
)

//go:embed glossary.csv
var glossaryCSV string

// Entry is one term of the glossary.
type Entry struct {
	// NB, NN and EN are the term in bokmål, nynorsk and English, as a reader sees it.
	NB, NN, EN string
	// NBStem and NNStem are what a text is searched for, in lower case: the stem of the term
	// that all its inflected forms share (barneverntjenest, barneverntenest).
	NBStem, NNStem string
}

// Entries returns the glossary, in the order of the file.
func Entries() ([]Entry, error) {
	rows, err := csv.NewReader(strings.NewReader(glossaryCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("glossary.csv: %w", err)
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != "nb,nn,en,nb_stem,nn_stem" {
		return nil, fmt.Errorf("glossary.csv: want the header nb,nn,en,nb_stem,nn_stem")
	}
	out := make([]Entry, 0, len(rows)-1)
	for i, r := range rows[1:] {
		e := Entry{NB: r[0], NN: r[1], EN: r[2], NBStem: r[3], NNStem: r[4]}
		for _, f := range r {
			if f == "" {
				return nil, fmt.Errorf("glossary.csv line %d: an empty field", i+2)
			}
		}
		if e.NBStem != strings.ToLower(e.NBStem) || e.NNStem != strings.ToLower(e.NNStem) {
			return nil, fmt.Errorf("glossary.csv line %d: stems are in lower case", i+2)
		}
		out = append(out, e)
	}
	return out, nil
}

// BokmalOnly are words that exist in bokmål and never in nynorsk of the SDK's norm: a
// nynorsk text that contains one of them is bokmål by mistake.
var BokmalOnly = []string{
	"ikke", "ble", "hvis", "fra", "hva", "hvordan", "hvor", "hver", "hvert", "noen", "uten",
	"innen", "selv", "bare", "mer", "finnes", "gjelder", "kommunene", "tjenesten", "tjenester",
	"tjenestene", "hører", "mottaker", "enhet", "ledelse", "leder", "tilskudd",
}

// Check returns what is wrong with one text in the three languages, nb, nn and en, named
// name in the messages: a missing language, a glossary term used in bokmål whose nynorsk
// term is missing from the nynorsk text, and bokmål-only words in the nynorsk text.
func Check(name, nb, nn, en string, entries []Entry) []string {
	var out []string
	if nb == "" || nn == "" || en == "" {
		out = append(out, fmt.Sprintf("%s: missing a language: nb %q, nn %q, en %q", name, nb, nn, en))
		return out
	}
	lnb, lnn := strings.ToLower(nb), strings.ToLower(nn)
	for _, e := range entries {
		if strings.Contains(lnb, e.NBStem) && !strings.Contains(lnn, e.NNStem) {
			out = append(out, fmt.Sprintf("%s: bokmål uses %q (%s) but nynorsk lacks %q (%s): %q", name, e.NBStem, e.NB, e.NNStem, e.NN, nn))
		}
	}
	words := strings.FieldsFunc(lnn, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		for _, b := range BokmalOnly {
			if w == b {
				out = append(out, fmt.Sprintf("%s: nynorsk has the bokmål word %q: %q", name, w, nn))
			}
		}
	}
	return out
}
