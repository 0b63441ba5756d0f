package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// options are the command's flags.
type options struct {
	in, pot, format, lang, unit, method string
	year                                int
	selfInitiated, fosterHome, equal    string
	data                                string
	assumeUnchanged                     bool
	set                                 map[string]bool
}

// errUsage marks errors in the flags (exit status 2).
var errUsage = errors.New("usage")

// errHelp marks a request for help: the usage was printed (exit status 0).
var errHelp = errors.New("help")

const usageText = `usage: allocate [flags] [< request.json | < recipients.csv]

Allocates pots by a distribution key (fordelingsnøkkel), exactly to the unit.

With no input it runs the embedded default: illustrative national pots of both schemes split
over the governor offices of -year by children aged 0–17 (plus an equal share with -equal).
The directorate's real key is not published; the default is an illustration. The register is
the embedded SSB data (2017–2026), or that data with a folder of newer SSB files laid over it
(-data DIR); a year past the data needs -assume-unchanged, which carries the last known
structure and population forward and says so in the output ("basis").

A JSON request is read from stdin or -in FILE (see allocation/testdata/conformance/README.md);
with -pot, CSV lines id,weight[,floor,cap] are read instead.

Flags:
`

// run is the command: it returns the exit status and writes the output only on success.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var out bytes.Buffer
	err := runErr(args, stdin, &out, stderr)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		msg := strings.ReplaceAll(err.Error(), "\n", "; ")
		fmt.Fprintln(stderr, "allocate:", msg)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		fmt.Fprintln(stderr, "allocate: writing output:", err)
		return 1
	}
	return 0
}

func runErr(args []string, stdin io.Reader, out io.Writer, stderr io.Writer) error {
	var o options
	fs := flag.NewFlagSet("allocate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.in, "in", "", "read the request from `FILE` instead of stdin")
	fs.StringVar(&o.pot, "pot", "", "read CSV id,weight[,floor,cap] and allocate this `AMOUNT`")
	fs.StringVar(&o.format, "format", "json", "output format: json, csv or markdown")
	fs.StringVar(&o.lang, "lang", "nb", "language of Markdown headings: nb, nn or en")
	fs.StringVar(&o.unit, "unit", "", "unit of amounts (CSV: default 1; default run: 50000)")
	fs.StringVar(&o.method, "method", "", "largest_remainder (default), sainte_lague or dhondt")
	fs.IntVar(&o.year, "year", 0, "default run: the year of offices and children 0–17 (default: the last year of population data, 2026 embedded)")
	fs.StringVar(&o.data, "data", "", "default run: read newer SSB files from `DIR` (laid out like data/ssb) over the embedded data")
	fs.BoolVar(&o.assumeUnchanged, "assume-unchanged", false, "default run: for a -year past the data, carry the last known structure and population forward (the output says so)")
	fs.StringVar(&o.selfInitiated, "self-initiated", "12000000", "default run: national pot for self-initiated projects (illustrative)")
	fs.StringVar(&o.fosterHome, "foster-home", "27000000", "default run: national pot for foster-home projects (illustrative)")
	fs.StringVar(&o.equal, "equal", "0", "default run: share of the key divided equally, e.g. 0.2; the rest by children 0–17")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, usageText)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return errHelp
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	o.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	switch o.format {
	case "json", "csv", "markdown", "md":
	default:
		return fmt.Errorf("%w: -format: want json, csv or markdown, not %q", errUsage, o.format)
	}
	lang := lnet.Bokmal
	switch o.lang {
	case "nb", "no":
	case "nn":
		lang = lnet.Nynorsk
	case "en":
		lang = lnet.English
	default:
		return fmt.Errorf("%w: -lang: want nb, nn or en, not %q", errUsage, o.lang)
	}

	input, err := readInput(o.in, stdin)
	if err != nil {
		return err
	}
	defaultFlags := o.set["year"] || o.set["self-initiated"] || o.set["foster-home"] || o.set["equal"] || o.set["data"] || o.set["assume-unchanged"]
	var resp *allocation.Response
	switch {
	case len(bytes.TrimSpace(input)) == 0 && o.set["pot"]:
		return fmt.Errorf("-pot: no CSV input")
	case len(bytes.TrimSpace(input)) == 0:
		resp, err = runDefault(o)
	case defaultFlags:
		return fmt.Errorf("%w: -year, -equal, -self-initiated, -foster-home, -data and -assume-unchanged apply only to the default run without input", errUsage)
	case o.set["pot"]:
		resp, err = runCSV(o, input)
	default:
		if o.set["unit"] || o.set["method"] {
			return fmt.Errorf("%w: -unit and -method apply to CSV and the default run; a JSON request carries \"unit\" and \"method\"", errUsage)
		}
		var req *allocation.Request
		if req, err = allocation.DecodeRequest(bytes.NewReader(input)); err == nil {
			resp, err = req.Allocate()
		}
	}
	if err != nil {
		return err
	}
	switch o.format {
	case "csv":
		return resp.WriteCSV(out)
	case "markdown", "md":
		return resp.WriteMarkdown(out, lang)
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(resp)
}

// readInput returns the bytes of -in or stdin; an interactive terminal counts as no input.
func readInput(path string, stdin io.Reader) ([]byte, error) {
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("-in: %w", err)
		}
		defer f.Close()
		stdin = f
	} else if f, ok := stdin.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return nil, nil
		}
	}
	if stdin == nil {
		return nil, nil
	}
	data, err := io.ReadAll(io.LimitReader(stdin, allocation.MaxRequestBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading input: %w", err)
	}
	if len(data) > allocation.MaxRequestBytes {
		return nil, fmt.Errorf("input longer than %d bytes", allocation.MaxRequestBytes)
	}
	return data, nil
}

