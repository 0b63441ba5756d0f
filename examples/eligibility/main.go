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

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/examples/internal/cli"
	"github.com/laeringsnettverk/sdk/examples/internal/seeds"
	"github.com/laeringsnettverk/sdk/lnet"
)

func main() { command().Main() }

// command is the program as a command, with its flags.
func command() cli.Command {
	return cli.Command{
		Name:     "eligibility",
		Synopsis: "eligibility [-lang nb|nn|en] [-format text|markdown|json] [-catalogue]",
		Description: "Evaluates the 2018 Hordaland learning network and two illustrative applications of it\n" +
			"against the guidelines and prints the reports; with -catalogue, the rule catalogue.",
		Flags: func(fs *flag.FlagSet) func(io.Writer) error {
			lang := fs.String("lang", "nb", `language of the reports: "nb", "nn" or "en"`)
			format := fs.String("format", "text", `output format: "text", "markdown" or "json"`)
			catalogue := fs.Bool("catalogue", false, "print the rule catalogue (national rules and office conditions) instead of the reports")
			return func(w io.Writer) error {
				if _, err := lnet.ParseLanguage(*lang); err != nil {
					return cli.UsageError(fmt.Errorf("-lang: %w", err))
				}
				switch *format {
				case "text", "markdown", "json":
				default:
					return cli.Usagef("-format: want text, markdown or json, not %q", *format)
				}
				if *catalogue {
					return printCatalogue(w, *lang, *format)
				}
				return run(w, *lang, *format)
			}
		},
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
