package jsonschema

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
)

// Docs indexes the doc comments of struct types and their fields (dokumentasjon), read from
// Go source, to describe the schemas. The zero value and nil have no comments.
type Docs struct {
	types  map[string]string // "import/path.Type" → first paragraph
	fields map[string]string // "import/path.Type.Field" → comment
}

// ParseDocs reads the Go files (test files included) of each package: import path →
// directory.
func ParseDocs(packages map[string]string) (*Docs, error) {
	d := &Docs{types: make(map[string]string), fields: make(map[string]string)}
	fset := token.NewFileSet()
	for path, dir := range packages {
		names, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			return nil, err
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("jsonschema: no Go files for %s in %s", path, dir)
		}
		for _, name := range names {
			src, err := os.ReadFile(name)
			if err != nil {
				return nil, err
			}
			f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return nil, err
			}
			d.addFile(path, f)
		}
	}
	return d, nil
}

func (d *Docs) addFile(path string, f *ast.File) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			key := path + "." + ts.Name.Name
			if doc != nil {
				d.types[key] = firstParagraph(doc.Text())
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fl := range st.Fields.List {
				if fl.Doc == nil {
					continue
				}
				text := oneLine(fl.Doc.Text())
				for _, n := range fl.Names {
					d.fields[key+"."+n.Name] = text
				}
			}
		}
	}
}

// Type returns the first paragraph of the doc comment of the named type t, or "".
func (d *Docs) Type(t reflect.Type) string {
	if d == nil {
		return ""
	}
	return d.types[t.PkgPath()+"."+t.Name()]
}

// Field returns the doc comment of field name of struct type t, or "".
func (d *Docs) Field(t reflect.Type, name string) string {
	if d == nil {
		return ""
	}
	return d.fields[t.PkgPath()+"."+t.Name()+"."+name]
}

// docLink matches a Go doc link such as [Network.ProjectFor] or [lnet.ErrInvalidModel].
var docLink = regexp.MustCompile(`\[(\*?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)\]`)

// oneLine joins the lines of a comment and writes doc links as plain names.
func oneLine(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	return docLink.ReplaceAllString(text, "$1")
}

// firstParagraph returns the first paragraph of a comment on one line.
func firstParagraph(text string) string {
	if i := strings.Index(text, "\n\n"); i >= 0 {
		text = text[:i]
	}
	return oneLine(text)
}