func parseOptions(o options, defaultUnit string) ([]allocation.Option, error) {
	unitText := o.unit
	if unitText == "" {
		unitText = defaultUnit
	}
	unit, err := lnet.ParseNOK(unitText)
	if err != nil {
		return nil, fmt.Errorf("-unit: %w", err)
	}
	method, err := allocation.ParseMethod(o.method)
	if err != nil {
		return nil, fmt.Errorf("-method: %w", err)
	}
	return []allocation.Option{allocation.WithUnit(unit), allocation.WithMethod(method)}, nil
}

func runCSV(o options, input []byte) (*allocation.Response, error) {
	pot, err := lnet.ParseNOK(o.pot)
	if err != nil {
		return nil, fmt.Errorf("-pot: %w", err)
	}
	opts, err := parseOptions(o, "1")
	if err != nil {
		return nil, err
	}
	recs, err := allocation.ReadRecipientsCSV(bytes.NewReader(input))
	if err != nil {
		return nil, err
	}
	r, err := allocation.Allocate(pot, recs, opts...)
	if err != nil {
		return nil, err
	}
	return &allocation.Response{Result: r}, nil
}

// runDefault splits illustrative national pots for both schemes over the offices of the
// year by a key from the embedded register.
func runDefault(o options) (*allocation.Response, error) {
	opts, err := parseOptions(o, "50000")
	if err != nil {
		return nil, err
	}
	pots := map[lnet.Scheme]lnet.NOK{}
	for scheme, text := range map[lnet.Scheme]string{lnet.SchemeSelfInitiated: o.selfInitiated, lnet.SchemeFosterHome: o.fosterHome} {
		n, err := lnet.ParseNOK(text)
		if err != nil {
			return nil, fmt.Errorf("-%s: %w", strings.ReplaceAll(scheme.String(), "_", "-"), err)
		}
		pots[scheme] = n
	}
	equal, err := allocation.ParseWeight(o.equal)
	if err != nil {
		return nil, fmt.Errorf("-equal: %w", err)
	}
	reg, err := register(o)
	if err != nil {
		return nil, err
	}
	year := o.year
	if !o.set["year"] {
		_, year = reg.Years()
	}
	key, err := allocation.OfficeKey(reg, year, equal)
	if errors.Is(err, lnet.ErrOutOfRange) && !o.assumeUnchanged && year > reg.Coverage().End.Year() {
		return nil, fmt.Errorf("-year %d: the register's data ends %s; give -data DIR with newer SSB files, or -assume-unchanged to carry the %s structure and population forward (the output then says so)",
			year, reg.Coverage().End, reg.Coverage().End)
	}
	if err != nil {
		return nil, fmt.Errorf("-year/-equal: %w", err)
	}
	opts = append(opts, allocation.WithBasis(key.Basis()))
	rs, err := allocation.AllocateSchemes(pots, key.Recipients(), opts...)
	if err != nil {
		return nil, err
	}
	return &allocation.Response{Results: rs}, nil
}

// register returns the embedded register, with -data laid over it, carried forward through
// -year with -assume-unchanged.
func register(o options) (*lnet.Register, error) {
	reg := lnet.DefaultRegister()
	if o.data != "" {
		st, err := os.Stat(o.data)
		if err != nil {
			return nil, fmt.Errorf("-data: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("-data: %s is not a directory", o.data)
		}
		if reg, err = lnet.LoadRegister(os.DirFS(o.data)); err != nil {
			return nil, fmt.Errorf("-data %s: %w", o.data, err)
		}
	}
	if o.assumeUnchanged && o.year >= 1 && o.year <= 9999 {
		return reg.AssumeUnchangedThrough(date.New(o.year, time.December, 31))
	}
	return reg, nil
}
