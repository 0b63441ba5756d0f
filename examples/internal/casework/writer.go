package casework

import (
	"fmt"
	"io"
	"strings"
)

// Writer writes text and keeps the first error, so a report can be written line by line
// and checked once at the end.
type Writer struct {
	w   io.Writer
	err error
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Printf writes formatted text, unless an earlier write failed.
func (w *Writer) Printf(format string, args ...any) {
	if w.err == nil {
		_, w.err = fmt.Fprintf(w.w, format, args...)
	}
}

// Println writes the arguments separated by spaces and a newline, unless an earlier write
// failed.
func (w *Writer) Println(args ...any) {
	if w.err == nil {
		_, w.err = fmt.Fprintln(w.w, args...)
	}
}

// Title writes a document title underlined with "=".
func (w *Writer) Title(text string) {
	w.Printf("%s\n%s\n", text, strings.Repeat("=", len([]rune(text))))
}

// Section writes a blank line and a section heading underlined with "-".
func (w *Writer) Section(text string) {
	w.Printf("\n%s\n%s\n", text, strings.Repeat("-", len([]rune(text))))
}

// Write implements io.Writer, so that the SDK's renderers can write through w.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.w.Write(p)
	w.err = err
	return n, err
}

// Err returns the first error of a write, or nil.
func (w *Writer) Err() error { return w.err }
