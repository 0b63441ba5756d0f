package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// catalogueEntry is one rule of the printed catalogue.
type catalogueEntry struct {
	ID       string                `json:"id"`
	Subject  eligibility.Subject   `json:"subject"`
	Severity eligibility.Severity  `json:"severity"`
	Editions []eligibility.Edition `json:"editions"`
	Schemes  []lnet.Scheme         `json:"schemes"`
	Years    []int                 `json:"years"`
	Citation string                `json:"citation"`
	Office   lnet.OfficeID         `json:"office"`
	Quote    string                `json:"quote"`
	Modal    string                `json:"modal"`
	Text     lnet.Text             `json:"text"`
	Note     lnet.Text             `json:"note"`
}

func entries() []catalogueEntry {
	all := append(eligibility.Catalogue(), eligibility.OfficeConditions()...)
	out := make([]catalogueEntry, len(all))
	for i, r := range all {
		out[i] = catalogueEntry{ID: r.ID, Subject: r.Subject, Severity: r.Severity, Editions: r.Editions, Schemes: r.Schemes,
			Years: r.Years, Citation: r.Citation, Office: r.Office, Quote: r.Quote, Modal: r.Modal, Text: r.Title, Note: r.Note}
		if out[i].Editions == nil {
			out[i].Editions = []eligibility.Edition{}
		}
		if out[i].Schemes == nil {
			out[i].Schemes = []lnet.Scheme{}
		}
		if out[i].Years == nil {
			out[i].Years = []int{}
		}
	}
	return out
}

// printCatalogue writes the whole catalogue in lang as text, Markdown or JSON.
func printCatalogue(w io.Writer, langTag, format string) error {
	lang, err := lnet.ParseLanguage(langTag)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(entries())
	case "markdown":
		_, err := io.WriteString(w, eligibility.CatalogueMarkdown(lang))
		return err
	case "text":
	default:
		return fmt.Errorf("unknown format %q: want text, markdown or json", format)
	}
	label := func(nb, nn, en string) string { return lang.Pick(nb, nn, en) }
	for _, e := range entries() {
		scope := label("nasjonal", "nasjonal", "national")
		if e.Office != "" {
			years := make([]string, len(e.Years))
			for i, y := range e.Years {
				years[i] = strconv.Itoa(y)
			}
			scope = string(e.Office) + " " + strings.Join(years, ", ")
		}
		eds := make([]string, len(e.Editions))
		for i, ed := range e.Editions {
			eds[i] = ed.String()
		}
		fmt.Fprintf(w, "%s (%s, %s) [%s]\n", e.ID, e.Severity.In(lang), e.Subject.In(lang), strings.TrimSpace(scope+" "+strings.Join(eds, ", ")))
		fmt.Fprintf(w, "  %s\n", e.Text.In(lang))
		fmt.Fprintf(w, "  %s: %s\n", label("Kilde", "Kjelde", "Source"), e.Citation)
		if e.Quote != "" {
			fmt.Fprintf(w, "  «%s»\n", e.Quote)
		}
		if n := e.Note.In(lang); n != "" {
			fmt.Fprintf(w, "  %s: %s\n", label("Merknad", "Merknad", "Note"), n)
		}
		fmt.Fprintln(w)
	}
	return nil
}
