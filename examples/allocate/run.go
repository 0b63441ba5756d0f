package main

import (
	"bufio"
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
	assumeUnchanged, demo               bool
	set                                 map[string]bool
}

// errUsage marks errors in the flags (exit status 2).
var errUsage = errors.New("usage")

// errHelp marks a request for help: the usage was printed (exit status 0).
var errHelp = errors.New("help")

const usageText = `usage: allocate [flags] < request.json
       allocate -pot AMOUNT [flags] < recipients.csv
       allocate -demo [flags]

Allocates pots by a distribution key (fordelingsnøkkel), exactly to the unit.

Input is a JSON request on stdin or in -in FILE (see allocation/testdata/conformance/README.md),
or, with -pot, CSV rows id,weight[,floor,cap] (',' or ';' with decimal comma, a header by its
names: id/mottaker, weight/vekt, floor/gulv, cap/tak). Empty input is an error.

-demo, or a terminal on stdin with no -in, runs the illustrative default: national pots of both
schemes split over the governor offices of -year by children aged 0–17 (plus an equal share
with -equal). The directorate's real key is not published; the default is an illustration. The
register is the embedded SSB data (2017–2026), or that data with a folder of newer SSB files
laid over it (-data DIR); a year past the data needs -assume-unchanged, which carries the last
known structure and population forward and says so in the output ("basis").

Flags:
`

// run is the command: it returns the exit status. Output is written as it is produced, and
// only once the input was read and allocated without error; a write error is exit status 1.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	write, lang, err := runErr(args, stdin, stderr)
	if errors.Is(err, errHelp) {
		return 0
	}
	if err != nil {
		// The SDK's errors in the -lang language; the command's own (usage) in English.
		msg := strings.ReplaceAll(lnet.ErrorText(err, lang), "\n", "; ")
		fmt.Fprintln(stderr, "allocate:", msg)
		if errors.Is(err, errUsage) {
			fmt.Fprintln(stderr, shortUsage)
			return 2
		}
		return 1
	}
	bw := bufio.NewWriterSize(stdout, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "allocate: writing output:", lnet.ErrorText(err, lang))
		return 1
	}
	return 0
}

// flags returns the command's flag set, filling o.
func flags(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("allocate", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.in, "in", "", "read the request from `FILE` instead of stdin")
	fs.StringVar(&o.pot, "pot", "", "read CSV id,weight[,floor,cap] and allocate this `AMOUNT`")
	fs.BoolVar(&o.demo, "demo", false, "run the illustrative default (as from a terminal with no input); reads no input")
	fs.StringVar(&o.format, "format", "json", "output format: json, csv or markdown")
	fs.StringVar(&o.lang, "lang", "nb", "language of Markdown headings and of error messages: nb, nn or en")
	fs.StringVar(&o.unit, "unit", "", "unit of amounts (CSV: default 1; default run: 50000)")
	fs.StringVar(&o.method, "method", "", "largest_remainder (default), sainte_lague or dhondt")
	fs.IntVar(&o.year, "year", 0, "default run: the year of offices and children 0–17 (default: the last year of population data, 2026 embedded)")
	fs.StringVar(&o.data, "data", "", "default run: read newer SSB files from `DIR` (laid out like data/ssb) over the embedded data")
	fs.BoolVar(&o.assumeUnchanged, "assume-unchanged", false, "default run: for a -year past the data, carry the last known structure and population forward (the output says so)")
	fs.StringVar(&o.selfInitiated, "self-initiated", "12000000", "default run: national pot for self-initiated projects (illustrative)")
	fs.StringVar(&o.fosterHome, "foster-home", "27000000", "default run: national pot for foster-home projects (illustrative)")
	fs.StringVar(&o.equal, "equal", "0", "default run: share of the key divided equally, e.g. 0.2; the rest by children 0–17")
	return fs
}

// printUsage writes the usage and the flags.
func printUsage(w io.Writer) {
	fmt.Fprint(w, usageText)
	fs := flags(new(options))
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// shortUsage follows a usage error on stderr.
const shortUsage = "usage: allocate [flags] < request.json | allocate -pot AMOUNT [flags] < recipients.csv | allocate -demo [flags]; allocate -h lists the flags"

// errNoInput is the error of empty input: it says what was expected.
var errNoInput = errors.New("no input: expected a JSON request (or, with -pot, CSV rows id,weight[,floor,cap]) on stdin or in -in FILE; run with -demo for the illustrative default")

// runErr reads the flags and the input and allocates; it returns the function that writes
// the output, and the language of -lang for the messages (bokmål until -lang is read, and
// when it is not a language).
func runErr(args []string, stdin io.Reader, stderr io.Writer) (func(io.Writer) error, lnet.Language, error) {
	var o options
	fs := flags(&o)
	lang := lnet.Bokmal
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stderr)
			return nil, lang, errHelp
		}
		return nil, lang, fmt.Errorf("%w: %v", errUsage, err)
	}
	switch o.lang {
	case "nb", "no":
	case "nn":
		lang = lnet.Nynorsk
	case "en":
		lang = lnet.English
	default:
		return nil, lang, fmt.Errorf("%w: -lang: want nb, nn or en, not %q", errUsage, o.lang)
	}
	if fs.NArg() > 0 {
		return nil, lang, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	o.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	switch o.format {
	case "json", "csv", "markdown", "md":
	default:
		return nil, lang, fmt.Errorf("%w: -format: want json, csv or markdown, not %q", errUsage, o.format)
	}

	resp, err := allocate(o, stdin)
	if err != nil {
		return nil, lang, err
	}
	return func(w io.Writer) error {
		switch o.format {
		case "csv":
			return resp.WriteCSV(w)
		case "markdown", "md":
			return resp.WriteMarkdown(w, lang)
		}
		enc := allocation.NewJSONEncoder(w)
		enc.SetIndent("", "  ")
		return enc.EncodeResponse(*resp)
	}, lang, nil
}

