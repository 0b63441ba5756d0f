package lnet

import "github.com/rickb777/date/v2"

// Document is a document of a network, a project or a steering group, as far as the caller
// knows it: a mandate (mandat), a project plan (prosjektplan) or the like, with the day it
// is dated, its text or a summary, and where it is found. The minutes of the Hordaland
// network of 13 September 2018 record that "Mandatet for styringsgruppen ble gjennomgått":
// a document whose day is known and whose text is not in the sources.
type Document struct {
	// Title is the document's title, e.g. "Mandat for styringsgruppen". Optional.
	Title string `json:"title,omitempty"`
	// Date is the day of the document: when it was dated, adopted or, as the source says,
	// reviewed. Nil when not known.
	Date *date.Date `json:"date,omitempty"`
	// Text is the document's text or a summary of it. Optional.
	Text string `json:"text,omitempty"`
	// Source says where the document or the record of it is found, e.g. "referat fra
	// samlingen 13.09.2018", or a reference into the caller's archive. Optional.
	Source string `json:"source,omitempty"`
}

// Validate checks the document: valid texts, a date within the years models accept, and at
// least one of title, text and source, so that the document says what it is. Each problem
// is a [*FieldError] wrapping [ErrInvalidModel].
func (d Document) Validate() error {
	var v validator
	d.validate(&v, "")
	return v.err()
}

func (d Document) validate(v *validator, path string) {
	v.text(field(path, "title"), d.Title, false)
	v.text(field(path, "text"), d.Text, false)
	v.text(field(path, "source"), d.Source, false)
	v.optionalDate(field(path, "date"), d.Date)
	if blank(d.Title) && blank(d.Text) && blank(d.Source) {
		v.add(field(path, "title"), d.Title, "missing: a document has a title, a text or a source")
	}
}
