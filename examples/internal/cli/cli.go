// Package cli is the command-line handling the example commands share, so that every one of
// them behaves the same way:
//
//   - -h, -help and --help print the usage (the synopsis, the description and the flags) to
//     standard error and exit with status 0 ([ExitOK]);
//   - an unknown flag, a bad flag value (an error wrapping [ErrUsage]) or any argument besides
//     the flags is a usage error: a message and the synopsis on standard error, exit status 2
//     ([ExitUsage]), nothing on standard output;
//   - any other error is printed on standard error with the command's name, exit status 1
//     ([ExitFailure]);
//   - the output is written to standard output only when the command succeeded, all of it at
//     once, and an error writing it (a full disk, /dev/full, a closed pipe) is an error, exit
//     status 1: output is never lost silently.
//
// The output is held in memory until the command ends; the examples' outputs are small and
// fixed by their embedded data, so that costs at most the size of the output.
package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// The exit statuses of a command.
const (
	// ExitOK is the status of a command that succeeded or printed its usage on request.
	ExitOK = 0
	// ExitFailure is the status of a command that failed, writing its output included.
	ExitFailure = 1
	// ExitUsage is the status of a command called wrongly: an unknown flag, a bad flag value,
	// an argument it does not take.
	ExitUsage = 2
)

// ErrUsage marks an error in the command line; a command's run function wraps it (see
// [Usagef]) for a flag value it rejects, and the command exits with [ExitUsage].
var ErrUsage = errors.New("usage")

// Usagef returns an error wrapping [ErrUsage] with the formatted message.
func Usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// UsageError returns err marked as a usage error (wrapping [ErrUsage] and err), or nil for
// nil.
func UsageError(err error) error {
	if err == nil {
		return nil
	}
	return &usageError{msg: err.Error(), err: err}
}

type usageError struct {
	msg string
	err error
}

func (e *usageError) Error() string { return e.msg }

func (e *usageError) Unwrap() []error {
	if e.err == nil {
		return []error{ErrUsage}
	}
	return []error{ErrUsage, e.err}
}

// Command is an example command: its name, its usage and its flags.
type Command struct {
	// Name is the command's name, the prefix of its error messages.
	Name string
	// Synopsis is the command line, such as "calendar [-format text|markdown|ics]", without
	// "usage: ".
	Synopsis string
	// Description, if not empty, is printed between the synopsis and the flags by -h.
	Description string
	// Flags declares the command's flags on fs and returns the function that runs the
	// command once they are parsed. The function writes the output to stdout; it need not
	// check the errors of its writes (stdout is memory), and returns an error wrapping
	// [ErrUsage] for a flag value it rejects. A nil Flags is a command that takes no flags
	// and writes nothing.
	Flags func(fs *flag.FlagSet) func(stdout io.Writer) error
}

// Main runs the command with the process's arguments and standard streams, and exits with
// its status.
func (c Command) Main() {
	os.Exit(c.Run(os.Args[1:], os.Stdout, os.Stderr))
}

// Run runs the command with args (without the program name), writes its output to stdout
// and its messages to stderr, and returns the exit status: [ExitOK], [ExitFailure] or
// [ExitUsage].
func (c Command) Run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	run := func(io.Writer) error { return nil }
	if c.Flags != nil {
		run = c.Flags(fs)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			c.printHelp(fs, stderr)
			return ExitOK
		}
		return c.usage(stderr, err)
	}
	if fs.NArg() > 0 {
		return c.usage(stderr, fmt.Errorf("unexpected argument %q: %s takes no arguments, only flags", fs.Arg(0), c.Name))
	}
	var out bytes.Buffer
	if err := run(&out); err != nil {
		if errors.Is(err, ErrUsage) {
			return c.usage(stderr, err)
		}
		c.failIn(stderr, err, language(fs))
		return ExitFailure
	}
	if err := writeAll(stdout, out.Bytes()); err != nil {
		c.fail(stderr, fmt.Errorf("writing output: %w", err))
		return ExitFailure
	}
	return ExitOK
}

// writeAll writes p to w and reports a short write as an error.
func writeAll(w io.Writer, p []byte) error {
	n, err := w.Write(p)
	if err == nil && n < len(p) {
		err = io.ErrShortWrite
	}
	return err
}

// fail prints err on stderr, on one line, after the command's name.
func (c Command) fail(stderr io.Writer, err error) {
	fmt.Fprintf(stderr, "%s: %s\n", c.Name, strings.ReplaceAll(err.Error(), "\n", "; "))
}

// failIn prints err as fail does, in lang: the SDK's errors in bokmål, nynorsk or English
// ([lnet.ErrorText]).
func (c Command) failIn(stderr io.Writer, err error, lang lnet.Language) {
	fmt.Fprintf(stderr, "%s: %s\n", c.Name, strings.ReplaceAll(lnet.ErrorText(err, lang), "\n", "; "))
}

// language returns the language of a command's -lang flag, English when it has none
// (the error's own text) and bokmål when its value is not a language (checked by the
// command itself).
func language(fs *flag.FlagSet) lnet.Language {
	f := fs.Lookup("lang")
	if f == nil {
		return lnet.English
	}
	l, err := lnet.ParseLanguage(f.Value.String())
	if err != nil {
		return lnet.Bokmal
	}
	return l
}

// usage prints err and the synopsis on stderr and returns [ExitUsage].
func (c Command) usage(stderr io.Writer, err error) int {
	c.fail(stderr, err)
	fmt.Fprintf(stderr, "usage: %s\nRun '%s -h' for the flags.\n", c.synopsis(), c.Name)
	return ExitUsage
}

func (c Command) synopsis() string {
	if c.Synopsis == "" {
		return c.Name
	}
	return c.Synopsis
}

// printHelp prints the synopsis, the description and the flags' defaults on w.
func (c Command) printHelp(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintf(w, "usage: %s\n", c.synopsis())
	if c.Description != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimRight(c.Description, "\n"))
	}
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintf(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
}