// allocate runs the default, or reads the input and allocates it.
func allocate(o options, stdin io.Reader) (*allocation.Response, error) {
	defaultFlags := o.set["year"] || o.set["self-initiated"] || o.set["foster-home"] || o.set["equal"] || o.set["data"] || o.set["assume-unchanged"]
	if o.demo {
		if o.in != "" || o.set["pot"] {
			return nil, fmt.Errorf("%w: -demo runs the illustrative default and reads no input; drop -in and -pot", errUsage)
		}
		return runDefault(o)
	}
	input, closeInput, err := openInput(o.in, stdin)
	if err != nil {
		return nil, err
	}
	defer closeInput()
	if input == nil { // a terminal
		if o.set["pot"] {
			return nil, errors.New("-pot: no CSV input: pipe the CSV to stdin or give -in FILE")
		}
		return runDefault(o)
	}
	input, err = skipBlank(input)
	switch {
	case err != nil:
		return nil, err
	case input == nil && defaultFlags:
		return nil, fmt.Errorf("%w; -year, -equal, -self-initiated, -foster-home, -data and -assume-unchanged need -demo", errNoInput)
	case input == nil:
		return nil, errNoInput
	case defaultFlags:
		return nil, fmt.Errorf("%w: -year, -equal, -self-initiated, -foster-home, -data and -assume-unchanged apply only to the default run (-demo), not to input", errUsage)
	case o.set["pot"]:
		return runCSV(o, input)
	}
	if o.set["unit"] || o.set["method"] {
		return nil, fmt.Errorf("%w: -unit and -method apply to CSV and the default run; a JSON request carries \"unit\" and \"method\"", errUsage)
	}
	req, err := allocation.DecodeRequest(input)
	if err != nil {
		return nil, err
	}
	return req.Allocate()
}

// openInput opens -in, or returns stdin; a nil reader means stdin is a terminal (no input).
func openInput(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, fmt.Errorf("-in: %w", err)
		}
		return f, func() { f.Close() }, nil
	}
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		return nil, func() {}, nil
	}
	if stdin == nil {
		return strings.NewReader(""), func() {}, nil
	}
	return stdin, func() {}, nil
}

// isTerminal reports whether f is a character device other than the null device: a
// terminal, for the purpose of "no input given". /dev/null is empty input.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}

// skipBlank reads past leading whitespace (and a UTF-8 byte order mark) without holding it,
// and returns a reader of the rest, or nil if the input is blank. For CSV the line breaks
// skipped are given back, so error messages keep their line numbers.
func skipBlank(r io.Reader) (io.Reader, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		_, _ = br.Discard(3)
	}
	var lines int64
	var total int64
	prevCR := false
	for {
		b, err := br.ReadByte()
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading input: %w", err)
		}
		if total++; total > allocation.MaxRequestBytes {
			return nil, fmt.Errorf("input longer than %d bytes", allocation.MaxRequestBytes)
		}
		switch b {
		case ' ', '\t':
		case '\r':
			lines++
		case '\n':
			if !prevCR {
				lines++
			}
		default:
			_ = br.UnreadByte()
			return io.MultiReader(&newlines{n: lines}, br), nil
		}
		prevCR = b == '\r'
	}
}

// newlines reads as n line feeds.
type newlines struct{ n int64 }

func (r *newlines) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := int(min(int64(len(p)), r.n))
	for i := range k {
		p[i] = '\n'
	}
	r.n -= int64(k)
	return k, nil
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

func runCSV(o options, input io.Reader) (*allocation.Response, error) {
	pot, err := lnet.ParseNOK(o.pot)
	if err != nil {
		return nil, fmt.Errorf("-pot: %w", err)
	}
	opts, err := parseOptions(o, "1")
	if err != nil {
		return nil, err
	}
	recs, err := allocation.ReadRecipientsCSV(input)
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
