// Command eligibility evaluates the 2018 Hordaland learning network from the SDK's sources
// (the shared fixture examples/internal/seeds.Hordaland2018), and two illustrative
// applications of it (self-initiated 2018, foster-home 2019), against the
// guidelines, and prints the reports.
//
//	go run ./examples/eligibility [-lang nb|nn|en] [-format text|markdown|json] [-catalogue]
//
// With -catalogue it prints the whole rule catalogue instead: the national rules of the
// guidelines and the conditions offices announced in their calls, each with its id,
// severity, editions, citation, office scope, the quoted source sentence and its texts. As
// JSON it is an array of objects with "id", "subject", "severity", "editions", "schemes",
// "years", "citation", "office" (empty for a national rule), "quote", "modal", "text" and
// "note" ("text" and "note" keyed by "nb", "nn" and "en").
//
// The network has not chosen a leader (decided on 13 September 2018), records no plan and no
// representatives (the sources name people, not roles per service); the reports show all
// three. The Hordaland office's deadline of 1 November 2018 is passed as a
// date; the Vestland office's 2019 deadline is not in the sources, so that check is not
// applicable for the second application. In a real system the deadline comes from the
// calendar package's deadline rules.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/errlang"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() {
	lang := flag.String("lang", "nb", `language of the reports: "nb", "nn" or "en"`)
	format := flag.String("format", "text", `output format: "text", "markdown" or "json"`)
	catalogue := flag.Bool("catalogue", false, "print the rule catalogue (national rules and office conditions) instead of the reports")
	flag.Parse()
	var err error
	if *catalogue {
		err = printCatalogue(os.Stdout, *lang, *format)
	} else {
		err = run(os.Stdout, *lang, *format)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "eligibility:", errlang.Text(err, os.Args[1:]))
		os.Exit(1)
	}
}

// run evaluates the network and the applications and writes the reports to w.
func run(w io.Writer, langTag, format string) error {
	lang, err := lnet.ParseLanguage(langTag)
	if err != nil {
		return err
	}
	if format != "text" && format != "markdown" && format != "json" {
		return fmt.Errorf("unknown format %q: want text, markdown or json", format)
	}

	network := seeds.Hordaland2018()
	networkReport, err := eligibility.EvaluateNetwork(network, eligibility.WithEdition(eligibility.Edition2018))
	if err != nil {
		return err
	}

	n2018 := seeds.Hordaland2018()
	app2018 := selfInitiatedApplication(&n2018)
	report2018, err := eligibility.EvaluateApplication(app2018, n2018,
		eligibility.WithDeadline(seeds.ApplicationDeadline))
	if err != nil {
		return err
	}

	n2019 := seeds.Hordaland2018()
	app2019 := fosterHomeApplication(&n2019)
	report2019, err := eligibility.EvaluateApplication(app2019, n2019)
	if err != nil {
		return err
	}

	reports := []eligibility.Report{networkReport, report2018, report2019}
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(reports)
	}
	for i, r := range reports {
		if i > 0 {
			fmt.Fprintln(w)
		}
		out := r.Text(lang)
		if format == "markdown" {
			out = r.Markdown(lang)
		}
		if _, err := io.WriteString(w, out); err != nil {
			return err
		}
	}
	return nil
}
